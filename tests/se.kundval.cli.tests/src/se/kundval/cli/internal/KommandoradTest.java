package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The command line run in-process, as the launcher runs it: exit codes 0/1/2, the help, errors on
 * stderr and only the command's output on stdout, nothing written on bad input.
 */
class KommandoradTest extends Kommandoradstest {

    private static final String KUNDER = "kund_id;personnummer;namn;kon;utbildning;sprak;ekonomiskt_bistand;"
            + "etableringsprogram;etableringsersattning;arbetsformaga;kommun;kv";

    @BeforeAll
    static void starta() {
        Tjanster.starta("se.kundval.cli");
    }

    private static Path mapp(String kunder) throws IOException {
        Path katalog = Files.createTempDirectory("kundval-cli");
        Files.writeString(katalog.resolve("anordnare.csv"), "orgnr;namn\n5560360793;Vägen Vidare AB\n");
        Files.writeString(katalog.resolve("kunder.csv"), KUNDER + "\n" + kunder + "\n");
        return katalog;
    }

    private static Path nyDb() throws IOException {
        return Files.createTempDirectory("kundval-cli-db").resolve("db");
    }

    @Test
    void hjalpenListarAllaKommandonIDomanen() {
        assertEquals(0, kor("--help"));
        assertTrue(ut().startsWith("Användning: kundval"), ut());
        for (String kommando : List.of("  import ", "  export ", "  ersattning ", "  rapport ", "  budget ", "  demo ",
                "--db=SÖKVÄG", "--jdbc=URL", "--user=U", "--password-file=FIL", "Slutkoder:", "  1  felaktig indata")) {
            assertTrue(ut().contains(kommando), () -> kommando + " missing in\n" + ut());
        }
        assertFalse(ut().contains("hjalp"), "the help command is not listed");
        assertEquals("", fel());
        String hjalp = ut();
        assertEquals(0, kor("--", "--help"), "the launcher passes its -- through");
        assertEquals(hjalp, ut());
        assertEquals(0, kor("help"));
        assertEquals(hjalp, ut());
        assertEquals(0, kor("hjalp", "rapport", "kvalitet"));
        assertTrue(ut().startsWith("Användning: kundval rapport kvalitet"), ut());
    }

    @Test
    void felaktigKommandoradGerEtt() {
        assertEquals(1, kor());
        assertTrue(fel().startsWith("Användning: kundval"));
        assertEquals(1, kor("importera", "x"));
        assertEquals("kundval: okänt kommando 'importera'; kundval --help visar alla kommandon.\n", fel());
        assertEquals(1, kor("import"));
        assertEquals("kundval: import ska ha 1 argument: kundval import KATALOG\n", fel());
        assertEquals(1, kor("import", "x", "--format", "csv"));
        assertEquals("kundval: import har ingen flagga --format; kundval import --help visar kommandots flaggor.\n", fel());
        assertEquals(1, kor("export", "x", "--db", "a", "--jdbc", "jdbc:postgresql://localhost/k"));
        assertEquals("kundval: ange antingen --db eller --jdbc, inte båda.\n", fel());
        assertEquals(1, kor("export", "x", "--jdbc", "jdbc:postgresql://localhost/k", "--user", "k",
                "--password-file", "/finns/inte"));
        assertTrue(fel().startsWith("kundval: lösenordsfilen /finns/inte kan inte läsas"), fel());
        assertEquals("", ut());
    }

    @Test
    void importAvTrasigMappSkriverFelPaStderrOchIngenting() throws IOException {
        Path db = nyDb();
        Path mapp = mapp("K1;198112189875;Åsa Öberg;K;GYMNASIUM;svenska;J;N;N;100;Nacka;kv1");
        assertEquals(1, kor("import", mapp.toString(), "--db", db.toString()));
        assertEquals("kunder.csv:2: personnummer: '198112189875' har fel kontrollsiffra.\n"
                + "kundval: ingenting skrevs (1 fel).\n", fel());
        assertEquals("", ut());
        Databas databas = Tjanster.hamta(Databas.class);
        databas.anslut(Databasanslutning.inbaddad(db));
        assertTrue(databas.arTom());
        databas.stang();
    }

    @Test
    void importOchExportSkriverRaderPerFil() throws IOException {
        Path db = nyDb();
        Path mapp = mapp("K1;198112189876;Åsa Öberg;K;GYMNASIUM;svenska;J;N;N;100;Nacka;kv1");
        assertEquals(0, kor("import", mapp.toString(), "--db", db.toString()), fel());
        assertEquals("anordnare.csv: 1 rad\nkunder.csv: 1 rad\n", ut());
        assertEquals("", fel());
        Path export = Files.createTempDirectory("kundval-cli-export").resolve("ut");
        assertEquals(0, kor("--db=" + db, "export", export.toString()), fel());
        assertTrue(ut().startsWith("anordnare.csv: 1 rad\nauktorisationer.csv: 0 rader\nkunder.csv: 1 rad\n"), ut());
        assertEquals(Files.readString(mapp.resolve("kunder.csv")), Files.readString(export.resolve("kunder.csv")));
        assertEquals(1, kor("import", export.toString(), "--db", db.toString()), "everything exists already");
        assertTrue(fel().startsWith("anordnare.csv:2: orgnr '5560360793' finns redan i databasen.\n"), fel());
    }

    @Test
    void demoSkaparDatabasenOchVagrarEnSomInteArTom() throws IOException {
        Path db = nyDb();
        assertEquals(0, kor("demo", "--db", db.toString()), fel());
        assertTrue(ut().startsWith("Demodatabasen " + db + ".mv.db är skapad:\nanordnare.csv: 12 rader\n"), ut());
        assertTrue(ut().contains("kunder.csv: 600 rader\n"), ut());
        assertTrue(ut().contains("Användare: admin, admin2, kv1, kv2, kv3, kv4, hl1, hl2, kvalitet, granskare, anordnare1, anordnare2 (lösenord demo)"), ut());
        assertEquals("", fel());
        // the demo leaves the loggranskare something to review: the kvalitetsutvecklare opened three of kv1's kunder, one protected
        String dag = Testklocka.IDAG.toString();
        assertEquals(0, kor("logg", "--fran", dag, "--till", dag, "--anvandare", "kvalitet", "--db", db.toString()), fel());
        assertEquals(4, ut().lines().count(), ut());
        assertEquals(1, ut().lines().filter(r -> r.contains(";LASA;Kundeditor;true;true;")).count(), ut());
        assertEquals(1, kor("demo", "--db", db.toString()));
        assertEquals("kundval: databasen " + db + ".mv.db innehåller redan kunder eller insatser; demo skapar bara en ny databas.\n",
                fel());
    }

    @Test
    void databasSomInteNasGerTva() throws IOException {
        Path losenord = Files.createTempFile("kundval", ".pw");
        Files.writeString(losenord, "hemligt\n");
        assertEquals(2, kor("export", "/tmp/x", "--jdbc", "jdbc:postgresql://127.0.0.1:1/kundval", "--user", "kundval",
                "--password-file", losenord.toString()));
        assertTrue(fel().startsWith("kundval: Kan inte ansluta till databasen jdbc:postgresql://127.0.0.1:1/kundval (kundval)"), fel());
        assertFalse(fel().contains("hemligt"));
    }

    @Test
    void applikationenGerSlutkodenSomHeltal() {
        IApplicationContext kontext = new Programkontext(new String[] {"--help"});
        assertEquals(Integer.valueOf(0), new Kundvalapplikation().start(kontext));
        assertEquals(Integer.valueOf(1), new Kundvalapplikation().start(new Programkontext(new String[] {"importera"})));
    }

    /** What the Equinox application container gives an application: its arguments. */
    private record Programkontext(String[] argument) implements IApplicationContext {
        @Override
        public Map<String, Object> getArguments() {
            return Map.of(IApplicationContext.APPLICATION_ARGS, argument);
        }

        @Override
        public void applicationRunning() {
            // no splash screen to take down
        }

        @Override
        public String getBrandingApplication() {
            return null;
        }

        @Override
        public String getBrandingName() {
            return null;
        }

        @Override
        public String getBrandingDescription() {
            return null;
        }

        @Override
        public String getBrandingId() {
            return null;
        }

        @Override
        public String getBrandingProperty(String key) {
            return null;
        }

        @Override
        public Bundle getBrandingBundle() {
            return null;
        }

        @Override
        public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
            // results are returned from start
        }
    }
}
