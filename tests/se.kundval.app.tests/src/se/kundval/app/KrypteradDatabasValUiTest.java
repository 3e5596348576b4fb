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
import se.kundval.app.installningar.Databasdialog;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.model.Roll;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * Choosing an encrypted database with the login dialog's <em>Databas…</em> (decision 0386): the
 * workbench starts on an ordinary file; the user picks an encrypted one (made as
 * {@code ./kundval demo --krypterad} makes it), which is saved as the choice without being opened,
 * and the dialog then asks for its key. A wrong key is said in one Swedish line, no stack trace,
 * and the dialog stays open; the right key opens the encrypted file and logs the user in.
 */
class KrypteradDatabasValUiTest {

    private static final String NYCKEL = "Vald nyckel 2026";
    private static final String LOSENORD = "Host-2026";
    private static final String PROPERTY = "kundval.db";
    private static final String FIL = "se.kundval.app.installningar.databas.fil";
    private static final String INBADDAD = "se.kundval.app.installningar.databas.inbaddad";

    /** What the dialogs showed on the way in. */
    private static final List<String> steg = new ArrayList<>();
    private static Path krypterad;

    @RegisterExtension
    static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi")
            .beforeStart(KrypteradDatabasValUiTest::tvaDatabaser).loggaIn(KrypteradDatabasValUiTest::valjKrypteradOchLoggaIn);

    /** An encrypted file with one user, closed again; the workbench starts on another, ordinary file. */
    private static void tvaDatabaser() {
        Path vanlig;
        try {
            Path katalog = Files.createTempDirectory("kundval-krypterad-val");
            krypterad = katalog.resolve("krypterad");
            vanlig = katalog.resolve("vanlig");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        KrypteradLokalDatabas.skapa(krypterad, NYCKEL, "hl1", "Hanna Lund", Roll.HANDLAGGARE, LOSENORD);
        System.setProperty(PROPERTY, vanlig.toString());
    }

    private static void valjKrypteradOchLoggaIn(Shell dialog) {
        Text nyckel = WorkbenchExtension.required(dialog, Text.class, Inloggningsdialog.DATABASNYCKEL);
        Label meddelande = WorkbenchExtension.required(dialog, Label.class, Inloggningsdialog.MEDDELANDE);
        Button loggaIn = WorkbenchExtension.required(dialog, Button.class, Inloggningsdialog.LOGGA_IN);
        steg.add("nyckel före valet " + nyckel.isVisible());
        WB.answerDialog(Databasdialog.DIALOG, val -> {
            WorkbenchExtension.click(WorkbenchExtension.required(val, Button.class, INBADDAD));
            WorkbenchExtension.type(WorkbenchExtension.required(val, Text.class, FIL), krypterad.toString());
            WorkbenchExtension.click(WorkbenchExtension.required(val, Button.class, Databasdialog.ANSLUT));
        });
        WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, Inloggningsdialog.BYT_DATABAS));
        steg.add("nyckel efter valet " + nyckel.isVisible());
        steg.add("ansluten efter valet " + Tjanster.hamta(Databas.class).arAnsluten());
        WorkbenchExtension.type(WorkbenchExtension.required(dialog, Text.class, Inloggningsdialog.ANVANDARNAMN), "hl1");
        WorkbenchExtension.type(WorkbenchExtension.required(dialog, Text.class, Inloggningsdialog.LOSENORD), LOSENORD);
        WorkbenchExtension.type(nyckel, "inte den nyckeln");
        WorkbenchExtension.click(loggaIn);
        steg.add(meddelande.getText());
        steg.add("öppen " + (!dialog.isDisposed() && dialog.isVisible()));
        try {
            WB.screenshot(dialog, "inloggning-vald-krypterad");
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
    void denValdaKrypteradeFilenOppnasMedRattNyckelOchFelNyckelSags() {
        assertEquals(List.of("nyckel före valet false", "nyckel efter valet true", "ansluten efter valet false",
                "Fel nyckel för den krypterade databasen " + krypterad + ".mv.db; ingenting öppnades.", "öppen true"), steg);
        WB.assertDialogsAnswered();
        Databasanslutning ansluten = Tjanster.hamta(Databas.class).anslutning();
        assertTrue(ansluten.arKrypterad(), ansluten.toString());
        assertTrue(ansluten.jdbcUrl().contains(krypterad.toString()), ansluten.jdbcUrl());
        assertEquals("Inloggad: Hanna Lund (handläggare)", WB.findControl(Label.class, Statusrad.ANVANDARE).getText());
    }
}
