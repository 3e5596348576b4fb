package se.kundval.core.rapport;

/** The plain reading of an anordnare's justerad kvot (DOMAIN §13). */
public enum Tolkning {
    /** The 95 % interval lies above 1. */
    FLER_AN_VANTAT,
    /** The interval contains 1: the difference may be chance. */
    SOM_VANTAT,
    /** The 95 % interval lies below 1. */
    FARRE_AN_VANTAT,
    /** Fewer than {@link JusteradKvot#MINSTA_ANTAL} judged avslut, or no model for the period. */
    FOR_FA
}
