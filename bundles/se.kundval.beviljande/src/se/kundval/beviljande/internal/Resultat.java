package se.kundval.beviljande.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.kundval.core.rapport.Nki;
import se.kundval.core.tjanst.Anordnarval;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Insats;
import se.kundval.model.regler.Bedomningar;

/**
 * What supports the kund's choice of anordnare: its judged avslut in the type during the year
 * before the start and how many of them were lyckade (unjudged avslut are not counted), and its
 * NKI from the latest kundundersökning (withheld below five respondents, as in the report).
 */
final class Resultat {

    private Resultat() {
    }

    static Anordnarval val(Anordnare anordnare, String insatstyp, List<Insats> senasteAret, LocalDate start, Nki nki) {
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
        BigDecimal index = nki == null ? null : nki.varde();
        return new Anordnarval(anordnare.getOrgnr(), anordnare.getNamn(), avslut, lyckade, index == null ? null : index.doubleValue());
    }

    /** NKI per anordnare from one year's answers, withheld below five respondents as in the report. */
    static Map<String, Nki> nki(List<Enkatsvar> svar) {
        Map<String, Nki.Insamling> perAnordnare = new HashMap<>();
        for (Enkatsvar s : svar) {
            perAnordnare.computeIfAbsent(s.getAnordnare().getOrgnr(), o -> new Nki.Insamling()).lagg(s);
        }
        Map<String, Nki> nki = new HashMap<>();
        perAnordnare.forEach((orgnr, insamling) -> nki.put(orgnr, insamling.nki()));
        return nki;
    }
}
