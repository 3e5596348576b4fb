package se.kundval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared file pieces: the name offered, the folder a dialog starts in, the whole-or-nothing write. */
class FilerTest {

    @TempDir
    Path mapp;

    @Test
    void filnamnetBarKundOchInsatsSaNastaBrevInteSkriverOverDet() {
        LocalDate dag = LocalDate.of(2026, 12, 6);
        String forsta = Filnamn.av("beslutsbrev", dag, "pdf", "K000123", "I000045");
        assertEquals("beslutsbrev-K000123-I000045-2026-12-06.pdf", forsta);
        assertNotEquals(forsta, Filnamn.av("beslutsbrev", dag, "pdf", "K000124", "I000046"), "the next kund's letter of the day");
    }

    @Test
    void filnamnetVikerTeckenSomEttFilsystemInteTal() {
        assertEquals("rapport-Vagen-Vidare-AB-2024-01.pdf", Filnamn.av("rapport", null, "pdf", " Vägen Vidare/AB ", null, "2024-01"));
    }

    @Test
    void dialogenBorjarIDokumentmappenOchAldrigIProgrammetsMapp() throws IOException {
        Path hem = Files.createDirectories(mapp.resolve("hem"));
        assertEquals(hem, Dokumentmapp.valj(hem, null), "no documents folder: the home folder");
        Path documents = Files.createDirectories(hem.resolve("Documents"));
        assertEquals(documents, Dokumentmapp.valj(hem, null));
        Path dokument = Files.createDirectories(hem.resolve("Dokument"));
        assertEquals(dokument, Dokumentmapp.valj(hem, null), "the Swedish name first");
        Path flyttad = Files.createDirectories(mapp.resolve("Mina handlingar"));
        assertEquals(flyttad, Dokumentmapp.valj(hem, flyttad + "\n"), "what the desktop says wins");
        assertEquals(dokument, Dokumentmapp.valj(hem, hem.toString()), "xdg-user-dir's answer when none is configured");
        assertEquals(dokument, Dokumentmapp.valj(hem, mapp.resolve("finns-inte").toString()));
    }

    @Test
    void enSkrivningSomMisslyckasLamnarDenGamlaFilenOrordOchIngenHalvSkriven() throws IOException {
        Path fil = mapp.resolve("brev.pdf");
        Files.writeString(fil, "tidigare brev");
        assertThrows(IOException.class, () -> Filskrivning.skriv(fil, ut -> {
            ut.write("halvt".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disken är full");
        }));
        assertEquals("tidigare brev", Files.readString(fil));
        assertEquals(List.of(fil), filer());
        Filskrivning.skriv(fil, ut -> ut.write("nytt brev".getBytes(StandardCharsets.UTF_8)));
        assertEquals("nytt brev", Files.readString(fil));
        assertEquals(List.of(fil), filer(), "no temporary file left");
    }

    private List<Path> filer() throws IOException {
        try (Stream<Path> s = Files.list(mapp)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
