package se.kundval.rapport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.rapport.Andel;
import se.kundval.core.rapport.Anordnarrad;
import se.kundval.core.rapport.Egetresultat;
import se.kundval.core.rapport.JamforelseService;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * An anordnare's own results in the portal (DOMAIN §14, decision 0376), on H2 and PostgreSQL: its andel
 * lyckade and justerad kvot are the kvalitetsrapport's figures of its own row, the kommun's share is the
 * report's total, and which anordnare is asked comes from the login alone — A gets A's, B gets B's.
 */
class EgetresultatTest {

    private static final Rapportperiod AR_2024 = Rapportperiod.ar(2024);
    private static JamforelseService jamforelser;
    private static RapportService rapporter;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.rapport", "se.kundval.insatstyp.kundval2024");
        jamforelser = Tjanster.hamta(JamforelseService.class);
        rapporter = Tjanster.hamta(RapportService.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    private static Inloggning anordnare(String orgnr) {
        return new Inloggning("coach." + orgnr, "Coach", Roll.ANORDNARE, orgnr);
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void egnaSiffrorArRapportensOchKommunensArTotalen(Testdatabas typ) {
        Rapportdata.anslut(typ);
        Kvalitetsrapport rapport = rapporter.kvalitetsrapport(Rapportdata.ADMIN, AR_2024);
        for (String orgnr : List.of(Rapportdata.A1, Rapportdata.A2)) {
            Egetresultat eget = jamforelser.egetResultat(anordnare(orgnr), AR_2024);
            Anordnarrad rad = rapport.anordnare().get(orgnr);
            assertEquals(rad.resultat().lyckade(), eget.egnaLyckade(), orgnr);
            assertEquals(rad.resultat().obedomda(), eget.egnaObedomda(), orgnr);
            assertEquals(rad.justering(), eget.justering(), orgnr);
            assertEquals(rapport.totalt().resultat().lyckade(), eget.kommunensLyckade(), orgnr);
            assertEquals(AR_2024, eget.period());
        }
        // by the data set's table: A1 has I1 lyckat, I5 not, I6 not judged, I7 rättad to lyckat; A2 has I4 not lyckat
        assertEquals(new Andel(2, 4), jamforelser.egetResultat(anordnare(Rapportdata.A1), AR_2024).egnaLyckade());
        assertEquals(new Andel(0, 1), jamforelser.egetResultat(anordnare(Rapportdata.A2), AR_2024).egnaLyckade());
        assertEquals(new Andel(2, 5), jamforelser.egetResultat(anordnare(Rapportdata.A2), AR_2024).kommunensLyckade());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void anordnarenASerInteB(Testdatabas typ) {
        Rapportdata.anslut(typ);
        Egetresultat a = jamforelser.egetResultat(anordnare(Rapportdata.A1), AR_2024);
        Egetresultat b = jamforelser.egetResultat(anordnare(Rapportdata.A2), AR_2024);
        assertNotEquals(a.egnaLyckade(), b.egnaLyckade());
        assertEquals(new Andel(0, 0), jamforelser.egetResultat(anordnare(Rapportdata.A3), AR_2024).egnaLyckade(),
                "an anordnare without avslut gets nothing of anyone else's");
        assertThrows(AtkomstNekadException.class, () -> jamforelser.egetResultat(Rapportdata.ADMIN, AR_2024),
                "the own results are an anordnare user's; the kommun reads the report");
        assertThrows(AtkomstNekadException.class, () -> rapporter.kvalitetsrapport(anordnare(Rapportdata.A1), AR_2024),
                "and the anordnare does not get the report with the others' rows");
    }
}
