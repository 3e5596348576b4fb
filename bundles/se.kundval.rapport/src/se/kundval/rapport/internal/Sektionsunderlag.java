package se.kundval.rapport.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.kundval.core.Inloggning;
import se.kundval.core.rapport.Rapportdelsbidrag;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.rapport.Rapportunderlag;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.InsatsstatistikService;
import se.kundval.core.typ.InsatstypBeskrivning;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.model.Insats;

/**
 * What each contributed section receives: the period and the insatser it reads, loaded only when it
 * reads them and at most once per set of types. A section reads the types it declares, or without a
 * declaration the types of its own plugin, or when its plugin has none every insats (the
 * {@code rapportdelar} schema).
 */
final class Sektionsunderlag {

    private final Inloggning vem;
    private final Rapportperiod period;
    private final InsatsService insatser;
    private final InsatsstatistikService statistik;
    private final InsatstypRegister register;
    private final Map<Optional<Set<String>>, List<Insats>> laddade = new HashMap<>();

    Sektionsunderlag(Inloggning vem, Rapportperiod period, InsatsService insatser, InsatsstatistikService statistik,
            InsatstypRegister register) {
        this.vem = vem;
        this.period = period;
        this.insatser = insatser;
        this.statistik = statistik;
        this.register = register;
    }

    Rapportunderlag till(Rapportdelsbidrag bidrag) {
        Optional<Set<String>> typer = typer(bidrag);
        return new Rapportunderlag(period.fran(), period.till(), new LatInsatslista(() -> laddade.computeIfAbsent(typer, this::ladda)),
                vem);
    }

    /** The types the section reads, or empty for every insats. */
    Optional<Set<String>> typer(Rapportdelsbidrag bidrag) {
        Optional<Set<String>> deklarerade = bidrag.deklareradeTyper();
        if (deklarerade.isPresent()) {
            return deklarerade.get().contains(Rapportdelsbidrag.ALLA) ? Optional.empty() : deklarerade;
        }
        Set<String> egna = register.typer().stream().filter(t -> t.bidragsgivare().equals(bidrag.bidragsgivare()))
                .map(InsatstypBeskrivning::kod).collect(Collectors.toUnmodifiableSet());
        return egna.isEmpty() ? Optional.empty() : Optional.of(egna);
    }

    private List<Insats> ladda(Optional<Set<String>> typer) {
        return typer.isPresent() ? statistik.aktivaUnder(vem, period.fran(), period.till(), typer.get())
                : insatser.aktivaUnder(vem, period.fran(), period.till());
    }
}
