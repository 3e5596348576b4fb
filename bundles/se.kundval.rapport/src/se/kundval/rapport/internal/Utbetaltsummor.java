package se.kundval.rapport.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.rapport.Rapportsektion;

/**
 * The report's section of what the engine makes payable (docs/decisions/0045-ersattning-i-rapporten.md),
 * summed as the engine hands on the lines of every calendar month the period touches: per anordnare the
 * payable lines (ATT_BETALA) per insatstyp and in total, and what waits for an avslutsbedömning; a
 * last row sums them all.
 */
final class Utbetaltsummor implements BiConsumer<YearMonth, Utbetalningsrad> {

    private final Map<String, Map<String, BigDecimal>> perAnordnare = new TreeMap<>();
    private final Map<String, String> namn = new TreeMap<>();
    private final TreeSet<String> typer = new TreeSet<>();

    @Override
    public void accept(YearMonth manad, Utbetalningsrad rad) {
        namn.put(rad.orgnr(), rad.anordnare());
        Map<String, BigDecimal> summor = perAnordnare.computeIfAbsent(rad.orgnr(), k -> new TreeMap<>());
        String kolumn = rad.attBetala() ? rad.insatstyp() : Ersattningsdelar.VANTAR;
        if (rad.attBetala()) {
            typer.add(rad.insatstyp());
        }
        summor.merge(kolumn, rad.belopp(), BigDecimal::add);
    }

    Rapportsektion sektion() {
        List<String> kolumner = new ArrayList<>(List.of(Ersattningsdelar.NAMN));
        kolumner.addAll(typer);
        kolumner.addAll(List.of(Ersattningsdelar.SUMMA, Ersattningsdelar.VANTAR));
        Map<String, Map<String, Object>> rader = new LinkedHashMap<>();
        Map<String, BigDecimal> alla = new TreeMap<>();
        perAnordnare.forEach((orgnr, summor) -> {
            Map<String, Object> rad = new LinkedHashMap<>();
            rad.put(Ersattningsdelar.NAMN, namn.get(orgnr));
            Ersattningsdelar.belopp(rad, summor, typer);
            summor.forEach((k, v) -> alla.merge(k, v, BigDecimal::add));
            rader.put(orgnr, rad);
        });
        Map<String, Object> totalt = new LinkedHashMap<>();
        totalt.put(Ersattningsdelar.NAMN, Messages.totalt);
        Ersattningsdelar.belopp(totalt, alla, typer);
        rader.put(Ersattningsdelar.TOTALT, totalt);
        return new Rapportsektion(Ersattningsdelar.ERSATTNING, Messages.sektionErsattning, kolumner, rader);
    }
}
