package se.kundval.arendelista.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;

import se.kundval.core.tjanst.Arenderad;
import se.kundval.ui.testsupport.WorkbenchExtension;

/** Reads and drives the Mina kunder table of the running workbench the way the tests need it. */
final class Tabellvy {

    static final Duration VANTETID = Duration.ofSeconds(60);
    /** Grid rows above the data: column headers and the filter row. */
    static final int RUBRIKRADER = 2;

    private final WorkbenchExtension wb;

    Tabellvy(WorkbenchExtension wb) {
        this.wb = wb;
    }

    NatTable tabell() {
        NatTable t = wb.findControl(NatTable.class, MinaKunderPart.TABELL);
        assertNotNull(t, "no NatTable " + MinaKunderPart.TABELL + " in the main window");
        return t;
    }

    String antal() {
        return wb.findControl(Label.class, MinaKunderPart.ANTAL).getText();
    }

    /** The body's data: every row the filter lets through, in the shown order. */
    Arendelista lista() {
        return (Arendelista) lager(DataLayer.class).getDataProvider();
    }

    List<Arenderad> rader() {
        return lista().synliga();
    }

    /** Waits for the caseload to be read (the count replaces "Hämtar…"). */
    void vantaPaLista() {
        wb.spinUntil("Mina kunder read", () -> !antal().equals(Messages.hamtar), VANTETID);
    }

    private <T extends ILayer> T lager(Class<T> typ) {
        ILayer lager = ((GridLayer) tabell().getLayer()).getBodyLayer();
        while (!typ.isInstance(lager)) {
            lager = lager.getUnderlyingLayerByPosition(0, 0);
        }
        return typ.cast(lager);
    }

    /** The column headers in the order shown, also those scrolled out of view. */
    List<String> rubriker() {
        ColumnHideShowLayer synliga = lager(ColumnHideShowLayer.class);
        List<String> r = new ArrayList<>();
        for (int p = 0; p < synliga.getColumnCount(); p++) {
            r.add(Arendekolumn.vid(synliga.getColumnIndexByPosition(p)).rubrik());
        }
        return r;
    }

    /** The column headers on screen now, left to right. */
    List<String> skarm() {
        List<String> r = new ArrayList<>();
        for (int g = 1; g < tabell().getColumnCount(); g++) {
            r.add(String.valueOf(tabell().getDataValueByPosition(g, 0)));
        }
        return r;
    }

    /** The grid column position of a shown column, scrolled into view first. */
    int kolumn(Arendekolumn k) {
        int p = rubriker().indexOf(k.rubrik());
        if (p < 0) {
            throw new AssertionError(k + " is not shown: " + rubriker());
        }
        lager(ViewportLayer.class).moveColumnPositionIntoViewport(p);
        wb.spin();
        for (int g = 1; g < tabell().getColumnCount(); g++) {
            if (k.rubrik().equals(tabell().getDataValueByPosition(g, 0))) {
                return g;
            }
        }
        throw new AssertionError(k + " not in view");
    }

    /** The width of a shown column on screen. */
    int bredd(Arendekolumn k) {
        return tabell().getCellByPosition(kolumn(k), 0).getBounds().width;
    }

    /** A click on the column's header: unsorted, ascending, descending, unsorted, … */
    void klickaRubrik(Arendekolumn k) {
        tabell().doCommand(new SortColumnCommand(tabell(), kolumn(k), false));
        wb.spin();
    }

    void filtrera(Arendekolumn k, String text) {
        tabell().doCommand(new UpdateDataCommand(tabell(), kolumn(k), 1, text));
        wb.spin();
    }

    /** A mouse event at the middle of a body cell: NatTable acts on the raw SWT events. */
    void mus(int typ, Arendekolumn k, int rad) {
        Rectangle cell = tabell().getCellByPosition(kolumn(k), RUBRIKRADER + rad).getBounds();
        Event e = new Event();
        e.x = cell.x + cell.width / 2;
        e.y = cell.y + cell.height / 2;
        e.button = 1;
        e.count = typ == SWT.MouseDoubleClick ? 2 : 1;
        tabell().notifyListeners(typ, e);
        wb.spin();
    }

    /**
     * A double-click as the window system delivers it: press, release, press, double-click, release,
     * without the workbench running in between, and then everything that follows.
     */
    void dubbelklicka(Arendekolumn k, int rad) {
        Rectangle cell = tabell().getCellByPosition(kolumn(k), RUBRIKRADER + rad).getBounds();
        int[][] foljd = {{SWT.MouseDown, 1}, {SWT.MouseUp, 1}, {SWT.MouseDown, 2}, {SWT.MouseDoubleClick, 2}, {SWT.MouseUp, 2}};
        for (int[] steg : foljd) {
            Event e = new Event();
            e.x = cell.x + cell.width / 2;
            e.y = cell.y + cell.height / 2;
            e.button = 1;
            e.count = steg[1];
            tabell().notifyListeners(steg[0], e);
        }
        wb.spin();
    }

    void klicka(Arendekolumn k, int rad) {
        mus(SWT.MouseDown, k, rad);
        mus(SWT.MouseUp, k, rad);
    }

    void tangent(int tecken) {
        Event e = new Event();
        e.keyCode = tecken;
        e.character = (char) tecken;
        tabell().notifyListeners(SWT.KeyDown, e);
        wb.spin();
    }
}
