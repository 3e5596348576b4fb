package se.kundval.rapport.ui;

import java.time.LocalDate;
import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.Roll;
import se.kundval.model.Sysselsattningsform;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * A fresh H2 database with seven insatser of 2024, one kund each:
 *
 * <pre>
 * AMI1 at Vägen Vidare AB: I-1 avslut 2024-03-01 ARBETE lyckat, I-2 avslut 2024-04-01 ARBETE lyckat,
 *                          I-3 avslut 2024-04-15 FLYTTAT ej lyckat          → 2 of 3 lyckade (uncertain)
 * AMI2 at Nästa Steg AB:   I-4 running, I-5 avslut 2024-06-01 ARBETE lyckat, I-6 avslut 2024-07-01 ARBETE
 *                          not judged, I-7 avslut 2024-08-01 SJUKDOM_MISSBRUK ej lyckat → 1 of 3
 * all:                     7 kunder, 7 insatser, 6 avslut, 3 lyckade = 50,0 % (3 av 6)
 * </pre>
 *
 * and, for the justerad jämförelse (DOMAIN §13), 2023: 40 judged AMI1 avslut at each anordnare with the
 * same mix of kunder (in blocks of four of the same age band and bistånd), 30 lyckade at Vägen Vidare and
 * 10 at Nästa Steg: as expected 20 each, so 1,5 and 0,5.
 */
final class Kvalitetsdata {

    static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
    static final Inloggning KVALITET = new Inloggning("kvalitet1", "Kerstin Kvalitet", Roll.KVALITETSUTVECKLARE, null);
    static final String VAGEN = "5560360793";
    static final String NASTA = "5566778899";

    private Kvalitetsdata() {
    }

    static void skapa() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.rapport", "se.kundval.utbyte");
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        ReferensdataService referens = Tjanster.hamta(ReferensdataService.class);
        List<Insatstyp> typer = referens.insatstyper();
        AnordnareService anordnare = Tjanster.hamta(AnordnareService.class);
        Anordnare vagen = anordnare.spara(ADMIN, Insatsbyggare.anordnare(VAGEN, "Vägen Vidare AB", typer));
        Anordnare nasta = anordnare.spara(ADMIN, Insatsbyggare.anordnare(NASTA, "Nästa Steg AB", typer));
        Insatstyp ami1 = referens.insatstyp("AMI1").orElseThrow();
        Insatstyp ami2 = referens.insatstyp("AMI2").orElseThrow();
        Testfall fall = new Testfall();
        spara(Insatsbyggare.insats("I-1", kund(fall, 1), vagen, ami1, LocalDate.of(2024, 1, 10), 3)
                .avslut(LocalDate.of(2024, 3, 1), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null)
                .bedomdUtanSexmanadersuppfoljning(true, false));
        spara(Insatsbyggare.insats("I-2", kund(fall, 2), vagen, ami1, LocalDate.of(2024, 2, 1), 3)
                .avslut(LocalDate.of(2024, 4, 1), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null)
                .bedomdUtanSexmanadersuppfoljning(true, false));
        spara(Insatsbyggare.insats("I-3", kund(fall, 3), vagen, ami1, LocalDate.of(2024, 3, 1), 3)
                .avslut(LocalDate.of(2024, 4, 15), Avslutsorsak.FLYTTAT, null, null).bedomdUtanSexmanadersuppfoljning(false, false));
        spara(Insatsbyggare.insats("I-4", kund(fall, 4), nasta, ami2, LocalDate.of(2024, 1, 1), 12));
        spara(Insatsbyggare.insats("I-5", kund(fall, 5), nasta, ami2, LocalDate.of(2024, 2, 1), 12)
                .avslut(LocalDate.of(2024, 6, 1), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null)
                .bedomdUtanSexmanadersuppfoljning(true, false));
        spara(Insatsbyggare.insats("I-6", kund(fall, 6), nasta, ami2, LocalDate.of(2024, 3, 1), 12)
                .avslut(LocalDate.of(2024, 7, 1), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null));
        spara(Insatsbyggare.insats("I-7", kund(fall, 7), nasta, ami2, LocalDate.of(2024, 4, 1), 12)
                .avslut(LocalDate.of(2024, 8, 1), Avslutsorsak.SJUKDOM_MISSBRUK, null, null).bedomdUtanSexmanadersuppfoljning(false, false));
        for (int i = 0; i < 80; i++) {
            int block = i / 4;
            Kund kund = Insatsbyggare.kund("K-2023-" + i, fall.personnummer(LocalDate.of(1960 + 3 * (block % 10), 5, 1)));
            kund.setNamn("Kund 2023-" + i);
            kund.setEkonomisktBistand(block % 2 == 0);
            kund = Tjanster.hamta(KundService.class).spara(ADMIN, kund);
            boolean vagenVidare = i < 40;
            boolean lyckat = vagenVidare ? i % 4 != 0 : i % 4 == 0;
            spara(Insatsbyggare.insats("I-2023-" + i, kund, vagenVidare ? vagen : nasta, ami1, LocalDate.of(2023, 1, 2).plusDays(i), 3)
                    .avslut(LocalDate.of(2023, 3, 1).plusDays(i), lyckat ? Avslutsorsak.ARBETE : Avslutsorsak.FLYTTAT,
                            lyckat ? Sysselsattningsform.TILLSVIDAREANSTALLNING : null, null)
                    .bedomdUtanSexmanadersuppfoljning(lyckat, false));
        }
    }

    private static Kund kund(Testfall fall, int nummer) {
        Kund kund = Insatsbyggare.kund("K-" + nummer, fall.personnummer(LocalDate.of(1980 + nummer, 3, 12)));
        kund.setNamn("Kund " + nummer);
        return Tjanster.hamta(KundService.class).spara(ADMIN, kund);
    }

    private static void spara(Insatsbyggare insats) {
        Tjanster.hamta(InsatsService.class).spara(Testfall.HANDLAGGARE, insats.bygg());
    }
}
