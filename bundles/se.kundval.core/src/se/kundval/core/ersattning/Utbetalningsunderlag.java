package se.kundval.core.ersattning;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the kommun pays the anordnare for one calendar month (DOMAIN §5): the lines in a stable
 * order (anordnare, insats, line type), with totals that are sums of the rounded lines.
 *
 * @param manad the month
 * @param rader the lines
 */
public record Utbetalningsunderlag(YearMonth manad, List<Utbetalningsrad> rader) {

    public Utbetalningsunderlag {
        rader = List.copyOf(rader);
    }

    /** The total payable now. */
    public BigDecimal attBetala() {
        return summa(rader, Radstatus.ATT_BETALA);
    }

    /** The total of lines that wait for an avslutsbedömning. */
    public BigDecimal vantarPaBedomning() {
        return summa(rader, Radstatus.VANTAR_PA_BEDOMNING);
    }

    /** Subtotals per anordnare, in organisationsnummer order. */
    public List<Anordnarsumma> perAnordnare() {
        Map<String, List<Utbetalningsrad>> grupper = new TreeMap<>();
        for (Utbetalningsrad rad : rader) {
            grupper.computeIfAbsent(rad.orgnr(), k -> new ArrayList<>()).add(rad);
        }
        List<Anordnarsumma> summor = new ArrayList<>();
        grupper.forEach((orgnr, egna) -> summor.add(new Anordnarsumma(orgnr, egna.get(0).anordnare(),
                summa(egna, Radstatus.ATT_BETALA), summa(egna, Radstatus.VANTAR_PA_BEDOMNING))));
        return summor;
    }

    private static BigDecimal summa(List<Utbetalningsrad> rader, Radstatus status) {
        BigDecimal summa = BigDecimal.ZERO.setScale(2);
        for (Utbetalningsrad rad : rader) {
            if (rad.status() == status) {
                summa = summa.add(rad.belopp());
            }
        }
        return summa;
    }
}
