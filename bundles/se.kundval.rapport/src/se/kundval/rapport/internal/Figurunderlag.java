package se.kundval.rapport.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Enumerator;

import se.kundval.core.rapport.Figur;
import se.kundval.core.rapport.Fordelning;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.tjanst.Insatsfakta;
import se.kundval.model.Insatstypdata;

/**
 * Picks, from the same streamed rows the report counts, the insatser behind one {@link Figur}: an
 * insats belongs to the figure's row as {@link Insamling} puts it there, and to the figure when it
 * is counted in it ({@link Radackumulator}: avslut dated in the period, lyckat by the current
 * bedömning, categories by their model literal).
 */
final class Figurunderlag implements Consumer<Insatsfakta> {

    private final Rapportperiod period;
    private final Figur figur;
    private final Malbedomning mal;
    private final List<Long> traffar = new ArrayList<>();
    private final List<Insatsfakta> vantarPaTypdata = new ArrayList<>();

    Figurunderlag(Rapportperiod period, Figur figur, Malbedomning mal) {
        this.period = period;
        this.figur = figur;
        this.mal = mal;
    }

    @Override
    public void accept(Insatsfakta fakta) {
        if (!iRaden(fakta)) {
            return;
        }
        boolean avslut = period.innehaller(fakta.avslutsdatum());
        switch (figur.matt()) {
            case INSATSER -> traffar.add(fakta.insatsId());
            case AVSLUT -> lagg(avslut, fakta);
            case LYCKADE -> lagg(avslut && Boolean.TRUE.equals(fakta.lyckat()), fakta);
            case OBEDOMDA -> lagg(avslut && fakta.lyckat() == null, fakta);
            case AVSLUTSORSAK -> lagg(avslut && figur.kategori().equals(kod(fakta.avslutsorsak())), fakta);
            case KON -> lagg(figur.kategori().equals(kod(fakta.kon())), fakta);
            case UTBILDNINGSNIVA -> lagg(figur.kategori().equals(kod(fakta.utbildningsniva())), fakta);
            case SPRAK -> lagg(figur.kategori().equals(Radackumulator.sprak(fakta.sprak())), fakta);
            case MALUPPFYLLELSE -> {
                if (avslut && mal.behoverTypdata(fakta.insatstyp())) {
                    vantarPaTypdata.add(fakta);
                } else {
                    lagg(avslut && mal.maluppfyllelse(fakta, null), fakta);
                }
            }
        }
    }

    private boolean iRaden(Insatsfakta fakta) {
        return switch (figur.rad()) {
            case TOTALT -> true;
            case INSATSTYP -> figur.nyckel().equals(fakta.insatstyp());
            case ANORDNARE -> figur.nyckel().equals(fakta.orgnr());
        };
    }

    private void lagg(boolean med, Insatsfakta fakta) {
        if (med) {
            traffar.add(fakta.insatsId());
        }
    }

    private static String kod(Enumerator varde) {
        return varde == null ? Fordelning.EJ_ANGIVET : varde.getLiteral();
    }

    /** The insatser whose måluppfyllelse waits for their typdata. */
    List<Long> vantarPaTypdata() {
        return vantarPaTypdata.stream().map(Insatsfakta::insatsId).toList();
    }

    /** Judges the waiting avslut now that their typdata is loaded. */
    void typdata(Map<Long, Insatstypdata> typdata) {
        for (Insatsfakta fakta : vantarPaTypdata) {
            lagg(mal.maluppfyllelse(fakta, typdata.get(fakta.insatsId())), fakta);
        }
        vantarPaTypdata.clear();
    }

    /** The database ids of the insatser behind the figure. */
    List<Long> insatser() {
        return traffar;
    }
}
