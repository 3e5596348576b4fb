package se.kundval.klient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.klient.Forbindelsefel;
import se.kundval.klient.Kandaservrar;
import se.kundval.klient.Serversession;
import se.kundval.model.Roll;

/**
 * An export through the server whose stream breaks after one complete file and half of the next
 * (decision 0405): the folder on this machine is left as it was, nothing new stands beside it, and the
 * message says that nothing was written.
 */
class AvbrutenFjarrexportTest {

    private static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);

    @TempDir
    Path katalog;

    private Provserver server;
    private Path foralder;

    @BeforeEach
    void starta() throws Exception {
        server = Provserver.starta(katalog);
        foralder = Files.createDirectories(katalog.resolve("exporter"));
        server.avbrytExportEfter(halvZip());
    }

    @AfterEach
    void stoppa() throws Exception {
        server.close();
    }

    @Test
    void ingenMappDarDetInteFannsNagon() throws Exception {
        Path mal = foralder.resolve("ny");
        Forbindelsefel fel = exportera(mal);
        assertEquals("Servern 127.0.0.1:" + server.adress().getPort() + " slutade svara mitt i exporten; ingenting skrevs i "
                + mal + ". F\u00f6rs\u00f6k igen.", fel.getMessage());
        assertEquals(List.of(), innehall(foralder), "neither the folder nor a temporary one is left");
    }

    @Test
    void denForraExportenStarKvarOrord() throws Exception {
        Path mal = Files.createDirectories(foralder.resolve("forra"));
        Files.writeString(mal.resolve("kunder.csv"), "kund_id;namn\nK-0;Forra\n");
        exportera(mal);
        assertEquals(List.of("kunder.csv"), innehall(mal));
        assertEquals("kund_id;namn\nK-0;Forra\n", Files.readString(mal.resolve("kunder.csv")), "the complete file of the broken export did not replace it");
        assertEquals(List.of("forra"), innehall(foralder));
    }

    private Forbindelsefel exportera(Path mal) {
        try (Serversession s = Serversession.oppna(server.adress(), new Inloggningsforsok("hl1", "demo".toCharArray(), null,
                Klient.lokal(Klient.Typ.KOMMANDORAD)), (adress, avtryck) -> true, new Kandaservrar(katalog.resolve("kanda.properties")))) {
            return assertThrows(Forbindelsefel.class, () -> s.tjanst(UtbytesService.class).exportera(ADMIN, mal));
        }
    }

    /** kunder.csv complete, then the first bytes of insatser.csv: where a dying server's stream may end. */
    private static byte[] halvZip() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        int forstaFilen;
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("kunder.csv"));
            z.write("kund_id;namn\nK-1;Ny\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.flush();
            forstaFilen = zip.size();
            z.putNextEntry(new ZipEntry("insatser.csv"));
            z.write("insats_id;kund_id\n".repeat(500).getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return Arrays.copyOf(zip.toByteArray(), forstaFilen + 40);
    }

    private static List<String> innehall(Path mapp) throws Exception {
        try (Stream<Path> filer = Files.list(mapp)) {
            return filer.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
