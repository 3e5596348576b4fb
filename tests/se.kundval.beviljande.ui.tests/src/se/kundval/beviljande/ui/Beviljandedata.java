package se.kundval.beviljande.ui;

import java.time.LocalDate;

import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * A fresh H2 database for the wizard tests: Lina Berg (75 % arbetsförmåga, so AMI1's arbetsförmåga
 * rule fails for her), Omar Said, and two anordnare for AMI1, one with a judged lyckat avslut in
 * the type during the last year.
 */
final class Beviljandedata {

    private final Testfall testfall = new Testfall();
    private Kund lina;
    private Kund omar;
    private Anordnare steget;

    static Beviljandedata skapa() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.beviljande", "se.kundval.avslut", "se.kundval.rapport",
                "se.kundval.insatstyp.kundval2024", "se.kundval.insatstyp.jobbpeng", "se.kundval.insatstyp.samhallsorientering");
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        Beviljandedata data = new Beviljandedata();
        data.steget = data.testfall.anordnare("Steget AB", "AMI1", "AMI2");
        data.testfall.anordnare("V\u00e4gen Vidare AB", "AMI1");
        data.lina = data.testfall.kund("Lina Berg", LocalDate.of(1990, 4, 4));
        data.lina.setArbetsformaga(75);
        data.lina = Tjanster.hamta(KundService.class).spara(Testfall.ADMIN, data.lina);
        data.omar = data.testfall.kund("Omar Said", LocalDate.of(1988, 9, 19));
        Insats tidigare = data.testfall.insats(data.testfall.kund("Tidigare Kund", LocalDate.of(1980, 1, 1)), data.steget, "AMI1",
                Testklocka.IDAG.minusMonths(5));
        Avslut arbete = KundvalFactory.eINSTANCE.createAvslut();
        arbete.setAvslutsdatum(Testklocka.IDAG.minusMonths(3));
        arbete.setAvslutsorsak(Avslutsorsak.EGET_FORETAG);
        AvslutService avslut = Tjanster.hamta(AvslutService.class);
        avslut.rapportera(Testfall.anordnare(data.steget.getOrgnr()), tidigare.getId(), arbete);
        avslut.bedom(Testfall.HANDLAGGARE, tidigare.getId(), true, false, "Startat eget f\u00f6retag.");
        return data;
    }

    Kund lina() {
        return lina;
    }

    Kund omar() {
        return omar;
    }

    Anordnare steget() {
        return steget;
    }
}
