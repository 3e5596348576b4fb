package se.kundval.kund.ui;

import java.util.Comparator;
import java.util.List;
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

import se.kundval.model.Genomforandeplan;
import se.kundval.model.Insats;
import se.kundval.model.Planmal;
import se.kundval.model.Planrevision;

/**
 * The genomförandeplan of each insats in one line: when it was drawn up, its mål, how many
 * aktiviteter, the latest revision. An insats without a plan says so, since every insats must
 * have one (a tillsyn requirement). Table {@code se.kundval.kund.ui.editor.plan}.
 */
final class Plansammanfattning {

    static final String TABELL = "se.kundval.kund.ui.editor.plan"; //$NON-NLS-1$

    private final Composite ram;
    private final TableViewer tabell;

    Plansammanfattning(Composite parent) {
        ram = new Composite(parent, SWT.NONE);
        TableColumnLayout kolumner = new TableColumnLayout();
        ram.setLayout(kolumner);
        tabell = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.getTable().setData(KunderPart.DATANYCKEL, TABELL);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        kolumn(kolumner, Messages.kolumnInsatsId, 12, 104, Insats::getInsatsId);
        kolumn(kolumner, Messages.kolumnUpprattad, 12, 90, i -> plan(i) == null ? Messages.planSaknas
                : Kunduppgifter.datum(plan(i).getUpprattad()));
        kolumn(kolumner, Messages.kolumnMal, 44, 200, i -> plan(i) == null ? "" //$NON-NLS-1$
                : plan(i).getMal().stream().map(Planmal::getBeskrivning).collect(Collectors.joining("; "))); //$NON-NLS-1$
        kolumn(kolumner, Messages.kolumnAktiviteter, 12, 80, i -> plan(i) == null ? "" //$NON-NLS-1$
                : Integer.toString(plan(i).getAktiviteter().size()));
        kolumn(kolumner, Messages.kolumnRevision, 22, 120, Plansammanfattning::senasteRevision);
    }

    Composite kontroll() {
        return ram;
    }

    void visa(List<Insats> insatser) {
        tabell.setInput(insatser.stream().sorted(Comparator.comparing(Insats::getStartdatum,
                Comparator.nullsLast(Comparator.reverseOrder()))).toList());
    }

    void tom() {
        tabell.setInput(List.of());
    }

    private static Genomforandeplan plan(Insats insats) {
        return insats.getGenomforandeplan();
    }

    private static String senasteRevision(Insats insats) {
        if (plan(insats) == null) {
            return ""; //$NON-NLS-1$
        }
        return plan(insats).getRevisioner().stream().filter(r -> r.getDatum() != null)
                .max(Comparator.comparing(Planrevision::getDatum))
                .map(r -> NLS.bind(Messages.revisionText, Kunduppgifter.datum(r.getDatum()), r.getRevideradAv()))
                .orElse(""); //$NON-NLS-1$
    }

    private void kolumn(TableColumnLayout kolumner, String rubrik, int vikt, int minsta, Function<Insats, String> text) {
        TableViewerColumn k = new TableViewerColumn(tabell, SWT.NONE);
        k.getColumn().setText(rubrik);
        k.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((Insats) element);
                return s == null ? "" : s; //$NON-NLS-1$
            }
        });
        kolumner.setColumnData(k.getColumn(), new ColumnWeightData(vikt, minsta));
    }
}
