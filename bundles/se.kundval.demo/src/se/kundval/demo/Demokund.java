package se.kundval.demo;

import java.time.LocalDate;
import java.util.List;

import se.kundval.core.utbyte.Utbytesformat;

/**
 * A generated kund: a row of kunder.csv, plus the day the kund first came to the kundval, which
 * decides when its insatser can start.
 */
record Demokund(String kundId, String personnummer, String namn, String kon, String utbildning, String sprak,
        boolean ekonomisktBistand, boolean etableringsprogram, boolean etableringsersattning, String arbetsformaga,
        String kommun, String kv, LocalDate ankomst) {

    static final String OKLAR = "OKLAR"; //$NON-NLS-1$

    List<String> rad() {
        return List.of(kundId, personnummer, namn, kon, utbildning, sprak, Utbytesformat.jn(ekonomisktBistand),
                Utbytesformat.jn(etableringsprogram), Utbytesformat.jn(etableringsersattning), arbetsformaga, kommun, kv);
    }

    boolean svenskaArHinder() {
        return !"svenska".equals(sprak); //$NON-NLS-1$
    }
}
