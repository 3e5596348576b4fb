package se.kundval.core.ersattning;

import java.time.YearMonth;
import java.util.function.BiConsumer;

import se.kundval.core.Inloggning;

/**
 * The compensation engine (DOMAIN §5): the utbetalningsunderlag of a month, from the insatser
 * active in it, the prislista and the installed types' compensation models.
 */
public interface ErsattningService {

    /**
     * The lines of the month: checkbelopp for every insats active some day of it, and the lines
     * that depend on an avslut in it. Requires {@link se.kundval.core.Rattighet#KORA_ERSATTNING}.
     *
     * @throws se.kundval.core.KundvalException when a type has no installed plugin or no price for a month
     */
    Utbetalningsunderlag underlag(Inloggning vem, YearMonth manad);

    /**
     * An anordnare user's own lines of the month, priced exactly as in {@link #underlag}: only the
     * lines of the user's organisation, read only for it. Requires
     * {@link se.kundval.core.Rattighet#RAPPORTERA_SOM_ANORDNARE} and an anordnare user
     * (docs/decisions/0375-anordnarens-ersattning-i-portalen.md).
     *
     * @throws se.kundval.core.KundvalException when a type has no installed plugin or no price for a month
     */
    Utbetalningsunderlag egetUnderlag(Inloggning vem, YearMonth manad);

    /**
     * A run from {@code fran} to {@code till} over insatser the caller reads and hands on, each as
     * {@link ErsattningsfaktaService#insatserUnder} would for those months; every line goes to
     * {@code mottagare} with its month, as {@link #rader} gives it. Requires
     * {@link se.kundval.core.Rattighet#KORA_ERSATTNING}.
     *
     * @throws se.kundval.core.KundvalException when a type has no price for a month it is met in
     */
    Prissattning prissattning(Inloggning vem, YearMonth fran, YearMonth till, BiConsumer<YearMonth, Utbetalningsrad> mottagare);

    /**
     * Every line of every month from {@code fran} to {@code till}, each with its month, in no
     * particular order: what a report over a period sums, without holding the months' underlag at
     * once. The engine reads the period's insatser once; this default asks month by month.
     */
    default void rader(Inloggning vem, YearMonth fran, YearMonth till, BiConsumer<YearMonth, Utbetalningsrad> mottagare) {
        for (YearMonth m = fran; !m.isAfter(till); m = m.plusMonths(1)) {
            YearMonth manad = m;
            underlag(vem, manad).rader().forEach(rad -> mottagare.accept(manad, rad));
        }
    }
}
