package se.kundval.core.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param rad  the line it starts on (the first line is 1), for {@code fil:rad: meddelande}
 * @param falt its fields as written, without trimming
 */
public record Csvrad(int rad, List<String> falt) {
}
