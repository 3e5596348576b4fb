package se.kundval.kund.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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

import se.kundval.core.tjanst.Granskningstexter;
import se.kundval.model.Faltandring;
import se.kundval.model.Granskningshandelse;

/**
 * The kund's own history from the audit trail, newest first: when, who, what happened, and each
 * field it changed from what to what, in words ("Kön: Man → Kvinna"), one row per field. Table
 * {@code se.kundval.kund.ui.editor.historik}.
 */
final class Kundhistorik {

    static final String TABELL = "se.kundval.kund.ui.editor.historik"; //$NON-NLS-1$
    private static final DateTimeFormatter TIDPUNKT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

    /** One row: a field an entry changed, or the entry itself when it changed none (an import). */
    record Rad(String tidpunkt, String av, String handelse, String falt, String fore, String efter) {
    }

    private final Composite ram;
    private final TableViewer tabell;

    Kundhistorik(Composite parent) {
        ram = new Composite(parent, SWT.NONE);
        TableColumnLayout kolumner = new TableColumnLayout();
        ram.setLayout(kolumner);
        tabell = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.getTable().setData(KunderPart.DATANYCKEL, TABELL);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        // the time, the event and the field are read whole; before and after share what is left
        kolumn(kolumner, Messages.kolumnTidpunkt, 16, 130, Rad::tidpunkt);
        kolumn(kolumner, Messages.kolumnAv, 8, 60, Rad::av);
        kolumn(kolumner, Messages.kolumnGranskning, 22, 175, Rad::handelse);
        kolumn(kolumner, Messages.kolumnFalt, 20, 160, Rad::falt);
        kolumn(kolumner, Messages.kolumnFore, 17, 90, Rad::fore);
        kolumn(kolumner, Messages.kolumnEfter, 17, 90, Rad::efter);
    }

    Composite kontroll() {
        return ram;
    }

    void visa(List<Granskningshandelse> historik) {
        tabell.setInput(rader(historik));
    }

    void tom() {
        tabell.setInput(List.of());
    }

    static List<Rad> rader(List<Granskningshandelse> historik) {
        List<Rad> rader = new ArrayList<>();
        List<Granskningshandelse> nyastForst = historik.stream()
                .sorted(Comparator.comparing(Granskningshandelse::getTidpunkt).thenComparing(Granskningshandelse::getId).reversed())
                .toList();
        for (Granskningshandelse h : nyastForst) {
            String tid = h.getTidpunkt() == null ? "" : TIDPUNKT.format(h.getTidpunkt()); //$NON-NLS-1$
            String vad = Granskningstexter.handelse(h.getHandelse());
            if (h.getAndringar().isEmpty()) {
                rader.add(new Rad(tid, h.getAnvandare(), vad, "", "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            for (Faltandring a : h.getAndringar()) {
                rader.add(new Rad(tid, h.getAnvandare(), vad, Granskningstexter.falt(h.getObjekttyp(), a.getObjekttyp(), a.getFalt()),
                        Granskningstexter.varde(a.getFore()), Granskningstexter.varde(a.getEfter())));
            }
        }
        return rader;
    }

    private void kolumn(TableColumnLayout kolumner, String rubrik, int vikt, int minsta, Function<Rad, String> text) {
        TableViewerColumn k = new TableViewerColumn(tabell, SWT.NONE);
        k.getColumn().setText(rubrik);
        k.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((Rad) element);
                return s == null ? "" : s; //$NON-NLS-1$
            }

            @Override
            public String getToolTipText(Object element) {
                return getText(element);
            }
        });
        kolumner.setColumnData(k.getColumn(), new ColumnWeightData(vikt, minsta));
    }
}
