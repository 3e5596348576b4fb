package se.kundval.avslut.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import se.kundval.core.Inloggning;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testfall;

/**
 * Separation of duties in the workbench (DOMAIN §1, §12, decision 0222): Bedöm avslut is disabled
 * for the administratör with an insats chosen, and enabled for the handläggare.
 */
class AdministratorenBedomerInteTest {

    @Test
    void bedomAvslutArAvstangtForAdministratoren() {
        Inloggning admin = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
        assertFalse(new BedomAvslutHandler().kan(admin, "17", null));
        assertTrue(new BedomAvslutHandler().kan(Testfall.HANDLAGGARE, "17", null));
    }
}
