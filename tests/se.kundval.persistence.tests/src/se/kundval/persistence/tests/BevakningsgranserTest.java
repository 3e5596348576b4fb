package se.kundval.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.BevakningsgransService;
import se.kundval.core.tjanst.Databas;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/** The deadline limits are the kundval's, in the database: every desk reads the same, only the administratör changes them. */
class BevakningsgranserTest {

    private static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
    private static final Inloggning KV = new Inloggning("kv1", "Karin", Roll.KARRIARVAGLEDARE, null);
    private static final Inloggning HL = new Inloggning("hl1", "Hugo", Roll.HANDLAGGARE, null);
    private static Databas databas;

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

    @ParameterizedTest
    @MethodSource("databaser")
    void administratorensGranserLasesAvAllaOchAndrasBaraAvHonom(Testdatabas typ) {
        databas.anslut(typ.ny());
        BevakningsgransService granser = Tjanster.hamta(BevakningsgransService.class);
        assertEquals(Map.of(), granser.granser(KV).dagar(), "nothing saved: every source's default applies");
        granser.spara(ADMIN, Map.of("framforhallning", 60, "granskning", 5));
        granser.spara(ADMIN, Map.of("framforhallning", 45));
        assertEquals(Map.of("framforhallning", 45, "granskning", 5), granser.granser(KV).dagar(), "the same for every desk");
        assertEquals(45, granser.granser(HL).dagar("framforhallning", 30));
        assertThrows(AtkomstNekadException.class, () -> granser.spara(HL, Map.of("framforhallning", 5)));
        assertThrows(AtkomstNekadException.class, () -> granser.spara(KV, Map.of("framforhallning", 5)));
        assertThrows(KundvalException.class, () -> granser.spara(ADMIN, Map.of("framforhallning", -1)));
        assertEquals(45, granser.granser(KV).dagar("framforhallning", 30), "nothing changed by a refused save");
    }
}
