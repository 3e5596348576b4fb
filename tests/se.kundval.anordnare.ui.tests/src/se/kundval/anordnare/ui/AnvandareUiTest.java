package se.kundval.anordnare.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * The administratör's Användare part in the real workbench: every login in a table that shows who is
 * portal-admin; ticking Portaladministratör for an anordnare's user and saving it, the box not offered
 * for a handläggare, and a new anordnare user created as portal-admin with its TOTP secret shown once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnvandareUiTest {

    private static final Duration VANTETID = Duration.ofSeconds(30);
    private static final String LOSENORD = "Anvandare-2026";
    private static String orgnr;

    @RegisterExtension
    static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi")
            .beforeStart(AnvandareUiTest::data).loggaIn("admin", LOSENORD);

    private static void data() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        orgnr = new Testfall().anordnare("Vägen Vidare AB", "AMI1").getOrgnr();
        anvandare("admin", "Alva Administratör", Roll.ADMINISTRATOR, null);
        anvandare("coach.a", "Cecilia Coach", Roll.ANORDNARE, orgnr);
        anvandare("hl.x", "Hugo Handläggare", Roll.HANDLAGGARE, null);
    }

    private static void anvandare(String namn, String fulltNamn, Roll roll, String org) {
        Anvandare a = KundvalFactory.eINSTANCE.createAnvandare();
        a.setAnvandarnamn(namn);
        a.setNamn(fulltNamn);
        a.setRoll(roll);
        a.setOrgnr(org);
        a.setAktiv(true);
        Tjanster.hamta(AnvandareService.class).spara(Testfall.ADMIN, a, LOSENORD.toCharArray());
    }

    private static Table tabell() {
        return WB.findControl(Table.class, AnvandarePart.TABELL);
    }

    /** The row of the user as the administratör sees it, column by column. */
    private static List<String> rad(String anvandarnamn) {
        for (TableItem item : tabell().getItems()) {
            if (item.getText(0).equals(anvandarnamn)) {
                List<String> celler = new ArrayList<>();
                for (int k = 0; k < tabell().getColumnCount(); k++) {
                    celler.add(item.getText(k));
                }
                return celler;
            }
        }
        throw new AssertionError(anvandarnamn + " not in the table");
    }

    private static void valjRad(String anvandarnamn) {
        Table t = tabell();
        for (int i = 0; i < t.getItemCount(); i++) {
            if (t.getItem(i).getText(0).equals(anvandarnamn)) {
                t.setSelection(i);
                t.notifyListeners(SWT.Selection, null);
                WB.spin();
                return;
            }
        }
        throw new AssertionError(anvandarnamn + " not in the table");
    }

    private static Button kryss(String id) {
        return WB.findControl(Button.class, id);
    }

    private static Label besked() {
        return WB.findControl(Label.class, AnvandarePart.BESKED);
    }

    private static Anvandare sparad(String anvandarnamn) {
        return Tjanster.hamta(AnvandareService.class).alla(Testfall.ADMIN).stream().filter(a -> a.getAnvandarnamn().equals(anvandarnamn))
                .findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void administratorenGorEnAnordnaresAnvandareTillPortaladministrator() throws Exception {
        WB.activatePart(AnvandarePart.ID);
        WB.spinUntil("the users listed", () -> tabell().getItemCount() == 3, VANTETID);
        assertEquals(List.of("Användarnamn", "Namn", "Roll", "Organisationsnummer", "Aktiv", "Portaladministratör"),
                Arrays.stream(tabell().getColumns()).map(k -> k.getText()).toList());
        assertEquals(List.of("coach.a", "Cecilia Coach", "Anordnare", orgnr, "ja", "nej"), rad("coach.a"));
        TableItem sista = tabell().getItem(tabell().getItemCount() - 1);
        assertTrue(sista.getBounds().y + sista.getBounds().height <= tabell().getClientArea().height, "every row inside the table");

        valjRad("hl.x");
        assertFalse(kryss(AnvandarePart.PORTALADMIN).isEnabled(), "only an anordnare's user can be portal-admin");
        valjRad("coach.a");
        assertEquals("coach.a", WB.findControl(Text.class, AnvandarePart.ANVANDARNAMN).getText());
        Button portaladmin = kryss(AnvandarePart.PORTALADMIN);
        assertTrue(portaladmin.isEnabled());
        assertFalse(portaladmin.getSelection());
        WorkbenchExtension.click(portaladmin);
        WorkbenchExtension.click(WB.findControl(Button.class, AnvandarePart.SPARA));
        WB.spinUntil("the save confirmed", () -> besked().getText().equals("Användaren coach.a är sparad."), VANTETID);
        WB.spinUntil("the table shows it", () -> rad("coach.a").get(5).equals("ja"), VANTETID);
        assertTrue(sparad("coach.a").isPortaladmin());
        assertEquals(orgnr, sparad("coach.a").getOrgnr());
        WB.screenshot("anvandare-portaladmin");
    }

    @Test
    @Order(2)
    void enNyAnordnaresAnvandareBlirPortaladministratorOchFarSinHemlighetEnGang() throws Exception {
        WB.activatePart(AnvandarePart.ID);
        WorkbenchExtension.click(WB.findControl(Button.class, AnvandarePart.NY));
        WorkbenchExtension.type(WB.findControl(Text.class, AnvandarePart.ANVANDARNAMN), "chef.b");
        WorkbenchExtension.type(WB.findControl(Text.class, AnvandarePart.NAMN), "Bea Chef");
        Combo roll = WB.findControl(Combo.class, AnvandarePart.ROLL);
        roll.select(roll.indexOf("Anordnare"));
        roll.notifyListeners(SWT.Selection, null);
        WorkbenchExtension.type(WB.findControl(Text.class, AnvandarePart.ORGNR), orgnr);
        WorkbenchExtension.type(WB.findControl(Text.class, AnvandarePart.LOSENORD), "Ett långt lösenord 1");
        WorkbenchExtension.click(kryss(AnvandarePart.PORTALADMIN));
        WorkbenchExtension.click(WB.findControl(Button.class, AnvandarePart.SPARA));
        WB.spinUntil("the new user confirmed", () -> besked().getText().startsWith("Användaren chef.b är skapad."), VANTETID);
        assertTrue(besked().getText().contains("otpauth://totp/Kundval:chef.b?secret="), besked().getText());
        Point behov = besked().computeSize(besked().getSize().x, SWT.DEFAULT);
        assertTrue(behov.y <= besked().getSize().y, "the secret is not cut: " + besked().getSize() + " " + behov);
        WB.spinUntil("the table shows the new user", () -> tabell().getItemCount() == 4, VANTETID);
        assertEquals(List.of("chef.b", "Bea Chef", "Anordnare", orgnr, "ja", "ja"), rad("chef.b"));
        assertTrue(sparad("chef.b").isPortaladmin());
        WB.screenshot("anvandare-ny");
    }
}
