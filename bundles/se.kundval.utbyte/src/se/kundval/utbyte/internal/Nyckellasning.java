package se.kundval.utbyte.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.Utbytesrad;

/**
 * kunder.csv and insatser.csv read twice as streams (decision 0441): first only their keys, each
 * with the line it first stands on, so that the database can be asked about them and a reference
 * or a duplicate can be judged before any row is built; then the rows one at a time through the
 * checks. Only the keys are kept, never the rows. The first pass reports nothing: every problem
 * is reported once, by the second.
 */
final class Nyckellasning {

    private static final String ORGNR = "orgnr"; //$NON-NLS-1$

    private final Importkontext k;
    /** kund_id mentioned by insatser.csv: the database is asked whether they exist. */
    final Set<String> kundreferenser = new HashSet<>();
    /** orgnr mentioned by insatser.csv. */
    final Set<String> orgnr = new HashSet<>();
    /** Files the first pass could not read at all: their failure is reported once, and they are not read again. */
    private final Set<String> olasta = new HashSet<>();
    /** The rows of each file the second pass read with the header's fields. */
    private int kunder;
    private int insatser;

    Nyckellasning(Importkontext kontext) {
        this.k = kontext;
    }

    /** The keys of kunder.csv: each kund_id and personnummer with the line it first stands on. */
    void kundnycklar(Path fil) {
        nycklar(fil, Karnfil.KUNDER, rad -> {
            forsta(k.kundIdRad, rad.falt(0), rad.rad());
            forsta(k.personnummerRad, rad.falt(1), rad.rad());
        }, k.kundIdRad);
        k.personnummerRad.remove(""); //$NON-NLS-1$
    }

    /** The keys of insatser.csv: each insats_id with its first line, and the kunder and anordnare it names. */
    void insatsnycklar(Path fil) {
        int kund = Karnfil.INSATSER.kolumner().indexOf("kund_id"); //$NON-NLS-1$
        int anordnare = Karnfil.INSATSER.kolumner().indexOf(ORGNR);
        nycklar(fil, Karnfil.INSATSER, rad -> {
            forsta(k.insatsIdRad, rad.falt(0), rad.rad());
            kundreferenser.add(rad.falt(kund));
            orgnr.add(rad.falt(anordnare));
        }, k.insatsIdRad);
    }

    private void nycklar(Path fil, Karnfil karnfil, Consumer<Utbytesrad> goda, Map<String, Integer> iMappen) {
        try {
            boolean lasbar = Fillasning.strom(fil, karnfil.kolumner(), (rad, meddelande) -> {
            }, goda, trasig -> iMappen.putIfAbsent(trasig, 0));
            if (!lasbar) {
                k.olasbara.add(karnfil.filnamn());
            }
        } catch (IOException e) {
            k.fel.fil(karnfil.filnamn()).fel(0, NLS.bind(Messages.kanInteLasa, e.getMessage()));
            k.olasbara.add(karnfil.filnamn());
            olasta.add(karnfil.filnamn());
        }
        iMappen.remove(""); //$NON-NLS-1$
    }

    /** The first line a key stands on; a row that could not be split (line 0) does not count as its first. */
    private static void forsta(Map<String, Integer> rader, String nyckel, int rad) {
        rader.merge(nyckel, rad, (tidigare, ny) -> tidigare == 0 ? ny : tidigare);
    }

    /** The rows of kunder.csv, one at a time through the checks; a file the first pass could not read is not read again. */
    void lasKunder(Path fil, Kundlasning lasning) {
        kunder = rader(fil, Karnfil.KUNDER, lasning::las);
    }

    void lasInsatser(Path fil, Insatslasning lasning) {
        insatser = rader(fil, Karnfil.INSATSER, lasning::lasInsats);
    }

    int kunder() {
        return kunder;
    }

    int insatser() {
        return insatser;
    }

    private int rader(Path fil, Karnfil karnfil, Consumer<Utbytesrad> kontroll) {
        int[] antal = {0};
        if (olasta.contains(karnfil.filnamn())) {
            return 0;
        }
        try {
            Fillasning.strom(fil, karnfil.kolumner(), k.fel.fil(karnfil.filnamn()), rad -> {
                antal[0]++;
                kontroll.accept(rad);
            }, trasig -> {
            });
        } catch (IOException e) {
            k.fel.fil(karnfil.filnamn()).fel(0, NLS.bind(Messages.kanInteLasa, e.getMessage()));
        }
        return antal[0];
    }

    /**
     * Every kund_id the folder mentions on a row that could be split, for the question to the database:
     * a view over the first pass's keys rather than a copy, which for a million kunder would be as large again.
     */
    Set<String> kundIds() {
        Set<String> ovriga = new HashSet<>(kundreferenser);
        ovriga.removeAll(lastaNycklar(k.kundIdRad));
        ovriga.remove(""); //$NON-NLS-1$
        Set<String> egna = lastaNycklar(k.kundIdRad);
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return Stream.concat(egna.stream(), ovriga.stream()).iterator();
            }

            @Override
            public int size() {
                return egna.size() + ovriga.size();
            }
        };
    }

    /** The keys of the rows that could be split (a key only a broken row holds is not asked about), as a view. */
    static Set<String> lastaNycklar(Map<String, Integer> forstaRad) {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return forstaRad.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).iterator();
            }

            @Override
            public int size() {
                return (int) forstaRad.values().stream().filter(rad -> rad > 0).count();
            }

            @Override
            public boolean contains(Object nyckel) {
                Integer rad = forstaRad.get(nyckel);
                return rad != null && rad > 0;
            }
        };
    }
}
