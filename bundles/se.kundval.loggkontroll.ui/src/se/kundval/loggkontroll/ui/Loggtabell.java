package se.kundval.loggkontroll.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
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

    static TableViewer skapa(Composite parent) {
        TableViewer tabell = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        Color rod = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        Font fet = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        kolumn(tabell, Messages.kolumnTid, 150, p -> TID.format(p.tid()), rod, fet);
        kolumn(tabell, Messages.kolumnAnvandare, 100, Atkomstpost::anvandare, rod, fet);
        kolumn(tabell, Messages.kolumnRoll, 170, p -> Granskningstexter.varde(p.roll().getName()), rod, fet);
        kolumn(tabell, Messages.kolumnKlient, 150, p -> NLS.bind(Messages.klientMedAdress, klient(p.klient().typ()), p.klient().adress()), rod,
                fet);
        kolumn(tabell, Messages.kolumnKund, 110, Atkomstpost::kundId, rod, fet);
        kolumn(tabell, Messages.kolumnHandling, 80, p -> handling(p.handling()), rod, fet);
        kolumn(tabell, Messages.kolumnPlats, 120, Atkomstpost::plats, rod, fet);
        kolumn(tabell, Messages.kolumnFlaggor, 340, Loggtabell::flaggor, rod, fet);
        kolumn(tabell, Messages.kolumnGranskad, 260, p -> p.granskning() == null ? "" //$NON-NLS-1$
                : NLS.bind(Messages.granskad, new Object[] {TID.format(p.granskning().tid()), p.granskning().granskare(),
                    p.granskning().kommentar()}), rod, fet);
        return tabell;
    }

    private static void kolumn(TableViewer tabell, String rubrik, int bredd, Function<Atkomstpost, String> text, Color rod, Font fet) {
        TableViewerColumn k = new TableViewerColumn(tabell, SWT.NONE);
        k.getColumn().setText(rubrik);
        k.getColumn().setWidth(bredd);
        k.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Atkomstpost) element);
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
