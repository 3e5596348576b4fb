package se.kundval.behorighet.tests;

import java.util.Objects;

/**
 * One call of a service method by anordnare A aimed at B's kund, and what the service must answer.
 *
 * @param metod       the method as {@link Tjanstemetoder#nyckel} names it, e.g. {@code KundService.hamta(Inloggning, long)}
 * @param beskrivning what the call tries
 * @param utfall      refused, or answered without B's data
 * @param skal        for a method open to anordnare: why in one line; null otherwise
 * @param anrop       the call
 */
record Fall(String metod, String beskrivning, Utfall utfall, String skal, Anrop anrop) {

    /** What the service must do with the call. */
    enum Utfall {
        /** Refused with {@code AtkomstNekadException}, writing nothing. */
        NEKAS,
        /** Answered, and nothing in the answer is B's kund or insats (a filtered list, the open register). */
        UTAN_ANDRAS_DATA,
        /** Answered as if B's thing did not exist, so that not even its existence leaks (decision 0372). */
        FINNS_INTE
    }

    /** The call, made in the world of the two anordnare; returns what the service returned. */
    @FunctionalInterface
    interface Anrop {
        Object gor(TvaAnordnare varld) throws Exception;
    }

    Fall {
        Objects.requireNonNull(metod);
        Objects.requireNonNull(anrop);
    }

    /** The call must be refused. */
    static Fall nekas(String metod, String beskrivning, Anrop anrop) {
        return new Fall(metod, beskrivning, Utfall.NEKAS, null, anrop);
    }

    /** The call aims at something of B's that, for A, must not exist. */
    static Fall finnsInte(String metod, String beskrivning, Anrop anrop) {
        return new Fall(metod, beskrivning, Utfall.FINNS_INTE, null, anrop);
    }

    /** The call is A's own business; the answer must be limited to A's kunder. */
    static Fall filtreras(String metod, String beskrivning, Anrop anrop) {
        return new Fall(metod, beskrivning, Utfall.UTAN_ANDRAS_DATA, null, anrop);
    }

    /** The method is open to anordnare for the reason given; the answer must still hold nothing of B's kund. */
    static Fall oppen(String metod, String skal, Anrop anrop) {
        return new Fall(metod, "öppen: " + skal, Utfall.UTAN_ANDRAS_DATA, skal, anrop);
    }

    @Override
    public String toString() {
        return metod + " – " + beskrivning;
    }
}
