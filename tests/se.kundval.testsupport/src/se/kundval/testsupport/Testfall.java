package se.kundval.testsupport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Auktorisation;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.model.regler.Luhn;

/**
 * Builds and saves the usual cast of a test through the real services: anordnare authorised for a
 * type, kunder with valid personnummer, granted insatser. Each call gives new, unique ids.
 */
public final class Testfall {

    public static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
    public static final Inloggning HANDLAGGARE = new Inloggning("hl1", "Hanna Handläggare", Roll.HANDLAGGARE, null);
    public static final Inloggning KARRIARVAGLEDARE = new Inloggning("kv1", "Kalle Vägledare", Roll.KARRIARVAGLEDARE, null);

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;
    private final AtomicInteger lopnummer = new AtomicInteger();

    /** An anordnare user of the given organisation. */
    public static Inloggning anordnare(String orgnr) {
        return new Inloggning("anordnare-" + orgnr, "Anordnare " + orgnr, Roll.ANORDNARE, orgnr);
    }

    /** A valid organisationsnummer built from a running number. */
    public String orgnr() {
        String utan = String.format("55%07d", lopnummer.incrementAndGet());
        return utan + Luhn.kontrollsiffra(utan);
    }

    /** A valid personnummer for someone born on the day. */
    public String personnummer(LocalDate fodd) {
        String utan = String.format("%04d%02d%02d%03d", fodd.getYear(), fodd.getMonthValue(), fodd.getDayOfMonth(),
                lopnummer.incrementAndGet() % 1000);
        return utan + Luhn.kontrollsiffra(utan.substring(2));
    }

    public Anordnare anordnare(String namn, String... typkoder) {
        Anordnare a = F.createAnordnare();
        a.setOrgnr(orgnr());
        a.setNamn(namn);
        ReferensdataService referens = Tjanster.hamta(ReferensdataService.class);
        for (String kod : typkoder) {
            Insatstyp typ = referens.insatstyp(kod).orElseThrow(() -> new AssertionError("no insatstyp " + kod));
            Auktorisation auk = F.createAuktorisation();
            auk.setInsatstyp(typ);
            auk.setFran(typ.getGiltigFran() != null ? typ.getGiltigFran() : LocalDate.of(2000, 1, 1));
            a.getAuktorisationer().add(auk);
        }
        return Tjanster.hamta(AnordnareService.class).spara(ADMIN, a);
    }

    public Kund kund(String namn, LocalDate fodd) {
        Kund k = F.createKund();
        k.setKundId("K" + lopnummer.incrementAndGet());
        k.setPersonnummer(personnummer(fodd));
        k.setNamn(namn);
        k.setKon(Kon.KVINNA);
        k.setKommun("Nacka");
        k.setSprak("svenska");
        k.setArbetsformaga(100);
        k.setAnsvarigKarriarvagledare(KARRIARVAGLEDARE.anvandarnamn());
        return Tjanster.hamta(KundService.class).spara(ADMIN, k);
    }

    /** A granted insats of the type's own length, started on the day. */
    public Insats insats(Kund kund, Anordnare anordnare, String typkod, LocalDate start) {
        Insatstyp typ = Tjanster.hamta(ReferensdataService.class).insatstyp(typkod).orElseThrow();
        Insats i = F.createInsats();
        i.setInsatsId("I" + lopnummer.incrementAndGet());
        i.setKund(kund);
        i.setAnordnare(anordnare);
        i.setInsatstyp(typ);
        i.setStartdatum(start);
        i.setLangdManader(typ.getLangdManader());
        i.setStatus(start.isAfter(LocalDate.now(Tjanster.hamta(Clock.class))) ? InsatsStatus.BEVILJAD : InsatsStatus.PAGAENDE);
        Beslut b = F.createBeslut();
        b.setTyp(BeslutTyp.BEVILJANDE);
        b.setDatum(start.minusDays(7));
        b.setHandlaggare(HANDLAGGARE.anvandarnamn());
        b.setLangdManader(typ.getLangdManader());
        b.setMotivering("Beviljad i test");
        i.getBeslut().add(b);
        return Tjanster.hamta(InsatsService.class).spara(HANDLAGGARE, i);
    }
}
