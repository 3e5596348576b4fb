package se.kundval.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.core.utbyte.UtbytesService.Filrader;
import se.kundval.demo.Demodata;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * The import of 100 000 kunder and 300 000 insatser (with their månadsrapporter and the survey)
 * through the product's import, against H2's own CSVREAD of the same files into plain tables in
 * the same run, and on PostgreSQL when a server is given, against COPY into plain tables there. After
 * each import, untimed, the database is exported and must give back what was imported (and the same
 * bytes on both databases). Writes docs/benchmarks/import.md; it measures, it asserts nothing about time.
 */
class ImportBenchmark {

    private static final Inloggning ADMIN = new Inloggning("benchmark", "Benchmark", Roll.ADMINISTRATOR, null);
    private static final LocalDate IDAG = LocalDate.of(2025, 11, 20);
    /** The size of the import; other sizes write their own results file. */
    private static final int STANDARD = 300_000;
    /** Tycho does not follow manifests with -am, so the reproduce command names every module. */
    private static final String MODULER = "targetplatform,bundles/se.kundval.model,bundles/se.kundval.core,"
            + "bundles/se.kundval.persistence,bundles/se.kundval.utbyte,bundles/se.kundval.demo,"
            + "bundles/se.kundval.insatstyp.jobbpeng,bundles/se.kundval.insatstyp.kundval2024,"
            + "bundles/se.kundval.insatstyp.samhallsorientering,tests/se.kundval.testsupport,tests/se.kundval.benchmarks";

    private record Matning(String vad, double sekunder) {
    }

    @Test
    void importMotCsvread() throws Exception {
        int kunder = Integer.getInteger("kundval.benchmark.kunder", 100_000);
        int insatser = Integer.getInteger("kundval.benchmark.insatser", STANDARD);
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte");
        Databas databas = Tjanster.hamta(Databas.class);
        UtbytesService utbyte = Tjanster.hamta(UtbytesService.class);
        ReferensdataService referensdata = Tjanster.hamta(ReferensdataService.class);

        List<Matning> matningar = new ArrayList<>();
        List<String> databaser = new ArrayList<>();
        Path katalog = Files.createTempDirectory("kundval-benchmark");
        // the insats types and prices the files name are a database's referensdata
        databas.anslut(Testdatabas.H2.ny());
        matningar.add(mat("Generera filerna (Demodata)", () -> new Demodata(Demodata.FRO, kunder, insatser, IDAG)
                .skriv(katalog, referensdata.insatstyper(), referensdata.priser())));
        List<Filrader> rader = new ArrayList<>();
        Double h2Kvot = null;
        Double pgKvot = null;
        Path h2Export = null;
        if (Korning.databaser().contains(Testdatabas.H2)) {
            databas.anslut(Testdatabas.H2.ny());
            Matning var = mat("Kundvals import, H2 (kontroller, validering, en transaktion)",
                    () -> rader.addAll(utbyte.importera(ADMIN, katalog)));
            matningar.add(var);
            h2Export = exporteraOchJamfor(utbyte, katalog, null);
            databas.stang();
            Matning bas = mat("Baslinje: H2 CSVREAD till enkla tabeller", () -> csvread(katalog));
            matningar.add(bas);
            h2Kvot = var.sekunder() / bas.sekunder();
            databaser.add(Testdatabas.H2.name());
        }
        if (Korning.databaser().contains(Testdatabas.POSTGRESQL)) {
            databas.anslut(Testdatabas.POSTGRESQL.ny());
            Matning pgMatning = mat("Kundvals import, PostgreSQL", () -> {
                List<Filrader> pgRader = utbyte.importera(ADMIN, katalog);
                if (rader.isEmpty()) {
                    rader.addAll(pgRader);
                }
                return pgRader;
            });
            matningar.add(pgMatning);
            exporteraOchJamfor(utbyte, katalog, h2Export);
            databas.stang();
            Databasanslutning tom = Testdatabas.POSTGRESQL.ny();
            Matning copy = mat("Baslinje: PostgreSQL COPY till enkla tabeller", () -> copy(tom, katalog));
            matningar.add(copy);
            pgKvot = pgMatning.sekunder() / copy.sekunder();
            databaser.add(Testdatabas.POSTGRESQL.name());
        }
        skriv(kunder, insatser, rader, matningar, h2Kvot, pgKvot, Korning.resultatfil("import", insatser, STANDARD, databaser));
    }

    /**
     * What was imported comes out again (untimed): the generated files that the export writes in the
     * same form hold the same lines, and the second database's export is the first one's, byte for byte.
     */
    private static Path exporteraOchJamfor(UtbytesService utbyte, Path genererad, Path forraExporten) throws IOException {
        Path export = Files.createTempDirectory("kundval-benchmark-export");
        utbyte.exportera(ADMIN, export);
        for (Karnfil fil : List.of(Karnfil.KUNDER, Karnfil.INSATSER, Karnfil.MANADSRAPPORTER, Karnfil.ANORDNARE)) {
            // the same lines in any order, compared without holding millions of them (Radmangd)
            assertEquals(Radmangd.av(genererad.resolve(fil.filnamn())), Radmangd.av(export.resolve(fil.filnamn())), fil.filnamn());
        }
        if (forraExporten != null) {
            for (Karnfil fil : Karnfil.values()) {
                assertEquals(-1L, Files.mismatch(forraExporten.resolve(fil.filnamn()), export.resolve(fil.filnamn())),
                        fil.filnamn() + " differs between the databases' exports");
            }
        }
        return export;
    }

    private static Matning mat(String vad, Callable<?> arbete) throws Exception {
        long start = System.nanoTime();
        arbete.call();
        return new Matning(vad, (System.nanoTime() - start) / 1e9);
    }

    /** The same files into plain tables (every column text, no keys), the fastest H2 reads CSV. */
    private static Object csvread(Path katalog) throws SQLException {
        Path db = katalog.resolve("baslinje").resolve("db");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "")) {
            for (Karnfil k : Karnfil.values()) {
                String tabell = k.filnamn().replace(".csv", "");
                // CSVREAD needs the file name when the statement is parsed, so it cannot be a parameter
                String fil = katalog.resolve(k.filnamn()).toString().replace("'", "''");
                try (Statement st = c.createStatement()) {
                    st.execute("create table " + tabell + " as select * from csvread('" + fil + "', null, "
                            + "'charset=UTF-8 fieldSeparator=;')");
                }
            }
        }
        return null;
    }

    /**
     * The same files into plain text tables on PostgreSQL through the driver's CopyManager (COPY FROM
     * STDIN, CSV with header), the fastest way PostgreSQL loads a file sent by a client.
     */
    private static Object copy(Databasanslutning a, Path katalog) throws SQLException, IOException {
        Properties p = new Properties();
        p.setProperty("user", a.anvandare());
        p.setProperty("password", a.losenord());
        try (Connection c = new org.postgresql.Driver().connect(a.jdbcUrl(), p)) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Karnfil k : Karnfil.values()) {
                Path fil = katalog.resolve(k.filnamn());
                String tabell = k.filnamn().replace(".csv", "");
                String rubrik;
                try (BufferedReader r = Files.newBufferedReader(fil, StandardCharsets.UTF_8)) {
                    rubrik = r.readLine();
                }
                try (Statement st = c.createStatement()) {
                    st.execute("create table " + tabell + " (" + String.join(" text, ", rubrik.split(";")) + " text)");
                }
                try (Reader r = Files.newBufferedReader(fil, StandardCharsets.UTF_8)) {
                    copy.copyIn("copy " + tabell + " from stdin with (format csv, delimiter ';', header true)", r);
                }
            }
        }
        return null;
    }

    private static void skriv(int kunder, int insatser, List<Filrader> rader, List<Matning> matningar, Double kvot,
            Double pgKvot, Path resultat) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Import benchmark\n\n");
        md.append("Measured ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(" on ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB, ")
                .append(ManagementFactory.getOperatingSystemMXBean().getName()).append(".\n\n");
        md.append("Data: `Demodata` seed ").append(Demodata.FRO).append(", ").append(kunder).append(" kunder, ")
                .append(insatser).append(" insatser asked for, day ").append(IDAG).append(". Rows per file:\n\n");
        md.append("| file | rows |\n| --- | ---: |\n");
        rader.forEach(r -> md.append("| ").append(r.fil()).append(" | ").append(r.rader()).append(" |\n"));
        md.append("\n| step | seconds |\n| --- | ---: |\n");
        matningar.forEach(m -> md.append("| ").append(m.vad()).append(" | ")
                .append(String.format(Locale.ROOT, "%.1f", m.sekunder())).append(" |\n"));
        md.append('\n');
        if (kvot != null) {
            md.append("**Ratio, our import on H2 / H2 CSVREAD baseline: ").append(String.format(Locale.ROOT, "%.1f", kvot))
                    .append("**");
        }
        if (pgKvot != null) {
            md.append(kvot != null ? "; " : "").append("**our import on PostgreSQL / PostgreSQL COPY baseline: ")
                    .append(String.format(Locale.ROOT, "%.1f", pgKvot)).append("**");
        }
        md.append("\n\nThe baselines only copy text into untyped tables without keys; the import parses and checks every "
                + "field, looks up existing keys, builds the EMF objects, runs the model's validator and writes typed rows "
                + "with foreign keys and unique indexes in one transaction. After each import, untimed, the database was exported: "
                + "kunder, insatser, månadsrapporter and anordnare came back line for line as generated, and the PostgreSQL export "
                + "equals the H2 export byte for byte. Reproduce (PostgreSQL optional):\n\n"
                + "```\nexport JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64\n"
                + "./mvnw -B -Pbenchmark verify -pl " + MODULER + " \\\n    "
                + "-Dkundval.test.pg.url=jdbc:postgresql://127.0.0.1:55432/kundval\n```\n");
        Files.createDirectories(resultat.toAbsolutePath().getParent());
        Files.writeString(resultat, md.toString(), StandardCharsets.UTF_8);
    }
}
