package se.kundval.beviljande.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import se.kundval.core.Inloggning;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testfall;

/**
 * Separation of duties in the workbench (DOMAIN §1, §12, decision 0222): Bevilja insats and Förläng
 * insats are disabled for the administratör with a kund selected, and enabled for the handläggare.
 */
class AdministratorenBeslutarInteTest {

    private static final Long KUND = 17L;

    @Test
    void beviljaOchForlangArAvstangdaForAdministratoren() {
        Inloggning admin = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
        assertFalse(new BeviljaInsatsHandler().kan(KUND, admin));
        assertFalse(new ForlangInsatsHandler().kan(KUND, admin));
        assertTrue(new BeviljaInsatsHandler().kan(KUND, Testfall.HANDLAGGARE));
        assertTrue(new ForlangInsatsHandler().kan(KUND, Testfall.HANDLAGGARE));
    }
}
