package se.kundval.ersattning.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.kundval.core.ersattning.Anordnarsumma;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.ersattning.Utbetalningsunderlag;

/**
 * A row of the Ersättning table: an anordnare with its subtotals (the parent of its lines in the
 * tree), one line of the utbetalningsunderlag, or the month's total at the end.
 */
sealed interface Underlagsrad {

    /** An anordnare and the sums of its lines. */
    record Anordnare(Anordnarsumma summa, int poster) implements Underlagsrad {
    }

    /** One line as the compensation engine computed it. */
    record Post(Utbetalningsrad rad) implements Underlagsrad {
    }

    /** Everything the month pays and may come to pay. */
    record Summa(BigDecimal attBetala, BigDecimal vantarPaBedomning, int poster, int anordnare) implements Underlagsrad {
    }

    /**
     * The rows in display order: the anordnare by name, each followed by its lines in the
     * underlag's own order (insats, line type), and the total last. Sums are the service's, which
     * adds the rounded lines.
     */
    static List<Underlagsrad> av(Utbetalningsunderlag underlag) {
        Map<String, List<Utbetalningsrad>> perOrgnr = new TreeMap<>();
        for (Utbetalningsrad rad : underlag.rader()) {
            perOrgnr.computeIfAbsent(rad.orgnr(), k -> new ArrayList<>()).add(rad);
        }
        List<Anordnarsumma> summor = new ArrayList<>(underlag.perAnordnare());
        summor.sort(Comparator.comparing((Anordnarsumma s) -> s.namn() == null ? "" : s.namn()).thenComparing(Anordnarsumma::orgnr)); //$NON-NLS-1$
        List<Underlagsrad> rader = new ArrayList<>();
        for (Anordnarsumma summa : summor) {
            List<Utbetalningsrad> poster = perOrgnr.get(summa.orgnr());
            rader.add(new Anordnare(summa, poster.size()));
            poster.forEach(p -> rader.add(new Post(p)));
        }
        rader.add(new Summa(underlag.attBetala(), underlag.vantarPaBedomning(), underlag.rader().size(), summor.size()));
        return rader;
    }
}
