package se.kundval.kund.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Auktorisation;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.model.Utbildningsniva;
import se.kundval.model.regler.Luhn;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/** A fresh H2 database with {@value #ANTAL} generated kunder; kund K-00007 has two insatser. */
final class Testkunder {

    static final int ANTAL = 500;
    static final String MED_INSATSER = "K-00007";

    private static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
    private static final KundvalFactory F = KundvalFactory.eINSTANCE;
    private static final String[] FORNAMN = {"Anna", "Ahmed", "Sara", "Mohammed", "Åsa", "Johan", "Fatima", "Erik", "Leila", "Örjan"};
    private static final String[] EFTERNAMN = {"Andersson", "Berg", "Hassan", "Lindqvist", "Öberg", "Ali", "Nyström", "Karlsson",
        "Abdi", "Sandberg", "Yilmaz", "Johansson", "Forsberg"};
    private static final String[] KOMMUNER = {"Nacka", "Stockholm", "Huddinge", "Södertälje"};
    private static final String[] SPRAK = {"svenska", "arabiska", "somaliska", "tigrinja", "dari", "engelska"};

    private final List<Kund> kunder = new ArrayList<>();

    /** Connects the platform's database service to a new H2 file and fills it. */
    static Testkunder skapa() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        Testkunder data = new Testkunder();
        KundService tjanst = Tjanster.hamta(KundService.class);
        for (int i = 1; i <= ANTAL; i++) {
            data.kunder.add(tjanst.spara(ADMIN, kund(i)));
        }
        data.insatser();
        return data;
    }

    List<Kund> kunder() {
        return kunder;
    }

    Kund kund(String kundId) {
        return kunder.stream().filter(k -> k.getKundId().equals(kundId)).findFirst().orElseThrow();
    }

    /** Saves one more kund, as another user or an import would. */
    Kund laggTill(int nummer) {
        Kund kund = Tjanster.hamta(KundService.class).spara(ADMIN, kund(nummer));
        kunder.add(kund);
        return kund;
    }

    static Kund kund(int nummer) {
        Kund k = F.createKund();
        k.setKundId(String.format("K-%05d", nummer)); //$NON-NLS-1$
        LocalDate fodd = LocalDate.of(1960, 1, 1).plusDays(nummer * 23L);
        String utanKontroll = String.format("%tY%<tm%<td%03d", fodd, nummer % 1000); //$NON-NLS-1$
        k.setPersonnummer(utanKontroll + Luhn.kontrollsiffra(utanKontroll.substring(2)));
        k.setNamn(FORNAMN[nummer % FORNAMN.length] + " " + EFTERNAMN[nummer % EFTERNAMN.length]); //$NON-NLS-1$
        k.setKon(nummer % 2 == 0 ? Kon.KVINNA : Kon.MAN);
        k.setKommun(KOMMUNER[nummer % KOMMUNER.length]);
        k.setSprak(SPRAK[nummer % SPRAK.length]);
        k.setUtbildningsniva(Utbildningsniva.get(nummer % Utbildningsniva.VALUES.size()));
        k.setEkonomisktBistand(nummer % 3 == 0);
        k.setTolkbehov(nummer % 4 == 0);
        if (nummer % 9 == 0) {
            k.setArbetsformagaOklar(true);
        } else {
            k.setArbetsformaga(50 + nummer % 51);
        }
        k.setAnsvarigKarriarvagledare("kv" + (1 + nummer % 5)); //$NON-NLS-1$
        return k;
    }

    /** Two insatser for {@link #MED_INSATSER}: one ended with work, one running since. */
    private void insatser() {
        Insatstyp typ = Tjanster.hamta(ReferensdataService.class).insatstyper().get(0);
        Anordnare anordnare = F.createAnordnare();
        anordnare.setOrgnr("5560360793"); //$NON-NLS-1$
        anordnare.setNamn("Vägen Vidare AB"); //$NON-NLS-1$
        Auktorisation auktorisation = F.createAuktorisation();
        auktorisation.setInsatstyp(typ);
        auktorisation.setFran(LocalDate.of(2020, 1, 1));
        anordnare.getAuktorisationer().add(auktorisation);
        Tjanster.hamta(AnordnareService.class).spara(ADMIN, anordnare);
        Kund kund = kund(MED_INSATSER);
        InsatsService tjanst = Tjanster.hamta(InsatsService.class);
        Insats avslutad = insats("I-1", kund, anordnare, typ, LocalDate.of(2024, 1, 15));
        avslutad.setStatus(InsatsStatus.AVSLUTAD);
        Avslut avslut = F.createAvslut();
        avslut.setAvslutsdatum(LocalDate.of(2024, 3, 1));
        avslut.setAvslutsorsak(Avslutsorsak.ARBETE);
        avslutad.setAvslut(avslut);
        tjanst.spara(ADMIN, avslutad);
        Insats pagaende = insats("I-2", kund, anordnare, typ, LocalDate.of(2025, 2, 1));
        pagaende.setStatus(InsatsStatus.PAGAENDE);
        tjanst.spara(ADMIN, pagaende);
    }

    private static Insats insats(String id, Kund kund, Anordnare anordnare, Insatstyp typ, LocalDate start) {
        Insats i = F.createInsats();
        i.setInsatsId(id);
        i.setKund(kund);
        i.setAnordnare(anordnare);
        i.setInsatstyp(typ);
        i.setStartdatum(start);
        i.setLangdManader(3);
        return i;
    }
}
