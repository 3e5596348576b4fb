package se.kundval.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.atkomst.Atkomstpost;
import se.kundval.core.atkomst.Loggfraga;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.Kundakt;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * Skyddade personuppgifter and the access log through {@link InsatsService} (DOMAIN §12,
 * docs/decisions/0330-insatser-som-kunden-lases.md): a protected kund's identity never leaves a
 * method for a user who may not see it, every read that hands out kunder writes one entry per kund,
 * and the Kund editor's read of a whole akt is one entry.
 */
class InsatsDataskyddTest {

    static final Inloggning ADMIN = AtkomstloggTest.ADMIN;
    static final Inloggning KV1 = AtkomstloggTest.KV1;
    static final Inloggning HL1 = LoggkontrollTest.HL1;
    static final Inloggning GRANSKARE = AtkomstloggTest.GRANSKARE;
    static final Inloggning ANORDNARE = new Inloggning("anordnare1", "Anna", Roll.ANORDNARE, "5560360793");
    /** Every user who may not see K1: not its karriärvägledare, not the handläggare who granted it. */
    static final List<Inloggning> OBEHORIGA = List.of(ADMIN, LoggkontrollTest.KV2, LoggkontrollTest.HL2,
            LoggkontrollTest.KVALITET, ANORDNARE);
    static final Loggfraga DAGEN = AtkomstloggTest.DAGEN;

    private static KundService kunder;
    private static InsatsService insatser;
    private static AtkomstloggService logg;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        kunder = Tjanster.hamta(KundService.class);
        insatser = Tjanster.hamta(InsatsService.class);
        logg = Tjanster.hamta(AtkomstloggService.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    /** K1 (protected, kv1's) with an ended insats and one whose avslut waits for its bedömning; K2 with one insats. */
    private static List<Insats> tvaKunder(Testdatabas typ) {
        List<Kund> k = AtkomstloggTest.tre(typ);
        Insatstyp test1 = Tjanster.hamta(ReferensdataService.class).insatstyp("TEST1").orElseThrow();
        Anordnare a = Testdata.anordnare(test1);
        Tjanster.hamta(AnordnareService.class).spara(ADMIN, a);
        Insats bedomd = insatser.spara(HL1, Testdata.insats(k.get(0), a, test1));
        Insats obedomd = Testdata.insats(k.get(0), a, test1);
        obedomd.setInsatsId("I-2");
        obedomd.getAvslut().getBedomningar().clear();
        insatser.spara(HL1, obedomd);
        Insats annan = Testdata.insats(k.get(1), a, test1);
        annan.setInsatsId("I-3");
        insatser.spara(HL1, annan);
        kunder.markeraSkyddad(KV1, k.get(0).getId(), true);
        return List.of(bedomd, obedomd, annan);
    }

    /** Each InsatsService read that hands out kunder, by name. */
    private static Map<String, Function<Inloggning, List<Insats>>> lasningar(List<Insats> i) {
        long k1 = i.get(0).getKund().getId();
        Map<String, Function<Inloggning, List<Insats>>> m = new LinkedHashMap<>();
        m.put("hamta", v -> List.of(insatser.hamta(v, i.get(0).getId())));
        m.put("forKund", v -> insatser.forKund(v, k1));
        m.put("arbetslista", v -> insatser.arbetslista(v, 36));
        m.put("arbetslistaForBevakningar", v -> insatser.arbetslistaForBevakningar(v, 36));
        m.put("medObedomtAvslut", v -> insatser.medObedomtAvslut(v));
        m.put("aktivaUnder", v -> insatser.aktivaUnder(v, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        m.put("akt", v -> kunder.akt(v, k1).insatser());
        return m;
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void ettSkyddatNamnLamnarIngenMetodForDenSomInteFarSeDet(Testdatabas typ) {
        List<Insats> i = tvaKunder(typ);
        for (Inloggning vem : OBEHORIGA) {
            lasningar(i).forEach((metod, lasning) -> {
                List<Kund> k1 = lasning.apply(vem).stream().map(Insats::getKund).filter(k -> "K1".equals(k.getKundId())).toList();
                for (Kund k : k1) {
                    List<String> identitet = List.of(k.getNamn(), k.getPersonnummer(), k.getKommun());
                    assertEquals(List.of("Skyddad", "Skyddad", "Skyddad"), identitet, vem.anvandarnamn() + " " + metod);
                }
            });
            Kundakt akt = kunder.akt(vem, i.get(0).getKund().getId());
            assertEquals("Skyddad", akt.kund().getNamn(), vem.anvandarnamn() + " akt");
            akt.historik().values().forEach(h -> h.forEach(e -> e.getAndringar().forEach(a -> assertFalse(
                    String.valueOf(a.getEfter()).contains("Öberg") || String.valueOf(a.getFore()).contains("Öberg"),
                    vem.anvandarnamn() + " insatshistorik"))));
        }
        for (Inloggning egen : List.of(KV1, HL1)) {
            assertEquals("Åsa Öberg", insatser.hamta(egen, i.get(0).getId()).getKund().getNamn(), egen.anvandarnamn());
            assertEquals("Nacka", insatser.forKund(egen, i.get(0).getKund().getId()).get(0).getKund().getKommun());
            assertEquals("Åsa Öberg", kunder.akt(egen, i.get(0).getKund().getId()).insatser().get(0).getKund().getNamn());
        }
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void varjeLasningSkriverEnPostPerKund(Testdatabas typ) {
        List<Insats> i = tvaKunder(typ);
        Map<String, List<String>> vantat = Map.of("hamta", List.of("K1"), "forKund", List.of("K1"),
                "arbetslista", List.of("K1", "K2"), "arbetslistaForBevakningar", List.of("K1", "K2"), "medObedomtAvslut", List.of("K1"), "akt", List.of("K1"),
                "historik", List.of("K1"));
        Map<String, Function<Inloggning, List<Insats>>> lasningar = lasningar(i);
        lasningar.remove("aktivaUnder"); // compensation and statistics name no one (docs/decisions/0200)
        lasningar.put("historik", v -> {
            insatser.historik(v, i.get(0).getId());
            return List.of();
        });
        try (var klocka = Testklocka.stall(AtkomstloggTest.ONSDAG)) {
            for (Inloggning vem : List.of(HL1, ADMIN)) {
                lasningar.forEach((metod, lasning) -> {
                    int fore = poster().size();
                    lasning.apply(vem.vid("Test " + metod));
                    List<Atkomstpost> nya = poster().subList(fore, poster().size());
                    assertEquals(vantat.get(metod), nya.stream().map(Atkomstpost::kundId).sorted().toList(),
                            vem.anvandarnamn() + " " + metod);
                    for (Atkomstpost p : nya) {
                        assertEquals(Atkomsthandling.LASA, p.handling());
                        assertEquals("Test " + metod, p.plats());
                        assertEquals(vem.anvandarnamn(), p.anvandare());
                        assertEquals("K1".equals(p.kundId()), p.skyddad());
                    }
                });
            }
            int fore = poster().size();
            insatser.aktivaUnder(HL1, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            assertEquals(fore, poster().size(), "aktivaUnder");
        }
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void ettBeslutEllerEnBedomningSparasBaraAvDenSomFarBesluta(Testdatabas typ) {
        List<Insats> i = tvaKunder(typ);
        Insats k2 = i.get(2);
        int beslut = k2.getBeslut().size();
        for (Inloggning vem : List.of(ADMIN, KV1, ANORDNARE)) {
            Insats nyttBeslut = insatser.hamta(HL1, k2.getId());
            Insats forlangning = Testdata.insats(nyttBeslut.getKund(), nyttBeslut.getAnordnare(), nyttBeslut.getInsatstyp());
            nyttBeslut.getBeslut().add(forlangning.getBeslut().get(1));
            assertThrows(AtkomstNekadException.class, () -> insatser.spara(vem, nyttBeslut), vem.anvandarnamn() + " beslut");

            Insats nyBedomning = insatser.hamta(HL1, i.get(1).getId());
            nyBedomning.getAvslut().getBedomningar().add(Testdata.bedomning(1, true, "Anställd."));
            assertThrows(AtkomstNekadException.class, () -> insatser.spara(vem, nyBedomning), vem.anvandarnamn() + " bedömning");

            Insats ny = Testdata.insats(k2.getKund(), k2.getAnordnare(), k2.getInsatstyp());
            ny.setInsatsId("I-" + vem.anvandarnamn());
            assertThrows(AtkomstNekadException.class, () -> insatser.spara(vem, ny), vem.anvandarnamn() + " ny insats");
        }
        // nothing was written: the stored insatser are as before
        assertEquals(beslut, insatser.hamta(HL1, k2.getId()).getBeslut().size());
        assertTrue(insatser.hamta(HL1, i.get(1).getId()).getAvslut().getBedomningar().isEmpty());
        assertEquals(3, insatser.arbetslista(HL1, 36).size());

        Insats bedoms = insatser.hamta(HL1, i.get(1).getId());
        bedoms.getAvslut().getBedomningar().add(Testdata.bedomning(1, true, "Anställd."));
        insatser.spara(HL1, bedoms);
        assertEquals(1, insatser.hamta(HL1, i.get(1).getId()).getAvslut().getBedomningar().size());
        // a save without a new beslut or bedömning stays open to the karriärvägledare
        insatser.spara(KV1, insatser.hamta(KV1, k2.getId()));
    }

    private static List<Atkomstpost> poster() {
        return logg.sok(GRANSKARE, DAGEN);
    }
}
