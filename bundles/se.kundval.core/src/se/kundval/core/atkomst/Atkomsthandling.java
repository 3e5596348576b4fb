package se.kundval.core.atkomst;

/** What a user did with a kund's personal data (DOMAIN §12). */
public enum Atkomsthandling {
    LASA,
    ANDRA,
    SKRIVA_UT,
    EXPORTERA
}
