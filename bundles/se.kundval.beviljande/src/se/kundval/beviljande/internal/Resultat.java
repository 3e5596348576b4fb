package se.kundval.beviljande.internal;

import java.time.LocalDate;
import java.util.List;

import se.kundval.core.tjanst.Anordnarval;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Insats;
import se.kundval.model.regler.Bedomningar;

/**
 * What supports the kund's choice of anordnare: its judged avslut in the type during the year
 * before the start and how many of them were lyckade (unjudged avslut are not counted).
 */
final class Resultat {

    private Resultat() {
    }

    static Anordnarval val(Anordnare anordnare, String insatstyp, List<Insats> senasteAret, LocalDate start) {
        LocalDate fran = start.minusYears(1);
        int avslut = 0;
        int lyckade = 0;
        for (Insats i : senasteAret) {
            if (!i.getAnordnare().getOrgnr().equals(anordnare.getOrgnr()) || !i.getInsatstyp().getKod().equals(insatstyp)
                    || i.getAvslut() == null || i.getAvslut().getAvslutsdatum().isBefore(fran)
                    || i.getAvslut().getAvslutsdatum().isAfter(start)) {
                continue;
            }
            var bedomning = Bedomningar.aktuell(i.getAvslut());
            if (bedomning.isPresent()) {
                avslut++;
                lyckade += bedomning.map(Avslutsbedomning::isLyckat).orElse(false) ? 1 : 0;
            }
        }
        return new Anordnarval(anordnare.getOrgnr(), anordnare.getNamn(), avslut, lyckade, null);
    }
}
