package se.kundval.ersattning.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import se.kundval.model.Pris;

/**
 * One type's prices, newest first: from which day, checkbelopp per month, resultatbonus, and which
 * price applies today (a month is paid at the price valid on its first day, DOMAIN §4).
 */
final class Prislista {

    static final String TABELL = "se.kundval.ersattning.ui.prislista.priser"; //$NON-NLS-1$

    private final Composite ram;
    private final TableViewer tabell;
    private Pris galler;
    private LocalDate idag = LocalDate.MIN;

    Prislista(Composite parent) {
        ram = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        ram.setLayout(layout);
        tabell = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.getTable().setData(ErsattningPart.DATANYCKEL, TABELL);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        Tabellhjalp.kolumn(tabell, layout, Pris.class, Messages.kolumnGiltigFran, 20, 90, false,
                p -> Insatstyplista.datum(p.getGiltigFran()));
        Tabellhjalp.kolumn(tabell, layout, Pris.class, Messages.kolumnCheckbelopp, 25, 120, true, p -> Texter.belopp(p.getCheckbelopp()));
        Tabellhjalp.kolumn(tabell, layout, Pris.class, Messages.kolumnBonus, 25, 110, true,
                p -> p.getBonus() == null ? Messages.ingenBonus : Texter.belopp(p.getBonus()));
        Tabellhjalp.kolumn(tabell, layout, Pris.class, Messages.kolumnAnmarkning, 30, 100, false, this::anmarkning);
    }

    Composite kontroll() {
        return ram;
    }

    /** The prices of one type, out of all prices. */
    void visa(List<Pris> alla, String kod, LocalDate dag) {
        idag = dag;
        List<Pris> typens = alla.stream().filter(p -> p.getInsatstyp().getKod().equals(kod))
                .sorted(Comparator.comparing(Pris::getGiltigFran).reversed()).toList();
        galler = typens.stream().filter(p -> !p.getGiltigFran().isAfter(dag)).findFirst().orElse(null);
        tabell.setInput(typens);
    }

    void tom() {
        galler = null;
        tabell.setInput(List.of());
    }

    private String anmarkning(Pris pris) {
        if (pris == galler) {
            return Messages.prisGallerNu;
        }
        return pris.getGiltigFran().isAfter(idag) ? Messages.prisKommande : ""; //$NON-NLS-1$
    }
}
