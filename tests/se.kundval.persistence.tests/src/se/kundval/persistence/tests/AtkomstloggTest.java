package se.kundval.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.atkomst.Atkomstpost;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.atkomst.Loggfraga;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.Kundfraga;
import se.kundval.model.Kund;
import se.kundval.model.Roll;
import se.kundval.testsupport.Exportinnehall;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The access log of DOMAIN §12 on H2 and PostgreSQL: which service calls write which entries, that
 * nothing changes an entry, and what the loggkontroll's search returns.
 */
class AtkomstloggTest {

    static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
    static final Inloggning KV1 = new Inloggning("kv1", "Karin", Roll.KARRIARVAGLEDARE, null);
    static final Inloggning GRANSKARE = new Inloggning("granskare", "Gustav", Roll.LOGGRANSKARE, null);
    /** A Wednesday morning. */
    static final LocalDateTime ONSDAG = LocalDateTime.of(2026, 11, 18, 10, 0);
    static final Loggfraga DAGEN = Loggfraga.period(ONSDAG.toLocalDate(), ONSDAG.toLocalDate());

    private static Databas databas;
    private static KundService kunder;
    private static AtkomstloggService logg;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        databas = Tjanster.hamta(Databas.class);
        kunder = Tjanster.hamta(KundService.class);
        logg = Tjanster.hamta(AtkomstloggService.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    /** Kunder K1 and K2 of kv1, K3 of kv2. */
    static List<Kund> tre(Testdatabas typ) {
        databas.anslut(typ.ny());
        Kund k1 = Testdata.kund("K1", "198503120001");
        Kund k2 = Testdata.kund("K2", "199001010009");
        Kund k3 = Testdata.kund("K3", "197702020004");
        k3.setAnsvarigKarriarvagledare("kv2");
        for (Kund k : List.of(k1, k2, k3)) {
            kunder.spara(ADMIN, k);
        }
        return List.of(k1, k2, k3);
    }

    static List<Atkomstpost> poster(Loggfraga fraga) {
        return logg.sok(GRANSKARE, fraga);
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enListaArEnPostPerKundOchEnOppnadKundEnPost(Testdatabas typ) {
        List<Kund> k = tre(typ);
        try (var klocka = Testklocka.stall(ONSDAG)) {
            List<Atkomstpost> fore = poster(DAGEN);
            kunder.sok(KV1.vid("Kunder"), Kundfraga.alla(0, 50));
            List<Atkomstpost> lista = poster(DAGEN).subList(fore.size(), fore.size() + 3);
            assertEquals(List.of("K1", "K2", "K3"), lista.stream().map(Atkomstpost::kundId).toList());
            for (Atkomstpost p : lista) {
                assertEquals(ONSDAG, p.tid());
                assertEquals("kv1", p.anvandare());
                assertEquals(Roll.KARRIARVAGLEDARE, p.roll());
                assertEquals(Klient.Typ.ARBETSBANK, p.klient().typ());
                assertFalse(p.klient().adress().isBlank());
                assertEquals(Atkomsthandling.LASA, p.handling());
                assertEquals("Kunder", p.plats());
                assertTrue(p.iLista());
                assertFalse(p.utanforKontorstid());
            }
            assertEquals(List.of(false, false, true), lista.stream().map(Atkomstpost::utanforAnsvar).toList());

            kunder.hamta(KV1.vid("Kundeditor"), k.get(0).getId());
            Atkomstpost oppnad = sista(DAGEN);
            assertEquals("K1", oppnad.kundId());
            assertEquals("Kundeditor", oppnad.plats());
            assertFalse(oppnad.iLista());

            Kund andrad = kunder.hamta(KV1, k.get(1).getId());
            andrad.setSprak("arabiska");
            kunder.spara(KV1.vid("Kundeditor"), andrad);
            assertEquals(Atkomsthandling.ANDRA, sista(DAGEN).handling());
            assertEquals("K2", sista(DAGEN).kundId());
        }
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void exportOchUtskriftLoggas(Testdatabas typ) {
        tre(typ);
        try (var klocka = Testklocka.stall(ONSDAG)) {
            int fore = poster(DAGEN).size();
            Exportinnehall.av(Tjanster.hamta(Exportlager.class), ADMIN.vid("export"));
            List<Atkomstpost> export = poster(DAGEN.medHandling(Atkomsthandling.EXPORTERA));
            assertEquals(Set.of("K1", "K2", "K3"), export.stream().map(Atkomstpost::kundId).collect(Collectors.toSet()));
            assertTrue(export.stream().allMatch(p -> p.plats().equals("export") && p.utanforAnsvar()));
            assertEquals(fore + 3, poster(DAGEN).size());

            Kund k1 = kunder.hamtaMedKundId(KV1, "K1").orElseThrow();
            logg.logga(KV1.vid("Beslutsbrev (PDF)"), Atkomsthandling.SKRIVA_UT, List.of(k1));
            Atkomstpost utskrift = sista(DAGEN);
            assertEquals(Atkomsthandling.SKRIVA_UT, utskrift.handling());
            assertEquals("K1", utskrift.kundId());
            assertEquals("Beslutsbrev (PDF)", utskrift.plats());
        }
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enGranskningLaggsTillUtanAttPostenAndras(Testdatabas typ) {
        List<Kund> k = tre(typ);
        try (var klocka = Testklocka.stall(ONSDAG)) {
            kunder.hamta(KV1, k.get(2).getId());
            Atkomstpost post = sista(DAGEN);
            assertNull(post.granskning());
            logg.markeraGranskad(GRANSKARE, post.id(), "Vikarierade för kv2.");
            Atkomstpost granskad = poster(DAGEN.medKund("K3")).stream().filter(p -> p.id() == post.id()).findFirst().orElseThrow();
            assertEquals("granskare", granskad.granskning().granskare());
            assertEquals("Vikarierade för kv2.", granskad.granskning().kommentar());
            assertEquals(ONSDAG, granskad.granskning().tid());
            assertEquals(post.tid(), granskad.tid());
            assertEquals(post.anvandare(), granskad.anvandare());
            assertThrows(KundvalException.class, () -> logg.markeraGranskad(GRANSKARE, post.id(), "  "));
            assertThrows(KundvalException.class, () -> logg.markeraGranskad(GRANSKARE, post.id() + 1000, "x"));
            assertThrows(AtkomstNekadException.class, () -> logg.markeraGranskad(ADMIN, post.id(), "x"));
            assertThrows(AtkomstNekadException.class, () -> logg.sok(ADMIN, DAGEN));
            assertThrows(AtkomstNekadException.class, () -> logg.sok(KV1, DAGEN));
        }
    }

    /** The service has no method that could change an entry: only logging, reading and adding a review. */
    @Test
    void ingenTjanstemetodAndrarEllerTarBortEnPost() {
        assertEquals(Set.of("logga", "sok", "stickprov", "markeraGranskad"),
                Arrays.stream(AtkomstloggService.class.getMethods()).map(m -> m.getName()).collect(Collectors.toSet()));
    }

    /**
     * Neither database lets any SQL client change or delete an entry or a review: PostgreSQL by V011,
     * H2 by the trigger of h2/V150 (decision 0385). TRUNCATE fires no trigger on H2, which refuses it
     * for a table a foreign key refers to: atkomstlogg (the reviews refer to it) and, by h2/V220,
     * atkomstgranskning (decision 0410); PostgreSQL refuses both by its truncate triggers.
     */
    @ParameterizedTest
    @MethodSource("databaser")
    void databasenVagrarAttAndraEllerTaBortPoster(Testdatabas typ) throws SQLException {
        Databasanslutning a = typ.ny();
        databas.anslut(a);
        Kund k = Testdata.kund("K1", "198503120001");
        kunder.spara(ADMIN, k);
        kunder.hamta(KV1, k.getId());
        long id = Jdbc.tal(a, "select max(id) from atkomstlogg");
        long poster = Jdbc.tal(a, "select count(*) from atkomstlogg");
        Jdbc.utfor(a, "insert into atkomstgranskning (post_id, granskare, tid, kommentar) values (" + id + ", 'g', current_timestamp, 'ok')");
        for (String sql : List.of("update atkomstlogg set anvandare = 'någon annan'", "delete from atkomstlogg",
                "delete from atkomstlogg where id = " + id, "update atkomstgranskning set kommentar = 'x'",
                "delete from atkomstgranskning", typ == Testdatabas.H2 ? "merge into atkomstlogg (id, anvandare) key (id) values ("
                        + id + ", 'x')" : "truncate atkomstlogg cascade")) {
            SQLException fel = assertThrows(SQLException.class, () -> Jdbc.utfor(a, sql), sql);
            assertTrue(fel.getMessage().contains("Åtkomstloggen kan inte ändras"), fel.getMessage());
        }
        SQLException granskningar = assertThrows(SQLException.class, () -> Jdbc.utfor(a, "truncate table atkomstgranskning"));
        assertTrue(granskningar.getMessage().contains(typ == Testdatabas.H2 ? "Cannot truncate" : "Åtkomstloggen kan inte ändras"),
                granskningar.getMessage());
        // refused by the reviews' foreign key on both, before PostgreSQL's trigger would refuse it
        assertThrows(SQLException.class, () -> Jdbc.utfor(a, "truncate table atkomstlogg"));
        assertEquals("kv1", Jdbc.text(a, "select anvandare from atkomstlogg where id = " + id));
        assertEquals(poster, Jdbc.tal(a, "select count(*) from atkomstlogg"));
        assertEquals(1, Jdbc.tal(a, "select count(*) from atkomstgranskning"));
        kunder.hamta(KV1, k.getId());
        assertEquals(poster + 1, Jdbc.tal(a, "select count(*) from atkomstlogg"), "entries are still added");
    }

    @Test
    void stickprovetArNPosterUrTraffarna() {
        tre(Testdatabas.H2);
        try (var klocka = Testklocka.stall(ONSDAG)) {
            for (int i = 0; i < 4; i++) {
                kunder.sok(KV1, Kundfraga.alla(0, 50));
            }
            Set<Long> alla = poster(DAGEN).stream().map(Atkomstpost::id).collect(Collectors.toSet());
            List<Atkomstpost> prov = logg.stickprov(GRANSKARE, DAGEN, 5);
            assertEquals(5, prov.size());
            assertEquals(5, prov.stream().map(Atkomstpost::id).distinct().count());
            assertTrue(alla.containsAll(prov.stream().map(Atkomstpost::id).toList()));
            assertEquals(alla.size(), logg.stickprov(GRANSKARE, DAGEN, 1000).size());
        }
    }

    private static Atkomstpost sista(Loggfraga fraga) {
        List<Atkomstpost> p = poster(fraga);
        assertFalse(p.isEmpty());
        return p.get(p.size() - 1);
    }
}
