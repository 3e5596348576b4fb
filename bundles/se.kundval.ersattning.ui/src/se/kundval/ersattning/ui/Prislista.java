package se.kundval.ersattning.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import se.kundval.model.Pris;
import se.kundval.model.Prisstatus;

/**
 * One type's prislista, newest first: from which day, checkbelopp per month, resultatbonus, where
 * the row stands in the four-eyes approval (proposed by, approved by, withdrawn) and which price
 * applies today (a month is paid at the approved price valid on its first day, DOMAIN §4; of two
 * approved rows from one day the later approval is the correction). The selected row is handed on.
 */
final class Prislista {

    static final String TABELL = "se.kundval.ersattning.ui.prislista.priser"; //$NON-NLS-1$

    private static final Comparator<Pris> GODKANNANDE = Comparator.comparing(Pris::getGodkandTid,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Pris::getId);

    private final Composite ram;
    private final TableViewer tabell;
    private Pris galler;
    private LocalDate idag = LocalDate.MIN;

    Prislista(Composite parent, Consumer<Pris> vald) {
        ram = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        ram.setLayout(layout);
        tabell = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.getTable().setData(ErsattningPart.DATANYCKEL, TABELL);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        Tabellhjalp.kolumn(tabell, layout, Pris.class, Messages.kolumnGiltigFran, 12, 90, false,
                p -> Insatstyplista.datum(p.getGiltigFran()));
        Tabellhjalp.kolumn(tabell, layout, Pris.class, Messages.kolumnCheckbelopp, 16, 110, true, p -> Texter.belopp(p.getCheckbelopp()));
        Tabellhjalp.kolumn(tabell, layout, Pris.class, Messages.kolumnBonus, 14, 100, true,
                p -> p.getBonus() == null ? Messages.ingenBonus : Texter.belopp(p.getBonus()));
        Tabellhjalp.kolumn(tabell, layout, Pris.class, Messages.kolumnGodkannande, 42, 270, false, Prislista::godkannande);
        Tabellhjalp.kolumn(tabell, layout, Pris.class, Messages.kolumnAnmarkning, 16, 90, false, this::anmarkning);
        tabell.addSelectionChangedListener(h -> vald.accept((Pris) ((IStructuredSelection) h.getSelection()).getFirstElement()));
    }

    Composite kontroll() {
        return ram;
    }

    /** The rows of one type, out of the whole prislista. */
    void visa(List<Pris> alla, String kod, LocalDate dag) {
        idag = dag;
        List<Pris> typens = alla.stream().filter(p -> p.getInsatstyp().getKod().equals(kod))
                .sorted(Comparator.comparing(Pris::getGiltigFran).thenComparing(Pris::getId).reversed()).toList();
        galler = typens.stream().filter(p -> p.getStatus() == Prisstatus.GODKAND && !p.getGiltigFran().isAfter(dag))
                .max(Comparator.comparing(Pris::getGiltigFran).thenComparing(GODKANNANDE)).orElse(null);
        tabell.setInput(typens);
    }

    void tom() {
        galler = null;
        tabell.setInput(List.of());
    }

    private static String godkannande(Pris pris) {
        return switch (pris.getStatus()) {
            case FORESLAGEN -> NLS.bind(Messages.prisForeslaget, namn(pris.getForeslagenAv()));
            case GODKAND -> pris.getGodkandAv() == null ? Messages.prisGodkantFranBorjan
                    : NLS.bind(Messages.prisGodkant, namn(pris.getForeslagenAv()), pris.getGodkandAv());
            case ATERKALLAD -> NLS.bind(Messages.prisAterkallat, namn(pris.getAterkalladAv()));
        };
    }

    private static String namn(String anvandare) {
        return anvandare == null ? "" : anvandare; //$NON-NLS-1$
    }

    private String anmarkning(Pris pris) {
        if (pris == galler) {
            return Messages.prisGallerNu;
        }
        if (pris.getStatus() == Prisstatus.GODKAND) {
            return pris.getGiltigFran().isAfter(idag) ? Messages.prisKommande : Messages.prisErsatt;
        }
        return ""; //$NON-NLS-1$
    }
}
