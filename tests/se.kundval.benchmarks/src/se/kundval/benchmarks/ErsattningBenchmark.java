package se.kundval.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import se.kundval.core.Inloggning;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Radtyp;
import se.kundval.core.ersattning.Utbetalningsrad;
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
 * The payment run of one month over 100 000 active insatser, against a baseline of one
 * hand-written SQL aggregate over the same rows in the same run: the month's checkbelopp per
 * anordnare. The ratio says what loading whole aggregates and applying every rule of DOMAIN §5
 * costs over the cheapest possible answer to part of the question. Results go to
 * docs/benchmarks/ersattning.md; nothing here asserts a time, only that the two agree on the
 * checkbelopp total.
 */
class ErsattningBenchmark {

    private static final int INSATSER = 100_000;
    private static final int VARV = 3;
    private static final YearMonth MANAD = YearMonth.of(2024, 6);
    private static final Inloggning HANDLAGGARE = new Inloggning("hl1", "Handläggare", Roll.HANDLAGGARE, null);

    /**
     * The month's checkbelopp per anordnare: price valid on the 1st × active days / days in the
     * month, per insats rounded to öre. Parameters are cast so that H2 types the division as
     * NUMERIC / INTEGER (an untyped parameter makes it divide at maximum precision, for minutes).
     */
    private static final String AGGREGAT = """
            select a.orgnr, sum(round(p.checkbelopp
                   * (cast(least(i.slutdatum, coalesce(s.avslutsdatum, i.slutdatum), cast(? as date))
                          - greatest(i.startdatum, cast(? as date)) as integer) + 1)
                   / cast(? as integer), 2))
            from insats i
            join anordnare a on a.id = i.anordnare_id
            left join avslut s on s.insats_id = i.id
            join pris p on p.insatstyp_id = i.insatstyp_id
             and p.giltig_fran = (select max(q.giltig_fran) from pris q
                                  where q.insatstyp_id = i.insatstyp_id and q.giltig_fran <= cast(? as date))
            where i.startdatum <= cast(? as date) and least(i.slutdatum, coalesce(s.avslutsdatum, i.slutdatum)) >= cast(? as date)
              and i.id > cast(? as bigint)
            group by a.orgnr""";

    record Matning(String databas, Ersattningsdata.Mangd mangd, int rader, double motorMs, double laddningMs, double sqlMs) {
    }

    @Test
    void utbetalningsunderlagForEnManad() throws Exception {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.ersattning");
        List<Matning> matningar = new ArrayList<>();
        matningar.add(mat(Testdatabas.H2));
        if (System.getProperty(Testdatabas.PG_URL, "").startsWith("jdbc:postgresql:")) {
            matningar.add(mat(Testdatabas.POSTGRESQL));
        }
        skrivResultat(matningar);
    }

    private Matning mat(Testdatabas testdatabas) throws SQLException {
        Databas databas = Tjanster.hamta(Databas.class);
        Databasanslutning anslutning = testdatabas.ny();
        databas.anslut(anslutning);
        List<Insatstyp> typer = Tjanster.hamta(ReferensdataService.class).insatstyper().stream()
                .filter(t -> t.getLangdManader() != null).toList();
        ErsattningService ersattning = Tjanster.hamta(ErsattningService.class);
        try (Connection c = jdbc(anslutning)) {
            Ersattningsdata.Mangd mangd = new Ersattningsdata(c).skapa(INSATSER, MANAD, typer);
            Utbetalningsunderlag underlag = ersattning.underlag(HANDLAGGARE, MANAD);
            BigDecimal sqlSumma = aggregat(c, 0);
            BigDecimal motorSumma = underlag.rader().stream().filter(r -> r.radtyp() == Radtyp.CHECKBELOPP)
                    .map(Utbetalningsrad::belopp).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sqlSumma.compareTo(motorSumma), "engine " + motorSumma + " and SQL " + sqlSumma + " disagree");
            long[] motor = new long[VARV];
            long[] laddning = new long[VARV];
            long[] sql = new long[VARV];
            InsatsService insatser = Tjanster.hamta(InsatsService.class);
            for (int i = 0; i < VARV; i++) {
                long t0 = System.nanoTime();
                ersattning.underlag(HANDLAGGARE, MANAD);
                long t1 = System.nanoTime();
                insatser.aktivaUnder(HANDLAGGARE, MANAD.atDay(1), MANAD.atEndOfMonth());
                long t2 = System.nanoTime();
                aggregat(c, i + 1);
                long t3 = System.nanoTime();
                motor[i] = t1 - t0;
                laddning[i] = t2 - t1;
                sql[i] = t3 - t2;
            }
            return new Matning(testdatabas.name(), mangd, underlag.rader().size(), median(motor), median(laddning), median(sql));
        } finally {
            databas.stang();
        }
    }

    /**
     * Runs the aggregate; {@code varv} only changes an always-true predicate, because H2 hands back
     * the cached result of an identical query over unchanged tables, which would time nothing.
     */
    private static BigDecimal aggregat(Connection c, int varv) throws SQLException {
        BigDecimal summa = BigDecimal.ZERO;
        try (PreparedStatement p = c.prepareStatement(AGGREGAT)) {
            LocalDate forsta = MANAD.atDay(1);
            p.setObject(1, MANAD.atEndOfMonth());
            p.setObject(2, forsta);
            p.setInt(3, MANAD.lengthOfMonth());
            p.setObject(4, forsta);
            p.setObject(5, MANAD.atEndOfMonth());
            p.setObject(6, forsta);
            p.setLong(7, -varv);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    summa = summa.add(rs.getBigDecimal(2));
                }
            }
        }
        return summa;
    }

    private static Connection jdbc(Databasanslutning a) throws SQLException {
        Properties egenskaper = new Properties();
        egenskaper.setProperty("user", a.anvandare());
        egenskaper.setProperty("password", a.losenord());
        Driver drivrutin = a.arPostgresql() ? new org.postgresql.Driver() : new org.h2.Driver();
        return drivrutin.connect(a.jdbcUrl(), egenskaper);
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

    private static void skrivResultat(List<Matning> matningar) throws IOException {
        StringBuilder md = new StringBuilder(text("""
                # Benchmark: utbetalningsunderlag (ersättning)

                The payment run for one month (%s) through `ErsattningService.underlag`, over %,d insatser all
                active in the month, against a baseline of one hand-written SQL aggregate over the same rows in
                the same run (the month's checkbelopp per anordnare: price × active days / days in month, per
                insats rounded to öre). The engine loads every insats with its beslut, avslut and bedömningar
                through `InsatsService.aktivaUnder` (Hibernate) and applies all of DOMAIN §5; the SQL answers only
                the checkbelopp part. Both agree on the checkbelopp total (checked in the run). "Of which loading"
                is `aktivaUnder` alone, timed separately in the same rounds. Median of %d runs after one warm-up
                run that is not timed.

                | database | insatser | kunder | förlängda | avslut in month (judged) | lines | engine (ms) | of which loading (ms) | SQL aggregate (ms) | ratio engine / SQL |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                """, MANAD, INSATSER, VARV));
        for (Matning m : matningar) {
            Ersattningsdata.Mangd d = m.mangd();
            md.append(text("| %s | %,d | %,d | %,d | %,d (%,d) | %,d | %,.0f | %,.0f | %,.1f | %,.1f |%n", m.databas(), d.insatser(),
                    d.kunder(), d.forlangda(), d.avslut(), d.bedomda(), m.rader(), m.motorMs(), m.laddningMs(), m.sqlMs(),
                    m.motorMs() / m.sqlMs()));
        }
        md.append(text("""

                Run on %d cores, Java %s, %s %s; system load average %.1f at the end of the run (other builds
                shared the machine, so single figures are noisy; compare ratios of the same run).

                Reproduce: `./mvnw -B -Pbenchmark verify -Dkundval.test.pg.url=jdbc:postgresql://HOST:PORT/DB`
                (without the URL only H2 is measured). The class is `se.kundval.benchmarks.ErsattningBenchmark`.
                """, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        Path mapp = Path.of(System.getProperty("kundval.benchmarks.resultat", "docs/benchmarks"));
        Files.createDirectories(mapp);
        Files.writeString(mapp.resolve("ersattning.md"), md.toString(), StandardCharsets.UTF_8);
    }
}
