package se.kundval.testsupport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import se.kundval.model.Anordnare;
import se.kundval.model.Auktorisation;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Underlagstyp;
import se.kundval.model.Uppfoljningsstatus;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Sysselsattningsform;
import se.kundval.model.Utbildningsniva;

/**
 * Valid kunder, anordnare and insatser for service-level tests: every field the database requires
 * is set, so tests state only what matters to them (start, length, förlängningar, avslut, bedömning).
 */
public final class Insatsbyggare {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;

    private final Insats insats;

    private Insatsbyggare(Insats insats) {
        this.insats = insats;
    }

    /** An anordnare authorised for the types from 2016 on. */
    public static Anordnare anordnare(String orgnr, String namn, List<Insatstyp> typer) {
        Anordnare a = F.createAnordnare();
        a.setOrgnr(orgnr);
        a.setNamn(namn);
        for (Insatstyp typ : typer) {
            Auktorisation auk = F.createAuktorisation();
            auk.setInsatstyp(typ);
            auk.setFran(LocalDate.of(2016, 1, 1));
            a.getAuktorisationer().add(auk);
        }
        return a;
    }

    /** A kund folkbokförd in Nacka with Swedish as modersmål and 75 % arbetsförmåga. */
    public static Kund kund(String kundId, String personnummer) {
        Kund k = F.createKund();
        k.setKundId(kundId);
        k.setPersonnummer(personnummer);
        k.setNamn("Kund " + kundId);
        k.setKon(Kon.KVINNA);
        k.setKommun("Nacka");
        k.setSprak("svenska");
        k.setUtbildningsniva(Utbildningsniva.GYMNASIUM);
        k.setArbetsformaga(75);
        return k;
    }

    /** A granted insats of {@code langd} months from {@code start}, decided the day before. */
    public static Insatsbyggare insats(String insatsId, Kund kund, Anordnare anordnare, Insatstyp typ, LocalDate start,
            int langd) {
        Insats i = F.createInsats();
        i.setInsatsId(insatsId);
        i.setKund(kund);
        i.setAnordnare(anordnare);
        i.setInsatstyp(typ);
        i.setStartdatum(start);
        i.setLangdManader(langd);
        i.setStatus(InsatsStatus.PAGAENDE);
        i.getBeslut().add(beslut(BeslutTyp.BEVILJANDE, start.minusDays(1), langd));
        return new Insatsbyggare(i);
    }

    /** A förlängning by {@code manader} months decided on the day. */
    public Insatsbyggare forlangd(LocalDate beslutsdatum, int manader) {
        insats.getBeslut().add(beslut(BeslutTyp.FORLANGNING, beslutsdatum, manader));
        return this;
    }

    /** The anordnare's avslut; {@code varaktighet} in months or null for tills vidare/unknown. */
    public Insatsbyggare avslut(LocalDate dag, Avslutsorsak orsak, Sysselsattningsform sysselsattning, Integer varaktighet) {
        Avslut a = F.createAvslut();
        a.setAvslutsdatum(dag);
        a.setAvslutsorsak(orsak);
        a.setSysselsattning(sysselsattning);
        a.setVaraktighetManader(varaktighet);
        a.setRapporteradAv("anordnare");
        a.setRapporteradDatum(dag);
        insats.setAvslut(a);
        insats.setStatus(InsatsStatus.AVSLUTAD);
        return this;
    }

    /** A handläggare's judgement of the avslut; a later call supersedes an earlier one. */
    /**
     * A judged avslut as it stands when the case is complete: a bonusgrundande judgement also has
     * its sexmånadersuppföljning confirmed, which is what makes the bonus payable.
     */
    public Insatsbyggare bedomd(boolean lyckat, boolean bonusgrundande) {
        bedomdUtanSexmanadersuppfoljning(lyckat, bonusgrundande);
        if (bonusgrundande) {
            Sexmanadersuppfoljning s = F.createSexmanadersuppfoljning();
            LocalDate sexManader = insats.getAvslut().getAvslutsdatum().plusMonths(6);
            s.setInlamnad(sexManader);
            s.setUnderlag(Underlagstyp.ANSTALLNINGSAVTAL);
            s.setStatus(Uppfoljningsstatus.BEKRAFTAD);
            s.setBedomdAv("hl1");
            s.setBedomdDatum(sexManader);
            insats.getSexmanadersuppfoljningar().add(s);
        }
        return this;
    }

    /** A judgement only: a bonusgrundande avslut whose six-month evidence is not yet confirmed. */
    public Insatsbyggare bedomdUtanSexmanadersuppfoljning(boolean lyckat, boolean bonusgrundande) {
        Avslut avslut = insats.getAvslut();
        Avslutsbedomning b = F.createAvslutsbedomning();
        b.setLyckat(lyckat);
        b.setBonusgrundande(bonusgrundande);
        b.setMotivering("Bedömd i test.");
        b.setBedomdAv("hl1");
        b.setTidpunkt(LocalDateTime.of(avslut.getAvslutsdatum(), LocalTime.NOON));
        b.setLopnummer(avslut.getBedomningar().size() + 1);
        avslut.getBedomningar().add(b);
        return this;
    }

    public Insats bygg() {
        return insats;
    }

    private static Beslut beslut(BeslutTyp typ, LocalDate datum, int manader) {
        Beslut b = F.createBeslut();
        b.setTyp(typ);
        b.setDatum(datum);
        b.setHandlaggare("hl1");
        b.setMotivering("Beviljad i test.");
        b.setLangdManader(manader);
        b.setTidpunkt(datum.atTime(9, 0));
        return b;
    }
}
