package se.kundval.core.ersattning;

/** The kinds of line in an utbetalningsunderlag (DOMAIN §5). */
public enum Radtyp {
    /** The month's share of the type's checkbelopp. */
    CHECKBELOPP,
    /** Half a month's price for an early avslut that is not bonusgrundande (2024 types). */
    AVSLUTSERSATTNING,
    /** The checkbelopp the rest of the granted time would have earned (AMI). */
    SNABBHETSPREMIE,
    /** The prislista's bonus times the type's bonus share. */
    RESULTATBONUS
}
