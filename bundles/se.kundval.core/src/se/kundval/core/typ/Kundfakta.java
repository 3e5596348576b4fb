package se.kundval.core.typ;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.OptionalInt;

import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.tid.Insatsperiod;

/**
 * Facts about a kund and its insatser that eligibility rules of several plugins read the same
 * way: age on a day, whether the kund needs sfi, whether it is nyanländ, whether an insats was
 * prolonged or is ongoing. Kept in core so that the type plugins and the beviljande plugin agree.
 */
public final class Kundfakta {

    /** The modersmål that means the kund does not need sfi (compared without case). */
    public static final String SVENSKA = "svenska"; //$NON-NLS-1$

    /** What the kund's recorded modersmål says about Swedish as an obstacle. */
    public enum Sprakbehov {
        /** Another modersmål than Swedish: the kund is taken to need sfi. */
        BEHOVER_SFI,
        /** Swedish modersmål. */
        SVENSKA,
        /** No modersmål recorded: the handläggare has to find out. */
        OKANT
    }

    private Kundfakta() {
    }

    /** Full years on the day, or empty when the personnummer gives no birth date. */
    public static OptionalInt alder(Kund kund, LocalDate dag) {
        LocalDate fodd = kund.getFodelsedatum();
        if (fodd == null || dag == null || dag.isBefore(fodd)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Period.between(fodd, dag).getYears());
    }

    /**
     * Whether the kund needs sfi, judged from the recorded modersmål (the model has no separate
     * field for Swedish proficiency; see docs/decisions/0021-typernas-behorighetsregler.md).
     */
    public static Sprakbehov sprakbehov(Kund kund) {
        String sprak = kund.getSprak();
        if (sprak == null || sprak.isBlank()) {
            return Sprakbehov.OKANT;
        }
        return SVENSKA.equals(sprak.strip().toLowerCase(Locale.ROOT)) ? Sprakbehov.SVENSKA : Sprakbehov.BEHOVER_SFI;
    }

    /** Nyanländ: in Arbetsförmedlingens etableringsprogram or receiving etableringsersättning. */
    public static boolean nyanland(Kund kund) {
        return kund.isEtableringsprogram() || kund.isEtableringsersattning();
    }

    /** True when the insats was granted longer than its first beslut (förlängd). */
    public static boolean forlangd(Insats insats) {
        Insatsperiod period = Insatsperiod.av(insats);
        return period.slut().isAfter(period.planeratSlut());
    }

    /** True when the insats is active on some day of [fran, till]. */
    public static boolean pagaende(Insats insats, LocalDate fran, LocalDate till) {
        return Insatsperiod.av(insats).overlappar(fran, till);
    }
}
