package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.testsupport.Tjanster;

/**
 * The shared-mode options of every command (DOMAIN §11) before any server answers: what they need,
 * what they exclude, and a server that does not answer. The runs against a real server are in
 * se.kundval.klient.tests.
 */
class ServerflaggorTest extends Kommandoradstest {

    @TempDir
    static Path mapp;

    private static Path losenord;

    @BeforeAll
    static void starta() throws IOException {
        Tjanster.starta("se.kundval.cli");
        losenord = Files.writeString(mapp.resolve("losenord"), "demo\n");
    }

    private void felaktig(int kod, String meddelande, String... argument) {
        assertEquals(kod, kor(argument), () -> String.join(" ", argument) + ": " + fel());
        assertEquals("kundval: " + meddelande + "\n", fel(), String.join(" ", argument));
        assertEquals("", ut());
    }

    @Test
    void serverKraverAnvandareOchLosenordsfil() {
        felaktig(1, "--server kräver --user och --password-file (användaren i Kundval och en fil med lösenordet).",
                "ersattning", "--manad", "2025-03", "--server", "https://127.0.0.1:8443");
    }

    @Test
    void serverOchDatabasUteslutarVarandra() {
        felaktig(1, "ange antingen --server eller --db/--jdbc, inte båda.", "ersattning", "--manad", "2025-03",
                "--server", "https://127.0.0.1:8443", "--db", mapp.resolve("db").toString(), "--user", "hl1",
                "--password-file", losenord.toString());
    }

    @Test
    void baraHttps() {
        felaktig(1, "--server 'http://127.0.0.1:8443' är ingen serveradress; skriv https://VÄRD:PORT, t.ex. https://kundval.kommun.se:8443",
                "ersattning", "--manad", "2025-03", "--server", "http://127.0.0.1:8443", "--user", "hl1",
                "--password-file", losenord.toString());
    }

    @Test
    void enServerSomInteSvararGerTvaUtanAttNagotGors() throws IOException {
        int stangd;
        try (ServerSocket ledig = new ServerSocket(0)) {
            stangd = ledig.getLocalPort();
        }
        String adress = "https://127.0.0.1:" + stangd;
        assertEquals(2, kor("ersattning", "--manad", "2025-03", "--server", adress, "--user", "hl1", "--password-file",
                losenord.toString()), fel());
        assertTrue(fel().startsWith("kundval: Servern 127.0.0.1:" + stangd + " svarar inte."), fel());
        assertEquals("", ut());
    }

    @Test
    void hjalpenNamnerServerflaggorna() {
        assertEquals(0, kor("ersattning", "--help"), fel());
        assertTrue(ut().contains("--server=URL") && ut().contains("--fingerprint=SHA256"), ut());
        assertEquals(0, kor("--help"), fel());
        assertTrue(ut().contains("3  inte inloggad, saknar behörighet (--server) eller fel databasnyckel"), ut());
    }
}
