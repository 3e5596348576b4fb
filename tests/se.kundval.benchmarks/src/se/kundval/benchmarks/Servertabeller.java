package se.kundval.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.kundval.testsupport.Testdatabas;

/**
 * docs/benchmarks/server.md as the server benchmark writes it: a fixed text around one table per
 * database and size. A run replaces the tables it measured and keeps the others from the file, so the
 * H2 tables and the PostgreSQL table can come from two runs that each stay within their time bound
 * (the heading of each table names its database; the run's date is in the git history).
 */
final class Servertabeller {

    static final int ANVANDARE = 20;
    static final int VARV_PER_ANVANDARE = 10;
    private static final String DEMO = "## The demo database, H2";
    private static final String KOMMUN = "## Municipal size, ";
    private static final String FOT = "## Where the time goes";

    private final Path fil;
    /** The tables by their heading, in the order they are written. */
    private final Map<String, String> tabeller = new LinkedHashMap<>();

    Servertabeller(Path fil) throws IOException {
        this.fil = fil;
        for (String rubrik : List.of(DEMO, kommun(Testdatabas.H2), kommun(Testdatabas.POSTGRESQL))) {
            tabeller.put(rubrik, null);
        }
        if (Files.exists(fil)) {
            behallTidigare(Files.readString(fil, StandardCharsets.UTF_8));
        }
    }

    /** The demo database's table, single calls and 20 users. */
    void demo(String tabell) {
        tabeller.put(DEMO, tabell);
    }

    /** The municipal size's table on the database, with what was measured of the report's answer below it. */
    void kommun(Testdatabas databas, String tabell) {
        tabeller.put(kommun(databas), tabell);
    }

    void skriv() throws IOException {
        StringBuilder md = new StringBuilder(HUVUD);
        tabeller.forEach((rubrik, tabell) -> {
            if (tabell != null) {
                md.append('\n').append(rubrik).append("\n\n").append(tabell.strip()).append('\n');
            }
        });
        md.append('\n').append(FOT).append("\n\n").append(FOTTEXT);
        Files.createDirectories(fil.getParent());
        Files.writeString(fil, md.toString(), StandardCharsets.UTF_8);
    }

    /** The heading of a table with its rows: median in-process and through the server, and with 20 users at once. */
    static String tabellhuvud(long kunder, int varv, boolean samtidigt) {
        String huvud = text("%,d kunder, median of %d calls.%n%n| call | in-process median ms | server median ms | ratio |",
                Long.valueOf(kunder), Integer.valueOf(varv));
        String linje = "| --- | ---: | ---: | ---: |";
        if (samtidigt) {
            huvud += " 20 users in-process p95 ms | 20 users server p95 ms | p95 ratio |";
            linje += " ---: | ---: | ---: |";
        }
        return huvud + "\n" + linje + "\n";
    }

    static String text(String format, Object... varden) {
        return String.format(Locale.ROOT, format, varden);
    }

    private static String kommun(Testdatabas databas) {
        return KOMMUN + (databas == Testdatabas.H2 ? "H2" : "PostgreSQL");
    }

    /** The tables of the file that this run does not measure, as they stand there. */
    private void behallTidigare(String text) {
        for (String avsnitt : text.split("\n(?=## )")) {
            int slut = avsnitt.indexOf('\n');
            String rubrik = slut < 0 ? avsnitt : avsnitt.substring(0, slut);
            if (tabeller.containsKey(rubrik)) {
                tabeller.put(rubrik, avsnitt.substring(slut + 1));
            }
        }
    }

    private static final String HUVUD = text("""
            # Benchmark: the Kundval server against the services in-process

            The calls a workbench makes most, made by the demo users hl1 and kv1 in this process (embedded
            mode) and through the Kundval server over HTTPS on loopback (shared mode: `Serversession`, JSON by
            `Jsonkodek`, TLS, the session check, the server's own identity in place of the client's) in the
            same run. Single: the median of the calls after as many to warm up (at least 2 s of warm-up, so a
            short call runs compiled, and at most 5 s, so a call of many seconds is warmed once), one after
            the other. 20 users: %d users at once, %d calls
            each, the 95th percentile. The first row is a call with next to nothing to do, so its server time
            is the fixed cost of one request.

            The municipal size is the demo database after the payment benchmark's generator (`Ersattningsdata`)
            added its kunder and insatser, all active in the month and all with kv1 as karriärvägledare, so
            Mina kunder lists every kund: the largest list and report a municipality's users ask for. There
            single calls only, on H2 and on PostgreSQL.
            Written by `ServerBenchmark` (tests/se.kundval.benchmarks); no test asserts a time.
            """, Integer.valueOf(ANVANDARE), Integer.valueOf(VARV_PER_ANVANDARE));

    private static final String FOTTEXT = """
            The goal of issue 11 is a ratio of at most 1.5 for the list and report calls (Mina kunder, the
            utbetalningsunderlag). Mina kunder meets it at both sizes: its time is the database's, on both
            sides. The underlag does not yet at municipal size. Since decision 0445 the client binds the
            answer straight from its bytes by the method's type (before: a tree of the whole
            answer, then bound from the tree; 3.85 × in the run before it). What is left of the difference
            between the server and in-process is, by the sentence under the H2 table and a JFR profile of
            the same run: the server writing the whole JSON before it sends it (about 170 ms, mostly
            Jackson's reflective calls of the records' accessors and string escaping); the client reading
            it (about 270 ms: string parsing, the records' creator and, a sixth of it, the check for
            repeated keys, which the client no longer makes on the pinned server's answers, not yet
            measured through the server); and carrying 16 MB through TLS and HTTP on loopback, the rest
            (about 150 ms). Writing and reading happen one after the other because the server buffers
            the answer so that a failure midway is still a clean error. The next pieces: let the server
            stream the answer so that writing, carrying and reading overlap, and gzip, which packs this
            answer 30-fold: on loopback it costs about as much as it saves (packing and unpacking about
            100 ms against about 150 ms of carrying), on a real network it saves far more. The fixed cost
            of a request is the server time of the near-empty call: a few milliseconds, which weighs on
            small calls only (saving a kund is two requests). The numbers vary with the load on the
            machine; the run shares two cores with other builds.
            """;
}
