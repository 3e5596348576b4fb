package se.kundval.ersattning.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import se.kundval.model.Pris;
import se.kundval.model.Prisstatus;
import se.kundval.ui.Tabell;

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

    /** Rows the list has room for before it scrolls. */
    private static final int SYNLIGA_RADER = 5;

    private final Tabell<Pris> tabell;
    private Pris galler;
    private LocalDate idag = LocalDate.MIN;

    Prislista(Composite parent, Consumer<Pris> vald) {
        tabell = new Tabell<>(parent, Pris.class, TABELL, SYNLIGA_RADER)
                .kolumn(Messages.kolumnGiltigFran, 12, p -> Insatstyplista.datum(p.getGiltigFran()))
                .kolumn(Messages.kolumnCheckbelopp, 16, true, p -> Texter.belopp(p.getCheckbelopp()))
                .kolumn(Messages.kolumnBonus, 14, true, p -> p.getBonus() == null ? Messages.ingenBonus : Texter.belopp(p.getBonus()))
                .kolumn(Messages.kolumnGodkannande, 42, Prislista::godkannande)
                .kolumn(Messages.kolumnAnmarkning, 16, this::anmarkning);
        tabell.vidVal(vald);
    }

    Composite kontroll() {
        return tabell.kontroll();
    }

    /** The rows of one type, out of the whole prislista. */
    void visa(List<Pris> alla, String kod, LocalDate dag) {
        idag = dag;
        List<Pris> typens = alla.stream().filter(p -> p.getInsatstyp().getKod().equals(kod))
                .sorted(Comparator.comparing(Pris::getGiltigFran).thenComparing(Pris::getId).reversed()).toList();
        galler = typens.stream().filter(p -> p.getStatus() == Prisstatus.GODKAND && !p.getGiltigFran().isAfter(dag))
                .max(Comparator.comparing(Pris::getGiltigFran).thenComparing(GODKANNANDE)).orElse(null);
        tabell.visa(typens);
    }

    void tom() {
        galler = null;
        tabell.visa(List.of());
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
