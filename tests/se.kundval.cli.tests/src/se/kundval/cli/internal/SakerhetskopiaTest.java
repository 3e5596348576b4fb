package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.testsupport.Databasavtryck;
import se.kundval.testsupport.Tjanster;

/**
 * {@code backup} and {@code restore} of the embedded database (decision 0231), and the files with
 * personal data the commands create being the owner's alone (decision 0232): the database, the
 * backup, an export.
 */
class SakerhetskopiaTest extends Kommandoradstest {

    @BeforeAll
    static void starta() {
        Tjanster.starta("se.kundval.cli");
    }

    private static Path mapp() throws IOException {
        Path katalog = Files.createTempDirectory("kundval-kopia");
        Files.writeString(katalog.resolve("anordnare.csv"), "orgnr;namn\n5560360793;Vägen Vidare AB\n");
        Files.writeString(katalog.resolve("kunder.csv"), "kund_id;personnummer;namn;kon;utbildning;sprak;ekonomiskt_bistand;"
                + "etableringsprogram;etableringsersattning;arbetsformaga;kommun;kv\nK1;198112189876;Åsa Öberg;K;;;;;;;Nacka;\n");
        return katalog;
    }

    private static String rattigheter(Path fil) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(fil));
    }

    private static Databasavtryck avtryck(Path db) {
        return Databasavtryck.av(Databasanslutning.inbaddad(db));
    }

    @Test
    void kopianAterstallsTillSammaInnehall() throws IOException {
        Path katalog = Files.createTempDirectory("kundval-kopia-db");
        Path db = katalog.resolve("ny").resolve("db");
        assertEquals(0, kor("import", mapp().toString(), "--db", db.toString()), fel());
        assertEquals("rw-------", rattigheter(Path.of(db + ".mv.db")));
        assertEquals("rwx------", rattigheter(db.getParent()));
        Path kopia = katalog.resolve("kopia.zip");
        assertEquals(0, kor("backup", kopia.toString(), "--db", db.toString()), fel());
        assertEquals("rw-------", rattigheter(kopia));
        assertEquals(1, kor("backup", kopia.toString(), "--db", db.toString()));
        assertTrue(fel().contains("finns redan"), fel());

        Path annan = katalog.resolve("annan");
        assertEquals(0, kor("restore", kopia.toString(), "--db", annan.toString()), fel());
        assertEquals(avtryck(db), avtryck(annan));
        assertEquals("rw-------", rattigheter(Path.of(annan + ".mv.db")));
    }

    @Test
    void restoreErsatterBaraMedFlaggaOchBaraMedEnKopia() throws IOException {
        Path katalog = Files.createTempDirectory("kundval-kopia-db");
        Path tom = katalog.resolve("tom");
        assertEquals(0, kor("export", katalog.resolve("export").toString(), "--db", tom.toString()), fel());
        Path db = katalog.resolve("db");
        assertEquals(0, kor("import", mapp().toString(), "--db", db.toString()), fel());
        Path kopia = katalog.resolve("kopia.zip");
        assertEquals(0, kor("backup", kopia.toString(), "--db", db.toString()), fel());
        Databasavtryck fore = avtryck(tom);
        assertNotEquals(fore, avtryck(db));

        assertEquals(1, kor("restore", kopia.toString(), "--db", tom.toString()));
        assertEquals("kundval: databasen " + tom + ".mv.db finns redan; ange --ersatt för att ersätta den med kopian.\n", fel());
        assertEquals(fore, avtryck(tom));

        Path inteKopia = katalog.resolve("kunder.zip");
        Files.writeString(inteKopia, "K1;198112189876;Åsa Öberg\n");
        assertEquals(1, kor("restore", inteKopia.toString(), "--db", tom.toString(), "--ersatt"));
        assertTrue(fel().startsWith(inteKopia + " är ingen säkerhetskopia av en Kundval-databas"), fel());
        assertEquals(fore, avtryck(tom));

        assertEquals(0, kor("restore", kopia.toString(), "--db", tom.toString(), "--ersatt"), fel());
        assertEquals(avtryck(db), avtryck(tom));
        assertFalse(Files.list(katalog).anyMatch(p -> p.getFileName().toString().startsWith(".kundval-")), "no temporary folder left");
    }

    @Test
    void exportensFilerArAgarensEgna() throws IOException {
        Path katalog = Files.createTempDirectory("kundval-kopia-db");
        Path db = katalog.resolve("db");
        assertEquals(0, kor("import", mapp().toString(), "--db", db.toString()), fel());
        Path export = katalog.resolve("export");
        Files.createDirectories(export);
        Files.writeString(export.resolve("kunder.csv"), "gammal\n");
        Files.setPosixFilePermissions(export.resolve("kunder.csv"), PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(0, kor("export", export.toString(), "--db", db.toString()), fel());
        for (String fil : new String[] {"kunder.csv", "anordnare.csv", "insatser.csv"}) {
            assertEquals("rw-------", rattigheter(export.resolve(fil)), fil);
        }
    }
}
