package se.kundval.core.csv;

import java.util.List;

/**
 * What {@link Csvlasare} read from a file.
 *
 * @param rader every record before the first problem, the header (if the file has one) included
 * @param fel   empty when the whole file was read; otherwise the problems that stopped reading,
 *              after which no record could be trusted: a broken quote swallows all that follows
 */
public record Csvlasning(List<Csvrad> rader, List<Csvfel> fel) {

    public boolean hel() {
        return fel.isEmpty();
    }
}
