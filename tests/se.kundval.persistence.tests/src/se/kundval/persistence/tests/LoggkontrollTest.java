package se.kundval.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.atkomst.Atkomstpost;
import se.kundval.core.atkomst.Loggfraga;
import se.kundval.core.atkomst.Loggurval;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.Kundfraga;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.Roll;
import se.kundval.persistence.internal.Sessionskalla;
import se.kundval.testsupport.Exportinnehall;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * Loggkontroll's systematic selections on constructed accesses, each returning exactly the entries it
 * should, and skyddade personuppgifter: who sees what, the audited mark, the flag in the log.
 */
class LoggkontrollTest {

    static final Inloggning ADMIN = AtkomstloggTest.ADMIN;
    static final Inloggning KV1 = AtkomstloggTest.KV1;
    static final Inloggning KV2 = new Inloggning("kv2", "Omar", Roll.KARRIARVAGLEDARE, null);
    static final Inloggning HL1 = new Inloggning("hl1", "Helena", Roll.HANDLAGGARE, null);
    static final Inloggning HL2 = new Inloggning("hl2", "Patrik", Roll.HANDLAGGARE, null);
    static final Inloggning KVALITET = new Inloggning("kvalitet", "Sofia", Roll.KVALITETSUTVECKLARE, null);
    static final Inloggning GRANSKARE = AtkomstloggTest.GRANSKARE;
    static final LocalDateTime ONSDAG = AtkomstloggTest.ONSDAG;
    static final Loggfraga VECKAN = Loggfraga.period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22));

    private static KundService kunder;
    private static AtkomstloggService logg;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        kunder = Tjanster.hamta(KundService.class);
        logg = Tjanster.hamta(AtkomstloggService.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    /** K1 and K2 of kv1, K3 of kv2; K1 has an insats granted by hl1. */
    private static List<Kund> kunderMedBeslut(Testdatabas typ) {
        List<Kund> k;
        // saved the year before, so the administrator's entries stay out of the week the tests search
        try (var klocka = Testklocka.stall(ONSDAG.minusYears(1))) {
            k = AtkomstloggTest.tre(typ);
        }
        var typen = Tjanster.hamta(ReferensdataService.class).insatstyp("TEST1").orElseThrow();
        Anordnare a = Testdata.anordnare(typen);
        Tjanster.hamta(AnordnareService.class).spara(ADMIN, a);
        Insats i = Testdata.insats(k.get(0), a, typen);
        Tjanster.hamta(InsatsService.class).spara(HL1, i);
        return k;
    }

    private static void las(Inloggning vem, LocalDateTime nar, Kund kund) {
        try (var klocka = Testklocka.stall(nar)) {
            kunder.hamta(vem.vid("Kundeditor"), kund.getId());
        }
    }

    private static List<String> traffar(Loggfraga fraga) {
        return logg.sok(GRANSKARE, fraga).stream().map(p -> p.anvandare() + " " + p.kundId() + " " + p.tid().toLocalTime()
                + " " + p.tid().getDayOfWeek().getValue()).toList();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void varjeUrvalGerPrecisSinaPoster(Testdatabas typ) {
        List<Kund> k = kunderMedBeslut(typ);
        Kund k1 = k.get(0);
        Kund k2 = k.get(1);
        Kund k3 = k.get(2);
        las(KV1, ONSDAG, k1);
        las(KV1, ONSDAG.withHour(6).withMinute(59), k2);
        las(KV1, ONSDAG.withHour(19).withMinute(0), k1);
        las(KV1, ONSDAG.withHour(18).withMinute(59), k3);
        las(KV2, ONSDAG.plusDays(3), k3);
        las(HL1, ONSDAG.plusDays(1), k1);
        las(HL1, ONSDAG.plusDays(1), k2);
        las(HL1, ONSDAG.plusDays(1), k3);
        las(HL2, ONSDAG.plusDays(1), k1);
        try (var klocka = Testklocka.stall(ONSDAG.plusDays(1))) {
            kunder.sok(HL2.vid("Kunder"), Kundfraga.alla(0, 10));
        }

        assertEquals(List.of("kv1 K3 18:59 3", "hl1 K2 10:00 4", "hl1 K3 10:00 4", "hl2 K1 10:00 4",
                "hl2 K1 10:00 4", "hl2 K2 10:00 4", "hl2 K3 10:00 4"), traffar(VECKAN.medUrval(Loggurval.UTANFOR_EGET_ANSVAR)));
        assertEquals(List.of("kv1 K2 06:59 3", "kv1 K1 19:00 3", "kv2 K3 10:00 6"),
                traffar(VECKAN.medUrval(Loggurval.UTANFOR_KONTORSTID)));
        // kv1 opened three different kunder on Wednesday, hl1 three on Thursday; hl2 one, and its list does not count
        assertEquals(List.of("kv1 K2 06:59 3", "kv1 K1 10:00 3", "kv1 K3 18:59 3", "kv1 K1 19:00 3",
                "hl1 K1 10:00 4", "hl1 K2 10:00 4", "hl1 K3 10:00 4"),
                traffar(VECKAN.medUrval(Loggurval.MANGA_KUNDER_PER_DAG).medKunderPerDag(2)));
        assertEquals(List.of(), traffar(VECKAN.medUrval(Loggurval.MANGA_KUNDER_PER_DAG).medKunderPerDag(3)));
        assertEquals(List.of(), traffar(VECKAN.medUrval(Loggurval.SKYDDAD_IDENTITET)));

        try (var klocka = Testklocka.stall(ONSDAG.plusDays(2))) {
            kunder.markeraSkyddad(KV1, k1.getId(), true);
        }
        las(KVALITET, ONSDAG.plusDays(2), k1);
        assertEquals(List.of("kv1 K1 10:00 5", "kvalitet K1 10:00 5"), traffar(VECKAN.medUrval(Loggurval.SKYDDAD_IDENTITET)));

        assertEquals(List.of("kv2 K3 10:00 6"), traffar(VECKAN.medAnvandare("kv2")));
        assertEquals(List.of("kv1 K3 18:59 3", "hl1 K3 10:00 4", "hl2 K3 10:00 4", "kv2 K3 10:00 6"),
                traffar(VECKAN.medKund("K3").medHandling(Atkomsthandling.LASA)));
        assertEquals(List.of("kv1 K1 10:00 5"), traffar(VECKAN.medHandling(Atkomsthandling.ANDRA)));
        assertEquals(List.of(), traffar(Loggfraga.period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30))));
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enSkyddadKundVisasBaraForSinKarriarvagledareOchHandlaggare(Testdatabas typ) {
        List<Kund> k = kunderMedBeslut(typ);
        long id = k.get(0).getId();
        assertThrows(AtkomstNekadException.class, () -> kunder.markeraSkyddad(KV2, id, true));
        assertThrows(AtkomstNekadException.class, () -> kunder.markeraSkyddad(ADMIN, id, true));
        kunder.markeraSkyddad(HL1, id, true);

        for (Inloggning ser : List.of(KV1, HL1)) {
            Kund kund = kunder.hamta(ser, id);
            assertEquals("Åsa Öberg", kund.getNamn(), ser.anvandarnamn());
            assertEquals("198503120001", kund.getPersonnummer(), ser.anvandarnamn());
            assertEquals("Nacka", kund.getKommun(), ser.anvandarnamn());
        }
        for (Inloggning serInte : List.of(KV2, HL2, KVALITET, ADMIN)) {
            Kund kund = kunder.hamta(serInte, id);
            assertEquals("Skyddad", kund.getNamn(), serInte.anvandarnamn());
            assertEquals("Skyddad", kund.getPersonnummer(), serInte.anvandarnamn());
            assertEquals("Skyddad", kund.getKommun(), serInte.anvandarnamn());
            assertEquals("K1", kund.getKundId());
            Kund iListan = kunder.sok(serInte, Kundfraga.alla(0, 10)).kunder().get(0);
            assertEquals("Skyddad", iListan.getNamn(), serInte.anvandarnamn());
        }
        Kund exporterad = Exportinnehall.av(Tjanster.hamta(Exportlager.class), ADMIN).kunder().stream()
                .filter(x -> x.getKundId().equals("K1")).findFirst().orElseThrow();
        assertEquals("Skyddad", exporterad.getNamn());
        assertEquals("Skyddad", exporterad.getPersonnummer());

        // a copy that says "Skyddad" cannot be saved over the real data, nor the mark changed by saving
        Kund maskerad = kunder.hamta(HL2, id);
        assertThrows(AtkomstNekadException.class, () -> kunder.spara(HL2, maskerad));
        Kund egen = kunder.hamta(KV1, id);
        egen.setSkyddad(false);
        assertThrows(KundvalException.class, () -> kunder.spara(KV1, egen));

        kunder.markeraSkyddad(KV1, id, false);
        assertEquals("Åsa Öberg", kunder.hamta(KVALITET, id).getNamn());
        Sessionskalla s = Tjanster.hamta(Sessionskalla.class);
        List<String> granskning = s.lasa(x -> x.createSelectionQuery("from Granskningshandelse h where h.objekttyp = 'Kund' "
                + "and h.objektId = :id order by h.id", Granskningshandelse.class).setParameter("id", id).getResultList())
                .stream().map(h -> h.getAnvandare() + " " + h.getHandelse() + " " + h.getDetaljer()).toList();
        // the complete audit records the kund's creation first, then the two marks with who made them
        assertEquals(List.of("admin KUND_SKAPAD null", "hl1 SKYDDADE_PERSONUPPGIFTER markerad", "kv1 SKYDDADE_PERSONUPPGIFTER avmarkerad"),
                granskning);
        List<Atkomstpost> skyddade = logg.sok(GRANSKARE, Loggfraga.period(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))
                .medUrval(Loggurval.SKYDDAD_IDENTITET));
        // the mark, kv1 and hl1 reading, four users reading it alone and in a list, the export, two more reads
        assertEquals(14, skyddade.size());
        assertEquals(Set.of("K1"), skyddade.stream().map(Atkomstpost::kundId).collect(Collectors.toSet()));
    }
}
