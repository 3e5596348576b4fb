package se.kundval.kund.ui;

import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.widgets.Composite;

import se.kundval.model.Insats;
import se.kundval.model.tid.Insatsperiod;
import se.kundval.ui.Tabell;

/**
 * The kund's insatser, newest first: id, type (by its name, as Mina kunder shows it), status, start,
 * planned end (after förlängningar, DOMAIN §3), avslutsorsak and anordnare (last: the longest text,
 * the first to be scrolled to in a narrow part). The shared {@link Tabell} sizes every column to its
 * content, so a type such as "Förstärkt jobbpeng" is not cut. The table carries the data key
 * {@code se.kundval.kund.ui.kund.insatser}.
 */
final class Insatshistorik {

    static final String TABELL = "se.kundval.kund.ui.kund.insatser"; //$NON-NLS-1$
    /** Rows the table has room for before it scrolls. */
    private static final int SYNLIGA_RADER = 5;

    private static final Comparator<Insats> NYAST_FORST = Comparator.comparing(Insats::getStartdatum,
            Comparator.nullsLast(Comparator.reverseOrder()));

    private final Tabell<Insats> tabell;

    Insatshistorik(Composite parent) {
        tabell = new Tabell<>(parent, Insats.class, TABELL, SYNLIGA_RADER)
                .kolumn(Messages.kolumnInsatsId, 14, Insats::getInsatsId)
                .kolumn(Messages.kolumnInsatstyp, 14, i -> i.getInsatstyp() == null ? null : i.getInsatstyp().getNamn())
                .kolumn(Messages.kolumnStatus, 12, i -> Etiketter.av(i.getStatus()))
                .kolumn(Messages.kolumnStart, 12, i -> Kunduppgifter.datum(i.getStartdatum()))
                .kolumn(Messages.kolumnPlaneratSlut, 12, Insatshistorik::planeratSlut)
                .kolumn(Messages.kolumnAvslutsorsak, 18, i -> i.getAvslut() == null ? null : Etiketter.av(i.getAvslut().getAvslutsorsak()))
                .kolumn(Messages.kolumnAnordnare, 22, i -> i.getAnordnare() == null ? null : i.getAnordnare().getNamn());
    }

    Composite kontroll() {
        return tabell.kontroll();
    }

    void visa(List<Insats> insatser) {
        tabell.visa(insatser.stream().sorted(NYAST_FORST).toList());
    }

    void tom() {
        tabell.visa(List.of());
    }

    void fokus() {
        tabell.tabell().setFocus();
    }

    /** E' of DOMAIN §3: the end of the granted length plus förlängningar. */
    private static String planeratSlut(Insats insats) {
        return insats.getStartdatum() == null ? null : Kunduppgifter.datum(Insatsperiod.av(insats).slut());
    }
}
