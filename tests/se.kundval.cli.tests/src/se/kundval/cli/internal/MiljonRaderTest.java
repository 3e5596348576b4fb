package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.utbyte.Karnfil;
import se.kundval.demo.Demodata;
import se.kundval.testsupport.Barnprocess;
import se.kundval.testsupport.Databasavtryck;
import se.kundval.testsupport.Tjanster;

/**
 * A million lines imported by {@code ./kundval import} in a child JVM whose heap is bounded to
 * {@value #HEAP} (decisions 0231, 0413, 0441): a kunder.csv of a million bad lines (issue 12: once
 * 377 MB of messages and 3 GB of memory) gives the first thousand problems in line order,
 * {@code … och N till} and that nothing was written, exit 1, no stack trace, and no kund in the
 * database; a manadsrapporter.csv of a million good lines for a thousand insatser is written whole,
 * and exported again by {@code ./kundval export} in the same heap.
 * Before the files were read as streams a million lines needed a heap of 1 GB.
 */
class MiljonRaderTest {

    private static final int RADER = 1_000_000;
    /** A quarter of what the kept rows needed (decision 0413); what grows with the file now is a few bytes of key per line. */
    private static final String HEAP = "-Xmx256m";
    private static final int INSATSER = 1_000;

    @TempDir
    Path katalog;

    @Test
    void enMiljonTrasigaRaderGerSvenskaRaderOchIngenStackutskrift() throws IOException {
        Path mapp = Files.createDirectories(katalog.resolve("mapp"));
        try (BufferedWriter ut = Files.newBufferedWriter(mapp.resolve("kunder.csv"), StandardCharsets.UTF_8)) {
            ut.write(String.join(";", Karnfil.KUNDER.kolumner()));
            ut.write('\n');
            for (int i = 0; i < RADER; i++) {
                ut.write("X" + i + ";123;Namn Namnsson;K;;;;;;;Nacka;\n");
            }
        }
        Path db = katalog.resolve("db");
        // warnings and errors only, as ./kundval logs: the lines asked about are the command's own
        Path loggning = Files.writeString(katalog.resolve("logging.properties"), ".level=WARNING\n");
        int slutkod;
        String fel;
        try (Barnprocess barn = Barnprocess.starta(List.of(HEAP, "-Djava.util.logging.config.file=" + loggning),
                "import", mapp.toString(), "--db", db.toString())) {
            slutkod = barn.vantaTillSlut();
            fel = barn.fel();
        }
        String borjan = fel.length() > 4000 ? fel.substring(0, 4000) : fel;
        assertFalse(fel.contains("\tat ") || fel.contains("OutOfMemoryError"), borjan);
        List<String> rader = fel.lines().filter(r -> r.startsWith("kunder.csv:") || r.startsWith("… och") || r.startsWith("kundval:"))
                .toList();
        assertEquals(Korning.FEL_INDATA, slutkod, borjan);
        assertEquals(1_002, rader.size(), "a thousand problems, how many more, and that nothing was written");
        assertEquals("kunder.csv:2: personnummer: '123' ska ha 12 siffror (ÅÅÅÅMMDDNNNK).", rader.get(0));
        assertEquals("… och " + (RADER - 1_000) + " till", rader.get(1_000));
        assertEquals("kundval: ingenting skrevs (" + RADER + " fel).", rader.get(1_001));
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        Databasanslutning anslutning = Databasanslutning.inbaddad(db);
        Databas databas = Tjanster.hamta(Databas.class);
        databas.anslut(anslutning);
        databas.stang();
        assertEquals(0, Databasavtryck.av(anslutning).rader("kund"), "nothing written");
    }

    /**
     * Streaming means the good rows do not gather either (decision 0440): a thousand insatser of a
     * small generated folder, each with a thousand months of reports, all written in one transaction;
     * then exported again in the same heap, a page at a time (decision 0481).
     */
    @Test
    void enMiljonGodaManadsrapporterImporterasOchExporterasMedLitenHeap() throws IOException {
        Path mapp = Files.createDirectories(katalog.resolve("mapp"));
        Path db = katalog.resolve("db");
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        Databasanslutning anslutning = Databasanslutning.inbaddad(db);
        Databas databas = Tjanster.hamta(Databas.class);
        databas.anslut(anslutning);
        ReferensdataService referensdata = Tjanster.hamta(ReferensdataService.class);
        new Demodata(Demodata.FRO, INSATSER / 2, INSATSER, LocalDate.of(2025, 11, 20)).skriv(mapp, referensdata.insatstyper(),
                referensdata.priser());
        databas.stang();
        List<String> insatsIds = Files.readAllLines(mapp.resolve(Karnfil.INSATSER.filnamn())).stream().skip(1)
                .map(r -> r.substring(0, r.indexOf(';'))).toList();
        int perInsats = RADER / insatsIds.size();
        try (BufferedWriter ut = Files.newBufferedWriter(mapp.resolve(Karnfil.MANADSRAPPORTER.filnamn()), StandardCharsets.UTF_8)) {
            ut.write(String.join(";", Karnfil.MANADSRAPPORTER.kolumner()));
            ut.write('\n');
            for (String insatsId : insatsIds) {
                for (int m = 0; m < perInsats; m++) {
                    ut.write(insatsId + ";" + YearMonth.of(1950, 1).plusMonths(m) + ";INLAMNAD;\n");
                }
            }
        }
        int slutkod;
        String fel;
        try (Barnprocess barn = Barnprocess.starta(List.of(HEAP), "import", mapp.toString(), "--db", db.toString())) {
            slutkod = barn.vantaTillSlut();
            fel = barn.fel();
        }
        assertEquals(0, slutkod, fel.length() > 4000 ? fel.substring(0, 4000) : fel);
        assertFalse(fel.contains("OutOfMemoryError"), fel);
        databas.anslut(anslutning);
        databas.stang();
        assertEquals((long) perInsats * insatsIds.size(), Databasavtryck.av(anslutning).rader("manadsrapport"));

        // and back out in the same heap (decision 0481): before the export went in pages it read them all at once
        Path ut = katalog.resolve("export");
        try (Barnprocess barn = Barnprocess.starta(List.of(HEAP), "export", ut.toString(), "--db", db.toString())) {
            slutkod = barn.vantaTillSlut();
            fel = barn.fel();
        }
        assertEquals(0, slutkod, fel.length() > 4000 ? fel.substring(0, 4000) : fel);
        assertFalse(fel.contains("OutOfMemoryError"), fel);
        try (Stream<String> rader = Files.lines(ut.resolve(Karnfil.MANADSRAPPORTER.filnamn()))) {
            assertEquals((long) perInsats * insatsIds.size(), rader.skip(1).count(), "every månadsrapport exported");
        }
        assertIFilensOrdning(ut.resolve(Karnfil.MANADSRAPPORTER.filnamn()));
        // fifty pages of twenty insatser: insatser.csv holds the generated lines, in insats_id order across the pages
        List<String> insatser = Files.readAllLines(ut.resolve(Karnfil.INSATSER.filnamn()));
        assertEquals(Files.readAllLines(mapp.resolve(Karnfil.INSATSER.filnamn())).stream().sorted().toList(),
                insatser.stream().sorted().toList());
        assertEquals(insatsIds.stream().sorted().toList(), insatser.stream().skip(1).map(r -> r.substring(0, r.indexOf(';'))).toList());
    }

    /** insats_id, then period: the order the export had when it wrote the file whole, across its pages too. */
    private static void assertIFilensOrdning(Path fil) throws IOException {
        List<String> forra = List.of("", "");
        try (Stream<String> rader = Files.lines(fil)) {
            for (String rad : (Iterable<String>) rader.skip(1)::iterator) {
                List<String> nyckel = List.of(rad.split(";", -1)).subList(0, 2);
                int jamfort = forra.get(0).equals(nyckel.get(0)) ? forra.get(1).compareTo(nyckel.get(1))
                        : forra.get(0).compareTo(nyckel.get(0));
                assertTrue(jamfort < 0, forra + " before " + nyckel);
                forra = nyckel;
            }
        }
    }
}
