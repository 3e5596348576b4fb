package se.kundval.klient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Anvandarkonton;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.autentisering.NyttKonto;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.klient.Kandaservrar;
import se.kundval.klient.Serverklient;
import se.kundval.klient.Serversession;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.testsupport.Engangskoder;
import se.kundval.testsupport.Kundvalserverprov;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * Issues 11 and 13, the workbench's Användare part in shared mode (decision 0432): the
 * {@link Anvandarkonton} and {@link AnvandareService} it is injected with are the server's, so an
 * administratör creates an anordnare's portal-admin login on the real server, gets its TOTP secret
 * once in the answer, and the new user logs in with password and code; a handläggare is refused by
 * the server as by the embedded service. Over H2 and PostgreSQL.
 */
class KontonGenomServernTest {

    private static final String NYTT_LOSENORD = "Nytt lösen 9";

    @TempDir
    Path katalog;

    static Stream<Testdatabas> databaser() {
        return Testdatabas.alla().stream();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void administratorenSkaparEnAnordnareGenomArbetsbankensFjarrtjanst(Testdatabas db) throws Exception {
        try (Kundvalserverprov server = new Kundvalserverprov(db, katalog)) {
            Tjanster.starta("se.kundval.klient");
            Serverklient klient = Tjanster.hamta(Serverklient.class);
            try {
                Inloggning admin = loggaIn(klient, server, "admin");
                Anvandarkonton konton = fjarr(Anvandarkonton.class);
                NyttKonto nytt = konton.skapa(admin, anordnare("chef9", server.orgnr), NYTT_LOSENORD.toCharArray());
                assertEquals("chef9", nytt.anvandare().getAnvandarnamn());
                assertTrue(nytt.anvandare().isPortaladmin(), "portal-admin kept through the wire");
                assertNotNull(nytt.engangshemlighet(), "the secret comes back to the administratör who made the user");
                assertTrue(nytt.otpauth().orElseThrow().contains(nytt.engangshemlighet()));

                Inloggning chef = loggaInMedKod(server, "chef9", nytt.engangshemlighet());
                assertEquals(Roll.ANORDNARE, chef.roll());
                assertEquals(server.orgnr, chef.orgnr());

                NyttKonto fornyad = konton.nyEngangshemlighet(admin, "chef9");
                assertNotEquals(nytt.engangshemlighet(), fornyad.engangshemlighet(), "a new secret, shown once");

                Anvandare lasad = fjarr(AnvandareService.class).alla(admin).stream()
                        .filter(a -> a.getAnvandarnamn().equals("chef9")).findFirst().orElseThrow();
                lasad.setNamn("Chef hos anordnaren");
                assertEquals("Chef hos anordnaren", fjarr(AnvandareService.class).spara(admin, lasad, null).getNamn());
                assertEquals("Chef hos anordnaren", lokalt().alla(admin).stream()
                        .filter(a -> a.getAnvandarnamn().equals("chef9")).findFirst().orElseThrow().getNamn(),
                        "saved in the server's database");
                assertEquals("chef9", loggaInMedKod(server, "chef9", fornyad.engangshemlighet()).anvandarnamn(),
                        "the renewed secret gives the codes, and the edit without a new password kept the old one");

                Inloggning hl1 = loggaIn(klient, server, "hl1");
                Anvandarkonton hl1Konton = fjarr(Anvandarkonton.class);
                assertThrows(AtkomstNekadException.class,
                        () -> hl1Konton.skapa(hl1, anordnare("smyg9", server.orgnr), NYTT_LOSENORD.toCharArray()));
                assertThrows(AtkomstNekadException.class, () -> hl1Konton.nyEngangshemlighet(hl1, "chef9"));
                assertTrue(lokalt().alla(admin).stream().noneMatch(a -> a.getAnvandarnamn().equals("smyg9")), "nothing written");
            } finally {
                klient.loggaUt();
            }
        }
    }

    private static Inloggning loggaIn(Serverklient klient, Kundvalserverprov server, String namn) {
        return klient.loggaIn(server.adress(), new Inloggningsforsok(namn, Kundvalserverprov.LOSENORD.toCharArray(), null,
                Klient.lokal(Klient.Typ.ARBETSBANK)), (s, avtryck) -> avtryck.equals(server.fingeravtryck()));
    }

    private Inloggning loggaInMedKod(Kundvalserverprov server, String namn, String hemlighet) {
        String kod = Engangskoder.kod(hemlighet, Tjanster.hamta(Clock.class).instant());
        try (Serversession session = Serversession.oppna(server.adress(), new Inloggningsforsok(namn, NYTT_LOSENORD.toCharArray(),
                kod, Klient.lokal(Klient.Typ.ARBETSBANK)), (s, avtryck) -> avtryck.equals(server.fingeravtryck()),
                new Kandaservrar(katalog.resolve("kanda.properties")))) {
            return session.inloggning();
        }
    }

    /** The service E4 would inject: the highest ranked, which must be the client's remote one. */
    private static <T> T fjarr(Class<T> typ) {
        BundleContext kontext = FrameworkUtil.getBundle(KontonGenomServernTest.class).getBundleContext();
        ServiceReference<T> ref = kontext.getServiceReference(typ);
        assertEquals(Boolean.TRUE, ref.getProperty(Serverklient.FJARR), typ.getSimpleName() + " is the server's in shared mode");
        return kontext.getService(ref);
    }

    /** The server's own service in this process, bypassing the client, to see what was written. */
    private static AnvandareService lokalt() throws Exception {
        BundleContext kontext = FrameworkUtil.getBundle(KontonGenomServernTest.class).getBundleContext();
        ServiceReference<?> ref = kontext.getServiceReferences(AnvandareService.class.getName(), "(!(" + Serverklient.FJARR + "=true))")[0];
        return (AnvandareService) kontext.getService(ref);
    }

    private static Anvandare anordnare(String namn, String orgnr) {
        Anvandare a = KundvalFactory.eINSTANCE.createAnvandare();
        a.setAnvandarnamn(namn);
        a.setNamn(namn);
        a.setRoll(Roll.ANORDNARE);
        a.setOrgnr(orgnr);
        a.setAktiv(true);
        a.setPortaladmin(true);
        return a;
    }
}
