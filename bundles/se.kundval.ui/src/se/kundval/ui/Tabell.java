package se.kundval.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A read-only table of rows of one type, with weighted columns and an optional tint per row (e.g. a
 * missing månadsrapport) in the light or dark theme's variant. A column is never narrower than its
 * heading and its values (up to a limit), so dates and codes stay whole in a narrow part, which then
 * scrolls sideways. The SWT table carries the data key given at construction.
 */
public final class Tabell<T> {

    private final Composite ram;
    private final TableColumnLayout kolumner = new TableColumnLayout();
    private final TableViewer viewer;
    private final Class<T> typ;
    private Function<T, Radton> ton = r -> null;
    /** Whether the rows' tints were last given in the dark variant. */
    private boolean morkaToner;
    private final List<Kolumn<T>> allaKolumner = new ArrayList<>();
    private List<T> rader = List.of();
    private final int synligaRader;

    private record Kolumn<T>(TableColumn kolumn, int vikt, Function<T, String> text) {
    }

    /** Wider content than this is cut; the full text is in the row's details. */
    private static final int STORSTA_MINSTA_BREDD = 220;
    private static final int MARGINAL = 20;

    public Tabell(Composite parent, Class<T> typ, String id, int synligaRader) {
        this.typ = typ;
        ram = new Composite(parent, SWT.NONE);
        ram.setLayout(kolumner);
        viewer = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        Table tabell = viewer.getTable();
        tabell.setHeaderVisible(true);
        tabell.setLinesVisible(true);
        tabell.setData(Formular.NYCKEL, id);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        this.synligaRader = synligaRader;
        GridDataFactory.fillDefaults().grab(true, false).hint(300, hojd()).applyTo(ram);
        // the CSS theme reaches the table after it is made and whenever the user switches: the items'
        // tints were set when the rows were, so every paint checks that they still match the background
        morkaToner = arMork();
        tabell.addListener(SWT.Paint, e -> {
            if (morkaToner != arMork()) {
                tabell.getDisplay().asyncExec(this::foljTema);
            }
        });
    }

    private boolean arMork() {
        return Tabellstil.mork(viewer.getTable().getBackground().getRGB());
    }

    private void foljTema() {
        if (viewer.getTable().isDisposed() || morkaToner == arMork()) {
            return;
        }
        morkaToner = arMork();
        viewer.refresh();
    }

    /**
     * Room for the rows the table is to show. Measured again when rows arrive: before the table is on
     * screen GTK may not know its header's and rows' real heights yet, and a height from then would
     * leave the rows outside the visible area until the part is resized.
     */
    private int hojd() {
        Table tabell = viewer.getTable();
        return Math.max(tabell.getHeaderHeight() + synligaRader * tabell.getItemHeight() + 4, 60);
    }

    public Tabell<T> kolumn(String rubrik, int vikt, Function<T, String> text) {
        return kolumn(rubrik, vikt, false, text);
    }

    /** A column whose values are right-aligned when {@code hoger} (numbers, amounts, lengths). */
    public Tabell<T> kolumn(String rubrik, int vikt, boolean hoger, Function<T, String> text) {
        TableViewerColumn kolumn = new TableViewerColumn(viewer, hoger ? SWT.RIGHT : SWT.NONE);
        kolumn.getColumn().setText(rubrik);
        kolumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Visning.text(text.apply(typ.cast(element)));
            }

            @Override
            public Color getBackground(Object element) {
                Radton t = ton.apply(typ.cast(element));
                return t == null ? null : t.farg(morkaToner);
            }
        });
        allaKolumner.add(new Kolumn<>(kolumn.getColumn(), vikt, text));
        // whole headings before the first rows too: an empty list cut "Insats-id" to "Insats-i"
        bredder();
        return this;
    }

    /** Tints the rows the function gives a tone for, in the variant of the theme the table is shown in. */
    public Tabell<T> bakgrund(Function<T, Radton> farg) {
        this.ton = farg;
        return this;
    }

    public Composite kontroll() {
        return ram;
    }

    public Table tabell() {
        return viewer.getTable();
    }

    public void visa(List<T> nya) {
        rader = nya;
        morkaToner = arMork();
        viewer.setInput(nya);
        anpassaBredder();
    }

    private void anpassaBredder() {
        bredder();
        if (ram.getLayoutData() instanceof GridData data && data.heightHint != SWT.DEFAULT) {
            data.heightHint = hojd();
        }
        Bakgrund.layoutaOm(ram);
    }

    /** Each column at least as wide as its heading and its widest value (up to the limit). */
    private void bredder() {
        GC gc = new GC(viewer.getTable());
        // GTK draws the headings bold: measured in the rows' font "Väntat (dagar)" lost its last letters
        Font fet = FontDescriptor.createFrom(viewer.getTable().getFont()).setStyle(SWT.BOLD).createFont(viewer.getTable().getDisplay());
        try {
            for (Kolumn<T> k : allaKolumner) {
                gc.setFont(fet);
                int bredd = gc.textExtent(k.kolumn().getText()).x;
                gc.setFont(viewer.getTable().getFont());
                for (T rad : rader) {
                    bredd = Math.max(bredd, gc.textExtent(Visning.text(k.text().apply(rad))).x);
                }
                kolumner.setColumnData(k.kolumn(), new ColumnWeightData(k.vikt(), Math.min(bredd + MARGINAL, STORSTA_MINSTA_BREDD)));
            }
        } finally {
            gc.dispose();
            fet.dispose();
        }
    }

    /** Shows the rows again after they (or the list given to {@link #visa}) changed. */
    public void uppdatera() {
        viewer.refresh();
        anpassaBredder();
    }

    /** The selected row, or null. */
    public T vald() {
        Object forsta = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return typ.isInstance(forsta) ? typ.cast(forsta) : null;
    }

    public void valj(T rad) {
        viewer.setSelection(rad == null ? StructuredSelection.EMPTY : new StructuredSelection(rad), true);
    }

    public void vidVal(Consumer<T> gor) {
        viewer.addSelectionChangedListener(h -> gor.accept(vald()));
    }

    public void vidDubbelklick(Consumer<T> gor) {
        viewer.addDoubleClickListener(h -> {
            if (vald() != null) {
                gor.accept(vald());
            }
        });
    }
}
