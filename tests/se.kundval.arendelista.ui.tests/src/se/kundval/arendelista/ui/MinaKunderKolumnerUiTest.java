package se.kundval.arendelista.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.arendelista.ui.MinaKunderFixtur.arenden;
import static se.kundval.arendelista.ui.MinaKunderFixtur.inloggning;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.hideshow.command.ColumnHideCommand;
import org.eclipse.nebula.widgets.nattable.hideshow.command.ShowAllColumnsCommand;
import org.eclipse.nebula.widgets.nattable.selection.command.ClearAllSelectionsCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kundval.core.tjanst.Arenderad;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * Mina kunder's columns and colours as kv1 arranges them: the column chooser and the layout saved per
 * user, the width a hidden column leaves taken by the columns shown, and the dark theme's rows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MinaKunderKolumnerUiTest {

    @RegisterExtension
    static final WorkbenchExtension WB = MinaKunderFixtur.workbench();
    private static final MinaKunderFixtur F = new MinaKunderFixtur(WB);
    private static final Tabellvy VY = new Tabellvy(WB);

    @AfterEach
    void synligt(TestInfo steg) throws IOException {
        F.efterSteg(steg);
    }

    @Test
    @Order(7)
    void kolumnvaljarenOchLayoutenSparasForAnvandaren() {
        VY.vantaPaLista();
        WB.answerDialog(Kolumnvaljare.DIALOG, dialog -> {
            Table lista = WorkbenchExtension.required(dialog, Table.class, Kolumnvaljare.LISTA);
            int anordnare = Arendekolumn.ANORDNARE.ordinal();
            lista.getItem(anordnare).setChecked(false);
            Event bock = new Event();
            bock.detail = SWT.CHECK;
            bock.item = lista.getItem(anordnare);
            lista.notifyListeners(SWT.Selection, bock);
            lista.setSelection(Arendekolumn.FORFALLER.ordinal());
            WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, Kolumnvaljare.UPP));
            assertEquals("Förfaller", lista.getItem(Arendekolumn.NASTA_FRIST.ordinal()).getText(), "moved up one");
            assertFalse(lista.getItem(anordnare).getChecked());
            WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, Kolumnvaljare.OK));
        });
        WorkbenchExtension.click(WB.findControl(Button.class, MinaKunderPart.KOLUMNER));
        WB.assertDialogsAnswered();
        List<String> valda = List.of("Kund", "Kund-id", "Insats", "Typ", "Dagar kvar", "Förfaller", "Nästa frist", "Larm",
                "Försenade");
        assertEquals(valda, VY.rubriker());
        VY.kolumn(Arendekolumn.KUND);
        List<String> paSkarmen = VY.skarm();
        assertEquals(valda.subList(0, paSkarmen.size()), paSkarmen, "the headers on screen");
        VY.klickaRubrik(Arendekolumn.KUND);
        List<Long> sorterade = VY.rader().stream().map(Arenderad::kundId).toList();
        assertEquals(arenden(inloggning("kv1"), Map.of()).stream().sorted(Arendekolumn.KUND.ordning(false)).map(Arenderad::kundId)
                .toList(), sorterade, "sorted by name in Swedish order");

        EPartService delar = WB.window().getContext().get(EPartService.class);
        MPart del = delar.findPart(MinaKunderPart.ID);
        Object fore = del.getObject();
        delar.hidePart(del);
        WB.spin();
        WB.clickMenu("Visa", "Mina kunder");
        VY.vantaPaLista();
        assertNotEquals(fore, del.getObject(), "the part was made anew");
        assertEquals(valda, VY.rubriker(), "hidden column and order come back");
        assertEquals(sorterade, VY.rader().stream().map(Arenderad::kundId).toList(), "the sort comes back");
        assertNotNull(InstanceScope.INSTANCE.getNode("se.kundval.arendelista.ui").get("layout.kv1", null), "saved per user");
    }

    /**
     * Hidden columns leave no empty width at the right (decision 0465): Nästa frist took the width the
     * others left, and hidden, that width stayed empty, as did the width of any other hidden column.
     * Here Anordnare is hidden from the step before; then Nästa frist too, and Kund takes the rest.
     */
    @Test
    @Order(8)
    void doldaKolumnerLamnarIngenTomBredd() throws Exception {
        VY.vantaPaLista();
        Point fore = WB.shell().getSize();
        NatTable tabell = VY.tabell();
        try {
            WB.shell().setSize(1600, 1000);
            WB.spin();
            assertFalse(VY.rubriker().contains("Anordnare"), "hidden by the step before: " + VY.rubriker());
            fyllerBredden("Anordnare hidden");
            int kund = VY.bredd(Arendekolumn.KUND);
            tabell.doCommand(new ColumnHideCommand(tabell, VY.kolumn(Arendekolumn.NASTA_FRIST)));
            WB.spin();
            assertFalse(VY.rubriker().contains("N\u00e4sta frist"), VY.rubriker().toString());
            fyllerBredden("Anordnare and Nästa frist hidden");
            assertTrue(VY.bredd(Arendekolumn.KUND) > kund, "Kund takes the width Nästa frist left: " + VY.bredd(Arendekolumn.KUND));
            WB.screenshot("arendelista-utan-nasta-frist");
            tabell.doCommand(new ShowAllColumnsCommand());
            WB.spin();
            assertEquals(Arendekolumn.values().length, VY.rubriker().size());
            fyllerBredden("every column shown");
            assertEquals(kund, VY.bredd(Arendekolumn.KUND), "Kund back to the width it had");
            assertTrue(VY.bredd(Arendekolumn.NASTA_FRIST) >= Arendekolumn.NASTA_FRIST.bredd(), "Nästa frist takes the rest again");
        } finally {
            WB.shell().setSize(fore);
            WB.spin();
        }
    }

    /** The last column shown ends where the table does: no empty width at its right. */
    private static void fyllerBredden(String vad) {
        NatTable tabell = VY.tabell();
        Rectangle sista = tabell.getCellByPosition(tabell.getColumnCount() - 1, 0).getBounds();
        int slut = sista.x + sista.width;
        assertTrue(Math.abs(tabell.getClientArea().width - slut) <= 1, vad + ": the last column ends at " + slut + " of "
                + tabell.getClientArea().width);
    }

    @Test
    @Order(67)
    void mortTemaGerMorkaRaderInteBaraMorkText() throws Exception {
        VY.vantaPaLista();
        assertTrue(VY.rader().size() > 3);
        // a row chosen by an earlier step is painted in the selection colour; the screenshots of every part
        // switch the theme and back, which the table follows on a later turn
        VY.tabell().doCommand(new ClearAllSelectionsCommand());
        WB.spinUntil("light rows in the light theme", () -> !mork(radpunkt(2)), Tabellvy.VANTETID);
        IThemeEngine tema = WB.context().get(IThemeEngine.class);
        try {
            tema.setTheme("se.kundval.app.tema.morkt", false);
            tema.applyStyles(WB.shell(), true);
            WB.spinUntil("dark rows, odd and even", () -> mork(radpunkt(2)) && mork(radpunkt(3)), Tabellvy.VANTETID);
            // a chosen row left every column title light blue under pale text, and the clicked cell light
            VY.klicka(Arendekolumn.KUND_ID, 2);
            WB.spin();
            assertTrue(mork(punkt(VY.kolumn(Arendekolumn.KUND_ID), 0)), "the column titles of a chosen row stay dark");
            assertTrue(mork(radpunkt(2)), "the clicked cell of the chosen row is dark");
            WB.screenshot("arendelista-morkt");
            VY.tabell().doCommand(new ClearAllSelectionsCommand());
        } finally {
            tema.setTheme("se.kundval.app.tema.ljust", false);
            tema.applyStyles(WB.shell(), true);
        }
        WB.spinUntil("light rows again", () -> !mork(radpunkt(2)) && !mork(radpunkt(3)), Tabellvy.VANTETID);
    }

    /** What the screen shows in a body row's Kund-id cell, beside its short text. */
    private static RGB radpunkt(int rad) {
        return punkt(VY.kolumn(Arendekolumn.KUND_ID), Tabellvy.RUBRIKRADER + rad);
    }

    /** What the screen shows near the right edge of a cell, by its position (the column title is row 0). */
    private static RGB punkt(int kolumn, int rad) {
        NatTable tabell = VY.tabell();
        tabell.redraw();
        tabell.update();
        Rectangle cell = tabell.getCellByPosition(kolumn, rad).getBounds();
        Image bild = new Image(tabell.getDisplay(), 1, 1);
        GC gc = new GC(tabell);
        try {
            gc.copyArea(bild, cell.x + cell.width - 4, cell.y + cell.height / 2);
            ImageData data = bild.getImageData();
            return data.palette.getRGB(data.getPixel(0, 0));
        } finally {
            gc.dispose();
            bild.dispose();
        }
    }

    private static boolean mork(RGB farg) {
        return (farg.red * 299 + farg.green * 587 + farg.blue * 114) / 1000 < 128;
    }
}
