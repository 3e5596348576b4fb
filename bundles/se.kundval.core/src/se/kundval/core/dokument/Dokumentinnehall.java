package se.kundval.core.dokument;

/**
 * A stored document as opened: the name and the type it was stored with, and its bytes.
 *
 * @param filnamn      the name the anordnare gave it
 * @param innehallstyp the MIME type its content showed
 * @param innehall     the bytes
 */
public record Dokumentinnehall(String filnamn, String innehallstyp, byte[] innehall) {
}
