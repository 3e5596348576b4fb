package se.kundval.utbyte.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

/** The keys one file has used so far, with the line that used each first. */
final class Dubbletter<K> {

    private final Map<K, Integer> forsta = new HashMap<>();

    /**
     * Records the key for the row; a key seen on an earlier line, or one the database already
     * holds, is reported on the row with its description.
     */
    void kontrollera(Falt f, K nyckel, Set<K> iDatabasen, String beskrivning) {
        kontrollera(f, nyckel, iDatabasen, () -> beskrivning);
    }

    /**
     * As above, the description formed only for a duplicate: on a large file forming it on every row
     * cost a tenth of the import's checks (docs/benchmarks/import.md).
     */
    void kontrollera(Falt f, K nyckel, Set<K> iDatabasen, Supplier<String> beskrivning) {
        Integer tidigare = forsta.putIfAbsent(nyckel, f.rad());
        if (tidigare != null) {
            f.fel(NLS.bind(Messages.dubblett, beskrivning.get(), tidigare));
        } else if (iDatabasen.contains(nyckel)) {
            f.fel(NLS.bind(Messages.finnsIDatabasen, beskrivning.get()));
        }
    }
}
