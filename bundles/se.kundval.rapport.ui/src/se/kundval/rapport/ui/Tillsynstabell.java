package se.kundval.rapport.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import se.kundval.core.rapport.Rapportsektion;
import se.kundval.core.rapport.Tillsynskrav;
import se.kundval.model.Uppfyllnadsgrad;

/**
 * A read-only table of the report: the tillsyn summarised per krav (how many anordnare reached each
 * uppfyllnadsgrad, and the åtgärder of the others), or a section a plugin contributed.
 */
final class Tillsynstabell<T> {

    static final String TILLSYN = "se.kundval.rapport.ui.rapport.tillsyn"; //$NON-NLS-1$

    private final Composite ram;
    private final TableViewer tabell;
    private final TableColumnLayout layout = new TableColumnLayout();

    private Tillsynstabell(Composite parent, String nyckel) {
        ram = new Composite(parent, SWT.NONE);
        ram.setLayout(layout);
        tabell = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.getTable().setData(KvalitetsrapportPart.DATANYCKEL, nyckel);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
    }

    /** The tillsyn per krav. */
    static Tillsynstabell<Tillsynskrav> tillsyn(Composite parent) {
        Tillsynstabell<Tillsynskrav> t = new Tillsynstabell<>(parent, TILLSYN);
        t.kolumn(Messages.kolumnDel, 5, k -> k.del() == null ? "" : k.del().getLiteral()); //$NON-NLS-1$
        t.kolumn(Messages.kolumnKrav, 30, Tillsynskrav::krav);
        for (Uppfyllnadsgrad grad : Uppfyllnadsgrad.VALUES) {
            t.kolumn(Siffror.etikett("Uppfyllnadsgrad", grad.getLiteral()), 9, k -> Integer.toString(k.antal(grad))); //$NON-NLS-1$
        }
        t.kolumn(Messages.kolumnAtgarder, 35, k -> k.atgarder().stream()
                .map(a -> NLS.bind(Messages.atgardMedDeadline, new Object[] {a.orgnr(), a.atgard() == null ? "" : a.atgard(), //$NON-NLS-1$
                    a.deadline() == null ? Messages.ingenDeadline : a.deadline().toString()}))
                .collect(Collectors.joining("; "))); //$NON-NLS-1$
        return t;
    }

    /** A contributed section: its key column, then its own columns. */
    static Tillsynstabell<Map.Entry<String, Map<String, Object>>> sektion(Composite parent, Rapportsektion sektion) {
        Tillsynstabell<Map.Entry<String, Map<String, Object>>> t = new Tillsynstabell<>(parent,
                "se.kundval.rapport.ui.rapport.sektion." + sektion.nyckel()); //$NON-NLS-1$
        t.kolumn(Messages.kolumnNyckel, 15, Map.Entry::getKey);
        for (String kolumn : sektion.kolumner()) {
            t.kolumn(kolumn, 10, e -> {
                Object v = e.getValue().get(kolumn);
                return v == null ? Messages.saknas : v.toString();
            });
        }
        return t;
    }

    Composite kontroll() {
        return ram;
    }

    void visa(List<T> rader) {
        tabell.setInput(rader);
    }

    @SuppressWarnings("unchecked")
    private void kolumn(String rubrik, int vikt, Function<T, String> text) {
        TableViewerColumn kolumn = new TableViewerColumn(tabell, SWT.NONE);
        kolumn.getColumn().setText(rubrik);
        kolumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String t = text.apply((T) element);
                return t == null ? "" : t; //$NON-NLS-1$
            }
        });
        layout.setColumnData(kolumn.getColumn(), new ColumnWeightData(vikt, 50));
    }
}
