package se.kundval.kund.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import se.kundval.model.Insats;
import se.kundval.model.tid.Insatsperiod;

/**
 * The kund's insatser, newest first: id, type, status, start, planned end (after förlängningar,
 * DOMAIN §3), avslutsorsak and anordnare (last: the longest text, the first to be scrolled to in a
 * narrow part). The table carries the data key
 * {@code se.kundval.kund.ui.kund.insatser}.
 */
final class Insatshistorik {

    static final String TABELL = "se.kundval.kund.ui.kund.insatser"; //$NON-NLS-1$

    private static final Comparator<Insats> NYAST_FORST = Comparator.comparing(Insats::getStartdatum,
            Comparator.nullsLast(Comparator.reverseOrder()));

    private final Composite ram;
    private final TableViewer tabell;

    Insatshistorik(Composite parent) {
        ram = new Composite(parent, SWT.NONE);
        TableColumnLayout kolumnlayout = new TableColumnLayout();
        ram.setLayout(kolumnlayout);
        tabell = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.getTable().setData(KunderPart.DATANYCKEL, TABELL);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        kolumn(kolumnlayout, Messages.kolumnInsatsId, 14, 104, Insats::getInsatsId);
        kolumn(kolumnlayout, Messages.kolumnInsatstyp, 10, 64, i -> i.getInsatstyp() == null ? "" : i.getInsatstyp().getKod()); //$NON-NLS-1$
        kolumn(kolumnlayout, Messages.kolumnStatus, 12, 80, i -> Etiketter.av(i.getStatus()));
        kolumn(kolumnlayout, Messages.kolumnStart, 12, 88, i -> Kunduppgifter.datum(i.getStartdatum()));
        kolumn(kolumnlayout, Messages.kolumnPlaneratSlut, 12, 96, Insatshistorik::planeratSlut);
        kolumn(kolumnlayout, Messages.kolumnAvslutsorsak, 18, 110, i -> i.getAvslut() == null ? "" : Etiketter.av(i.getAvslut().getAvslutsorsak())); //$NON-NLS-1$
        kolumn(kolumnlayout, Messages.kolumnAnordnare, 22, 120, i -> i.getAnordnare() == null ? "" : i.getAnordnare().getNamn()); //$NON-NLS-1$
    }

    Composite kontroll() {
        return ram;
    }

    void visa(List<Insats> insatser) {
        tabell.setInput(insatser.stream().sorted(NYAST_FORST).toList());
    }

    void tom() {
        tabell.setInput(List.of());
    }

    void fokus() {
        tabell.getTable().setFocus();
    }

    private void kolumn(TableColumnLayout kolumnlayout, String rubrik, int vikt, int minstaBredd, Function<Insats, String> text) {
        TableViewerColumn kolumn = new TableViewerColumn(tabell, SWT.NONE);
        kolumn.getColumn().setText(rubrik);
        kolumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String t = text.apply((Insats) element);
                return t == null ? "" : t; //$NON-NLS-1$
            }
        });
        kolumnlayout.setColumnData(kolumn.getColumn(), new ColumnWeightData(vikt, minstaBredd));
    }

    /** E' of DOMAIN §3: the end of the granted length plus förlängningar. */
    private static String planeratSlut(Insats insats) {
        return insats.getStartdatum() == null ? "" : Kunduppgifter.datum(Insatsperiod.av(insats).slut()); //$NON-NLS-1$
    }
}
