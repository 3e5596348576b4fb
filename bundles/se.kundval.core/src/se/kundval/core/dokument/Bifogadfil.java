package se.kundval.core.dokument;

/**
 * A file as the anordnare uploads it: its name on the anordnare's computer and its bytes.
 *
 * @param filnamn  the name, without any folder
 * @param innehall the bytes
 */
public record Bifogadfil(String filnamn, byte[] innehall) {
}
