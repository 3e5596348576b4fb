package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.FrameworkUtil;

import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.demo.Demodata;
import se.kundval.testsupport.Barnprocess;
import se.kundval.testsupport.Databasavtryck;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * Nothing half written (DOMAIN §9 and §12, issue 12, decisions 0230, 0387 and 0412): {@code import},
 * {@code demo} and {@code gallra} run in a child JVM that is killed with SIGKILL at several moments
 * of its run; each time the database holds exactly what it held before (every table's rows and their
 * hash), and a run after the kills succeeds. The moments are spread over the length of a whole run
 * of the same command measured first on a database of its own; no time is asserted.
 */
class KrockTest {

    private static final int KUNDER = 2_000;
    private static final int INSATSER = 5_000;
    /**
     * The history gallring runs on: smaller than the import's, since gallring handles one akt at a
     * time (2 000 kunder took about a minute) and the whole test must stay well inside CI's budget.
     */
    private static final int GALLRING_KUNDER = 300;
    private static final int GALLRING_INSATSER = 750;
    /** Where in the measured length of a whole run each kill falls: a later run is up to a third quicker than the measured first one, so none lies late. */
    private static final double[] DODSPUNKTER = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
    private static final int KILLAR = 5;

    private static Databas databas;
    private static ReferensdataService referensdata;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte");
        databas = Tjanster.hamta(Databas.class);
        referensdata = Tjanster.hamta(ReferensdataService.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void importSomDodasLamnarDatabasenSomForut(Testdatabas typ) throws IOException {
        Path katalog = Files.createTempDirectory("kundval-krock");
        Databasanslutning matning = migrerad(typ);
        new Demodata(Demodata.FRO, KUNDER, INSATSER, LocalDate.of(2025, 11, 20)).skriv(katalog, referensdata.insatstyper(),
                referensdata.priser());
        databas.stang();
        Databasanslutning sista = prova(matning, () -> migrerad(typ), "import", katalog.toString());
        assertEquals(KUNDER, Databasavtryck.av(sista).rader("kund"));
    }

    /**
     * The demo killed again and again on one and the same database (decision 0412; on H2 that once
     * left a row of a killed demo, decision 0387): each time exactly as before. A child that finished
     * before its signal filled the database; the next kill then gets a new one. On H2 the demo is
     * built in a copy beside the file, which the run to the end leaves behind no more.
     */
    @ParameterizedTest
    @MethodSource("databaser")
    void demoSomDodasGangPaGangLamnarDatabasenSomForut(Testdatabas typ) throws IOException {
        Databasanslutning matning = migrerad(typ);
        databas.stang();
        Databasanslutning[] samma = {null};
        Supplier<Databasanslutning> somForut = () -> {
            if (samma[0] == null || Databasavtryck.av(samma[0]).rader("kund") > 0) {
                samma[0] = migrerad(typ);
            }
            return samma[0];
        };
        Databasanslutning sista = prova(matning, somForut, "demo");
        assertEquals(Demodata.KUNDER, Databasavtryck.av(sista).rader("kund"));
        assertEquals(12, Databasavtryck.av(sista).rader("anvandare"));
        if (typ == Testdatabas.H2) {
            String url = sista.jdbcUrl();
            Path fil = Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')) + ".mv.db");
            assertFalse(Files.exists(Demofil.bygge(fil)), "the copy the demo was built in is gone");
        }
    }

    /**
     * Gallring of every closed akt of a generated history (300 kunder, the last in 2025, gallrad
     * per 2040): one transaction that reads, anonymises and deletes throughout its run.
     * The history is imported once per database kind; on H2 each further database is a copy of that
     * file, on PostgreSQL a new schema imported again.
     */
    @ParameterizedTest
    @MethodSource("databaser")
    void gallringSomDodasLamnarDatabasenSomForut(Testdatabas typ) throws IOException {
        Path katalog = Files.createTempDirectory("kundval-krock-gallring");
        Databasanslutning mall = migrerad(typ);
        new Demodata(Demodata.FRO, GALLRING_KUNDER, GALLRING_INSATSER, LocalDate.of(2025, 11, 20)).skriv(katalog,
                referensdata.insatstyper(), referensdata.priser());
        databas.stang();
        importera(mall, katalog);
        Supplier<Databasanslutning> historik = typ == Testdatabas.H2 ? () -> kopia(mall) : () -> {
            Databasanslutning a = migrerad(typ);
            databas.stang();
            importera(a, katalog);
            return a;
        };
        Databasanslutning sista = prova(historik.get(), historik, "gallra", "--per", "2040-01-01");
        // a gallrad akt's kund row is replaced by an anonymous one (decision 0210): the report says what went
        Databasavtryck efter = Databasavtryck.av(sista);
        assertEquals(1, efter.rader("gallringsrapport"), "the last run kept its gallringsrapport");
        assertTrue(efter.rader("gallringsrapport_ar") > 0, "the last run gallrade akter");
    }

    /** A database as a first start leaves it: migrated, the installed types registered, no data. */
    private static Databasanslutning migrerad(Testdatabas typ) {
        Databasanslutning a = typ.ny();
        databas.anslut(a);
        return a;
    }

    /** The interchange folder imported in this process, as {@code ./kundval import} does. */
    private static void importera(Databasanslutning a, Path katalog) {
        try {
            ByteArrayOutputStream fel = new ByteArrayOutputStream();
            PrintStream ut = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            int slutkod = new Kommandotolk(FrameworkUtil.getBundle(Kommandotolk.class).getBundleContext(), ut,
                    new PrintStream(fel, true, StandardCharsets.UTF_8)).kor(kommandorad(a, "import", katalog.toString()));
            assertEquals(0, slutkod, fel.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a closed H2 file, in a folder of its own. */
    private static Databasanslutning kopia(Databasanslutning mall) {
        try {
            String url = mall.jdbcUrl();
            Path fil = Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')) + ".mv.db");
            Path ny = Files.createTempDirectory("kundval-krock-kopia").resolve("db");
            Files.copy(fil, Path.of(ny + ".mv.db"));
            return Databasanslutning.inbaddad(ny);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each kill on the database {@code fore} gives: a new one, or for the demo the same one again. A
     * child that ended by itself before the signal (the machine was faster than in the measured run)
     * wrote all of it and is no kill point; at least {@value #KILLAR} must land while the command runs.
     *
     * @param matning the database of the measured whole run
     * @return the last killed database (or a new one when the last child outran its signal), on which
     *         the command has then run to its end
     */
    private static Databasanslutning prova(Databasanslutning matning, Supplier<Databasanslutning> fore, String... kommando)
            throws IOException {
        long hela;
        try (Barnprocess hel = Barnprocess.starta(kommandorad(matning, kommando))) {
            long start = System.nanoTime();
            assertEquals(0, hel.vantaTillSlut(), hel.fel());
            hela = System.nanoTime() - start;
        }
        int landade = 0;
        Databasanslutning a = null;
        boolean sistaDodad = false;
        for (double punkt : DODSPUNKTER) {
            a = ny(fore);
            Databasavtryck forut = Databasavtryck.av(a);
            try (Barnprocess barn = Barnprocess.starta(kommandorad(a, kommando))) {
                sov((long) (hela * punkt));
                sistaDodad = barn.doda();
                if (sistaDodad) {
                    landade++;
                    assertEquals(forut, Databasavtryck.av(a), a + ": killed at " + punkt + " of a run");
                }
            }
        }
        assertTrue(landade >= KILLAR, landade + " kills landed while the command ran");
        if (!sistaDodad) {
            // the last child finished before its signal and wrote everything: the run to the end needs a database as it was
            a = ny(fore);
        }
        try (Barnprocess igen = Barnprocess.starta(kommandorad(a, kommando))) {
            assertEquals(0, igen.vantaTillSlut(), igen.fel());
        }
        return a;
    }

    /** A database as before the command, closed in this process so the child alone has it open. */
    private static Databasanslutning ny(Supplier<Databasanslutning> fore) {
        Databasanslutning a = fore.get();
        databas.stang();
        return a;
    }

    private static String[] kommandorad(Databasanslutning a, String... kommando) throws IOException {
        List<String> ord = new ArrayList<>();
        if (a.arPostgresql()) {
            Path losenord = Files.createTempFile("kundval-krock", ".losenord");
            Files.writeString(losenord, a.losenord() + "\n", StandardCharsets.UTF_8);
            ord.addAll(List.of("--jdbc", a.jdbcUrl(), "--user", a.anvandare(), "--password-file", losenord.toString()));
        } else {
            String url = a.jdbcUrl();
            ord.addAll(List.of("--db", url.substring("jdbc:h2:file:".length(), url.indexOf(';'))));
        }
        ord.addAll(0, List.of(kommando));
        return ord.toArray(String[]::new);
    }

    private static void sov(long nanosekunder) {
        try {
            Thread.sleep(nanosekunder / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
