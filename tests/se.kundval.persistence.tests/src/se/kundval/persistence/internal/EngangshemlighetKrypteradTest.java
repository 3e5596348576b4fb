package se.kundval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.persistence.internal.AutentiseringTest.ADMIN;
import static se.kundval.persistence.internal.AutentiseringTest.LOSENORD;
import static se.kundval.persistence.internal.AutentiseringTest.anvandare;
import static se.kundval.persistence.internal.AutentiseringTest.autentisera;
import static se.kundval.persistence.internal.EngangskodTest.kod;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.autentisering.Anvandarkonton;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.model.Roll;
import se.kundval.persistence.tests.Persistensmiljo;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The TOTP secret at rest (decision 0406), on H2 and PostgreSQL: the column never holds the clear
 * secret, whether the user was made, given a new secret, or stored in clear by an earlier release (the
 * next connect encrypts it); the login still works with the code; a value of another key, or altered,
 * logs nobody in.
 */
class EngangshemlighetKrypteradTest {

    private static final String ORGNR = "5560360793";

    @RegisterExtension
    static final Persistensmiljo MILJO = new Persistensmiljo();

    @ParameterizedTest
    @MethodSource(Persistensmiljo.DATABASER)
    void hemlighetenLagrasKrypteradOchInloggningenFungerar(Testdatabas typ) throws Exception {
        MILJO.anslut(typ);
        Anvandarkonton konton = Tjanster.hamta(Anvandarkonton.class);
        String hemlighet = konton.skapa(ADMIN, anvandare("anordnare1", Roll.ANORDNARE, ORGNR), LOSENORD.toCharArray())
                .engangshemlighet();
        krypterad("anordnare1", hemlighet);
        assertTrue(autentisera("anordnare1", LOSENORD, kod(hemlighet, nu())).isPresent());

        String ny = konton.nyEngangshemlighet(ADMIN, "anordnare1").engangshemlighet();
        krypterad("anordnare1", ny);
        Instant senare = nu().plusSeconds(60);
        try (var klocka = Testklocka.stall(Testklocka.NU.plusSeconds(60))) {
            assertTrue(autentisera("anordnare1", LOSENORD, kod(hemlighet, senare)).isEmpty(), "the old secret is gone");
            assertTrue(autentisera("anordnare1", LOSENORD, kod(ny, senare)).isPresent());
        }
        Databasanslutning anslutning = Tjanster.hamta(Databas.class).anslutning();
        if (anslutning.jdbcUrl().startsWith("jdbc:h2:file:")) {
            Path nyckel = Path.of(Databasfil.bas(anslutning) + "." + Engangsnyckel.FILNAMN);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(nyckel)), "beside the file, owner-only");
        }
    }

    @ParameterizedTest
    @MethodSource(Persistensmiljo.DATABASER)
    void enHemlighetIKlartextKrypterasVidNastaAnslutning(Testdatabas typ) throws Exception {
        MILJO.anslut(typ);
        String hemlighet = Tjanster.hamta(Anvandarkonton.class)
                .skapa(ADMIN, anvandare("anordnare1", Roll.ANORDNARE, ORGNR), LOSENORD.toCharArray()).engangshemlighet();
        skriv("anordnare1", hemlighet);
        assertEquals(hemlighet, lagrad("anordnare1"), "as a release before V210 left it");

        Databas databas = Tjanster.hamta(Databas.class);
        databas.anslut(databas.anslutning());

        krypterad("anordnare1", hemlighet);
        assertTrue(autentisera("anordnare1", LOSENORD, kod(hemlighet, nu())).isPresent(), "the same secret, now encrypted");
    }

    @ParameterizedTest
    @MethodSource(Persistensmiljo.DATABASER)
    void enAnnanNyckelsEllerEnAndradHemlighetLoggarIngenIn(Testdatabas typ) throws Exception {
        MILJO.anslut(typ);
        String hemlighet = Tjanster.hamta(Anvandarkonton.class)
                .skapa(ADMIN, anvandare("anordnare1", Roll.ANORDNARE, ORGNR), LOSENORD.toCharArray()).engangshemlighet();
        String egen = lagrad("anordnare1");
        Engangsnyckel annan = Engangsnyckel.till(new Databasanslutning("jdbc:h2:mem:annan", null, null));
        skriv("anordnare1", annan.kryptera(hemlighet));
        assertTrue(autentisera("anordnare1", LOSENORD, kod(hemlighet, nu())).isEmpty(), "another server's key");

        char[] tecken = egen.toCharArray();
        int sista = tecken.length - 3;
        tecken[sista] = tecken[sista] == 'A' ? 'B' : 'A';
        skriv("anordnare1", new String(tecken));
        assertTrue(autentisera("anordnare1", LOSENORD, kod(hemlighet, nu())).isEmpty(), "an altered value");

        skriv("anordnare1", egen);
        assertTrue(autentisera("anordnare1", LOSENORD, kod(hemlighet, nu())).isPresent(), "the value as it was");
    }

    private static void krypterad(String anvandarnamn, String hemlighet) {
        String lagrad = lagrad(anvandarnamn);
        assertTrue(lagrad.startsWith(Engangsnyckel.PREFIX), lagrad);
        assertFalse(lagrad.contains(hemlighet), "the clear secret is not in the column");
    }

    private static String lagrad(String anvandarnamn) {
        return Tjanster.hamta(Sessionskalla.class).lasa(s -> (String) s.createNativeQuery(
                "select totp_hemlighet from anvandare where anvandarnamn = :n", Object.class).setParameter("n", anvandarnamn)
                .getSingleResult());
    }

    private static void skriv(String anvandarnamn, String varde) {
        Tjanster.hamta(Sessionskalla.class).iTransaktion(s -> s.createNativeMutationQuery(
                "update anvandare set totp_hemlighet = :h, totp_senaste_steg = null where anvandarnamn = :n")
                .setParameter("h", varde).setParameter("n", anvandarnamn).executeUpdate());
    }

    private static Instant nu() {
        return Testklocka.fast(Testklocka.NU).instant();
    }
}
