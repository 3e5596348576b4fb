package se.kundval.core.csv;

/**
 * Why a CSV file could not be read further.
 *
 * @param rad         the line of the problem (the first line is 1)
 * @param meddelande  what is wrong, in Swedish, without the file name
 */
public record Csvfel(int rad, String meddelande) {
}
