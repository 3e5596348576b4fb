package se.kundval.rapport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.rapport.Figur;
import se.kundval.core.rapport.Figur.Matt;
import se.kundval.core.rapport.Fordelning;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.rapport.Resultatrad;
import se.kundval.core.tjanst.Insatsuppgift;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * The insatser behind a figure ({@link RapportService#insatserBakom}) are exactly those the figure
 * counts: checked against the report itself for every row and measure of the data set of
 * {@link Rapportdata}, and by hand for a few; on H2 and PostgreSQL.
 */
class InsatserBakomTest {

    private static RapportService rapporter;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.rapport", "se.kundval.insatstyp.kundval2024");
        rapporter = Tjanster.hamta(RapportService.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    private static List<String> bakom(Figur figur) {
        return rapporter.insatserBakom(Rapportdata.ADMIN, Rapportperiod.ar(2024), figur).stream().map(Insatsuppgift::insatsId).toList();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void varjeSiffraHarLikaMangaInsatserBakomSigSomDenRaknar(Testdatabas typ) {
        Rapportdata.anslut(typ);
        Kvalitetsrapport r = rapporter.kvalitetsrapport(Rapportdata.ADMIN, Rapportperiod.ar(2024));
        List<String> fel = new ArrayList<>();
        kontrollera(Figur.Rad.TOTALT, null, r.totalt().resultat(), fel);
        r.insatstyper().forEach((kod, rad) -> kontrollera(Figur.Rad.INSATSTYP, kod, rad.resultat(), fel));
        r.anordnare().forEach((orgnr, rad) -> kontrollera(Figur.Rad.ANORDNARE, orgnr, rad.resultat(), fel));
        assertEquals(List.of(), fel);
    }

    private static void kontrollera(Figur.Rad rad, String nyckel, Resultatrad resultat, List<String> fel) {
        jamfor(new Figur(rad, nyckel, Matt.INSATSER, null), resultat.insatser(), fel);
        jamfor(new Figur(rad, nyckel, Matt.AVSLUT, null), resultat.avslut(), fel);
        jamfor(new Figur(rad, nyckel, Matt.LYCKADE, null), resultat.lyckade().antal(), fel);
        jamfor(new Figur(rad, nyckel, Matt.OBEDOMDA, null), resultat.obedomda(), fel);
        jamfor(new Figur(rad, nyckel, Matt.MALUPPFYLLELSE, null), resultat.maluppfyllelse().antal(), fel);
        for (Map.Entry<String, Integer> orsak : resultat.avslutsorsaker().antal().entrySet()) {
            jamfor(new Figur(rad, nyckel, Matt.AVSLUTSORSAK, orsak.getKey()), orsak.getValue(), fel);
        }
        // kön, utbildning and språk count kunder; each kund here has the same value in all its insatser
        kunder(rad, nyckel, Matt.KON, resultat.kon(), fel);
        kunder(rad, nyckel, Matt.UTBILDNINGSNIVA, resultat.utbildningsniva(), fel);
        kunder(rad, nyckel, Matt.SPRAK, resultat.sprak(), fel);
    }

    private static void kunder(Figur.Rad rad, String nyckel, Matt matt, Fordelning fordelning, List<String> fel) {
        int alla = 0;
        for (String kategori : fordelning.antal().keySet()) {
            alla += rapporter.insatserBakom(Rapportdata.ADMIN, Rapportperiod.ar(2024), new Figur(rad, nyckel, matt, kategori)).size();
        }
        jamfor(new Figur(rad, nyckel, Matt.INSATSER, null), alla, fel);
    }

    private static void jamfor(Figur figur, int vantat, List<String> fel) {
        int antal = bakom(figur).size();
        if (antal != vantat) {
            fel.add(figur + ": " + antal + " insatser bakom, rapporten räknar " + vantat);
        }
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void insatsernaBakomMedDetListanVisar(Testdatabas typ) {
        Rapportdata.anslut(typ);
        // lyckade 2024 by the current bedömning: I1 (AMI1, A1, 43 dagar) and I7 (rättad till lyckat)
        assertEquals(List.of("I1", "I7"), bakom(Figur.totalt(Matt.LYCKADE)));
        // I3 is lyckat but its avslut falls in 2025; I6 is not judged
        assertEquals(List.of("I6"), bakom(Figur.totalt(Matt.OBEDOMDA)));
        assertEquals(List.of("I1", "I3", "I4", "I6", "I9"), bakom(Figur.insatstyp("AMI1", Matt.INSATSER)));
        assertEquals(List.of("I5"), bakom(new Figur(Figur.Rad.ANORDNARE, Rapportdata.A1, Matt.AVSLUTSORSAK, "ARBETSFORMEDLINGEN")));
        Insatsuppgift i1 = rapporter.insatserBakom(Rapportdata.ADMIN, Rapportperiod.ar(2024), Figur.insatstyp("AMI1", Matt.LYCKADE)).get(0);
        assertEquals("I1", i1.insatsId());
        assertEquals("K1", i1.kundId());
        assertEquals("AMI1", i1.insatstyp());
        assertEquals(Rapportdata.A1, i1.orgnr());
        assertEquals(LocalDate.of(2024, 2, 1), i1.startdatum());
        assertEquals(LocalDate.of(2024, 3, 15), i1.avslutsdatum());
        assertEquals(Avslutsorsak.ARBETE, i1.avslutsorsak());
        assertEquals(Boolean.TRUE, i1.lyckat());
        Function<String, Insatsuppgift> uppgift = id -> rapporter.insatserBakom(Rapportdata.ADMIN, Rapportperiod.ar(2024),
                Figur.totalt(Matt.INSATSER)).stream().filter(u -> u.insatsId().equals(id)).findFirst().orElseThrow();
        // I9: förlängd 2 månader, E' = 2024-06-04; running, so no bedömning
        assertEquals(LocalDate.of(2024, 6, 4), uppgift.apply("I9").slut());
        assertEquals(null, uppgift.apply("I9").lyckat());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void utanRattighetenAttLasaRapporterNekas(Testdatabas typ) {
        Rapportdata.anslut(typ);
        Inloggning anordnare = new Inloggning("a1", "Anordnare", Roll.ANORDNARE, Rapportdata.A1);
        assertThrows(AtkomstNekadException.class,
                () -> rapporter.insatserBakom(anordnare, Rapportperiod.ar(2024), Figur.totalt(Matt.INSATSER)));
    }
}
