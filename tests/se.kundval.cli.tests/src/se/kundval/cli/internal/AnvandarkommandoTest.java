package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Autentisering;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.autentisering.Portalkonton;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Roll;
import se.kundval.testsupport.Engangskoder;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Tjanster;

/**
 * {@code anvandare ny} and {@code anvandare lista} (DOMAIN §11) run locally as the database's owner:
 * a login that works, an anordnare's TOTP secret printed once as an otpauth URI, a list without hashes
 * or secrets, and bad input refused with exit code 1 and nothing written.
 */
class AnvandarkommandoTest extends Kommandoradstest {

    private static final String ORGNR = "5560360793";
    private static final Pattern OTPAUTH = Pattern.compile("otpauth://totp/Kundval:anordnare9\\?secret=([A-Z2-7]{32})&issuer=Kundval");

    @TempDir
    Path mapp;

    private String db;
    private String losenordsfil;

    @BeforeEach
    void databas() throws IOException {
        Tjanster.starta("se.kundval.cli");
        Path fil = mapp.resolve("db");
        db = fil.toString();
        losenordsfil = Files.writeString(mapp.resolve("losenord"), "Sommar i Sundsvall\nandra raden räknas inte\n").toString();
        Databas databas = Tjanster.hamta(Databas.class);
        databas.anslut(Databasanslutning.inbaddad(fil));
        try {
            var ami1 = Tjanster.hamta(ReferensdataService.class).insatstyp("AMI1").orElseThrow();
            Tjanster.hamta(AnordnareService.class).spara(new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null),
                    Insatsbyggare.anordnare(ORGNR, "Vägen Vidare AB", List.of(ami1)));
        } finally {
            databas.stang();
        }
    }

    @Test
    void enKarriarvagledareKanLoggaInMedLosenordetIFilen() {
        assertEquals(0, kor("anvandare", "ny", "kv9", "--roll", "karriarvagledare", "--password-file", losenordsfil, "--db", db), fel());
        assertEquals("Användaren kv9 (KARRIARVAGLEDARE) är skapad.\n", ut().replace("\r", ""));
        Databas databas = Tjanster.hamta(Databas.class);
        databas.anslut(Databasanslutning.inbaddad(Path.of(db)));
        try {
            assertTrue(Tjanster.hamta(AnvandareService.class).loggaIn("kv9", "Sommar i Sundsvall".toCharArray()).isPresent());
        } finally {
            databas.stang();
        }
    }

    @Test
    void enAnordnaresHemlighetSkrivsEnGangOchListanVisarIngenHemlighet() {
        assertEquals(0, kor("anvandare", "ny", "anordnare9", "--roll", "ANORDNARE", "--orgnr", ORGNR, "--password-file", losenordsfil,
                "--db", db), fel());
        Matcher uri = OTPAUTH.matcher(ut());
        assertTrue(uri.find(), ut());
        String hemlighet = uri.group(1);
        Databas databas = Tjanster.hamta(Databas.class);
        databas.anslut(Databasanslutning.inbaddad(Path.of(db)));
        try {
            Klient klient = new Klient(Klient.Typ.KOMMANDORAD, "192.0.2.9");
            assertTrue(Tjanster.hamta(Autentisering.class).autentisera(
                    new Inloggningsforsok("anordnare9", "Sommar i Sundsvall".toCharArray(), null, klient)).isEmpty(),
                    "at the server an anordnare needs its code");
        } finally {
            databas.stang();
        }

        assertEquals(0, kor("anvandare", "lista", "--db", db), fel());
        List<String> rader = ut().lines().toList();
        assertEquals(List.of(Anvandarlistekommando.RUBRIK, "anordnare9;anordnare9;ANORDNARE;" + ORGNR + ";ja;nej"), rader);
        assertFalse(ut().contains(hemlighet));
        assertFalse(ut().contains("pbkdf2"));
    }

    @Test
    void engangskodGerEnNyHemlighetEnGangOchDenGamlaSlutarGalla() {
        assertEquals(0, kor("anvandare", "ny", "anordnare9", "--roll", "ANORDNARE", "--orgnr", ORGNR, "--password-file", losenordsfil,
                "--db", db), fel());
        Matcher forsta = OTPAUTH.matcher(ut());
        assertTrue(forsta.find(), ut());
        String gammal = forsta.group(1);
        assertTrue(ut().contains("Hemlighet (Base32): " + gammal + "\n"), ut());

        assertEquals(0, kor("anvandare", "engangskod", "anordnare9", "--db", db), fel());
        assertTrue(ut().startsWith("Användaren anordnare9 har fått en ny engångskodshemlighet; den gamla gäller inte längre.\n"), ut());
        Matcher andra = OTPAUTH.matcher(ut());
        assertTrue(andra.find(), ut());
        String ny = andra.group(1);
        assertTrue(ut().contains("Hemlighet (Base32): " + ny + "\n"), ut());
        assertNotEquals(gammal, ny);
        Databas databas = Tjanster.hamta(Databas.class);
        databas.anslut(Databasanslutning.inbaddad(Path.of(db)));
        try {
            Instant nu = Tjanster.hamta(Clock.class).instant();
            assertTrue(autentisera("anordnare9", Engangskoder.kod(gammal, nu)).isEmpty(), "the old secret no longer works");
            assertTrue(autentisera("anordnare9", Engangskoder.kod(ny, nu)).isPresent(), "the new one does");
        } finally {
            databas.stang();
        }

        assertEquals(0, kor("anvandare", "ny", "hl9", "--roll", "HANDLAGGARE", "--password-file", losenordsfil, "--db", db), fel());
        assertEquals(1, kor("anvandare", "engangskod", "hl9", "--db", db));
        assertEquals("kundval: hl9 är handläggare; bara anordnare loggar in med engångskod.\n", fel());
        assertEquals(1, kor("anvandare", "engangskod", "ingen", "--db", db));
        assertEquals("kundval: det finns ingen användare som heter ingen.\n", fel());
        assertEquals("", ut());
    }

    private static Optional<Inloggning> autentisera(String namn, String kod) {
        Klient klient = new Klient(Klient.Typ.KOMMANDORAD, "192.0.2.9");
        return Tjanster.hamta(Autentisering.class).autentisera(new Inloggningsforsok(namn, "Sommar i Sundsvall".toCharArray(), kod, klient));
    }

    @Test
    void felaktigIndataGerEttOchSkriverIngenting() throws IOException {
        assertEquals(1, kor("anvandare", "ny", "x", "--roll", "chef", "--password-file", losenordsfil, "--db", db));
        assertTrue(fel().contains("--roll") && fel().contains("chef"), fel());
        assertEquals(1, kor("anvandare", "ny", "x", "--roll", "ANORDNARE", "--password-file", losenordsfil, "--db", db));
        assertTrue(fel().contains("rollen ANORDNARE kräver --orgnr"), fel());
        assertEquals(1, kor("anvandare", "ny", "x", "--roll", "HANDLAGGARE", "--orgnr", ORGNR, "--password-file", losenordsfil, "--db", db));
        assertTrue(fel().contains("--orgnr hör bara till rollen ANORDNARE"), fel());
        assertEquals(1, kor("anvandare", "ny", "x", "--roll", "ANORDNARE", "--orgnr", "5569999999", "--password-file", losenordsfil,
                "--db", db));
        assertTrue(fel().contains("ingen anordnare med organisationsnummer 5569999999"), fel());
        String tom = Files.writeString(mapp.resolve("tom"), "").toString();
        assertEquals(1, kor("anvandare", "ny", "x", "--roll", "HANDLAGGARE", "--password-file", tom, "--db", db));
        assertTrue(fel().contains("lösenordsfilen " + tom + " är tom"), fel());
        assertEquals(1, kor("anvandare", "ny", "x", "--roll", "HANDLAGGARE", "--db", db));
        assertTrue(fel().contains("--password-file"), fel());

        assertEquals(0, kor("anvandare", "ny", "hl9", "--roll", "HANDLAGGARE", "--password-file", losenordsfil, "--db", db), fel());
        assertEquals(1, kor("anvandare", "ny", "hl9", "--roll", "KVALITETSUTVECKLARE", "--password-file", losenordsfil, "--db", db));
        assertTrue(fel().contains("det finns redan en användare som heter hl9"), fel());
        assertFalse(fel().contains("Exception"), fel());

        assertEquals(0, kor("anvandare", "lista", "--db", db), fel());
        assertEquals(List.of(Anvandarlistekommando.RUBRIK, "hl9;hl9;HANDLAGGARE;;ja;nej"), ut().lines().toList(), "nothing else written");
    }

    @Test
    void portaladminGesBaraEnAnordnaresAnvandare() {
        assertEquals(1, kor("anvandare", "ny", "hl8", "--roll", "HANDLAGGARE", "--portaladmin", "--password-file", losenordsfil, "--db", db));
        assertTrue(fel().contains("--portaladmin hör bara till rollen ANORDNARE"), fel());
        assertEquals(0, kor("anvandare", "ny", "anordnare9", "--roll", "ANORDNARE", "--orgnr", ORGNR, "--portaladmin", "--password-file",
                losenordsfil, "--db", db), fel());
        Databas databas = Tjanster.hamta(Databas.class);
        databas.anslut(Databasanslutning.inbaddad(Path.of(db)));
        try {
            Inloggning chef = new Inloggning("anordnare9", "anordnare9", Roll.ANORDNARE, ORGNR);
            assertTrue(Tjanster.hamta(Portalkonton.class).arPortaladmin(chef), "the first portal-admin of the organisation");
            assertEquals(List.of("anordnare9"), Tjanster.hamta(AnvandareService.class).alla(new Inloggning("admin", "Admin",
                    Roll.ADMINISTRATOR, null)).stream().map(a -> a.getAnvandarnamn()).toList(), "hl8 was not written");
        } finally {
            databas.stang();
        }
        assertEquals(0, kor("anvandare", "lista", "--db", db), fel());
        assertEquals(List.of(Anvandarlistekommando.RUBRIK, "anordnare9;anordnare9;ANORDNARE;" + ORGNR + ";ja;ja"), ut().lines().toList(),
                "the list says who is portal-admin");
    }

    @Test
    void hjalpenListarKommandona() {
        assertEquals(0, kor("anvandare", "ny", "--help"));
        assertTrue(ut().contains("--roll") && ut().contains("--orgnr"), ut());
        assertEquals(1, kor("anvandare"));
        assertEquals(0, kor("--help"));
        assertTrue(ut().contains("anvandare"), ut());
    }
}
