package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.testsupport.Tjanster;

/**
 * What the command line says about the words it is given before any command runs: each command's
 * generated help, and for a wrong command line exit code 1 with one Swedish line on stderr that
 * names the option, nothing on stdout and never a stack trace. None of these reaches a database.
 */
class FlaggorTest extends Kommandoradstest {

    @BeforeAll
    static void starta() {
        Tjanster.starta("se.kundval.cli");
    }

    private void felaktig(String meddelande, String... argument) {
        assertEquals(1, kor(argument), () -> String.join(" ", argument) + ": " + fel());
        assertEquals("kundval: " + meddelande + "\n", fel(), String.join(" ", argument));
        assertEquals("", ut());
    }

    static Stream<Arguments> kommandonOchDerasFlaggor() {
        return Stream.of(
                Arguments.of("import", List.of("KATALOG", "katalogen med utbytesfilerna")),
                Arguments.of("export", List.of("KATALOG", "katalogen där utbytesfilerna skrivs")),
                Arguments.of("ersattning", List.of("--manad=ÅÅÅÅ-MM", "--format=csv|json", "csv med rubrikrad (standard) eller json")),
                Arguments.of("rapport kvalitet", List.of("--fran=DATUM", "--till=DATUM", "--format=json|csv|xlsx|pdf", "--out=FIL")),
                Arguments.of("budget", List.of("--plan=FIL", "planen, rader insatstyp;antal;ar")),
                Arguments.of("demo", List.of("skapar en ny databas med demodata")));
    }

    @ParameterizedTest
    @MethodSource("kommandonOchDerasFlaggor")
    void hjalpenPerKommandoListarDessFlaggor(String kommando, List<String> egna) {
        assertEquals(0, kor((kommando + " --help").split(" ")), fel());
        String hjalp = ut();
        assertTrue(hjalp.startsWith("Användning: kundval " + kommando + " [-h]"), hjalp);
        for (String text : egna) {
            assertTrue(hjalp.contains(text), () -> text + " missing in\n" + hjalp);
        }
        for (String gemensam : List.of("--db=SÖKVÄG", "inbäddad H2-databas", "--jdbc=URL", "--user=U", "--password-file=FIL",
                "--krypterad", "--nyckelfil=FIL", "-h, --help")) {
            assertTrue(hjalp.contains(gemensam), () -> gemensam + " missing in\n" + hjalp);
        }
        assertFalse(hjalp.contains("Slutkoder"), "the exit codes are the program's help");
        assertEquals("", fel());
        assertEquals(0, kor(("hjalp " + kommando).split(" ")));
        assertEquals(hjalp, ut());
        assertEquals(0, kor(("-h " + kommando).split(" ")), "help before the command is the program's help");
        assertTrue(ut().contains("Slutkoder"), ut());
    }

    @Test
    void okandFlaggaGerEtt() {
        felaktig("ersattning har ingen flagga --foo; kundval ersattning --help visar kommandots flaggor.",
                "ersattning", "--manad", "2024-02", "--foo", "1");
        felaktig("ersattning har ingen flagga --foo; kundval ersattning --help visar kommandots flaggor.",
                "ersattning", "--foo=1", "--manad", "2024-02");
        felaktig("rapport kvalitet har ingen flagga --plan; kundval rapport kvalitet --help visar kommandots flaggor.",
                "rapport", "kvalitet", "--fran", "2024-01-01", "--till", "2024-12-31", "--plan", "p.csv");
        felaktig("okänd flagga --foo; kundval --help visar alla kommandon och flaggor.", "--foo", "demo");
    }

    @Test
    void flaggaUtanVardeGerEtt() {
        felaktig("--manad saknar värde (kundval ersattning --help).", "ersattning", "--manad");
        felaktig("--manad saknar värde (kundval ersattning --help).", "ersattning", "--manad", "--db", "x");
        felaktig("--db saknar värde (kundval export --help).", "export", "x", "--db");
        felaktig("--plan saknar värde (kundval budget --help).", "budget", "--plan");
    }

    @Test
    void saknadFlaggaOchFelAntalArgumentGerEtt() {
        felaktig("ersattning kräver --manad (kundval ersattning --help).", "ersattning", "--format", "json");
        felaktig("rapport kvalitet kräver --fran, --till (kundval rapport kvalitet --help).", "rapport", "kvalitet");
        felaktig("export ska ha 1 argument: kundval export KATALOG", "export");
        felaktig("import ska ha 1 argument: kundval import KATALOG", "import", "a", "b");
        felaktig("demo ska ha 0 argument: kundval demo", "demo", "extra");
    }

    @Test
    void felaktigtVardeGerEtt() {
        felaktig("--manad '2024-5' är ingen månad; skriv ÅÅÅÅ-MM, t.ex. 2024-05.", "ersattning", "--manad", "2024-5");
        felaktig("--till 'i morgon' är inget datum; skriv ÅÅÅÅ-MM-DD.", "rapport", "kvalitet", "--fran", "2024-01-01",
                "--till", "i morgon");
        felaktig("--format 'yaml' finns inte; välj csv|json.", "ersattning", "--manad", "2024-05", "--format=yaml");
        felaktig("--db är angiven två gånger.", "export", "x", "--db", "a", "--db", "b");
    }

    @Test
    void kommandoSomSaknasEllerArOkant() {
        felaktig("kundval rapport behöver ett kommando till; kundval rapport --help visar dem.", "rapport");
        felaktig("okänt kommando 'rapport budget'; kundval --help visar alla kommandon.", "rapport", "budget");
        felaktig("okänt kommando 'ersattningar'; kundval --help visar alla kommandon.", "hjalp", "ersattningar");
        felaktig("kundval behöver ett kommando till; kundval --help visar dem.", "--db", "x");
    }

    @Test
    void ettOrdMedSnabelAErEttNamnInteEnArgumentfil() {
        felaktig("import ska ha 1 argument: kundval import KATALOG", "import", "@finns-inte", "b");
        assertFalse(fel().contains("Exception"));
    }
}
