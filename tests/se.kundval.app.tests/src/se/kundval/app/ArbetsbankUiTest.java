package se.kundval.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kundval.app.inloggning.Inloggningsdialog;
import se.kundval.app.installningar.Installningsdialog;
import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.BevakningsgransService;
import se.kundval.core.tjanst.Databas;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * The shell of the workbench: login (a wrong password first), the role's perspective and the status
 * line, logging out and in as another role, and the Inställningar dialog (limits, database test,
 * theme). Users are saved through AnvandareService in a fresh database before the start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArbetsbankUiTest {

    private static final Inloggning ADMIN = Testfall.ADMIN;
    private static final Duration VANTETID = Duration.ofSeconds(30);
    private static final String LOSENORD = "Vinter-2026";
    private static final String TEMA = "org.eclipse.e4.ui.css.swt.theme";
    /** Widgets of Mina kunder, the karriärvägledare's first part (se.kundval.arendelista.ui). */
    private static final String ANTAL = "se.kundval.arendelista.ui.antal";
    private static final String TABELL = "se.kundval.arendelista.ui.tabell";

    /** What the login dialog showed after the wrong password, and whether it was still open. */
    private static final List<String> forstaForsoket = new ArrayList<>();

    @RegisterExtension
    static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi")
            .beforeStart(ArbetsbankUiTest::anvandare).loggaIn(ArbetsbankUiTest::loggaInEfterFelLosenord);

    private static void anvandare() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.klient");
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        spara("kv1", "Karin Lind", Roll.KARRIARVAGLEDARE);
        spara("admin", "Alva Administratör", Roll.ADMINISTRATOR);
        spara("kvu", "Kim Kvalitet", Roll.KVALITETSUTVECKLARE);
    }

    private static void spara(String anvandarnamn, String namn, Roll roll) {
        Anvandare a = KundvalFactory.eINSTANCE.createAnvandare();
        a.setAnvandarnamn(anvandarnamn);
        a.setNamn(namn);
        a.setRoll(roll);
        a.setAktiv(true);
        Tjanster.hamta(AnvandareService.class).spara(Testfall.ADMIN, a, LOSENORD.toCharArray());
    }

    /** Whether the login dialog opened in the dark theme had a dark background. */
    private static final List<Boolean> morkDialog = new ArrayList<>();

    /** What the login dialog showed for the Server choice: address and engångskod fields, Databas… off, the message for a bad address. */
    private static final List<String> serverval = new ArrayList<>();

    /**
     * Chooses Server first (its fields appear, the local database's row and button do not apply, a bad
     * address is said), goes back to Lokal databas, types kv1 with a wrong password, notes what the
     * dialog says, then logs in properly.
     */
    private static void loggaInEfterFelLosenord(Shell dialog) {
        assertEquals("Kundval – logga in", dialog.getText());
        provaServerval(dialog);
        WorkbenchExtension.type(WorkbenchExtension.required(dialog, Text.class, Inloggningsdialog.ANVANDARNAMN), "kv1");
        try {
            WB.screenshot(dialog, "inloggning");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        WorkbenchExtension.type(WorkbenchExtension.required(dialog, Text.class, Inloggningsdialog.LOSENORD), "sommar");
        WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, Inloggningsdialog.LOGGA_IN));
        forstaForsoket.add(WorkbenchExtension.required(dialog, Label.class, Inloggningsdialog.MEDDELANDE).getText());
        forstaForsoket.add(String.valueOf(!dialog.isDisposed() && dialog.isVisible()));
        WorkbenchExtension.typeLogin(dialog, "kv1", LOSENORD);
    }

    private static void provaServerval(Shell dialog) {
        Text adress = WorkbenchExtension.required(dialog, Text.class, Inloggningsdialog.ADRESS);
        Text kod = WorkbenchExtension.required(dialog, Text.class, Inloggningsdialog.ENGANGSKOD);
        Button bytDatabas = WorkbenchExtension.required(dialog, Button.class, Inloggningsdialog.BYT_DATABAS);
        serverval.add("lokal: adress " + adress.isVisible() + ", kod " + kod.isVisible() + ", databas " + bytDatabas.isEnabled());
        WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, Inloggningsdialog.SERVER));
        serverval.add("server: adress " + adress.isVisible() + ", kod " + kod.isVisible() + ", databas " + bytDatabas.isEnabled());
        WorkbenchExtension.type(adress, "https://");
        WorkbenchExtension.type(WorkbenchExtension.required(dialog, Text.class, Inloggningsdialog.ANVANDARNAMN), "kv1");
        WorkbenchExtension.type(WorkbenchExtension.required(dialog, Text.class, Inloggningsdialog.LOSENORD), "sommar");
        WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, Inloggningsdialog.LOGGA_IN));
        serverval.add(WorkbenchExtension.required(dialog, Label.class, Inloggningsdialog.MEDDELANDE).getText());
        WorkbenchExtension.type(adress, "kundval.kommun.se:8443");
        Label meddelande = WorkbenchExtension.required(dialog, Label.class, Inloggningsdialog.MEDDELANDE);
        serverval.add("efter r\u00e4ttad adress: '" + meddelande.getText() + "'");
        try {
            WB.screenshot(dialog, "inloggning-server");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, Inloggningsdialog.LOKAL));
    }

    @Test
    @Order(0)
    void serverValetVisarAdressOchEngangskodOchSagerFelAdress() {
        assertEquals(List.of("lokal: adress false, kod false, databas true", "server: adress true, kod true, databas false",
                "'https://' \u00e4r ingen serveradress. Skriv till exempel https://kundval.kommun.se:8443.",
                "efter r\u00e4ttad adress: ''"), serverval, "the message about the wrong address goes when it is corrected");
    }

    private static String perspektiv() {
        MPerspectiveStack stack = (MPerspectiveStack) WB.context().get(EModelService.class).find("se.kundval.app.perspektivstack",
                WB.application());
        return stack.getSelectedElement().getElementId();
    }

    private static String statusrad() {
        return WB.findControl(Label.class, Statusrad.ANVANDARE).getText();
    }

    @Test
    @Order(1)
    void felLosenordSagsOchNyttForsokLoggarInIRollensPerspektiv() {
        assertEquals(List.of("Fel användarnamn eller lösenord. Försök igen.", "true"), forstaForsoket);
        assertEquals("se.kundval.app.perspektiv.karriarvagledning", perspektiv());
        assertEquals("Inloggad: Karin Lind (karriärvägledare)", statusrad());
        List<String> arkiv = WB.menuLabels("Arkiv");
        assertEquals(List.of("Inställningar…", "Logga ut", "Avsluta"), arkiv.subList(arkiv.size() - 3, arkiv.size()), arkiv.toString());
    }

    @Test
    @Order(2)
    void fristernasGranserVisasMenAndrasBaraAvAdministratoren() {
        installningar(dialog -> {
            Spinner dag = lastGrans(dialog, "manadsrapportDag");
            assertEquals(10, dag.getSelection(), "the default of DOMAIN §8");
            assertFalse(dag.isEnabled(), "the karriärvägledare does not decide the kundval's limits");
            assertFalse(WorkbenchExtension.required(dialog, Button.class, "se.kundval.app.installningar.grans.standard").isEnabled());
            ok(dialog);
        });
        assertEquals(Map.of(), Tjanster.hamta(BevakningsgransService.class).granser(ADMIN).dagar());
    }

    /** The dialog's limit once the kundval's limits have been read. */
    private static Spinner lastGrans(Shell dialog, String namn) {
        Label upplysning = WorkbenchExtension.required(dialog, Label.class, "se.kundval.app.installningar.grans.upplysning");
        WB.spinUntil("the limits read", () -> !upplysning.getText().startsWith("H\u00e4mtar"), VANTETID);
        return WorkbenchExtension.required(dialog, Spinner.class, "se.kundval.app.installningar.grans." + namn);
    }

    @Test
    @Order(3)
    void testaAnslutningRorInteDenAnvandaDatabasen() {
        String anvands = Tjanster.hamta(Databas.class).anslutning().jdbcUrl();
        List<String> svar = new ArrayList<>();
        installningar(dialog -> {
            String prefix = "se.kundval.app.installningar.databas.";
            WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, prefix + "postgresql"));
            WorkbenchExtension.type(WorkbenchExtension.required(dialog, Text.class, prefix + "url"), "jdbc:postgresql://127.0.0.1:1/kundval");
            svar.add(testa(dialog));
            String pg = System.getProperty(Testdatabas.PG_URL, "");
            if (pg.startsWith("jdbc:postgresql:")) {
                WorkbenchExtension.type(WorkbenchExtension.required(dialog, Text.class, prefix + "url"), pg);
                WorkbenchExtension.type(WorkbenchExtension.required(dialog, Text.class, prefix + "anvandare"),
                        System.getProperty("kundval.test.pg.user", "kundval"));
                WorkbenchExtension.type(WorkbenchExtension.required(dialog, Text.class, prefix + "losenord"),
                        System.getProperty("kundval.test.pg.password", "kundval"));
                svar.add(testa(dialog));
            }
            WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, prefix + "inbaddad"));
            WorkbenchExtension.type(WorkbenchExtension.required(dialog, Text.class, prefix + "fil"), "/tmp/kundval-finns-inte/db");
            svar.add(testa(dialog));
            WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, Installningsdialog.AVBRYT));
        });
        assertTrue(svar.get(0).startsWith("Kan inte ansluta till databasen jdbc:postgresql://127.0.0.1:1/kundval"), svar.get(0));
        if (svar.size() == 3) {
            assertEquals("Anslutningen fungerar.", svar.get(1));
        }
        assertTrue(svar.get(svar.size() - 1).startsWith("Databasfilen /tmp/kundval-finns-inte/db.mv.db finns inte"), svar.toString());
        assertEquals(anvands, Tjanster.hamta(Databas.class).anslutning().jdbcUrl(), "the workbench's own connection is untouched");
        assertNull(InstanceScope.INSTANCE.getNode("se.kundval.app").get("databas.typ", null), "Avbryt saves nothing");
    }

    private static String testa(Shell dialog) {
        Label resultat = WorkbenchExtension.required(dialog, Label.class, "se.kundval.app.installningar.databas.resultat");
        WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, "se.kundval.app.installningar.databas.testa"));
        WB.spinUntil("the connection test's answer", () -> !resultat.getText().isEmpty()
                && !resultat.getText().equals("Testar anslutningen…"), VANTETID);
        return resultat.getText();
    }

    @Test
    @Order(4)
    void tematBytsDirektOchKomsIhag() throws Exception {
        IThemeEngine temamotor = WB.context().get(IThemeEngine.class);
        assertEquals("se.kundval.app.tema.ljust", temamotor.getActiveTheme().getId());
        assertFalse(mork(WB.shell().getBackground().getRGB()));
        try {
            valjTema("morkt");
            assertEquals("se.kundval.app.tema.morkt", temamotor.getActiveTheme().getId());
            WB.spinUntil("dark window", () -> mork(WB.shell().getBackground().getRGB()), VANTETID);
            WB.spinUntil("dark part widgets", () -> mork(WB.findControl(Label.class, ANTAL).getBackground().getRGB()), VANTETID);
            WB.spinUntil("the caseload's table, which paints itself, dark too: "
                    + WB.findControl(Control.class, TABELL).getBackground().getRGB(),
                    () -> mork(WB.findControl(Control.class, TABELL).getBackground().getRGB()), VANTETID);
            assertEquals("se.kundval.app.tema.morkt", InstanceScope.INSTANCE.getNode(TEMA).get("themeid", null), "remembered");
            // the selected tab's title readable on its dark fill, not black on dark
            WB.spinUntil("every selected tab's title light", () -> flikar(WB.shell()).stream().filter(Control::isVisible)
                    .allMatch(f -> !mork(f.getSelectionForeground().getRGB())), VANTETID);
            WB.screenshot("morkt-tema");
            // the login dialog of a new login is themed as well: its message and rows readable on dark
            WB.answerDialog(Inloggningsdialog.DIALOG, dialog -> {
                WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, Inloggningsdialog.SERVER));
                morkDialog.add(mork(dialog.getBackground().getRGB()));
                Button databas = WorkbenchExtension.required(dialog, Button.class, Inloggningsdialog.BYT_DATABAS);
                Button loggaIn = WorkbenchExtension.required(dialog, Button.class, Inloggningsdialog.LOGGA_IN);
                WB.spinUntil("the Databas… button, off for a server login, looks off",
                        () -> !databas.getForeground().getRGB().equals(loggaIn.getForeground().getRGB()), VANTETID);
                try {
                    WB.screenshot(dialog, "inloggning-morkt");
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
                WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, Inloggningsdialog.LOKAL));
                WorkbenchExtension.typeLogin(dialog, "kv1", LOSENORD);
            });
            WB.clickMenu("Arkiv", "Logga ut");
            WB.assertDialogsAnswered();
            assertEquals(List.of(true), morkDialog, "the login dialog in the dark theme");
        } finally {
            valjTema("ljust");
        }
        WB.spinUntil("light window", () -> !mork(WB.shell().getBackground().getRGB())
                && !mork(WB.findControl(Control.class, TABELL).getBackground().getRGB()), VANTETID);
        assertEquals("se.kundval.app.tema.ljust", InstanceScope.INSTANCE.getNode(TEMA).get("themeid", null));
    }

    private static void valjTema(String tema) {
        installningar(dialog -> {
            WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, "se.kundval.app.installningar.tema." + tema));
            ok(dialog);
        });
    }

    private static List<CTabFolder> flikar(Composite yta) {
        List<CTabFolder> flikar = new ArrayList<>();
        for (Control c : yta.getChildren()) {
            if (c instanceof CTabFolder f) {
                flikar.add(f);
            }
            if (c instanceof Composite inre) {
                flikar.addAll(flikar(inre));
            }
        }
        return flikar;
    }

    private static boolean mork(RGB farg) {
        return (farg.red * 299 + farg.green * 587 + farg.blue * 114) / 1000 < 128;
    }

    @Test
    @Order(5)
    void loggaUtOchInSomAnnanRollByterPerspektiv() {
        WB.nextLogin("admin", LOSENORD);
        WB.clickMenu("Arkiv", "Logga ut");
        WB.assertDialogsAnswered();
        assertTrue(WB.shell().isVisible());
        assertEquals("se.kundval.app.perspektiv.administration", perspektiv());
        assertEquals("Inloggad: Alva Administratör (administratör)", statusrad());
    }

    @Test
    @Order(6)
    void administratorenSpararGransernaForHelaKundvaletOchAterstaller() {
        assertEquals("se.kundval.app.perspektiv.administration", perspektiv());
        installningar(dialog -> {
            Spinner dag = lastGrans(dialog, "manadsrapportDag");
            assertTrue(dag.isEnabled());
            dag.setSelection(12);
            ok(dialog);
        });
        BevakningsgransService granser = Tjanster.hamta(BevakningsgransService.class);
        assertEquals(12, granser.granser(ADMIN).dagar("manadsrapportDag", 0), "in the database, for every desk");
        assertEquals(-1, InstanceScope.INSTANCE.getNode("se.kundval.bevakning").getInt("manadsrapportDag", -1),
                "nothing kept on this computer");
        installningar(dialog -> {
            assertEquals(12, lastGrans(dialog, "manadsrapportDag").getSelection(), "the saved value is shown");
            WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, "se.kundval.app.installningar.grans.standard"));
            ok(dialog);
        });
        assertEquals(10, granser.granser(ADMIN).dagar("manadsrapportDag", 0));
    }

    @Test
    @Order(7)
    void varjeRollsVerktygFinnsIDessPerspektiv() {
        assertEquals("se.kundval.app.perspektiv.administration", perspektiv());
        assertTrue(oppen("se.kundval.ersattning.ui.part.prislista"), "the administratör keeps the prislista");
        assertFalse(WB.menuEnabled("Visa", "Insats"));
        assertFalse(WB.menuEnabled("Visa", "Kvalitetsrapport"));

        WB.nextLogin("kvu", LOSENORD);
        WB.clickMenu("Arkiv", "Logga ut");
        WB.assertDialogsAnswered();
        assertEquals("se.kundval.app.perspektiv.kvalitet", perspektiv());
        for (String del : List.of("kvalitetsrapport", "kundundersokning", "tillsyn")) {
            assertTrue(oppen("se.kundval.rapport.ui.part." + del), del);
        }
        assertFalse(WB.menuEnabled("Visa", "Prislista"));
        WB.clickMenu("Visa", "Tillsyn");
        assertEquals("se.kundval.rapport.ui.part.tillsyn", WB.activePartId());
        assertEquals("se.kundval.app.perspektiv.kvalitet", perspektiv());

        WB.nextLogin("kv1", LOSENORD);
        WB.clickMenu("Arkiv", "Logga ut");
        WB.assertDialogsAnswered();
        assertTrue(oppen("se.kundval.uppfoljning.ui.part.insats"), "the karriärvägledare approves månadsrapporter there");
        assertFalse(WB.menuEnabled("Visa", "Tillsyn"));
    }

    /** Whether the part is open in the perspective in use, as a tab the user sees without Visa. */
    private static boolean oppen(String delId) {
        EModelService modell = WB.context().get(EModelService.class);
        MPerspective perspektiv = modell.getActivePerspective(WB.window());
        return modell.findElements(perspektiv, null, MPlaceholder.class).stream()
                .anyMatch(p -> p.isToBeRendered() && p.getRef() != null && delId.equals(p.getRef().getElementId()));
    }

    private static void installningar(java.util.function.Consumer<Shell> svar) {
        WB.answerDialog(Installningsdialog.DIALOG, svar);
        WB.clickMenu("Arkiv", "Inställningar…");
        WB.assertDialogsAnswered();
    }

    private static void ok(Shell dialog) {
        WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, Installningsdialog.OK));
    }
}
