package se.kundval.core.utbyte;

import java.util.List;

/**
 * One data row of an interchange file (DOMAIN §9).
 *
 * @param rad  the line number in the file; the header is line 1
 * @param falt the row's fields, as many as the header has columns
 */
public record Utbytesrad(int rad, List<String> falt) {

    public String falt(int kolumn) {
        return falt.get(kolumn);
    }
}
