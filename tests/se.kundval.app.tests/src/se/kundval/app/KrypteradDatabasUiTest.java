package se.kundval.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kundval.app.inloggning.Inloggningsdialog;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.model.Roll;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * Logging in to an encrypted local database (decision 0386): the login dialog sees that the file of
 * Lokal databas is encrypted and asks for its key; no key and a wrong key are said in the dialog,
 * which stays open; the right key opens the database and the user is logged in.
 */
class KrypteradDatabasUiTest {

    private static final String NYCKEL = "Hemlig nyckel 2026";
    private static final String LOSENORD = "Vinter-2026";
    private static final String PROPERTY = "kundval.db";

    /** What the dialog showed on the way in. */
    private static final List<String> forsok = new ArrayList<>();
    private static Path fil;

    @RegisterExtension
    static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi")
            .beforeStart(KrypteradDatabasUiTest::krypteradDatabas).loggaIn(KrypteradDatabasUiTest::loggaInMedNyckel);

    /** An encrypted file with one user, closed again, and Lokal databas pointing at it as -Dkundval.db does. */
    private static void krypteradDatabas() {
        try {
            fil = Files.createTempDirectory("kundval-krypterad-ui").resolve("db");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        KrypteradLokalDatabas.skapa(fil, NYCKEL, "kv1", "Karin Lind", Roll.KARRIARVAGLEDARE, LOSENORD);
        System.setProperty(PROPERTY, fil.toString());
    }

    private static void loggaInMedNyckel(Shell dialog) {
        Text nyckel = WorkbenchExtension.required(dialog, Text.class, Inloggningsdialog.DATABASNYCKEL);
        Label meddelande = WorkbenchExtension.required(dialog, Label.class, Inloggningsdialog.MEDDELANDE);
        Button loggaIn = WorkbenchExtension.required(dialog, Button.class, Inloggningsdialog.LOGGA_IN);
        forsok.add("nyckel " + nyckel.isVisible());
        WorkbenchExtension.type(WorkbenchExtension.required(dialog, Text.class, Inloggningsdialog.ANVANDARNAMN), "kv1");
        WorkbenchExtension.type(WorkbenchExtension.required(dialog, Text.class, Inloggningsdialog.LOSENORD), LOSENORD);
        WorkbenchExtension.click(loggaIn);
        forsok.add(meddelande.getText());
        WorkbenchExtension.type(nyckel, "fel nyckel");
        WorkbenchExtension.click(loggaIn);
        forsok.add(meddelande.getText());
        forsok.add("öppen " + (!dialog.isDisposed() && dialog.isVisible()));
        try {
            WB.screenshot(dialog, "inloggning-krypterad");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        WorkbenchExtension.type(nyckel, NYCKEL);
        WorkbenchExtension.click(loggaIn);
    }

    @AfterAll
    static void aterstall() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void nyckelnFragasOchFelNyckelSagsInnanDatabasenOppnas() {
        assertEquals(List.of("nyckel true", "Den lokala databasen är krypterad: fyll i dess nyckel.",
                "Fel nyckel för den krypterade databasen " + fil + ".mv.db; ingenting öppnades.", "öppen true"), forsok);
        Databasanslutning ansluten = Tjanster.hamta(Databas.class).anslutning();
        assertTrue(ansluten.arKrypterad(), ansluten.toString());
        assertEquals("Inloggad: Karin Lind (karriärvägledare)", WB.findControl(Label.class, Statusrad.ANVANDARE).getText());
    }
}
