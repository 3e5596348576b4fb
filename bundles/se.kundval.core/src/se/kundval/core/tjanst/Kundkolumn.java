package se.kundval.core.tjanst;

/** The columns of the kund list that can be filtered and sorted. */
public enum Kundkolumn {
    KUND_ID, PERSONNUMMER, NAMN, KON, KOMMUN, SPRAK, UTBILDNINGSNIVA, ANSVARIG
}
