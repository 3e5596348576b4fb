package se.kundval.klient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.KundService;
import se.kundval.klient.Serverklient;
import se.kundval.testsupport.Tjanster;

/**
 * The workbench's way in: while a user is logged in on a server, every core data service is an OSGi
 * service ranked above the embedded one (so E4 injection and DS consumers get the remote one), and
 * the database is the server; after logout they are gone, and so embedded ones would serve again.
 */
class RegistreradeTjansterTest {

    private static final String FJARR = "(" + Serverklient.FJARR + "=true)";

    @TempDir
    Path katalog;

    @Test
    void fjarrtjansternaFinnsBaraMedanAnvandarenArInloggad() throws Exception {
        Tjanster.starta("se.kundval.core", "se.kundval.klient");
        Serverklient klient = Tjanster.hamta(Serverklient.class);
        BundleContext kontext = FrameworkUtil.getBundle(RegistreradeTjansterTest.class).getBundleContext();
        try (Provserver server = Provserver.starta(katalog)) {
            Inloggning vem = klient.loggaIn(server.adress(), new Inloggningsforsok("hl1", "demo".toCharArray(), null,
                    Klient.lokal(Klient.Typ.ARBETSBANK)), (s, avtryck) -> true);
            assertEquals("hl1", vem.anvandarnamn());
            assertTrue(klient.arInloggad());
            Set<String> fjarr = fjarrtjanster(kontext);
            assertTrue(fjarr.containsAll(Set.of("KundService", "InsatsService", "AnvandareService", "ErsattningService",
                    "RapportService", "AtkomstloggService", "UtbytesService", "ReferensdataService", "Databas", "Anvandarkonton")), fjarr.toString());
            assertTrue(fjarr.size() >= 19, "every core service, found by reflection: " + fjarr);
            ServiceReference<KundService> kunder = kontext.getServiceReference(KundService.class);
            assertEquals(Boolean.TRUE, kunder.getProperty(Serverklient.FJARR), "the remote service outranks the embedded one");
            Databas databas = kontext.getService(kontext.getServiceReference(Databas.class));
            assertTrue(databas.arAnsluten());
            assertEquals(URI.create(server.adress() + "/").toString(), databas.anslutning().jdbcUrl());
            assertEquals(null, databas.anslutning().losenord(), "no database credential on a client");
            klient.loggaUt();
            assertEquals(Set.of(), fjarrtjanster(kontext));
            assertTrue(server.begaranden().stream().anyMatch(b -> b.vag().equals("/api/v1/utloggning")));
        } finally {
            klient.loggaUt();
        }
    }

    private static Set<String> fjarrtjanster(BundleContext kontext) throws InvalidSyntaxException {
        ServiceReference<?>[] refs = kontext.getAllServiceReferences(null, FJARR);
        Set<String> namn = new TreeSet<>();
        for (ServiceReference<?> r : refs == null ? new ServiceReference<?>[0] : refs) {
            Arrays.stream((String[]) r.getProperty("objectClass")).map(n -> n.substring(n.lastIndexOf('.') + 1)).forEach(namn::add);
        }
        return namn;
    }
}
