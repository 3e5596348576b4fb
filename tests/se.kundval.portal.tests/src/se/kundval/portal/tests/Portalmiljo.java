package se.kundval.portal.tests;

import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import se.kundval.core.Inloggning;
import se.kundval.core.autentisering.Anvandarkonton;
import se.kundval.core.tjanst.Databas;
import se.kundval.model.Anordnare;
import se.kundval.model.Anvandare;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.server.internal.Kundvalserver;
import se.kundval.testsupport.Engangskoder;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The portal as it runs, for the browser and HTTP tests: the Kundval server itself (HTTPS with its
 * self-signed certificate, on a free loopback port) over a fresh database, mounting the portal's
 * handler service at {@code /anordnare}; a clock the test moves; and two anordnare — A, whose coach
 * logs in with password and TOTP, and B, whose insats A must not reach.
 */
final class Portalmiljo implements AutoCloseable {

    static final String LOSENORD = "Långt lösenord för test";
    /**
     * The insatser start 2026-09-01: September and October are over and unreported, November is
     * running; A's three-month AMI1 ends 2026-11-30, within 30 days of the test's day.
     */
    static final LocalDate START = LocalDate.of(2026, 9, 1);

    final Testfall testfall = new Testfall();
    final Flyttbarklocka klocka = new Flyttbarklocka(Testklocka.fast(Testklocka.NU).instant(), Testklocka.fast(Testklocka.NU).getZone());
    final Anordnare a;
    final Anordnare b;
    final Insats insatsA;
    final Insats slutarSnartA;
    final Insats insatsB;
    final Inloggning anordnareA;
    final String anvandarnamn;
    final String hemlighet;
    private final ServiceRegistration<Clock> klockregistrering;
    private final Kundvalserver server;

    Portalmiljo(Testdatabas databas) throws Exception {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.uppfoljning", "se.kundval.avslut",
                "se.kundval.insatstyp.kundval2024", "se.kundval.portal", "se.kundval.server",
                "se.kundval.ersattning", "se.kundval.rapport");
        BundleContext kontext = FrameworkUtil.getBundle(Portalmiljo.class).getBundleContext();
        Dictionary<String, Object> ranking = new Hashtable<>();
        ranking.put(Constants.SERVICE_RANKING, 300);
        klockregistrering = kontext.registerService(Clock.class, klocka, ranking);
        Tjanster.hamta(Databas.class).anslut(databas.ny());
        a = testfall.anordnare("Vägen Vidare AB", "AMI1", "AMI2");
        b = testfall.anordnare("Andra Spåret AB", "AMI2");
        insatsA = testfall.insats(testfall.kund("Ali Berg", LocalDate.of(1990, 5, 5)), a, "AMI2", START);
        slutarSnartA = testfall.insats(testfall.kund("Sara Lind", LocalDate.of(1985, 2, 2)), a, "AMI1", START);
        insatsB = testfall.insats(testfall.kund("Bo Ek", LocalDate.of(1979, 3, 3)), b, "AMI2", START);
        anordnareA = Testfall.anordnare(a.getOrgnr());
        anvandarnamn = "coach.a";
        hemlighet = konto(anvandarnamn, Roll.ANORDNARE, a.getOrgnr());
        server = starta(kontext, Files.createTempDirectory("kundval-portal"));
    }

    /** A login of the role, with the test's password; its TOTP secret (null for roles without one). */
    String konto(String namn, Roll roll, String orgnr) {
        Anvandare anvandare = KundvalFactory.eINSTANCE.createAnvandare();
        anvandare.setAnvandarnamn(namn);
        anvandare.setNamn("Coach " + namn);
        anvandare.setRoll(roll);
        anvandare.setOrgnr(orgnr);
        anvandare.setAktiv(true);
        return Tjanster.hamta(Anvandarkonton.class).skapa(Testfall.ADMIN, anvandare, LOSENORD.toCharArray()).engangshemlighet();
    }

    /** A portal-admin of the organisation, made by the administratör as {@code anvandare ny --portaladmin} does; its TOTP secret. */
    String portaladmin(String namn, String orgnr) {
        Anvandare anvandare = KundvalFactory.eINSTANCE.createAnvandare();
        anvandare.setAnvandarnamn(namn);
        anvandare.setNamn("Chef " + namn);
        anvandare.setRoll(Roll.ANORDNARE);
        anvandare.setOrgnr(orgnr);
        anvandare.setAktiv(true);
        anvandare.setPortaladmin(true);
        return Tjanster.hamta(Anvandarkonton.class).skapa(Testfall.ADMIN, anvandare, LOSENORD.toCharArray()).engangshemlighet();
    }

    /** The next TOTP code of another account's secret, on a new 30-second step. */
    String engangskod(String annanHemlighet) {
        klocka.flytta(Duration.ofSeconds(31));
        return Engangskoder.kod(annanHemlighet, klocka.instant());
    }

    /** The next TOTP code: the clock moves to a new 30-second step first, since a code works once. */
    String engangskod() {
        klocka.flytta(Duration.ofSeconds(31));
        return Engangskoder.kod(hemlighet, klocka.instant());
    }

    /** {@code https://127.0.0.1:PORT/anordnare/…} */
    URI adress(String sokvag) {
        return URI.create(server.adress() + "/anordnare" + sokvag);
    }

    /** The server itself, {@code https://127.0.0.1:PORT}, as a workbench in shared mode reaches it. */
    URI server() {
        return server.adress();
    }

    /** The certificate's SHA-256 fingerprint, as the server prints it. */
    String fingeravtryck() {
        return server.fingeravtryck();
    }

    /**
     * The server with a self-signed key made as on a first start. The key's type is package-private
     * in the server bundle (only the server's own start makes one), so the test reaches it by reflection.
     */
    private Kundvalserver starta(BundleContext kontext, Path katalog) throws Exception {
        Class<?> nyckeltyp = Kundvalserver.class.getClassLoader().loadClass("se.kundval.server.internal.Tlsnyckel");
        Method egen = nyckeltyp.getDeclaredMethod("egen", Path.class, Clock.class);
        egen.setAccessible(true);
        Object nyckel = egen.invoke(null, katalog.resolve("server.p12"), klocka);
        return Kundvalserver.class.getConstructor(BundleContext.class, InetAddress.class, int.class, nyckeltyp)
                .newInstance(kontext, InetAddress.getLoopbackAddress(), 0, nyckel);
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            klockregistrering.unregister();
            Tjanster.hamta(Databas.class).stang();
        }
    }
}
