package se.kundval.core.tjanst;

import java.util.Map;

/**
 * A page of the kund list: filters per column (a case-insensitive "contains" for text), one sort
 * column, and the rows wanted. The list is read page by page so that it scales to any number of
 * kunder.
 *
 * @param filter     column → text the column must contain
 * @param sortering  the column to sort by, or null for kund-id
 * @param fallande   true for descending
 * @param forsta     index of the first row wanted
 * @param antal      number of rows wanted
 */
public record Kundfraga(Map<Kundkolumn, String> filter, Kundkolumn sortering, boolean fallande, int forsta, int antal) {

    public Kundfraga {
        filter = Map.copyOf(filter);
    }

    public static Kundfraga alla(int forsta, int antal) {
        return new Kundfraga(Map.of(), null, false, forsta, antal);
    }

    public Kundfraga sida(int nyForsta, int nyttAntal) {
        return new Kundfraga(filter, sortering, fallande, nyForsta, nyttAntal);
    }
}
