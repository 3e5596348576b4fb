package se.kundval.utbyte.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.eclipse.osgi.util.NLS;

import se.kundval.core.tjanst.Importlager;
import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.Utbytesrad;
import se.kundval.model.Insats;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Manadsrapportstatus;

/**
 * manadsrapporter.csv read as a stream after the insatser (decision 0440): each row is checked as it
 * is parsed and, while nothing anywhere is wrong, handed to the writer; no row and no EMF object is
 * kept. The checks are those of the file (fields, a known insats, one report per insats and month);
 * the model's own rules for a månadsrapport concern only fields the file does not carry, and its rule
 * of one report per month is the duplicate check here.
 */
final class Rapportlasning {

    private static final String INSATS_ID = "insats_id"; //$NON-NLS-1$
    private static final String PERIOD = "period"; //$NON-NLS-1$
    private static final String STATUS = "status"; //$NON-NLS-1$
    /** Years whose months fit the compact key; a period outside them (a typing error) is keyed as an object. */
    private static final int STORSTA_AR = 1 << 20;

    private record Rapportnyckel(String insatsId, YearMonth period) {
    }

    private final Importkontext k;
    /** Each insats_id met, numbered once: the compact key of a report is its number and month. */
    private final Map<String, Integer> insatsnummer = new HashMap<>();
    /** The line each (insats, month) was first met on, twelve bytes a report instead of a pair of objects. */
    private final LongIntHashMap forstaRad = new LongIntHashMap();
    private final Map<Rapportnyckel, Integer> ovrigaForstaRad = new HashMap<>();
    private long rader;

    Rapportlasning(Importkontext kontext) {
        this.k = kontext;
    }

    /**
     * Reads the file, checking every row; a good row goes to {@code mottagare} as long as the import
     * has found nothing wrong. A file that cannot be read is reported like the others.
     */
    void las(Path fil, Importlager.Rapportmottagare mottagare) {
        Karnfil karnfil = Karnfil.MANADSRAPPORTER;
        try {
            Fillasning.strom(fil, karnfil.kolumner(), k.fel.fil(karnfil.filnamn()), rad -> rad(rad, mottagare), trasig -> {
            });
        } catch (IOException e) {
            k.fel.fil(karnfil.filnamn()).fel(0, NLS.bind(Messages.kanInteLasa, e.getMessage()));
        }
    }

    /** The rows with the header's fields, as the other files count theirs. */
    long rader() {
        return rader;
    }

    private void rad(Utbytesrad rad, Importlager.Rapportmottagare mottagare) {
        rader++;
        Falt f = k.falt(Karnfil.MANADSRAPPORTER, rad);
        String insatsId = f.krav(INSATS_ID);
        YearMonth period = f.manad(PERIOD);
        Manadsrapportstatus status = f.krav(STATUS) == null ? null : f.uppraknat(STATUS, Literals.MANADSRAPPORTSTATUS);
        LocalDate inlamnad = f.datum("inlamnad"); //$NON-NLS-1$
        Insats insats = insatsId == null ? null : k.insatser.get(insatsId);
        if (insatsId != null && insats == null && (k.insatsIdRad.containsKey(insatsId)
                || k.olasbara.contains(Karnfil.INSATSER.filnamn()))) {
            f.utanMeddelande();
        } else if (insatsId != null && insats == null) {
            f.fel(NLS.bind(Messages.saknasIFil, new Object[] {INSATS_ID, insatsId, Karnfil.INSATSER.filnamn()}));
        }
        if (insatsId != null && period != null) {
            int tidigare = forstaRad(insats != null ? insats.getInsatsId() : insatsId, period, f.rad());
            if (tidigare > 0) {
                f.fel(NLS.bind(Messages.dubblett, Importkontext.nyckel(INSATS_ID, insatsId, PERIOD, period.toString()), tidigare));
            }
        }
        if (f.ok() && k.fel.tom()) {
            mottagare.manadsrapport(insats, period, status, inlamnad);
        }
    }

    /** The line the insats and month were first met on, or 0 when this line is the first; the key is kept. */
    private int forstaRad(String insatsId, YearMonth period, int rad) {
        if (period.getYear() < 0 || period.getYear() >= STORSTA_AR) {
            Integer tidigare = ovrigaForstaRad.putIfAbsent(new Rapportnyckel(insatsId, period), rad);
            return tidigare == null ? 0 : tidigare;
        }
        int nummer = insatsnummer.computeIfAbsent(insatsId, id -> insatsnummer.size());
        long nyckel = (long) nummer << 32 | period.getYear() * 12L + period.getMonthValue() - 1;
        int tidigare = forstaRad.getIfAbsent(nyckel, 0);
        if (tidigare == 0) {
            forstaRad.put(nyckel, rad);
        }
        return tidigare;
    }
}
