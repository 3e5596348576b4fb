package se.kundval.rapport.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import se.kundval.model.Tillsyn;
import se.kundval.model.Tillsynsdel;
import se.kundval.model.Tillsynspunkt;
import se.kundval.model.Uppfyllnadsgrad;

/**
 * The tillsyn checklist as an editable table: part A–D, krav, uppfyllnadsgrad, åtgärd and
 * deadline, edited in place on the tillsyn's detached punkter; every change is reported so the
 * part can mark itself dirty.
 */
final class Tillsynspunkter {

    static final String TABELL = "se.kundval.rapport.ui.tillsyn.punkter"; //$NON-NLS-1$

    private final Composite ram;
    private final TableViewer tabell;
    private final Runnable andrat;
    private final Consumer<String> fel;

    Tillsynspunkter(Composite parent, Runnable andrat, Consumer<String> fel) {
        this.andrat = andrat;
        this.fel = fel;
        ram = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        ram.setLayout(layout);
        tabell = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.getTable().setData(KvalitetsrapportPart.DATANYCKEL, TABELL);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerEditor.create(tabell, new ColumnViewerEditorActivationStrategy(tabell),
                ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        String[] delar = Arrays.stream(Tillsynsdel.values()).map(Tillsynsdel::getLiteral).toArray(String[]::new);
        String[] grader = Arrays.stream(Uppfyllnadsgrad.values()).map(g -> Siffror.etikett("Uppfyllnadsgrad", g.getLiteral())) //$NON-NLS-1$
                .toArray(String[]::new);
        val(layout, Messages.kolumnDel, 6, delar, p -> p.getDel() == null ? -1 : p.getDel().getValue(),
                (p, i) -> p.setDel(Tillsynsdel.get(i)));
        text(layout, Messages.kolumnKrav, 40, Tillsynspunkt::getKrav, Tillsynspunkt::setKrav);
        val(layout, Messages.kolumnUppfyllnadsgrad, 14, grader, p -> p.getUppfyllnadsgrad().getValue(),
                (p, i) -> p.setUppfyllnadsgrad(Uppfyllnadsgrad.get(i)));
        text(layout, Messages.kolumnAtgard, 28, Tillsynspunkt::getAtgard, Tillsynspunkt::setAtgard);
        text(layout, Messages.kolumnDeadline, 12, p -> p.getDeadline() == null ? "" : p.getDeadline().toString(), //$NON-NLS-1$
                this::deadline);
    }

    Composite kontroll() {
        return ram;
    }

    void visa(Tillsyn tillsyn) {
        tabell.setInput(tillsyn == null ? new Object[0] : tillsyn.getPunkter().toArray());
    }

    /** The selected krav, or null. */
    Tillsynspunkt markerad() {
        return (Tillsynspunkt) ((IStructuredSelection) tabell.getSelection()).getFirstElement();
    }

    /** Opens the editor of a cell, as a click does; for the new krav's text. */
    void redigera(Tillsynspunkt punkt, int kolumn) {
        tabell.editElement(punkt, kolumn);
    }

    private void deadline(Tillsynspunkt punkt, String text) {
        if (text.isBlank()) {
            punkt.setDeadline(null);
            return;
        }
        try {
            punkt.setDeadline(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            fel.accept(Messages.felDatum);
        }
    }

    private void text(TableColumnLayout layout, String rubrik, int vikt, Function<Tillsynspunkt, String> las,
            BiConsumer<Tillsynspunkt, String> skriv) {
        TableViewerColumn kolumn = kolumn(layout, rubrik, vikt, las);
        kolumn.setEditingSupport(new Redigering(new TextCellEditor(tabell.getTable())) {
            @Override
            protected Object getValue(Object element) {
                String v = las.apply((Tillsynspunkt) element);
                return v == null ? "" : v; //$NON-NLS-1$
            }

            @Override
            protected void satt(Tillsynspunkt punkt, Object varde) {
                skriv.accept(punkt, (String) varde);
            }
        });
    }

    private void val(TableColumnLayout layout, String rubrik, int vikt, String[] val, Function<Tillsynspunkt, Integer> las,
            BiConsumer<Tillsynspunkt, Integer> skriv) {
        TableViewerColumn kolumn = kolumn(layout, rubrik, vikt, p -> {
            int i = las.apply(p);
            return i < 0 ? "" : val[i]; //$NON-NLS-1$
        });
        kolumn.setEditingSupport(new Redigering(new ComboBoxCellEditor(tabell.getTable(), val, SWT.READ_ONLY)) {
            @Override
            protected Object getValue(Object element) {
                return Math.max(0, las.apply((Tillsynspunkt) element));
            }

            @Override
            protected void satt(Tillsynspunkt punkt, Object varde) {
                if ((Integer) varde >= 0) {
                    skriv.accept(punkt, (Integer) varde);
                }
            }
        });
    }

    private TableViewerColumn kolumn(TableColumnLayout layout, String rubrik, int vikt, Function<Tillsynspunkt, String> text) {
        TableViewerColumn kolumn = new TableViewerColumn(tabell, SWT.NONE);
        kolumn.getColumn().setText(rubrik);
        kolumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String t = text.apply((Tillsynspunkt) element);
                return t == null ? "" : t; //$NON-NLS-1$
            }
        });
        layout.setColumnData(kolumn.getColumn(), new ColumnWeightData(vikt, 50));
        return kolumn;
    }

    /** Editing of one column: writes into the punkt, refreshes it and reports the change. */
    private abstract class Redigering extends EditingSupport {

        private final CellEditor editor;

        Redigering(CellEditor editor) {
            super(tabell);
            this.editor = editor;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return tabell.getTable().isEnabled();
        }

        @Override
        protected void setValue(Object element, Object varde) {
            satt((Tillsynspunkt) element, varde);
            tabell.update(element, null);
            andrat.run();
        }

        protected abstract void satt(Tillsynspunkt punkt, Object varde);
    }
}
