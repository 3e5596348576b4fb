package se.kundval.uppfoljning.internal;

import java.time.LocalDate;

import se.kundval.core.bevakning.Bevakning;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.model.Insats;

/**
 * The limits of DOMAIN §8 ("all limits are preferences") and how a deadline becomes a caseload
 * entry: overdue once passed, a reminder within the look-ahead, otherwise not shown yet.
 */
final class Frister {

    static final String PLAN_DAGAR = "genomforandeplan"; //$NON-NLS-1$
    static final String MANADSRAPPORT_DAG = "manadsrapportDag"; //$NON-NLS-1$
    static final String SLUTAR_INOM = "slutarInom"; //$NON-NLS-1$
    static final String SJUK_UTAN_INTYG = "sjukUtanIntyg"; //$NON-NLS-1$
    static final String FRAMFORHALLNING = "framforhallning"; //$NON-NLS-1$
    static final String GRANSKNING = "granskning"; //$NON-NLS-1$

    private Frister() {
    }

    static int planDagar(Bevakningsgranser g) {
        return g.dagar(PLAN_DAGAR, 30);
    }

    static int manadsrapportDag(Bevakningsgranser g) {
        return g.dagar(MANADSRAPPORT_DAG, 10);
    }

    static int slutarInom(Bevakningsgranser g) {
        return g.dagar(SLUTAR_INOM, 30);
    }

    static int sjukUtanIntyg(Bevakningsgranser g) {
        return g.dagar(SJUK_UTAN_INTYG, 8);
    }

    /** Days a submitted månadsrapport may wait for review before it is overdue. */
    static int granskning(Bevakningsgranser g) {
        return g.dagar(GRANSKNING, 10);
    }

    static int framforhallning(Bevakningsgranser g) {
        return g.dagar(FRAMFORHALLNING, 30);
    }

    /** True when a deadline is close enough (or past) to show in the caseload. */
    static boolean synlig(LocalDate forfaller, LocalDate idag, Bevakningsgranser g) {
        return !forfaller.isAfter(idag.plusDays(framforhallning(g)));
    }

    static Bevakning bevakning(Insats insats, String typ, String text, LocalDate forfaller, LocalDate idag) {
        Bevakning.Niva niva = forfaller.isBefore(idag) ? Bevakning.Niva.FORSENAD : Bevakning.Niva.PAMINNELSE;
        return new Bevakning(insats.getId() == null ? 0 : insats.getId(), typ, text, forfaller, niva);
    }
}
