package se.kundval.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.kundval.core.Inloggning;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.ErsattningsfaktaService;
import se.kundval.core.ersattning.Utbetalningsunderlag;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Insatstyp;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * The payment run of one month over 100 000 active insatser, against a baseline of hand-written
 * SQL computing every line type of DOMAIN §5 over the same rows in the same run
 * ({@link HandskrivenErsattning}). Before timing, the engine's lines summed per anordnare, type,
 * line type and status must equal the SQL's to the öre. Results go to docs/benchmarks/ersattning.md;
 * nothing here asserts a time.
 */
class ErsattningBenchmark {

    private static final int VARV = Korning.varv();
    /** The size of the payment run; other sizes write their own results file. */
    private static final int STANDARD = 100_000;
    /**
     * Whether the old path's loading of whole aggregates is timed too; a million of them would take
     * most of a large run's time bound to show what the 100 000 run already shows.
     */
    private static final boolean AGGREGAT = Boolean.parseBoolean(System.getProperty("kundval.benchmark.ersattning.aggregat", "true"));
    private static final YearMonth MANAD = YearMonth.of(2024, 6);
    private static final Inloggning HANDLAGGARE = new Inloggning("hl1", "Handläggare", Roll.HANDLAGGARE, null);

    record Matning(String databas, Ersattningsdata.Mangd mangd, int rader, double motorMs, double faktaMs, double aggregatMs,
            double sqlMs) {
    }

    @Test
    void utbetalningsunderlagForEnManad() throws Exception {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.ersattning");
        int antal = Integer.getInteger("kundval.benchmark.ersattning.insatser", 100_000);
        List<Matning> matningar = new ArrayList<>();
        for (Testdatabas databas : Korning.databaser()) {
            matningar.add(mat(databas, antal));
        }
        skrivResultat(matningar, antal);
    }

    private Matning mat(Testdatabas testdatabas, int antal) throws SQLException {
        Databas databas = Tjanster.hamta(Databas.class);
        Databasanslutning anslutning = testdatabas.ny();
        databas.anslut(anslutning);
        List<Insatstyp> typer = Tjanster.hamta(ReferensdataService.class).insatstyper().stream()
                .filter(t -> t.getLangdManader() != null).toList();
        ErsattningService ersattning = Tjanster.hamta(ErsattningService.class);
        boolean pg = anslutning.arPostgresql();
        try (Connection c = Korning.jdbc(anslutning)) {
            Ersattningsdata.Mangd mangd = new Ersattningsdata(c).skapa(antal, MANAD, typer);
            HandskrivenErsattning.skapaKalender(c);
            try (Statement s = c.createStatement()) {
                s.execute("analyze");
            }
            Utbetalningsunderlag underlag = ersattning.underlag(HANDLAGGARE, MANAD);
            Map<String, BigDecimal> motorn = new TreeMap<>();
            underlag.rader().forEach(r -> motorn.merge(r.orgnr() + ' ' + r.insatstyp() + ' ' + r.radtyp() + ' ' + r.status(),
                    r.belopp(), BigDecimal::add));
            assertEquals(HandskrivenErsattning.berakna(c, pg, MANAD, MANAD).summor, motorn, "the engine and the SQL disagree");
            long[] motor = new long[VARV];
            long[] fakta = new long[VARV];
            long[] aggregat = new long[VARV];
            long[] sql = new long[VARV];
            ErsattningsfaktaService lasning = Tjanster.hamta(ErsattningsfaktaService.class);
            InsatsService insatser = Tjanster.hamta(InsatsService.class);
            for (int i = 0; i < VARV; i++) {
                Andring.andra(c);
                long t0 = System.nanoTime();
                ersattning.underlag(HANDLAGGARE, MANAD);
                motor[i] = System.nanoTime() - t0;
                Andring.andra(c);
                t0 = System.nanoTime();
                lasning.insatserUnder(HANDLAGGARE, MANAD.atDay(1), MANAD.atEndOfMonth(), f -> { });
                fakta[i] = System.nanoTime() - t0;
                Andring.andra(c);
                t0 = System.nanoTime();
                HandskrivenErsattning.berakna(c, pg, MANAD, MANAD);
                sql[i] = System.nanoTime() - t0;
                if (AGGREGAT) {
                    Andring.andra(c);
                    t0 = System.nanoTime();
                    insatser.aktivaUnder(HANDLAGGARE, MANAD.atDay(1), MANAD.atEndOfMonth());
                    aggregat[i] = System.nanoTime() - t0;
                }
            }
            return new Matning(testdatabas.name(), mangd, underlag.rader().size(), median(motor), median(fakta), median(aggregat),
                    median(sql));
        } finally {
            databas.stang();
        }
    }


    /** The median in milliseconds. */
    private static double median(long[] nanosekunder) {
        long[] sorterade = nanosekunder.clone();
        Arrays.sort(sorterade);
        return sorterade[sorterade.length / 2] / 1e6;
    }

    /** Figures formatted the same on every machine (the results file is committed). */
    private static String text(String format, Object... varden) {
        return String.format(Locale.ROOT, format, varden);
    }

    private static void skrivResultat(List<Matning> matningar, int antal) throws IOException {
        StringBuilder md = new StringBuilder(text("""
                # Benchmark: utbetalningsunderlag (ersättning)

                The payment run for one month (%s) through `ErsattningService.underlag`, over %,d insatser all
                active in the month, against hand-written SQL computing every line type of DOMAIN §5 over the same
                rows in the same run (`HandskrivenErsattning`, written for speed: the month's insatser with E, E',
                the current bedömning and the 14-day rule in a temporary table, the prislista expanded to a price per
                type and month, then one statement joining a calendar table for checkbelopp (counted per anordnare,
                type, month and active days before pricing), avslutsersättning, resultatbonus and the
                snabbhetspremie's remaining months). Before
                timing, the engine's lines summed per anordnare, type, line type and status equal the SQL's to the öre
                (checked in the run). The engine reads the insatser through the narrow read path
                (`ErsattningsfaktaService`, decision 0320); "narrow read" is that read alone, "aggregates" is the
                old path's loading of whole insatser (`InsatsService.aktivaUnder`), both timed in the same rounds.
                Median of %d timed runs after the checked run, which is not timed.

                | database | insatser | kunder | förlängda | avslut in month (judged) | lines | engine (ms) | of which narrow read (ms) | SQL, all lines (ms) | ratio engine / SQL | aggregates, old path (ms) |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                """, MANAD, antal, VARV));
        for (Matning m : matningar) {
            Ersattningsdata.Mangd d = m.mangd();
            md.append(text("| %s | %,d | %,d | %,d | %,d (%,d) | %,d | %,.0f | %,.0f | %,.0f | %,.2f | %s |%n", m.databas(),
                    d.insatser(), d.kunder(), d.forlangda(), d.avslut(), d.bedomda(), m.rader(), m.motorMs(), m.faktaMs(),
                    m.sqlMs(), m.motorMs() / m.sqlMs(), AGGREGAT ? text("%,.0f", m.aggregatMs()) : "not timed"));
        }
        md.append(text("""

                Run on %d cores, Java %s, %s %s; system load average %.1f at the end of the run (other builds
                shared the machine, so single figures are noisy; compare ratios of the same run). Measured %s.

                Reproduce: `./mvnw -B -Pbenchmark verify -Dtest=ErsattningBenchmark -Dkundval.test.pg.url=jdbc:postgresql://HOST:PORT/DB`
                (without the URL only H2 is measured; `-Dkundval.benchmark.ersattning.insatser=10000` gives a quick
                trial). The class is `se.kundval.benchmarks.ErsattningBenchmark`.
                """, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), LocalDate.now()));
        Path fil = Korning.resultatfil("ersattning", antal, STANDARD, matningar.stream().map(Matning::databas).toList());
        Files.createDirectories(fil.toAbsolutePath().getParent());
        Files.writeString(fil, md.toString(), StandardCharsets.UTF_8);
    }
}
