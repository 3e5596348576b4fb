package se.kundval.core.typ;

/**
 * The result of one eligibility rule for one kund (DOMAIN §4).
 *
 * @param regel  a stable code for the rule, e.g. {@code ALDER}
 * @param namn   the rule as the handläggare reads it
 * @param utfall pass, fail or warning
 * @param skal   why, in words the handläggare can act on
 */
public record Regelutfall(String regel, String namn, Utfall utfall, String skal) {

    public enum Utfall {
        GODKAND, UNDERKAND, VARNING
    }

    public static Regelutfall godkand(String regel, String namn, String skal) {
        return new Regelutfall(regel, namn, Utfall.GODKAND, skal);
    }

    public static Regelutfall underkand(String regel, String namn, String skal) {
        return new Regelutfall(regel, namn, Utfall.UNDERKAND, skal);
    }

    public static Regelutfall varning(String regel, String namn, String skal) {
        return new Regelutfall(regel, namn, Utfall.VARNING, skal);
    }

    public boolean underkand() {
        return utfall == Utfall.UNDERKAND;
    }
}
