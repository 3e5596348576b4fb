package se.kundval.core.tjanst;

import java.util.List;

/**
 * What the effektuppföljningar of an insats found: whether the kund was in egen försörjning 6, 12
 * and 24 months after the avslut; null where no follow-up with an answer is recorded.
 *
 * @param efter6   at 6 months
 * @param efter12  at 12 months
 * @param efter24  at 24 months
 */
public record Effektuppfoljt(Boolean efter6, Boolean efter12, Boolean efter24) {

    /** The months after the avslut at which the effekt is followed up. */
    public static final List<Integer> MANADER = List.of(6, 12, 24);

    /** Nothing followed up. */
    public static final Effektuppfoljt INGEN = new Effektuppfoljt(null, null, null);

    /** The answer at 6, 12 or 24 months, or null. */
    public Boolean efter(int manader) {
        return switch (manader) {
            case 6 -> efter6;
            case 12 -> efter12;
            case 24 -> efter24;
            default -> throw new IllegalArgumentException(String.valueOf(manader));
        };
    }
}
