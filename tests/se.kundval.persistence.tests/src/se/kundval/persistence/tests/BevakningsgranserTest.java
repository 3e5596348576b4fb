package se.kundval.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.BevakningsgransService;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/** The deadline limits are the kundval's, in the database: every desk reads the same, only the administratör changes them. */
class BevakningsgranserTest {

    private static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
    private static final Inloggning KV = new Inloggning("kv1", "Karin", Roll.KARRIARVAGLEDARE, null);
    private static final Inloggning HL = new Inloggning("hl1", "Hugo", Roll.HANDLAGGARE, null);

    @RegisterExtension
    static final Persistensmiljo MILJO = new Persistensmiljo();

    @ParameterizedTest
    @MethodSource(Persistensmiljo.DATABASER)
    void administratorensGranserLasesAvAllaOchAndrasBaraAvHonom(Testdatabas typ) {
        MILJO.anslut(typ);
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
