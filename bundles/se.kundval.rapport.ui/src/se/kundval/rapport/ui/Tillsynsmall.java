package se.kundval.rapport.ui;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.kundval.model.Anordnare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Tillsyn;
import se.kundval.model.Tillsynspunkt;
import se.kundval.model.Uppfyllnadsgrad;

/** A new tillsyn from the latest checklist, and a tillsyn summed up in one line. */
final class Tillsynsmall {

    private Tillsynsmall() {
    }

    /**
     * A tillsyn of the anordnare and year with the krav of the most complete of the given tillsyn,
     * none judged yet: every anordnare is inspected on the same list.
     */
    static Tillsyn ny(Anordnare anordnare, int ar, List<Tillsyn> forlagor) {
        Tillsyn t = KundvalFactory.eINSTANCE.createTillsyn();
        t.setAnordnare(anordnare);
        t.setAr(ar);
        forlagor.stream().max(Comparator.comparingInt(f -> f.getPunkter().size()))
                .ifPresent(f -> f.getPunkter().forEach(p -> t.getPunkter().add(krav(p))));
        return t;
    }

    private static Tillsynspunkt krav(Tillsynspunkt forlaga) {
        Tillsynspunkt p = KundvalFactory.eINSTANCE.createTillsynspunkt();
        p.setDel(forlaga.getDel());
        p.setKrav(forlaga.getKrav());
        p.setUppfyllnadsgrad(Uppfyllnadsgrad.EJ_BEDOMT);
        return p;
    }

    /** "Tillsyn 2024: 8 krav, 5 uppnått, 2 delvis, 1 ej uppnått, 0 ej bedömt." */
    static String sammanfattning(Tillsyn tillsyn) {
        Map<Uppfyllnadsgrad, Integer> antal = new EnumMap<>(Uppfyllnadsgrad.class);
        tillsyn.getPunkter().forEach(p -> antal.merge(p.getUppfyllnadsgrad(), 1, Integer::sum));
        return NLS.bind(Messages.tillsynSammanfattning, new Object[] {tillsyn.getAr(), tillsyn.getPunkter().size(),
            antal.getOrDefault(Uppfyllnadsgrad.UPPNATT, 0), antal.getOrDefault(Uppfyllnadsgrad.DELVIS, 0),
            antal.getOrDefault(Uppfyllnadsgrad.EJ_UPPNATT, 0), antal.getOrDefault(Uppfyllnadsgrad.EJ_BEDOMT, 0)});
    }
}
