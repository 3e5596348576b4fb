package se.kundval.ui.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.CellStyleUtil;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Checks what a person sees, not what the widgets hold: after a journey step every visible table that
 * has rows shows at least one of them inside its client area, no visible label or heading is cut
 * (its text needs no more room than it was given), and no visible part is laid out with zero size.
 * These are the faults "empty until resized" and "70 med försenade friste" that state-only tests
 * passed over.
 */
public final class Synkontroll {

    /** Rounding of text measurement between GTK and SWT: a pixel is not a cut letter. */
    private static final int TOLERANS = 1;
    /** The line NatTable draws on each side of a cell. */
    private static final int CELLKANT = 1;

    private Synkontroll() {
    }

    /** Checks the workbench window and every visible part; fails naming each fault and the step. */
    public static void kontrollera(WorkbenchExtension wb, String steg) {
        wb.waitForBackground();
        List<String> fel = new ArrayList<>();
        for (MPart del : wb.context().get(EModelService.class).findElements(wb.application(), null, MPart.class)) {
            if (del.getWidget() instanceof Control c && !c.isDisposed() && c.isVisible()) {
                Point storlek = c.getSize();
                if (storlek.x <= 0 || storlek.y <= 0) {
                    fel.add("part " + del.getElementId() + " is laid out with size " + storlek);
                }
            }
        }
        granska(wb.shell(), fel);
        if (!fel.isEmpty()) {
            throw new AssertionError("After \"" + steg + "\" a person sees:\n  " + String.join("\n  ", fel));
        }
    }

    /** The same checks on one shell (a dialog). */
    public static void kontrollera(Shell skal, String steg) {
        List<String> fel = new ArrayList<>();
        granska(skal, fel);
        if (!fel.isEmpty()) {
            throw new AssertionError("After \"" + steg + "\" a person sees:\n  " + String.join("\n  ", fel));
        }
    }

    /**
     * Every cell of the column with this heading that is on screen, the heading included, shows its
     * whole text: for a column of a closed set of values ("Grundskola 4–9 år") a cut value is a lost
     * word. Fails too when the column is not on screen at all, so the check cannot pass by absence.
     */
    public static void kolumnenHel(NatTable n, String rubrik, String steg) {
        Rectangle yta = n.getClientArea();
        int kolumn = -1;
        for (int c = 0; c < n.getColumnCount() && kolumn < 0; c++) {
            if (rubrik.equals(n.getDataValueByPosition(c, 0))) {
                kolumn = c;
            }
        }
        if (kolumn < 0) {
            throw new AssertionError("After \"" + steg + "\" the column " + rubrik + " is not on screen");
        }
        List<String> fel = new ArrayList<>();
        GC gc = new GC(n);
        try {
            for (int r = 0; r < n.getRowCount(); r++) {
                Rectangle cell = n.getBoundsByPosition(kolumn, r);
                Object varde = n.getDataValueByPosition(kolumn, r);
                if (varde == null || cell.y + cell.height > yta.y + yta.height || cell.x + cell.width > yta.x + yta.width) {
                    continue;
                }
                // in the font the cell is drawn in: Mina kunder draws overdue rows bold
                Font stil = CellStyleUtil.getCellStyle(n.getCellByPosition(kolumn, r), n.getConfigRegistry())
                        .getAttributeValue(CellStyleAttributes.FONT);
                gc.setFont(stil != null ? stil : n.getFont());
                int behover = gc.textExtent(varde.toString()).x;
                if (behover > cell.width - 2 * CELLKANT) {
                    fel.add("cell \"" + varde + "\" of " + rubrik + " is cut: needs " + behover + ", has " + cell.width);
                }
            }
        } finally {
            gc.dispose();
        }
        if (!fel.isEmpty()) {
            throw new AssertionError("After \"" + steg + "\" a person sees:\n  " + String.join("\n  ", fel));
        }
    }

    /**
     * Every tab of the folder that is shown has room for its whole title: CTabFolder shortens titles
     * with "…" when the tabs do not fit, which hid what a report section is.
     */
    public static void flikarnaHela(CTabFolder mapp, String steg) {
        List<String> fel = new ArrayList<>();
        GC gc = new GC(mapp);
        try {
            for (CTabItem flik : mapp.getItems()) {
                if (!flik.isShowing()) {
                    continue;
                }
                gc.setFont(flik.getFont() != null ? flik.getFont() : mapp.getFont());
                int behover = gc.textExtent(flik.getText(), SWT.DRAW_MNEMONIC).x;
                if (behover > flik.getBounds().width) {
                    fel.add("tab \"" + flik.getText() + "\" is cut: needs " + behover + ", has " + flik.getBounds().width);
                }
            }
        } finally {
            gc.dispose();
        }
        if (!fel.isEmpty()) {
            throw new AssertionError("After \"" + steg + "\" a person sees:\n  " + String.join("\n  ", fel));
        }
    }

    /**
     * Every column heading of the table is whole: GTK draws headings bold, so each column must be at
     * least as wide as its heading in the bold font ("Väntat (dagar)" lost its last letters).
     */
    public static void rubrikernaHela(Table t, String steg) {
        List<String> fel = new ArrayList<>();
        GC gc = new GC(t);
        FontData[] data = t.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        Font fet = new Font(t.getDisplay(), data);
        try {
            gc.setFont(fet);
            for (TableColumn k : t.getColumns()) {
                int behover = gc.textExtent(k.getText()).x;
                if (behover > k.getWidth()) {
                    fel.add("heading \"" + k.getText() + "\" is cut: needs " + behover + ", has " + k.getWidth());
                }
            }
        } finally {
            gc.dispose();
            fet.dispose();
        }
        if (!fel.isEmpty()) {
            throw new AssertionError("After \"" + steg + "\" a person sees:\n  " + String.join("\n  ", fel));
        }
    }

    /** The table's columns fit its visible width: a person reads every column without scrolling sideways. */
    public static void utanSidledsrullning(Table t, String steg) {
        int bredd = 0;
        for (TableColumn k : t.getColumns()) {
            bredd += k.getWidth();
        }
        if (bredd > t.getClientArea().width + TOLERANS) {
            throw new AssertionError("After \"" + steg + "\" the table " + namn(t) + " must be scrolled sideways: its columns need "
                    + bredd + " of " + t.getClientArea().width);
        }
    }

    private static void granska(Control c, List<String> fel) {
        if (c.isDisposed() || !c.isVisible()) {
            return;
        }
        if (c instanceof Table t) {
            tabell(t, fel);
        } else if (c instanceof NatTable n) {
            natTable(n, fel);
        } else if (c instanceof Label l) {
            etikett(l, fel);
        }
        if (c instanceof Composite k) {
            for (Control barn : k.getChildren()) {
                granska(barn, fel);
            }
        }
    }

    static void tabell(Table t, List<String> fel) {
        if (t.getItemCount() == 0) {
            return;
        }
        Rectangle yta = t.getClientArea();
        Rectangle rad = t.getItem(t.getTopIndex()).getBounds();
        boolean synlig = yta.height > 0 && rad.height > 0 && rad.y >= yta.y && rad.y + rad.height <= yta.y + yta.height + TOLERANS;
        if (!synlig) {
            fel.add("table " + namn(t) + " has " + t.getItemCount() + " rows but shows none (client area " + yta + ", first row "
                    + rad + ")");
        }
    }

    static void natTable(NatTable n, List<String> fel) {
        if (!(n.getLayer() instanceof GridLayer rutnat)) {
            return;
        }
        ILayer kropp = rutnat.getBodyLayer();
        if (kropp.getPreferredRowCount() == 0) {
            return;
        }
        int rubrikrader = rutnat.getColumnHeaderLayer().getRowCount();
        int hojd = n.getClientArea().height;
        boolean synlig = kropp.getRowCount() > 0 && n.getRowCount() > rubrikrader
                && n.getStartYOfRowPosition(rubrikrader) + n.getRowHeightByPosition(rubrikrader) <= hojd + TOLERANS;
        if (!synlig) {
            fel.add("table " + namn(n) + " has " + kropp.getPreferredRowCount() + " rows but shows none (height " + hojd + ")");
        }
    }

    static void etikett(Label l, List<String> fel) {
        String text = l.getText();
        if (text == null || text.isBlank() || (l.getStyle() & SWT.SEPARATOR) != 0) {
            return;
        }
        Point har = l.getSize();
        boolean radbryter = (l.getStyle() & SWT.WRAP) != 0;
        Point behover = radbryter ? l.computeSize(har.x, SWT.DEFAULT, true) : l.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        boolean kapad = radbryter ? behover.y > har.y + TOLERANS : behover.x > har.x + TOLERANS || behover.y > har.y + TOLERANS;
        if (kapad) {
            fel.add("label " + namn(l) + " \"" + text + "\" is cut: needs " + behover + ", has " + har);
        }
    }

    private static String namn(Control c) {
        Object id = c.getData(WorkbenchExtension.DATA_KEY);
        return id != null ? id.toString() : c.getClass().getSimpleName() + " in " + c.getParent().getClass().getSimpleName();
    }
}
