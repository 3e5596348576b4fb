package se.kundval.kund.ui;

import java.time.LocalDate;
import java.util.Map;

import se.kundval.core.tjanst.Beviljande;
import se.kundval.core.tjanst.BeviljandeService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Anordnare;
import se.kundval.model.Kund;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * A fresh H2 database for the editor tests: Anna Berg (75 % arbetsförmåga) granted AMI1 with the
 * failing arbetsförmåga rule overridden, and Bertil Ek without insatser.
 */
final class Editordata {

    static final String UNDANTAG = "L\u00e4karintyg visar full arbetsf\u00f6rm\u00e5ga fr\u00e5n start.";

    private final Testfall testfall = new Testfall();
    private Kund anna;

    static Editordata skapa() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.beviljande", "se.kundval.insatstyp.kundval2024",
                "se.kundval.insatstyp.jobbpeng", "se.kundval.insatstyp.samhallsorientering");
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        Editordata data = new Editordata();
        Anordnare steget = data.testfall.anordnare("Steget AB", "AMI1", "AMI2");
        data.anna = data.testfall.kund("Anna Berg", LocalDate.of(1985, 3, 12));
        data.anna.setArbetsformaga(75);
        data.anna.setEkonomisktBistand(true);
        data.anna = Tjanster.hamta(KundService.class).spara(Testfall.ADMIN, data.anna);
        data.testfall.kund("Bertil Ek", LocalDate.of(1979, 11, 2));
        BeviljandeService beviljande = Tjanster.hamta(BeviljandeService.class);
        LocalDate start = LocalDate.of(2025, 3, 3);
        LocalDate beslut = LocalDate.of(2025, 2, 24);
        String regel = beviljande.prova(Testfall.HANDLAGGARE, data.anna.getId(), "AMI1", beslut, start).underkanda().stream()
                .map(Regelutfall::regel).findFirst().orElseThrow();
        beviljande.bevilja(Testfall.HANDLAGGARE, new Beviljande(data.anna.getId(), "AMI1", steget.getOrgnr(), beslut, start,
                "Kunden st\u00e5r n\u00e4ra arbetsmarknaden.", Map.of(regel, UNDANTAG)));
        return data;
    }

    Kund anna() {
        return anna;
    }

    String personnummer(LocalDate fodd) {
        return testfall.personnummer(fodd);
    }
}
