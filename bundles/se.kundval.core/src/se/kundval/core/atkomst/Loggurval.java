package se.kundval.core.atkomst;

/**
 * The systematic selections of loggkontroll (DOMAIN §12). What each one means exactly is in
 * docs/decisions/0201-loggkontroll.md.
 */
public enum Loggurval {
    /** A kund outside the user's own caseload, own beslut or own anordnare. */
    UTANFOR_EGET_ANSVAR,
    /** A kund with skyddade personuppgifter. */
    SKYDDAD_IDENTITET,
    /** A user who opened more kunder one by one in a day than the selection's limit. */
    MANGA_KUNDER_PER_DAG,
    /** An access before 07, from 19 on, or on a Saturday or Sunday (Stockholm time). */
    UTANFOR_KONTORSTID
}
