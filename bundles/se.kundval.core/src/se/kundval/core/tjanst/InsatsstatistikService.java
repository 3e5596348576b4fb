package se.kundval.core.tjanst;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import se.kundval.core.Inloggning;
import se.kundval.core.ersattning.Ersattningsfakta;
import se.kundval.model.Insats;
import se.kundval.model.Insatstypdata;

/**
 * Insatser in bulk for reports over large periods: one lean row per insats, streamed, so that a
 * yearly report over hundreds of thousands of insatser does not load their aggregates. Needs
 * {@link se.kundval.core.Rattighet#LASA_RAPPORTER}.
 */
public interface InsatsstatistikService {

    /**
     * Every insats that belongs to [fran, till] in a report: active on some day of it (DOMAIN §3) or
     * with its avslut dated in it, even when the avslut was reported after the planned end.
     */
    void insatserUnder(Inloggning vem, LocalDate fran, LocalDate till, Consumer<Insatsfakta> mottagare);

    /**
     * The read of a report with the compensation engine's section, in one pass
     * (docs/decisions/0421-rapporten-i-en-lasning.md): to {@code statistik} every insats that
     * belongs to [fran, till] as {@link #insatserUnder} hands it, and to {@code ersattning} every
     * insats of the calendar months the period touches as
     * {@link se.kundval.core.ersattning.ErsattningsfaktaService#insatserUnder} hands them for those
     * months. Needs {@link se.kundval.core.Rattighet#KORA_ERSATTNING} as well.
     */
    void insatserMedErsattning(Inloggning vem, LocalDate fran, LocalDate till, Consumer<Insatsfakta> statistik,
            Consumer<Ersattningsfakta> ersattning);

    /** The type-specific data of those of the insatser that have any, by insats id, detached. */
    Map<Long, Insatstypdata> typdata(Inloggning vem, Collection<Long> insatsIds);

    /**
     * The insatser of the given types active on some day of [fran, till], loaded as
     * {@link InsatsService#aktivaUnder} loads them: what a report section about some types reads,
     * without loading every aggregate of the period.
     */
    List<Insats> aktivaUnder(Inloggning vem, LocalDate fran, LocalDate till, Set<String> insatstyper);

    /** What a list shows of each of the insatser, in insats-id order; ids that do not exist are left out. */
    List<Insatsuppgift> uppgifter(Inloggning vem, Collection<Long> insatsIds);
}
