package se.kundval.anordnare.ui;

/**
 * What the Anordnarregister publishes as its selection: an anordnare by its organisationsnummer, or
 * a new one when {@code orgnr} is null. A type of its own, so that the parts that follow a kund's
 * database id ({@code Long}) never take an anordnare for a kund.
 */
public record Anordnarval(String orgnr) {

    static Anordnarval ny() {
        return new Anordnarval(null);
    }

    boolean arNy() {
        return orgnr == null;
    }
}
