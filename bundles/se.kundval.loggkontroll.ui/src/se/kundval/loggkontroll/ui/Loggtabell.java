package se.kundval.loggkontroll.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;

import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.atkomst.Atkomstpost;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.tjanst.Granskningstexter;
import se.kundval.ui.Tabellstil;

/**
 * The access-log table of loggkontroll: one row per entry with its flags and latest review; an
 * access to a protected identity in red and bold, so it stands out (DOMAIN §12).
 */
final class Loggtabell {

    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

    private Loggtabell() {
    }

    /**
     * The table in a frame of its own, whose layout shares the width among the columns by weight
     * (never below each one's minimum): with fixed widths the Granskad column began beyond the right
     * edge on a 1280 px screen. Lay out the returned viewer's control's parent.
     */
    static TableViewer skapa(Composite parent) {
        Composite ram = new Composite(parent, SWT.NONE);
        TableColumnLayout kolumner = new TableColumnLayout();
        ram.setLayout(kolumner);
        TableViewer tabell = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        // a text narrower than its column on a small screen is read in full on hover
        ColumnViewerToolTipSupport.enableFor(tabell);
        Color rod = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        Font fet = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        kolumn(tabell, kolumner, Messages.kolumnTid, bredd(125), p -> TID.format(p.tid()), rod, fet);
        kolumn(tabell, kolumner, Messages.kolumnAnvandare, bredd(75), Atkomstpost::anvandare, rod, fet);
        kolumn(tabell, kolumner, Messages.kolumnRoll, bredd(115), p -> Granskningstexter.varde(p.roll().getName()), rod,
                fet);
        kolumn(tabell, kolumner, Messages.kolumnKlient, bredd(115),
                p -> NLS.bind(Messages.klientMedAdress, klient(p.klient().typ()), p.klient().adress()), rod, fet);
        kolumn(tabell, kolumner, Messages.kolumnKund, bredd(85), Atkomstpost::kundId, rod, fet);
        kolumn(tabell, kolumner, Messages.kolumnHandling, bredd(65), p -> handling(p.handling()), rod, fet);
        kolumn(tabell, kolumner, Messages.kolumnPlats, bredd(80), Atkomstpost::plats, rod, fet);
        kolumn(tabell, kolumner, Messages.kolumnFlaggor, bredd(340), Loggtabell::flaggor, rod, fet);
        kolumn(tabell, kolumner, Messages.kolumnGranskad, bredd(180), p -> p.granskning() == null ? "" //$NON-NLS-1$
                : NLS.bind(Messages.granskad, new Object[] {TID.format(p.granskning().tid()), p.granskning().granskare(),
                    p.granskning().kommentar()}), rod, fet);
        return tabell;
    }

    /**
     * A column's share of the width in proportion to its minimum: when the table is at least as wide
     * as the minimums together, every column gets at least its own (a share below the minimum would be
     * raised to it and push the last column past the edge).
     */
    private static ColumnWeightData bredd(int minst) {
        return new ColumnWeightData(minst, minst);
    }

    private static void kolumn(TableViewer tabell, TableColumnLayout kolumner, String rubrik, ColumnWeightData bredd,
            Function<Atkomstpost, String> text, Color rod, Font fet) {
        TableViewerColumn k = new TableViewerColumn(tabell, SWT.NONE);
        k.getColumn().setText(rubrik);
        kolumner.setColumnData(k.getColumn(), bredd);
        k.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Atkomstpost) element);
            }

            @Override
            public String getToolTipText(Object element) {
                String helt = getText(element);
                return helt.isEmpty() ? null : helt;
            }

            @Override
            public Color getForeground(Object element) {
                if (!((Atkomstpost) element).skyddad()) {
                    return null;
                }
                // dark red is unreadable on the dark theme's background: the bright red stands out there
                return Tabellstil.mork(tabell.getTable().getBackground().getRGB())
                        ? tabell.getTable().getDisplay().getSystemColor(SWT.COLOR_RED) : rod;
            }

            @Override
            public Font getFont(Object element) {
                return ((Atkomstpost) element).skyddad() ? fet : null;
            }
        });
    }

    static String klient(Klient.Typ typ) {
        return switch (typ) {
            case ARBETSBANK -> Messages.klientARBETSBANK;
            case KOMMANDORAD -> Messages.klientKOMMANDORAD;
            case PORTAL -> Messages.klientPORTAL;
        };
    }

    static String handling(Atkomsthandling h) {
        return switch (h) {
            case LASA -> Messages.handlingLASA;
            case ANDRA -> Messages.handlingANDRA;
            case SKRIVA_UT -> Messages.handlingSKRIVA_UT;
            case EXPORTERA -> Messages.handlingEXPORTERA;
        };
    }

    static String flaggor(Atkomstpost p) {
        List<String> f = new ArrayList<>();
        if (p.skyddad()) {
            f.add(Messages.flaggaSkyddad);
        }
        if (p.utanforAnsvar()) {
            f.add(Messages.flaggaUtanforAnsvar);
        }
        if (p.utanforKontorstid()) {
            f.add(Messages.flaggaUtanforKontorstid);
        }
        return String.join(", ", f); //$NON-NLS-1$
    }
}
