package se.kundval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Autentisering;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.autentisering.Inloggningslage;
import se.kundval.core.autentisering.Inloggningsmetodbidrag;
import se.kundval.core.autentisering.Inloggningsmetoder;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.persistence.tests.Persistensmiljo;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The server's login rules (DOMAIN §11) on H2 and PostgreSQL: hashes of 600 000 rounds, a weaker one
 * replaced at login, the lockout, and one answer after the same work for an unknown user, a locked
 * account and a wrong password. TOTP is in {@link EngangskodTest}.
 */
class AutentiseringTest {

    static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
    static final String LOSENORD = "korrekt häst";

    @RegisterExtension
    static final Persistensmiljo MILJO = new Persistensmiljo();

    @ParameterizedTest
    @MethodSource(Persistensmiljo.DATABASER)
    void nyaHasharHar600000VarvOchEnSvagareUppgraderasVidInloggningen(Testdatabas typ) {
        MILJO.anslut(typ);
        AnvandareService tjanst = Tjanster.hamta(AnvandareService.class);
        tjanst.spara(ADMIN, anvandare("ny", Roll.HANDLAGGARE, null), LOSENORD.toCharArray());
        assertEquals(600_000, Losenord.varv(hash("ny")));
        Anvandare gammal = anvandare("gammal", Roll.HANDLAGGARE, null);
        gammal.setLosenordHash(Losenord.hash(LOSENORD.toCharArray(), 120_000));
        tjanst.spara(ADMIN, gammal, null);
        assertEquals(120_000, Losenord.varv(hash("gammal")));

        assertTrue(autentisera("gammal", "fel", null).isEmpty());
        assertEquals(120_000, Losenord.varv(hash("gammal")), "a failed login changes no hash");
        assertTrue(autentisera("gammal", LOSENORD, null).isPresent());
        assertEquals(600_000, Losenord.varv(hash("gammal")), "replaced at the successful login");
        assertTrue(autentisera("gammal", LOSENORD, null).isPresent(), "the new hash holds the same password");
        assertTrue(tjanst.loggaIn("gammal", LOSENORD.toCharArray()).isPresent());
        assertTrue(autentisera("gammal", "fel", null).isEmpty());
    }

    @ParameterizedTest
    @MethodSource(Persistensmiljo.DATABASER)
    void ettSparandeUtanNyttLosenordBehallerDetLagrade(Testdatabas typ) {
        MILJO.anslut(typ);
        AnvandareService tjanst = Tjanster.hamta(AnvandareService.class);
        tjanst.spara(ADMIN, anvandare("hl1", Roll.HANDLAGGARE, null), LOSENORD.toCharArray());
        String lagrad = hash("hl1");
        Anvandare lasd = tjanst.alla(ADMIN).stream().filter(a -> a.getAnvandarnamn().equals("hl1")).findFirst().orElseThrow();
        lasd.setLosenordHash(null);
        lasd.setNamn("Handläggare Ett");
        tjanst.spara(ADMIN, lasd, null);
        assertEquals(lagrad, hash("hl1"), "as the server hands a user out: without its hash");
        lasd.setLosenordHash(Losenord.hash("valt av klienten".toCharArray()));
        tjanst.spara(ADMIN, lasd, null);
        assertEquals(lagrad, hash("hl1"), "a client cannot choose a hash");
        assertTrue(autentisera("hl1", LOSENORD, null).isPresent());
    }

    @ParameterizedTest
    @MethodSource(Persistensmiljo.DATABASER)
    void femMisslyckandenIRadLaserKontotIFemtonMinuter(Testdatabas typ) {
        MILJO.anslut(typ);
        Tjanster.hamta(AnvandareService.class).spara(ADMIN, anvandare("hl1", Roll.HANDLAGGARE, null), LOSENORD.toCharArray());
        misslyckas("hl1", 4);
        assertTrue(autentisera("hl1", LOSENORD, null).isPresent(), "four failures do not lock");
        misslyckas("hl1", 4);
        assertTrue(autentisera("hl1", LOSENORD, null).isPresent(), "the success before reset the count");

        misslyckas("hl1", 5);
        assertTrue(autentisera("hl1", LOSENORD, null).isEmpty(), "the sixth attempt, right password, is refused");
        assertTrue(Tjanster.hamta(AnvandareService.class).loggaIn("hl1", LOSENORD.toCharArray()).isEmpty(),
                "locked embedded too");
        try (var klocka = Testklocka.stall(Testklocka.NU.plusMinutes(14).plusSeconds(59))) {
            assertTrue(autentisera("hl1", LOSENORD, null).isEmpty(), "still locked");
        }
        try (var klocka = Testklocka.stall(Testklocka.NU.plusMinutes(15))) {
            Inloggning inloggad = autentisera("hl1", LOSENORD, null).orElseThrow();
            assertEquals(Roll.HANDLAGGARE, inloggad.roll());
            assertEquals("192.0.2.7", inloggad.klient().adress(), "the user works from the attempt's client");
        }
    }

    @ParameterizedTest
    @MethodSource(Persistensmiljo.DATABASER)
    void okandLastOchInaktivAnvandareFarSammaSvarEfterSammaArbete(Testdatabas typ) {
        MILJO.anslut(typ);
        AnvandareService tjanst = Tjanster.hamta(AnvandareService.class);
        tjanst.spara(ADMIN, anvandare("hl1", Roll.HANDLAGGARE, null), LOSENORD.toCharArray());
        Anvandare slutat = anvandare("slutat", Roll.HANDLAGGARE, null);
        slutat.setAktiv(false);
        tjanst.spara(ADMIN, slutat, LOSENORD.toCharArray());
        misslyckas("hl1", 5);
        List<String> kontrollerade = new ArrayList<>();
        Inloggningsprovning provning = new Inloggningsprovning(Tjanster.hamta(Sessionskalla.class),
                Tjanster.hamta(Inloggningsmetoder.class), (losenord, hash) -> {
                    kontrollerade.add(hash);
                    return Losenord.stammer(losenord, hash);
                });
        Clock klocka = Testklocka.fast(Testklocka.NU);

        assertEquals(Optional.empty(), provning.prova(forsok("finns-inte", LOSENORD, null), Inloggningslage.SERVER, klocka));
        assertEquals(List.of(Losenord.Attrapp.HASH), kontrollerade, "an unknown name is hashed against the dummy");
        assertEquals(Losenord.VARV, Losenord.varv(Losenord.Attrapp.HASH), "with the rounds of a real hash");
        kontrollerade.clear();
        assertEquals(Optional.empty(), provning.prova(forsok("hl1", LOSENORD, null), Inloggningslage.SERVER, klocka));
        assertEquals(List.of(hash("hl1")), kontrollerade, "a locked account is hashed as an open one");
        kontrollerade.clear();
        assertEquals(Optional.empty(), provning.prova(forsok("slutat", LOSENORD, null), Inloggningslage.SERVER, klocka));
        assertEquals(List.of(Losenord.Attrapp.HASH), kontrollerade, "an inactive user is an unknown one");
    }

    @Test
    void losenordOchEngangskodArBidragenTillUtokningspunkten() {
        List<Inloggningsmetodbidrag> metoder = Tjanster.hamta(Inloggningsmetoder.class).metoder();
        assertEquals(List.of("losenord-totp"), metoder.stream().map(Inloggningsmetodbidrag::id).toList());
        assertEquals("se.kundval.persistence", metoder.get(0).bidragsgivare());
        assertInstanceOf(Losenordsmetod.class, metoder.get(0).metod());
        assertTrue(metoder.get(0).metod().galler(Roll.ANORDNARE));
        assertFalse(metoder.get(0).namn().isBlank());
    }

    @Test
    void enOkandHashStammerInte() {
        assertFalse(Losenord.stammer(LOSENORD.toCharArray(), "md5$abc"));
        assertFalse(Losenord.stammer(LOSENORD.toCharArray(), null));
    }

    static Anvandare anvandare(String anvandarnamn, Roll roll, String orgnr) {
        Anvandare a = KundvalFactory.eINSTANCE.createAnvandare();
        a.setAnvandarnamn(anvandarnamn);
        a.setNamn(anvandarnamn);
        a.setRoll(roll);
        a.setOrgnr(orgnr);
        a.setAktiv(true);
        return a;
    }

    static Inloggningsforsok forsok(String anvandarnamn, String losenord, String kod) {
        return new Inloggningsforsok(anvandarnamn, losenord.toCharArray(), kod, new Klient(Klient.Typ.ARBETSBANK, "192.0.2.7"));
    }

    static Optional<Inloggning> autentisera(String anvandarnamn, String losenord, String kod) {
        return Tjanster.hamta(Autentisering.class).autentisera(forsok(anvandarnamn, losenord, kod));
    }

    private static void misslyckas(String anvandarnamn, int ganger) {
        for (int i = 0; i < ganger; i++) {
            assertTrue(autentisera(anvandarnamn, "fel " + i, null).isEmpty());
        }
    }

    private static String hash(String anvandarnamn) {
        return Tjanster.hamta(AnvandareService.class).alla(ADMIN).stream().filter(a -> a.getAnvandarnamn().equals(anvandarnamn))
                .findFirst().orElseThrow().getLosenordHash();
    }
}
