package se.kundval.behorighet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databas;
import se.kundval.testsupport.Tjanster;

/**
 * Issue 4: as anordnare, the other anordnare's kunder are out of reach in every service method,
 * not only in the user interface. Anordnare A calls each method that takes an {@code Inloggning}
 * with the ids and objects of B's kund; the call is refused with {@link AtkomstNekadException} or
 * answers without B's kund, and afterwards nothing of B's has changed (see
 * docs/decisions/0120-anordnare-ser-bara-egna-kunder.md).
 * <p>
 * The methods are found by reading the core bundle, so a method added later without a case here
 * fails {@link #varjeTjanstemetodMedInloggningHarEttFall()}.
 */
class AnordnareNarBaraEgnaKunderTest {

    private static final String[] BUNTAR = {"se.kundval.core", "se.kundval.persistence", "se.kundval.avslut",
        "se.kundval.uppfoljning", "se.kundval.beviljande", "se.kundval.ersattning", "se.kundval.rapport", "se.kundval.utbyte",
        "se.kundval.insatstyp.kundval2024"};

    @TempDir
    static Path katalog;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta(BUNTAR);
        Tjanster.hamta(Databas.class);
    }

    static List<Fall> allaFall() {
        List<Fall> fall = new ArrayList<>(KundOchInsatsfall.alla());
        fall.addAll(Uppfoljningsfall.alla());
        fall.addAll(Rapportfall.alla());
        fall.addAll(Portalfall.alla());
        return fall;
    }

    @Test
    void varjeTjanstemetodMedInloggningHarEttFall() {
        Set<String> metoder = Tjanstemetoder.allaMedInloggning();
        assertTrue(metoder.contains("KundService.hamta(Inloggning, long)") && metoder.size() >= 50,
                "the scan of the core bundle found too little: " + metoder);
        Set<String> medFall = new TreeSet<>(allaFall().stream().map(Fall::metod).toList());
        Set<String> utanFall = new TreeSet<>(metoder);
        utanFall.removeAll(medFall);
        assertEquals(Set.of(), utanFall, "service methods taking an Inloggning without a case for anordnare A and B's kund");
        Set<String> okanda = new TreeSet<>(medFall);
        okanda.removeAll(metoder);
        assertEquals(Set.of(), okanda, "cases for methods that do not exist (renamed?)");
    }

    @Test
    void oppnaMetoderHarEttSkal() {
        for (Fall fall : allaFall()) {
            if (fall.skal() != null) {
                assertTrue(fall.skal().length() > 20, fall + ": say in one line why an anordnare may call it");
            }
        }
    }

    /** A fresh database for each case, so that a write that got through fails its own case and no other. */
    @TestFactory
    Stream<DynamicTest> anordnareANarInteBsKund() {
        return allaFall().stream().map(fall -> DynamicTest.dynamicTest(fall.toString(),
                () -> {
                    try (TvaAnordnare varld = new TvaAnordnare(Files.createTempDirectory(katalog, "fall"), v -> Tjanstekalla.LOKAL)) {
                        kor(fall, varld);
                    }
                }));
    }

    static void kor(Fall fall, TvaAnordnare varld) {
        String namn = fall.toString();
        switch (fall.utfall()) {
            case NEKAS -> {
                AtkomstNekadException nekad = assertThrows(AtkomstNekadException.class, () -> fall.anrop().gor(varld),
                        namn + ": must be refused");
                assertNotNull(nekad.getMessage());
            }
            case UTAN_ANDRAS_DATA -> Lackagesok.kontrollera(varld, namn, anropa(fall, varld));
            case FINNS_INTE -> {
                KundvalException saknas = assertThrows(KundvalException.class, () -> fall.anrop().gor(varld), namn + ": must not exist");
                assertFalse(saknas instanceof AtkomstNekadException, namn + ": a refusal tells that it exists");
            }
        }
        varld.kontrolleraOrort(namn);
    }

    private static Object anropa(Fall fall, TvaAnordnare varld) {
        try {
            return fall.anrop().gor(varld);
        } catch (Exception e) {
            throw new AssertionError(fall + ": an open or filtered method failed", e);
        }
    }
}
