package se.kundval.anordnare.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.core.dataskydd.Gallringsrapport;
import se.kundval.core.dataskydd.OppetArende;

/** The Gallring part's two tables: the open cases of the latest run, and the kept gallringsrapporter. */
final class Gallringstabeller {

    static final String OPPNA = "se.kundval.anordnare.ui.gallring.oppna"; //$NON-NLS-1$
    static final String RAPPORTER = "se.kundval.anordnare.ui.gallring.rapporter"; //$NON-NLS-1$
    private static final DateTimeFormatter TIDPUNKT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

    private final TableViewer oppna;
    private final TableViewer rapporter;

    /** @param typnamn the insats type's name for its code, as the rest of the workbench shows types (decision 0426) */
    Gallringstabeller(Composite parent, Function<String, String> typnamn) {
        rubrik(parent, Messages.oppnaRubrik);
        oppna = tabell(parent, OPPNA, 120);
        this.<OppetArende>kolumn(oppna, Messages.kolumnInsats, 160, OppetArende::insatsId);
        this.<OppetArende>kolumn(oppna, Messages.kolumnTyp, 120, o -> typnamn.apply(o.insatstyp()));
        this.<OppetArende>kolumn(oppna, Messages.kolumnStart, 120, o -> o.startdatum().toString());
        this.<OppetArende>kolumn(oppna, Messages.kolumnSenastePost, 160, o -> o.senastePost().toString());
        rubrik(parent, Messages.tidigareRubrik);
        rapporter = tabell(parent, RAPPORTER, 160);
        this.<Gallringsrapport>kolumn(rapporter, Messages.kolumnGallringsdag, 105, r -> r.per().toString());
        this.<Gallringsrapport>kolumn(rapporter, Messages.kolumnUtford, 130, r -> TIDPUNKT.format(r.utford()));
        this.<Gallringsrapport>kolumn(rapporter, Messages.kolumnUtfordAv, 85, Gallringsrapport::utfordAv);
        this.<Gallringsrapport>kolumn(rapporter, Messages.kolumnAkter, 100, r -> String.valueOf(r.akter()));
        this.<Gallringsrapport>kolumn(rapporter, Messages.kolumnInsatser, 80, r -> String.valueOf(r.insatser()));
        this.<Gallringsrapport>kolumn(rapporter, Messages.kolumnForskning, 170, r -> String.valueOf(r.sparadeForskning()));
        this.<Gallringsrapport>kolumn(rapporter, Messages.kolumnOppna, 115, r -> String.valueOf(r.oppnaArenden().size()));
    }

    void visaOppna(List<OppetArende> arenden) {
        if (!oppna.getTable().isDisposed()) {
            oppna.setInput(arenden);
        }
    }

    void visaRapporter(List<Gallringsrapport> kvar) {
        if (!rapporter.getTable().isDisposed()) {
            rapporter.setInput(kvar);
        }
    }

    private static void rubrik(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 6).applyTo(l);
    }

    private static TableViewer tabell(Composite parent, String id, int hojd) {
        TableViewer t = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        t.getTable().setData(AnordnarregisterPart.DATANYCKEL, id);
        t.getTable().setHeaderVisible(true);
        t.getTable().setLinesVisible(true);
        t.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, hojd).applyTo(t.getControl());
        return t;
    }

    @SuppressWarnings("unchecked")
    private <T> void kolumn(TableViewer t, String rubrik, int bredd, Function<T, String> text) {
        TableViewerColumn k = new TableViewerColumn(t, SWT.NONE);
        k.getColumn().setText(rubrik);
        k.getColumn().setWidth(bredd);
        k.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((T) element);
            }
        });
    }
}
