package se.kundval.ersattning.ui;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Adds a text column to a JFace table whose rows are of one type. */
final class Tabellhjalp {

    private Tabellhjalp() {
    }

    static <T> void kolumn(TableViewer tabell, TableColumnLayout layout, Class<T> typ, String rubrik, int vikt, int minstaBredd,
            boolean hoger, Function<T, String> text) {
        TableViewerColumn kolumn = new TableViewerColumn(tabell, hoger ? SWT.RIGHT : SWT.LEFT);
        kolumn.getColumn().setText(rubrik);
        kolumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String t = text.apply(typ.cast(element));
                return t == null ? "" : t; //$NON-NLS-1$
            }
        });
        layout.setColumnData(kolumn.getColumn(), new ColumnWeightData(vikt, minstaBredd));
    }
}
