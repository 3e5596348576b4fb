package se.kundval.klient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.Inloggning;
import se.kundval.core.KonfliktException;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Utbetalningsunderlag;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.json.Jsonkodek;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.Kundfraga;
import se.kundval.core.tjanst.Kundsida;
import se.kundval.klient.Forbindelsefel;
import se.kundval.klient.Kandaservrar;
import se.kundval.klient.Serversession;
import se.kundval.model.Anordnare;
import se.kundval.model.Kund;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Kundvalserverprov;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The client against the real server on loopback, over H2 and PostgreSQL: many clients saving the
 * same kunder lose no update and each hears of its own conflict; a server stopped in the middle of a
 * session fails the call plainly and takes the same save after its restart, which writes the new
 * version into the caller's object as an embedded save does; and nothing of the
 * session (no personnummer, no password) is left in the user's Kundval folder. Large answers, a page
 * of kunder and a month's underlag, arrive as the service gives them in-process.
 */
class GenomServernTest {

    private static final int KLIENTER = 20;
    private static final int ANDRINGAR = 500;
    private static final int KUNDER = 3;
    private static final int STORA_SIDAN = 800;

    @TempDir
    Path katalog;

    static Stream<Testdatabas> databaser() {
        return Testdatabas.alla().stream();
    }

    private static Serversession hl1(Kundvalserverprov server, Kandaservrar kanda) {
        return Serversession.oppna(server.adress(), new Inloggningsforsok("hl1", Kundvalserverprov.LOSENORD.toCharArray(),
                null, Klient.lokal(Klient.Typ.ARBETSBANK)), (s, avtryck) -> avtryck.equals(server.fingeravtryck()), kanda);
    }

    /** Each edit reads a kund and saves it with a new name; a save that lost the race must be told so. */
    @ParameterizedTest
    @MethodSource("databaser")
    void tjugoKlienterForlorarIngenSparning(Testdatabas db) throws Exception {
        try (Kundvalserverprov server = new Kundvalserverprov(db, katalog)) {
            List<Kund> kunder = new ArrayList<>();
            Testfall testfall = new Testfall();
            for (int k = 0; k < KUNDER; k++) {
                kunder.add(testfall.kund("Kund " + k, Testklocka.IDAG.minusYears(30 + k)));
            }
            Kandaservrar kanda = new Kandaservrar(katalog.resolve("kanda.properties"));
            List<Serversession> sessioner = new ArrayList<>();
            for (int i = 0; i < KLIENTER; i++) {
                sessioner.add(hl1(server, kanda));
            }
            Map<Long, List<long[]>> sparade = new ConcurrentHashMap<>();
            AtomicInteger konflikter = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(KLIENTER);
            try {
                List<Future<?>> klart = new ArrayList<>();
                for (int n = 0; n < ANDRINGAR; n++) {
                    int nummer = n;
                    Serversession session = sessioner.get(n % KLIENTER);
                    Kund kund = kunder.get(n % KUNDER);
                    klart.add(pool.submit(() -> andra(session, kund.getId(), nummer, sparade, konflikter)));
                }
                for (Future<?> f : klart) {
                    f.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
                sessioner.forEach(Serversession::close);
            }
            int lyckade = 0;
            for (Kund fore : kunder) {
                Kund efter = lokalt().hamta(Testfall.ADMIN, fore.getId());
                List<long[]> egna = sparade.getOrDefault(fore.getId(), List.of());
                lyckade += egna.size();
                assertEquals(fore.getVersion() + egna.size(), efter.getVersion(), "every successful save and nothing else raised the version");
                long[] sista = egna.stream().max((a, b) -> Long.compare(a[1], b[1])).orElseThrow();
                assertEquals("Kund efter ändring " + sista[0], efter.getNamn(), "the last successful save is what the kund holds");
            }
            assertEquals(ANDRINGAR, lyckade + konflikter.get(), "every edit was saved or told of its conflict");
            assertTrue(konflikter.get() > 0, "20 clients on 3 kunder must collide");
        }
    }

    private static void andra(Serversession session, long id, int nummer, Map<Long, List<long[]>> sparade, AtomicInteger konflikter) {
        KundService kunder = session.tjanst(KundService.class);
        Inloggning vem = session.inloggning();
        Kund kund = kunder.hamta(vem, id);
        kund.setNamn("Kund efter ändring " + nummer);
        try {
            Kund sparad = kunder.spara(vem, kund);
            sparade.computeIfAbsent(id, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(new long[] {nummer, sparad.getVersion()});
        } catch (KonfliktException e) {
            konflikter.incrementAndGet();
        }
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void servernStoppasMittISessionenOchSparningenGarIgenomEfterOmstart(Testdatabas db) throws Exception {
        try (Kundvalserverprov server = new Kundvalserverprov(db, katalog)) {
            Kund fore = new Testfall().kund("Agnes Ask", LocalDate.of(1990, 2, 2));
            Path hem = katalog.resolve("hem");
            try (Serversession session = hl1(server, new Kandaservrar(hem.resolve("kanda-servrar.properties")))) {
                KundService kunder = session.tjanst(KundService.class);
                Kund oppen = kunder.hamta(session.inloggning(), fore.getId());
                oppen.setNamn("Agnes Asp");
                server.stoppa();
                Forbindelsefel fel = assertThrows(Forbindelsefel.class, () -> kunder.spara(session.inloggning(), oppen));
                assertEquals("Servern 127.0.0.1:" + server.adress().getPort() + " svarar inte. Dina ändringar är kvar; försök igen.",
                        fel.getMessage());
                assertEquals("Agnes Asp", oppen.getNamn(), "the edit is still there");
                server.starta();
                assertEquals("Agnes Asp", kunder.spara(session.inloggning(), oppen).getNamn());
                assertEquals(fore.getVersion() + 1, oppen.getVersion(), "the saved version written into the caller's object, as embedded");
                Kund ny = Insatsbyggare.kund("K-NY", "198503121231");
                kunder.spara(session.inloggning(), ny);
                assertNotNull(ny.getId(), "a new kund's id written into the caller's object, as embedded");
            }
            assertEquals("Agnes Asp", lokalt().hamta(Testfall.ADMIN, fore.getId()).getNamn());
            assertInget(hem, fore.getPersonnummer(), Kundvalserverprov.LOSENORD, server.databas.losenord());
        }
    }

    /** An answer of many pieces, bound while the server still writes it, is the value the service gives in-process (decision 0460). */
    @ParameterizedTest
    @MethodSource("databaser")
    void ettStortSvarLastMedanDetKommerArDetLokalaVardet(Testdatabas db) throws Exception {
        try (Kundvalserverprov server = new Kundvalserverprov(db, katalog)) {
            Testfall testfall = new Testfall();
            for (int k = 0; k < STORA_SIDAN; k++) {
                testfall.kund("Kund " + k, Testklocka.IDAG.minusYears(20).minusDays(k));
            }
            Kundsida lokal = lokalt().sok(Testfall.HANDLAGGARE, Kundfraga.alla(0, STORA_SIDAN));
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            new Jsonkodek().skrivMeddelande(Collections.singletonMap("varde", lokal), json);
            assertTrue(json.size() > 2 * 64 * 1024, "the answer spans several of the server's pieces: " + json.size());
            try (Serversession session = hl1(server, new Kandaservrar(katalog.resolve("kanda.properties")))) {
                Kundsida genomServern = session.tjanst(KundService.class).sok(session.inloggning(), Kundfraga.alla(0, STORA_SIDAN));
                assertEquals(lokal.totalt(), genomServern.totalt());
                assertEquals(rader(lokal), rader(genomServern));
            }
        }
    }

    /** A month's underlag, carried as a table (decision 0471), is the service's in-process: every line, to the öre and the scale. */
    @ParameterizedTest
    @MethodSource("databaser")
    void underlagetGenomServernArDetLokalaTillOret(Testdatabas db) throws Exception {
        try (Kundvalserverprov server = new Kundvalserverprov(db, katalog)) {
            Testfall testfall = new Testfall();
            // the prov's own anordnare: a new one from this Testfall would get the same first organisationsnummer
            Anordnare anordnare = Tjanster.hamta(AnordnareService.class).hamtaMedOrgnr(Testfall.ADMIN, server.orgnr).orElseThrow();
            for (int k = 0; k < 12; k++) {
                testfall.insats(testfall.kund("Kund " + k, Testklocka.IDAG.minusYears(30).minusDays(k)), anordnare,
                        k % 2 == 0 ? "AMI1" : "AMI2", Testklocka.IDAG.minusMonths(2 + k % 4));
            }
            YearMonth manad = YearMonth.from(Testklocka.IDAG).minusMonths(1);
            Utbetalningsunderlag lokalt = Tjanster.hamta(ErsattningService.class).underlag(Testfall.HANDLAGGARE, manad);
            assertFalse(lokalt.rader().isEmpty(), "the month has lines to carry");
            try (Serversession session = hl1(server, new Kandaservrar(katalog.resolve("kanda.properties")))) {
                Utbetalningsunderlag genomServern = session.tjanst(ErsattningService.class).underlag(session.inloggning(), manad);
                assertEquals(lokalt, genomServern, "BigDecimal's equals holds the scale too");
                assertEquals(lokalt.attBetala().toPlainString(), genomServern.attBetala().toPlainString());
            }
        }
    }

    private static List<String> rader(Kundsida sida) {
        return sida.kunder().stream().map(k -> k.getId() + " " + k.getVersion() + " " + k.getNamn() + " " + k.getPersonnummer()).toList();
    }

    /** Nothing a client machine keeps holds a personnummer or a password (DOMAIN §11). */
    private static void assertInget(Path hem, String... hemligt) throws IOException {
        assertTrue(Files.isDirectory(hem), "the session remembered its server in " + hem);
        try (Stream<Path> filer = Files.walk(hem)) {
            for (Path fil : filer.filter(Files::isRegularFile).toList()) {
                String innehall = new String(Files.readAllBytes(fil), StandardCharsets.ISO_8859_1);
                for (String h : hemligt) {
                    if (h != null && h.length() >= 6) {
                        assertFalse(innehall.contains(h), fil + " holds " + h);
                    }
                }
            }
        }
    }

    /** The server's own service, as an administrator reads it to check the result. */
    private static KundService lokalt() {
        return Tjanster.hamta(KundService.class);
    }
}
