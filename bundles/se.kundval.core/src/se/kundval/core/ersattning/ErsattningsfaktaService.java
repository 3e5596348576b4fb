package se.kundval.core.ersattning;

import java.time.LocalDate;
import java.util.function.Consumer;

import se.kundval.core.Inloggning;

/**
 * The compensation engine's read path: {@link Ersattningsfakta} of many insatser in one streamed,
 * set-based read, instead of their aggregates. Needs {@link se.kundval.core.Rattighet#KORA_ERSATTNING};
 * an anordnare user (who lacks it) gets its own organisation's insatser only, with
 * {@link se.kundval.core.Rattighet#RAPPORTERA_SOM_ANORDNARE}, for its own utbetalningsunderlag.
 */
public interface ErsattningsfaktaService {

    /**
     * Every insats active on some day of [fran, till] or with its avslutsdatum in it (the same
     * insatser as {@link se.kundval.core.tjanst.InsatsService#aktivaUnder}), in no particular order.
     */
    void insatserUnder(Inloggning vem, LocalDate fran, LocalDate till, Consumer<Ersattningsfakta> mottagare);
}
