package se.kundval.core.dataskydd;

/** The forms a registerutdrag is handed out in. */
public enum Utdragsformat {
    JSON, PDF
}
