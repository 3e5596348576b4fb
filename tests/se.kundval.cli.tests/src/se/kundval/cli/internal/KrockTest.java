package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.demo.Demodata;
import se.kundval.testsupport.Barnprocess;
import se.kundval.testsupport.Databasavtryck;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * Nothing half written (DOMAIN §9, issue 12, decision 0230): {@code import} and {@code demo} run in
 * a child JVM that is killed with SIGKILL at several moments of its run; each time the database
 * holds exactly what it held before (every table's rows and their hash), and a run after the kills
 * succeeds. The moments are spread over the length of a whole run of the same command measured
 * first on a database of its own; no time is asserted.
 */
class KrockTest {

    private static final int KUNDER = 2_000;
    private static final int INSATSER = 5_000;
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
        Databasanslutning sista = prova(typ, matning, "import", katalog.toString());
        assertEquals(KUNDER, Databasavtryck.av(sista).rader("kund"));
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void demoSomDodasLamnarDatabasenSomForut(Testdatabas typ) throws IOException {
        Databasanslutning matning = migrerad(typ);
        databas.stang();
        Databasanslutning sista = prova(typ, matning, "demo");
        assertEquals(Demodata.KUNDER, Databasavtryck.av(sista).rader("kund"));
        assertEquals(12, Databasavtryck.av(sista).rader("anvandare"));
    }

    /** A database as a first start leaves it: migrated, the installed types registered, no data. */
    private static Databasanslutning migrerad(Testdatabas typ) {
        Databasanslutning a = typ.ny();
        databas.anslut(a);
        return a;
    }

    /**
     * Each kill on a database of its own, fresh as the first start leaves it. A child that ended by
     * itself before the signal (the machine was faster than in the measured run) wrote all of it and
     * is no kill point; at least {@value #KILLAR} must land while the command runs.
     *
     * @return the last killed database (or a fresh one when the last child outran its signal), on which
     *         the command has then run to its end
     */
    private static Databasanslutning prova(Testdatabas typ, Databasanslutning matning, String... kommando) throws IOException {
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
            a = migrerad(typ);
            databas.stang();
            Databasavtryck fore = Databasavtryck.av(a);
            try (Barnprocess barn = Barnprocess.starta(kommandorad(a, kommando))) {
                sov((long) (hela * punkt));
                sistaDodad = barn.doda();
                if (sistaDodad) {
                    landade++;
                    assertEquals(fore, Databasavtryck.av(a), typ + ": killed at " + punkt + " of a run");
                }
            }
        }
        assertTrue(landade >= KILLAR, landade + " kills landed while the command ran");
        if (!sistaDodad) {
            // the last child finished before its signal and wrote everything: the run to the end needs a database as it was
            a = migrerad(typ);
            databas.stang();
        }
        try (Barnprocess igen = Barnprocess.starta(kommandorad(a, kommando))) {
            assertEquals(0, igen.vantaTillSlut(), igen.fel());
        }
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
