package se.kundval.core.rapport;

/**
 * One level of a covariate in the case-mix model: its odds ratio against the covariate's reference
 * level, with the 95 % interval from the inverse Fisher information.
 *
 * @param kovariat   the covariate's key (insatstyp, kon, alder, …)
 * @param niva       the level's code (AMI1, KVINNA, 25-34, …)
 * @param avslut     judged avslut at this level in the period
 * @param referens   the reference level, whose odds ratio is 1 by definition
 * @param oddskvot   exp(coefficient)
 * @param lag        lower end of the 95 % interval, or null for the reference
 * @param hog        upper end, or null for the reference
 */
public record Oddskvot(String kovariat, String niva, int avslut, boolean referens, double oddskvot, Double lag, Double hog) {
}
