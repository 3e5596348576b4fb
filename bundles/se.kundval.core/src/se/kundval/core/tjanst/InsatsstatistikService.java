package se.kundval.core.tjanst;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import se.kundval.core.Inloggning;
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

    /** The type-specific data of those of the insatser that have any, by insats id, detached. */
    Map<Long, Insatstypdata> typdata(Inloggning vem, Collection<Long> insatsIds);

    /** What a list shows of each of the insatser, in insats-id order; ids that do not exist are left out. */
    List<Insatsuppgift> uppgifter(Inloggning vem, Collection<Long> insatsIds);
}
