package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kundval.core.dataskydd.Databasnyckel;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.testsupport.Databasavtryck;
import se.kundval.testsupport.Tjanster;

/**
 * {@code --krypterad} and {@code --nyckelfil} (decision 0386): the demo created encrypted holds no
 * personnummer in its file's bytes and does not open without the key; a wrong key is exit code 3, a
 * missing key or a key file others may read exit code 1, each with a message and no stack trace.
 */
class KrypteradDatabasKommandoTest extends Kommandoradstest {

    private static final String NYCKEL = "korrekt häst batteri häftklammer";

    private Path katalog;
    private Path db;
    private Path nyckelfil;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.cli");
    }

    @BeforeEach
    void filer() throws IOException {
        katalog = Files.createTempDirectory("kundval-krypterad");
        db = katalog.resolve("demo");
        nyckelfil = nyckelfil("nyckel", NYCKEL, "rw-------");
    }

    private Path nyckelfil(String namn, String nyckel, String rattigheter) throws IOException {
        Path fil = katalog.resolve(namn);
        Files.writeString(fil, nyckel + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fil, PosixFilePermissions.fromString(rattigheter));
        return fil;
    }

    @Test
    void denKrypteradeDemonGerIngentingUtanNyckeln() throws IOException {
        assertEquals(0, kor("demo", "--db", db.toString(), "--krypterad", "--nyckelfil", nyckelfil.toString()), fel());
        assertTrue(Databasnyckel.arKrypterad(db));
        Path ut = katalog.resolve("export");
        assertEquals(0, kor("export", ut.toString(), "--db", db.toString(), "--nyckelfil", nyckelfil.toString()), fel());

        List<String> rader = Files.readAllLines(ut.resolve("kunder.csv"), StandardCharsets.UTF_8);
        // the export writes "Skyddad" for a kund with protected identity (decision 0202)
        List<String> personnummer = rader.subList(1, rader.size()).stream().map(r -> r.split(";")[1])
                .filter(p -> p.matches("[0-9]{8}-?[0-9]{4}")).toList();
        assertTrue(personnummer.size() > 500, personnummer.size() + " of " + (rader.size() - 1));
        String bytes = new String(Files.readAllBytes(Path.of(db + ".mv.db")), StandardCharsets.ISO_8859_1);
        for (String p : personnummer) {
            assertFalse(bytes.contains(p) || bytes.contains(p.replace("-", "")), p + " stands in the file's bytes");
        }
        assertThrows(AssertionError.class, () -> Databasavtryck.av(Databasanslutning.inbaddad(db)));
        assertThrows(AssertionError.class, () -> Databasavtryck.av(new Databasanslutning("jdbc:h2:file:" + db, "sa", "")));
        assertEquals(600, Databasavtryck.av(Databasanslutning.krypterad(db, NYCKEL.toCharArray())).rader("kund"));
    }

    @Test
    void felNyckelSaknadNyckelOchLasbarNyckelfilSags() throws IOException {
        assertEquals(0, kor("demo", "--db", db.toString(), "--krypterad", "--nyckelfil", nyckelfil.toString()), fel());
        String ut = katalog.resolve("export").toString();

        assertEquals(3, kor("export", ut, "--db", db.toString(), "--nyckelfil", nyckelfil("fel", "fel nyckel", "rw-------").toString()));
        assertEquals("kundval: Fel nyckel för den krypterade databasen " + db + ".mv.db; ingenting öppnades.\n", fel());

        assertEquals(1, kor("export", ut, "--db", db.toString()));
        assertTrue(fel().contains("är krypterad: ange nyckeln med --nyckelfil FIL"), fel());

        assertEquals(1, kor("export", ut, "--db", db.toString(), "--nyckelfil", nyckelfil("lasbar", NYCKEL, "rw-r--r--").toString()));
        assertTrue(fel().contains("kan läsas av andra än ägaren (rw-r--r--); gör den ägarens ensam med chmod 600"), fel());

        assertFalse(Files.exists(Path.of(ut)), "nothing was written");
        for (String text : List.of(fel(), ut())) {
            assertFalse(text.contains("Exception"), text);
        }
    }

    @Test
    void enOkrypteradDatabasKrypterasInteIStillhet() {
        assertEquals(0, kor("anvandare", "lista", "--db", db.toString()), fel());
        assertEquals(1, kor("anvandare", "lista", "--db", db.toString(), "--krypterad", "--nyckelfil", nyckelfil.toString()));
        assertTrue(fel().contains("finns redan och är inte krypterad"), fel());
        assertFalse(Databasnyckel.arKrypterad(db));
    }
}
