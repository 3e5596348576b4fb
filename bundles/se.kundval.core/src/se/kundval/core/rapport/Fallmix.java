package se.kundval.core.rapport;

import java.util.List;

/**
 * The case-mix model of a period (DOMAIN §13): a logistic regression of lyckat over every judged
 * avslut of the kommun, intercept plus categorical covariates, fitted by maximum likelihood.
 *
 * @param status        whether the period could be fitted
 * @param bedomda       judged avslut in the period
 * @param lyckade       of those, lyckade
 * @param parametrar    estimated coefficients, intercept included; 0 without a model
 * @param oddskvoter    per covariate level, reference levels included; empty without a model
 */
public record Fallmix(Status status, int bedomda, int lyckade, int parametrar, List<Oddskvot> oddskvoter) {

    /** Whether a model exists for the period. */
    public enum Status {
        /** Fitted. */
        SKATTAD,
        /** Too few judged avslut, or only one outcome, for the number of coefficients. */
        FOR_FA_AVSLUT,
        /** The optimiser did not reach the maximum (the data separate the outcomes). */
        EJ_SKATTBAR
    }

    public Fallmix {
        oddskvoter = List.copyOf(oddskvoter);
    }

    /** The kommun's share of lyckade among the judged avslut, the centre of the funnel plot. */
    public double andelLyckade() {
        return bedomda == 0 ? 0 : (double) lyckade / bedomda;
    }
}
