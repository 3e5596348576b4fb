package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.utbyte.Karnfil;
import se.kundval.testsupport.Barnprocess;
import se.kundval.testsupport.Databasavtryck;
import se.kundval.testsupport.Tjanster;

/**
 * A kunder.csv of a million bad lines (issue 12: once 377 MB of messages and 3 GB of memory)
 * imported by {@code ./kundval import} in a child JVM whose heap is bounded (decisions 0231, 0413):
 * the first thousand problems in line order, {@code … och N till} and that nothing was written,
 * exit 1, no stack trace, and no kund in the database. The heap is what the rows still need today
 * (measured: 256 MB is too little, decision 0413); it is the bound this test keeps.
 */
class MiljonRaderTest {

    private static final int RADER = 1_000_000;

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
        try (Barnprocess barn = Barnprocess.starta(List.of("-Xmx1g", "-Djava.util.logging.config.file=" + loggning),
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
}
