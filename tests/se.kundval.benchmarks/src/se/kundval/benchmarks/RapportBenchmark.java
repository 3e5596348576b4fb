package se.kundval.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.kundval.core.Inloggning;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.rapport.Rapportsektion;
import se.kundval.core.rapport.Resultatrad;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.model.Roll;
import se.kundval.model.Utbildningsniva;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * The yearly kvalitetsrapport over a million insatser, whole as a handläggare gets it (with the
 * compensation and budget sections), against hand-written SQL computing the same figures on the same
 * database in the same run ({@link HandskrivenRapport} for DOMAIN §7's figures and the budget,
 * {@link HandskrivenErsattning} for the year's payment lines). Before timing, the two must agree on
 * every count, sum and distribution of every row and every amount of the compensation sections. Results go to
 * docs/benchmarks/rapport.md; nothing here asserts a time.
 */
class RapportBenchmark {

    private static final int VARV = Korning.varv();
    /** The size of the report; other sizes write their own results file. */
    private static final int STANDARD = 300_000;
    private static final Rapportperiod AR = Rapportperiod.ar(2024);
    private static final YearMonth[] MANADER = {YearMonth.from(AR.fran()), YearMonth.from(AR.till())};
    private static final Inloggning HANDLAGGARE = new Inloggning("hl1", "Handläggare", Roll.HANDLAGGARE, null);

    /** The timings of one database. */
    private static final String ANMARKNINGAR = """

            Anmärkningar: rapporten körs som handläggare, så den är hel som användaren får den: ersättningsdelen
            (årets alla utbetalningsrader per anordnare och typ, beslut 0320) och budgetprognosen ingår, och SQL:en
            räknar samma belopp (`HandskrivenErsattning` över årets tolv månader, budgeten i `HandskrivenRapport`);
            kundundersökning och tillsyn är
            tomma (några hundra rader per år, utan betydelse för tiden). Rapporten läser en smal rad per insats
            (beslut 0041), en gång för både måtten och ersättningen (beslut 0421), på PostgreSQL mängdvis (beslut 0420). H2 körs med produktens inställningar (standardcache), så båda sidor läser mycket från
            disk; maskinen delas med andra byggen, vilket syns som spridning mellan varven.
            """;

    record Matning(String databas, Rapportbenchmarkdata.Mangd mangd, int insatserIRapporten, int kunderIRapporten,
            long[] rapportMs, long[] sqlMs) {

        long rapport() {
            return median(rapportMs);
        }

        long sql() {
            return median(sqlMs);
        }
    }

    @Test
    void arsrapportMotHandskrivenSql() throws Exception {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.rapport", "se.kundval.ersattning",
                "se.kundval.insatstyp.kundval2024");
        int antal = Integer.getInteger("kundval.benchmark.rapport.insatser", STANDARD);
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
        RapportService rapporter = Tjanster.hamta(RapportService.class);
        boolean pg = anslutning.arPostgresql();
        try (Connection c = jdbc(anslutning, pg)) {
            Rapportbenchmarkdata.Mangd mangd = new Rapportbenchmarkdata(c).skapa(antal, typer(c));
            HandskrivenErsattning.skapaKalender(c);
            analysera(c, pg);
            Kvalitetsrapport rapport = rapporter.kvalitetsrapport(HANDLAGGARE, AR);
            HandskrivenErsattning ersattningsrader = HandskrivenErsattning.berakna(c, pg, MANADER[0], MANADER[1], true);
            HandskrivenRapport handskriven = HandskrivenRapport.berakna(c, pg, AR.fran(), AR.till());
            jamfor(rapport, handskriven);
            jamforErsattning(rapport, handskriven, ersattningsrader);
            long[] rapportMs = new long[VARV];
            long[] sqlMs = new long[VARV];
            for (int i = 0; i < VARV; i++) {
                Andring.andra(c);
                long t0 = System.nanoTime();
                rapporter.kvalitetsrapport(HANDLAGGARE, AR);
                rapportMs[i] = (System.nanoTime() - t0) / 1_000_000;
                Andring.andra(c);
                t0 = System.nanoTime();
                HandskrivenErsattning.berakna(c, pg, MANADER[0], MANADER[1], true);
                HandskrivenRapport.berakna(c, pg, AR.fran(), AR.till());
                sqlMs[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            Resultatrad totalt = rapport.totalt().resultat();
            return new Matning(testdatabas.name(), mangd, totalt.insatser(), totalt.kunder(), rapportMs, sqlMs);
        } finally {
            databas.stang();
        }
    }

    /** Every count, sum and distribution of every row must be the same both ways. */
    private static void jamfor(Kvalitetsrapport rapport, HandskrivenRapport sql) {
        Map<String, String> fran = new TreeMap<>();
        Map<String, String> handskrivet = new TreeMap<>();
        Map<String, Resultatrad> rader = new HashMap<>();
        rader.put("T", rapport.totalt().resultat());
        rapport.insatstyper().forEach((kod, rad) -> rader.put("Y:" + kod, rad.resultat()));
        rapport.anordnare().forEach((orgnr, rad) -> rader.put("A:" + orgnr, rad.resultat()));
        rader.forEach((nyckel, r) -> {
            if (r.insatser() > 0) {
                fran.put(nyckel, Arrays.toString(new long[] {r.kunder(), r.insatser(), r.startade(), r.avslut(), r.lyckade().antal(),
                        r.obedomda(), r.bonusgrundande(), r.maluppfyllelse().antal(), r.dagarTillLyckat().summa()}));
                Map<String, Long> f = new TreeMap<>();
                r.kon().antal().forEach((k, n) -> f.put("kon:" + k, (long) n));
                r.utbildningsniva().antal().forEach((k, n) -> f.put("utbildning:" + k, (long) n));
                r.sprak().antal().forEach((k, n) -> f.put("sprak:" + k, (long) n));
                r.avslutsorsaker().antal().forEach((k, n) -> f.put("orsak:" + k, (long) n));
                fran.put(nyckel + " fördelning", f.toString());
            }
        });
        sql.rader.forEach((nyckel, v) -> handskrivet.put(nyckel, Arrays.toString(v)));
        sql.fordelningar.forEach((nyckel, f) -> {
            Map<String, Long> literaler = new TreeMap<>();
            // the database holds the enum's Java name, the report the model literal (GRUNDSKOLA_0_3)
            f.forEach((k, n) -> literaler.put(k.startsWith("utbildning:")
                    ? "utbildning:" + Utbildningsniva.valueOf(k.substring("utbildning:".length())).getLiteral() : k, n));
            handskrivet.put(nyckel + " fördelning", literaler.toString());
        });
        assertEquals(handskrivet, fran, "the report and the hand-written SQL disagree");
    }

    /**
     * The compensation section (what is payable per anordnare and type, and what waits for a
     * bedömning) and the budget's total per type equal the SQL's to the öre.
     */
    private static void jamforErsattning(Kvalitetsrapport rapport, HandskrivenRapport sql, HandskrivenErsattning rader) {
        Map<String, Rapportsektion> sektioner = new HashMap<>();
        rapport.sektioner().forEach(sektion -> sektioner.put(sektion.nyckel(), sektion));
        Map<String, BigDecimal> fran = new TreeMap<>();
        sektioner.get("ersattning").rader().forEach((orgnr, rad) -> {
            if (!orgnr.equals("TOTALT")) {
                rad.forEach((kolumn, varde) -> {
                    if (varde instanceof BigDecimal belopp && belopp.signum() != 0 && !kolumn.equals("totalt")) {
                        fran.put(orgnr + ' ' + kolumn, belopp);
                    }
                });
            }
        });
        Map<String, BigDecimal> handskrivet = new TreeMap<>();
        rader.summor.forEach((nyckel, belopp) -> {
            String[] delar = nyckel.split(" ");
            String kolumn = delar[3].equals("ATT_BETALA") ? delar[1] : "vantar_pa_bedomning";
            handskrivet.merge(delar[0] + ' ' + kolumn, belopp, BigDecimal::add);
        });
        assertEquals(handskrivet, fran, "the compensation section and the hand-written SQL disagree");
        Map<String, BigDecimal> budget = new TreeMap<>();
        sektioner.get("budget").rader().forEach((typ, rad) -> {
            if (!typ.equals("TOTALT")) {
                budget.put(typ, (BigDecimal) rad.get("totalt"));
            }
        });
        assertEquals(new TreeMap<>(sql.budget), budget, "the budget section and the hand-written SQL disagree");
    }

    /** Fresh planner statistics, so that neither side is measured on a plan made for empty tables. */
    private static void analysera(Connection c, boolean pg) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("analyze");
        }
    }

    private static Map<String, long[]> typer(Connection c) throws SQLException {
        Map<String, long[]> typer = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id, kod, langd_manader from insatstyp")) {
            while (rs.next()) {
                typer.put(rs.getString(2), new long[] {rs.getLong(1), rs.getInt(3)});
            }
        }
        typer.keySet().retainAll(Rapportbenchmarkdata.TYPER);
        return typer;
    }

    private static Connection jdbc(Databasanslutning a, boolean pg) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", a.anvandare() == null ? "" : a.anvandare());
        p.setProperty("password", a.losenord() == null ? "" : a.losenord());
        // batched inserts as multi-row statements: loading three million rows otherwise dominates the run
        String url = pg ? a.jdbcUrl() + "&reWriteBatchedInserts=true" : a.jdbcUrl();
        Driver drivrutin = pg ? new org.postgresql.Driver() : new org.h2.Driver();
        return drivrutin.connect(url, p);
    }

    static long median(long[] varden) {
        long[] sorterade = varden.clone();
        Arrays.sort(sorterade);
        return sorterade[sorterade.length / 2];
    }

    private static void skrivResultat(List<Matning> matningar, int antal) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark: kvalitetsrapporten för ett år\n\n");
        md.append("Årsrapporten 2024 (`RapportService.kvalitetsrapport`, alla mått i DOMAIN §7: totalt, per insatstyp och per ")
                .append("anordnare) mot handskriven SQL som räknar samma tal, ersättningsdelen och budgeten inräknade (`HandskrivenRapport`, skriven för fart: urvalet av ")
                .append("periodens insatser i en temporär tabell med varje utfall som 0/1-kolumn, en gruppering per nivå för totalt, typ ")
                .append("och anordnare med kundgrupper som ger alla antal och fördelningar; urvalet är detsamma som `HandskrivenErsattning` gör för årets ")
                .append("tolv månaders utbetalningsrader, så det görs en gång för båda) på samma ")
                .append("databas i samma körning. Innan tiderna tas måste rapporten och SQL:en ge exakt samma antal, summor och ")
                .append("fördelningar för varje rad. Medianen av ").append(VARV).append(" varv efter det kontrollerade varvet, som inte tidtas; ")
                .append("kvot = rapport / SQL (mål ≤ 2).\n\n");
        md.append("| databas | insatser i databasen | kunder | insatser i rapporten | kunder i rapporten | rapport (ms) | SQL (ms) | kvot |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Matning m : matningar) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %.2f |%n", m.databas(), m.mangd().insatser(),
                    m.mangd().kunder(), m.insatserIRapporten(), m.kunderIRapporten(), m.rapport(), m.sql(),
                    (double) m.rapport() / m.sql()));
        }
        md.append("\nVarje varv (ms): ");
        for (Matning m : matningar) {
            md.append(m.databas()).append(" rapport ").append(Arrays.toString(m.rapportMs())).append(", SQL ")
                    .append(Arrays.toString(m.sqlMs())).append("; ");
        }
        Rapportbenchmarkdata.Mangd d = matningar.get(0).mangd();
        md.append(String.format(Locale.ROOT, "%n%nData: %d insatser av %d kunder hos %d anordnare, %d förlängda, %d avslut, %d bedömda, "
                + "%d rättade av en andra bedömning (`Rapportbenchmarkdata`, fast slumpfrö).%n", d.insatser(), d.kunder(),
                Rapportbenchmarkdata.ANORDNARE, d.forlangda(), d.avslut(), d.bedomda(), d.rattade()));
        md.append(String.format(Locale.ROOT, "%nMiljö: Java %s, %d processorer, %s. Uppmätt %s.%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), LocalDate.now()));
        md.append(ANMARKNINGAR);
        md.append("""

                Köra om (PostgreSQL-servern är valfri; utan den mäts bara H2):

                ```sh
                ./mvnw -B -Pbenchmark verify -Dtest=RapportBenchmark \\
                    -Dkundval.test.pg.url=jdbc:postgresql://127.0.0.1:55432/kundval \\
                    -pl targetplatform,bundles/se.kundval.model,bundles/se.kundval.core,bundles/se.kundval.persistence,\\
                bundles/se.kundval.export,bundles/se.kundval.rapport,bundles/se.kundval.ersattning,bundles/se.kundval.utbyte,\\
                bundles/se.kundval.demo,bundles/se.kundval.insatstyp.jobbpeng,bundles/se.kundval.insatstyp.kundval2024,\\
                bundles/se.kundval.insatstyp.samhallsorientering,tests/se.kundval.testsupport,tests/se.kundval.benchmarks
                ```

                `-Dkundval.benchmark.rapport.insatser=100000` ger en snabb provkörning.
                """);
        Path fil = Korning.resultatfil("rapport", antal, STANDARD, matningar.stream().map(Matning::databas).toList());
        Files.createDirectories(fil.toAbsolutePath().getParent());
        Files.writeString(fil, md, StandardCharsets.UTF_8);
    }
}
