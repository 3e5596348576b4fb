package se.kundval.ersattning;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;
import se.kundval.core.ersattning.Ersattningsfakta;
import se.kundval.core.ersattning.Prissattning;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.core.typ.Insatstypmodell;

/**
 * One run of the engine over the months from {@code fran} to {@code till}: each insats handed to it
 * is priced for every month it belongs to as it arrives, so a year's insatser never sit in memory,
 * whoever reads them (the engine itself, or a report in its own read).
 */
final class Manadsprissattning implements Prissattning {

    private final YearMonth fran;
    private final YearMonth till;
    private final Prislista prislista;
    private final InsatstypRegister typer;
    private final BiConsumer<YearMonth, Utbetalningsrad> mottagare;
    private final Map<String, Insatstypmodell> modeller = new HashMap<>();
    private final Set<String> saknade = new TreeSet<>();

    Manadsprissattning(YearMonth fran, YearMonth till, Prislista prislista, InsatstypRegister typer,
            BiConsumer<YearMonth, Utbetalningsrad> mottagare) {
        this.fran = fran;
        this.till = till;
        this.prislista = prislista;
        this.typer = typer;
        this.mottagare = mottagare;
    }

    @Override
    public void accept(Ersattningsfakta insats) {
        Insatstypmodell typ = modell(insats.insatstyp());
        if (typ != null) {
            Insatsersattning ersattning = new Insatsersattning(insats, typ, prislista);
            for (YearMonth m = fran; !m.isAfter(till); m = m.plusMonths(1)) {
                if (insats.horTill(m)) {
                    YearMonth manad = m;
                    ersattning.rader(manad).forEach(rad -> mottagare.accept(manad, rad));
                }
            }
        }
    }

    /**
     * A type whose plugin is gone cannot be priced by its rules, so the run stops and names every
     * such type instead of paying it wrongly.
     */
    @Override
    public void klar() {
        if (!saknade.isEmpty()) {
            throw new KundvalException(NLS.bind(Messages.typSaknas, String.join(", ", saknade))); //$NON-NLS-1$
        }
    }

    private Insatstypmodell modell(String kod) {
        if (!modeller.containsKey(kod) && !saknade.contains(kod)) {
            typer.typ(kod).ifPresentOrElse(t -> modeller.put(kod, t.modell()), () -> saknade.add(kod));
        }
        return modeller.get(kod);
    }
}
