package se.kundval.rapport.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.tjanst.Insatsfakta;
import se.kundval.model.Insatstypdata;

/**
 * The single pass over the period's insatser: every insats is counted in the total row, its type's
 * row and its anordnare's row; an avslut dated in the period also by its result, and a judged one
 * also for the case-mix model. Avslut whose type
 * needs its own data to judge måluppfyllelse wait until that data is loaded in one batch.
 */
final class Insamling implements Consumer<Insatsfakta> {

    private final Rapportperiod period;
    private final Malbedomning mal;
    private final Radackumulator totalt = new Radackumulator();
    private final Map<String, Radackumulator> perTyp = new TreeMap<>();
    private final Map<String, Radackumulator> perAnordnare = new HashMap<>();
    private final List<Insatsfakta> vantarPaTypdata = new ArrayList<>();
    private final Fallmixinsamling fallmix = new Fallmixinsamling();

    Insamling(Rapportperiod period, Malbedomning mal) {
        this.period = period;
        this.mal = mal;
    }

    @Override
    public void accept(Insatsfakta fakta) {
        Radackumulator typ = perTyp.computeIfAbsent(fakta.insatstyp(), k -> new Radackumulator());
        Radackumulator anordnare = perAnordnare.computeIfAbsent(fakta.orgnr(), k -> new Radackumulator());
        boolean startad = period.innehaller(fakta.startdatum());
        totalt.insats(fakta, startad);
        typ.insats(fakta, startad);
        anordnare.insats(fakta, startad);
        if (period.innehaller(fakta.avslutsdatum())) {
            totalt.avslut(fakta, fakta.lyckat());
            typ.avslut(fakta, fakta.lyckat());
            anordnare.avslut(fakta, fakta.lyckat());
            if (fakta.lyckat() != null) {
                fallmix.avslut(fakta);
            }
            if (mal.behoverTypdata(fakta.insatstyp())) {
                vantarPaTypdata.add(fakta);
            } else if (mal.maluppfyllelse(fakta, null)) {
                maluppfyllelse(fakta);
            }
        }
    }

    /** The insatser whose måluppfyllelse waits for their typdata. */
    List<Long> vantarPaTypdata() {
        return vantarPaTypdata.stream().map(Insatsfakta::insatsId).toList();
    }

    /** Judges the waiting avslut now that their typdata is loaded. */
    void typdata(Map<Long, Insatstypdata> typdata) {
        for (Insatsfakta fakta : vantarPaTypdata) {
            if (mal.maluppfyllelse(fakta, typdata.get(fakta.insatsId()))) {
                maluppfyllelse(fakta);
            }
        }
        vantarPaTypdata.clear();
    }

    private void maluppfyllelse(Insatsfakta fakta) {
        totalt.maluppfyllelse();
        perTyp.get(fakta.insatstyp()).maluppfyllelse();
        perAnordnare.get(fakta.orgnr()).maluppfyllelse();
    }

    Radackumulator totalt() {
        return totalt;
    }

    /** Type code → row, for the types with insatser in the period. */
    Map<String, Radackumulator> perTyp() {
        return perTyp;
    }

    /** The period's judged avslut for the case-mix model (DOMAIN §13). */
    Fallmixinsamling fallmix() {
        return fallmix;
    }

    /** Orgnr → row, for the anordnare with insatser in the period. */
    Map<String, Radackumulator> perAnordnare() {
        return perAnordnare;
    }
}
