package se.kundval.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.persistence.internal.Sessionskalla;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * Databas.iEnTransaktion (decision 0230): service calls that each commit on their own are, inside
 * a unit, saved together at its end or not at all, and what one call wrote is read by the next.
 */
class SamladTransaktionTest {

    private static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);

    private static Databas databas;
    private static AnvandareService anvandare;
    private static KundService kunder;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        databas = Tjanster.hamta(Databas.class);
        anvandare = Tjanster.hamta(AnvandareService.class);
        kunder = Tjanster.hamta(KundService.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void ettFelEfterFleraSparandenLamnarDatabasenSomForut(Testdatabas typ) {
        databas.anslut(typ.ny());
        IllegalStateException fel = assertThrows(IllegalStateException.class, () -> databas.iEnTransaktion(() -> {
            anvandare.spara(ADMIN, ny("a1"), "x".toCharArray());
            kunder.spara(ADMIN, Testdata.kund("K1", "198112189876"));
            // the unit reads its own writes, on H2 and PostgreSQL alike
            assertEquals(1, anvandare.alla(ADMIN).size());
            anvandare.spara(ADMIN, ny("a2"), "x".toCharArray());
            throw new IllegalStateException("avbrott");
        }));
        assertEquals("avbrott", fel.getMessage());
        assertEquals(0, anvandare.alla(ADMIN).size());
        assertEquals(true, databas.arTom());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void allaSparandenFinnsNarEnhetenArKlar(Testdatabas typ) {
        databas.anslut(typ.ny());
        databas.iEnTransaktion(() -> {
            anvandare.spara(ADMIN, ny("a1"), "x".toCharArray());
            return kunder.spara(ADMIN, Testdata.kund("K1", "198112189876"));
        });
        assertEquals(1, anvandare.alla(ADMIN).size());
        assertEquals(false, databas.arTom());
    }

    /** A step that failed and was rolled back cannot be committed by the unit around it, even if the failure was caught. */
    @ParameterizedTest
    @MethodSource("databaser")
    void ettFangatFelIEttStegRullarTillbakaHelaEnheten(Testdatabas typ) {
        databas.anslut(typ.ny());
        Sessionskalla sessioner = Tjanster.hamta(Sessionskalla.class);
        assertThrows(KundvalException.class, () -> databas.iEnTransaktion(() -> {
            anvandare.spara(ADMIN, ny("a1"), "x".toCharArray());
            try {
                sessioner.iTransaktion(s -> {
                    throw new IllegalStateException("steget misslyckas");
                });
            } catch (IllegalStateException e) {
                // caught on purpose: the unit must still not commit what came before
            }
            return null;
        }));
        assertEquals(0, anvandare.alla(ADMIN).size());
    }

    private static Anvandare ny(String namn) {
        Anvandare a = KundvalFactory.eINSTANCE.createAnvandare();
        a.setAnvandarnamn(namn);
        a.setNamn(namn);
        a.setRoll(Roll.KARRIARVAGLEDARE);
        a.setAktiv(true);
        return a;
    }
}
