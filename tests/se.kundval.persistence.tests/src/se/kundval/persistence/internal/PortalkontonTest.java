package se.kundval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.persistence.internal.AutentiseringTest.ADMIN;
import static se.kundval.persistence.internal.AutentiseringTest.LOSENORD;
import static se.kundval.persistence.internal.AutentiseringTest.anvandare;
import static se.kundval.persistence.internal.AutentiseringTest.autentisera;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.autentisering.Anvandarkonton;
import se.kundval.core.autentisering.NyttKonto;
import se.kundval.core.autentisering.Portalkonto;
import se.kundval.core.autentisering.Portalkonton;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.model.Anvandare;
import se.kundval.model.Roll;
import se.kundval.testsupport.Engangskoder;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The portal-admin of DOMAIN §14, on H2 and PostgreSQL: the administratör makes the first one; it adds,
 * locks, unlocks and resets accounts of its own organisation only, checked in the service against its
 * stored account; an ordinary colleague, a locked portal-admin and another organisation's portal-admin
 * are refused, and the refused call changes nothing.
 */
class PortalkontonTest {

    private static final String A = "5560360793";
    private static final String B = "5566778899";
    private static final Instant NU = Testklocka.fast(Testklocka.NU).instant();
    private static Databas databas;
    private Portalkonton konton;
    private Inloggning chefA;
    private Inloggning chefB;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        databas = Tjanster.hamta(Databas.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @AfterEach
    void stang() {
        databas.stang();
    }

    /** Two organisations, each with a portal-admin made by the administratör. */
    private void tvaOrganisationer(Testdatabas typ) {
        databas.anslut(typ.ny());
        konton = Tjanster.hamta(Portalkonton.class);
        skapa("chef.a", A, true);
        skapa("chef.b", B, true);
        chefA = new Inloggning("chef.a", "chef.a", Roll.ANORDNARE, A);
        chefB = new Inloggning("chef.b", "chef.b", Roll.ANORDNARE, B);
    }

    private static NyttKonto skapa(String namn, String orgnr, boolean portaladmin) {
        Anvandare ny = anvandare(namn, Roll.ANORDNARE, orgnr);
        ny.setPortaladmin(portaladmin);
        return Tjanster.hamta(Anvandarkonton.class).skapa(ADMIN, ny, LOSENORD.toCharArray());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void portaladminLaggerTillLaserOchAterstallerEgnaKonton(Testdatabas typ) {
        tvaOrganisationer(typ);
        assertTrue(konton.arPortaladmin(chefA));

        NyttKonto coach = konton.skapa(chefA, "coach.a", "Anna Coach", "första lösen".toCharArray(), false);
        assertEquals(A, coach.anvandare().getOrgnr(), "the organisation is the portal-admin's, not chosen");
        assertTrue(coach.otpauth().orElseThrow().startsWith("otpauth://totp/Kundval:coach.a?secret="));
        assertTrue(autentisera("coach.a", "första lösen", Engangskoder.kod(coach.engangshemlighet(), NU.minusSeconds(30))).isPresent());
        assertEquals(List.of("chef.a", "coach.a"), konton.konton(chefA).stream().map(Portalkonto::anvandarnamn).toList(),
                "only A's accounts");

        konton.lasa(chefA, "coach.a", true);
        assertTrue(autentisera("coach.a", "första lösen", Engangskoder.kod(coach.engangshemlighet(), NU)).isEmpty(), "locked");
        assertFalse(konton.konton(chefA).get(1).aktiv());
        konton.lasa(chefA, "coach.a", false);
        assertTrue(autentisera("coach.a", "första lösen", Engangskoder.kod(coach.engangshemlighet(), NU)).isPresent(), "unlocked");

        NyttKonto aterstallt = konton.aterstall(chefA, "coach.a", "nytt lösen".toCharArray());
        assertNotEquals(coach.engangshemlighet(), aterstallt.engangshemlighet(), "a new TOTP secret");
        assertTrue(autentisera("coach.a", "nytt lösen", Engangskoder.kod(coach.engangshemlighet(), NU.plusSeconds(30))).isEmpty(),
                "the old secret's code no longer works");
        assertTrue(autentisera("coach.a", "nytt lösen", Engangskoder.kod(aterstallt.engangshemlighet(), NU.plusSeconds(30))).isPresent());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void portaladminNarInteEnAnnanOrganisationsKonton(Testdatabas typ) {
        tvaOrganisationer(typ);
        NyttKonto coachB = skapa("coach.b", B, false);

        assertThrows(KundvalException.class, () -> konton.lasa(chefA, "coach.b", true));
        assertThrows(KundvalException.class, () -> konton.aterstall(chefA, "coach.b", "kapat".toCharArray()));
        assertThrows(KundvalException.class, () -> konton.lasa(chefA, "chef.b", true));
        assertThrows(KundvalException.class, () -> konton.lasa(chefA, "admin", true), "nor a municipal account");
        assertFalse(konton.konton(chefA).stream().anyMatch(k -> k.anvandarnamn().endsWith(".b")));

        assertTrue(autentisera("coach.b", LOSENORD, Engangskoder.kod(coachB.engangshemlighet(), NU)).isPresent(),
                "B's account is untouched: not locked, same password and secret");
        assertEquals(List.of("chef.b", "coach.b"), konton.konton(chefB).stream().map(Portalkonto::anvandarnamn).toList());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void utanPortaladminRattNekasAllt(Testdatabas typ) {
        tvaOrganisationer(typ);
        skapa("coach.a", A, false);
        Inloggning coach = new Inloggning("coach.a", "coach.a", Roll.ANORDNARE, A);
        assertFalse(konton.arPortaladmin(coach));
        assertThrows(AtkomstNekadException.class, () -> konton.konton(coach));
        assertThrows(AtkomstNekadException.class, () -> konton.skapa(coach, "smygare", null, "x".toCharArray(), true));
        assertThrows(AtkomstNekadException.class, () -> konton.lasa(coach, "chef.a", true));
        assertThrows(AtkomstNekadException.class, () -> konton.aterstall(coach, "chef.a", "x".toCharArray()));
        assertThrows(AtkomstNekadException.class, () -> konton.konton(ADMIN), "a municipal role keeps accounts in the workbench");
        assertThrows(AtkomstNekadException.class, () -> konton.konton(new Inloggning("chef.a", "chef.a", Roll.ANORDNARE, B)),
                "the orgnr of the login must be the stored account's");
        assertFalse(Tjanster.hamta(AnvandareService.class).alla(ADMIN).stream().anyMatch(a -> a.getAnvandarnamn().equals("smygare")));

        skapa("chef2.a", A, true);
        Inloggning chef2 = new Inloggning("chef2.a", "chef2.a", Roll.ANORDNARE, A);
        konton.lasa(chef2, "chef.a", true);
        assertThrows(AtkomstNekadException.class, () -> konton.konton(chefA), "a locked portal-admin can do nothing more");
        assertThrows(KundvalException.class, () -> konton.lasa(chef2, "chef2.a", true), "nor lock itself out");
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void baraEnAnordnaresAnvandareKanVaraPortaladmin(Testdatabas typ) {
        databas.anslut(typ.ny());
        Anvandare kv = anvandare("kv9", Roll.KARRIARVAGLEDARE, null);
        kv.setPortaladmin(true);
        assertThrows(KundvalException.class, () -> Tjanster.hamta(Anvandarkonton.class).skapa(ADMIN, kv, LOSENORD.toCharArray()));
        assertTrue(Tjanster.hamta(AnvandareService.class).alla(ADMIN).stream().noneMatch(a -> a.getAnvandarnamn().equals("kv9")));
    }
}
