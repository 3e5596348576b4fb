package se.kundval.core.dataskydd;

import java.time.LocalDate;
import java.util.List;

import se.kundval.core.Inloggning;

/**
 * Gallring of personakter (DOMAIN §12, SoL 12 kap. 1 §). Every method needs
 * {@link se.kundval.core.Rattighet#GALLRA} (administratör).
 */
public interface GallringService {

    /** What {@link #gallra} would do on the day; changes and keeps nothing. */
    Gallringsrapport provkor(Inloggning vem, LocalDate per);

    /**
     * Gallrar every due akt in one transaction: the insatser stay as anonymous statistics (so that
     * earlier kvalitetsrapporter and utbetalningsunderlag keep their figures), everything else about
     * the person goes, and the gallringsrapport is kept. On any failure nothing is changed.
     */
    Gallringsrapport gallra(Inloggning vem, LocalDate per);

    /** The kept gallringsrapporter, the latest first. */
    List<Gallringsrapport> rapporter(Inloggning vem);
}
