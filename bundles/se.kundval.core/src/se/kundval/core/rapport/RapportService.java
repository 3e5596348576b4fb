package se.kundval.core.rapport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.Insatsuppgift;

/**
 * The kvalitetsrapport (DOMAIN §7) for any period, and the report in the formats it is published
 * in. Needs {@link se.kundval.core.Rattighet#LASA_RAPPORTER}.
 */
public interface RapportService {

    Kvalitetsrapport kvalitetsrapport(Inloggning vem, Rapportperiod period);

    /**
     * The insatser behind one figure of the period's report, counted exactly as the report counts
     * them, in insats-id order: what a user drills down to from a figure.
     */
    List<Insatsuppgift> insatserBakom(Inloggning vem, Rapportperiod period, Figur figur);

    /**
     * Writes the report: JSON in the shape of DOMAIN §10, or its tables as CSV (semicolon, UTF-8),
     * XLSX or PDF. The stream is not closed.
     */
    void skriv(Kvalitetsrapport rapport, Rapportformat format, OutputStream ut) throws IOException;
}
