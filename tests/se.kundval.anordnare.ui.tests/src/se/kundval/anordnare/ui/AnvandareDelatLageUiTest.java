package se.kundval.anordnare.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import se.kundval.core.tjanst.AnvandareService;
import se.kundval.model.Anvandare;
import se.kundval.testsupport.Kundvalserverprov;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * The Användare part in shared mode (issues 11 and 13, decision 0432): the administratör logged in on
 * the real Kundval server makes an existing anordnare's user portal-admin and creates a new anordnare
 * user whose TOTP secret the part shows once; both land in the server's database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnvandareDelatLageUiTest {

    private static final Duration VANTETID = Duration.ofSeconds(60);
    private static final String INLOGGNING = "se.kundval.app.inloggning";
    private static Kundvalserverprov server;

    @RegisterExtension
    static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi")
            .beforeStart(AnvandareDelatLageUiTest::server).loggaIn(AnvandareDelatLageUiTest::loggaInPaServern);

    private static void server() {
        try {
            server = new Kundvalserverprov(Testdatabas.H2, Files.createTempDirectory("kundval-server"));
        } catch (Exception e) {
            throw new AssertionError("the server did not start", e);
        }
        Tjanster.starta("se.kundval.klient");
    }

    @AfterAll
    static void stoppa() throws Exception {
        server.close();
    }

    private static void loggaInPaServern(Shell dialog) {
        WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, INLOGGNING + ".server"));
        WorkbenchExtension.required(dialog, Text.class, INLOGGNING + ".adress").setText(server.adress().toString());
        WB.answerNextDialog(fraga -> knapp(fraga, "Godta servern").notifyListeners(SWT.Selection, new Event()));
        WorkbenchExtension.typeLogin(dialog, "admin", Kundvalserverprov.LOSENORD);
    }

    @Test
    @Order(1)
    void enBefintligAnordnaresAnvandareBlirPortaladministratorPaServern() {
        WB.activatePart(AnvandarePart.ID);
        WB.spinUntil("the server's users listed", () -> tabell().getItemCount() == 5, VANTETID);
        valjRad("anordnare1");
        WorkbenchExtension.click(WB.findControl(Button.class, AnvandarePart.PORTALADMIN));
        WorkbenchExtension.click(WB.findControl(Button.class, AnvandarePart.SPARA));
        WB.spinUntil("the save confirmed", () -> besked().getText().equals("Användaren anordnare1 är sparad."), VANTETID);
        assertTrue(paServern("anordnare1").isPortaladmin());
    }

    @Test
    @Order(2)
    void enNyAnordnaresAnvandareSkapasPaServernOchHemlighetenVisasEnGang() throws Exception {
        WB.activatePart(AnvandarePart.ID);
        WorkbenchExtension.click(WB.findControl(Button.class, AnvandarePart.NY));
        WorkbenchExtension.type(WB.findControl(Text.class, AnvandarePart.ANVANDARNAMN), "chef.b");
        WorkbenchExtension.type(WB.findControl(Text.class, AnvandarePart.NAMN), "Bea Chef");
        Combo roll = WB.findControl(Combo.class, AnvandarePart.ROLL);
        roll.select(roll.indexOf("Anordnare"));
        roll.notifyListeners(SWT.Selection, null);
        WorkbenchExtension.type(WB.findControl(Text.class, AnvandarePart.ORGNR), server.orgnr);
        WorkbenchExtension.type(WB.findControl(Text.class, AnvandarePart.LOSENORD), "Ett långt lösenord 1");
        WorkbenchExtension.click(WB.findControl(Button.class, AnvandarePart.PORTALADMIN));
        WorkbenchExtension.click(WB.findControl(Button.class, AnvandarePart.SPARA));
        WB.spinUntil("the new user confirmed", () -> besked().getText().startsWith("Användaren chef.b är skapad."), VANTETID);
        assertTrue(besked().getText().contains("otpauth://totp/Kundval:chef.b?secret="), besked().getText());
        assertTrue(besked().getText().contains("&&issuer=Kundval"), "the URI's '&' shown, not taken for a mnemonic: " + besked().getText());
        WB.spinUntil("the table shows the new user", () -> tabell().getItemCount() == 6, VANTETID);
        Anvandare chef = paServern("chef.b");
        assertTrue(chef.isPortaladmin());
        assertEquals(server.orgnr, chef.getOrgnr());
        WB.screenshot("anvandare-ny-delat-lage");
    }

    private static Table tabell() {
        return WB.findControl(Table.class, AnvandarePart.TABELL);
    }

    private static Label besked() {
        return WB.findControl(Label.class, AnvandarePart.BESKED);
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

    /** The user as the server's database holds it, read past the client's remote services (ranked above while logged in). */
    private static Anvandare paServern(String anvandarnamn) {
        try {
            BundleContext kontext = FrameworkUtil.getBundle(AnvandareService.class).getBundleContext();
            ServiceReference<AnvandareService> lokal = kontext.getServiceReferences(AnvandareService.class,
                    "(!(se.kundval.klient.fjarr=true))").iterator().next();
            return kontext.getService(lokal).alla(Testfall.ADMIN).stream().filter(a -> a.getAnvandarnamn().equals(anvandarnamn))
                    .findFirst().orElseThrow();
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static Button knapp(Composite yta, String text) {
        for (Control c : yta.getChildren()) {
            if (c instanceof Button b && b.getText().replace("&", "").equals(text)) {
                return b;
            }
            if (c instanceof Composite k && knapp(k, text) != null) {
                return knapp(k, text);
            }
        }
        return null;
    }
}
