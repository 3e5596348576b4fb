package se.kundval.rapport.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.kundval.core.rapport.Kundundersokning;
import se.kundval.core.rapport.Nki;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.Omrade;

/**
 * The kundundersökning per anordnare and over all: NKI as the mean of all answers, per area, with
 * each respondent counted once (a respondent answers many questions). Nki withholds an index with
 * fewer than five respondents.
 */
final class Undersokningsberakning {

    private final Map<String, Summa> perAnordnare = new HashMap<>();
    private final Map<String, Integer> inbjudnaPerAnordnare = new HashMap<>();
    private final Summa totalt = new Summa();
    private int inbjudnaTotalt;

    Undersokningsberakning(List<Enkatsvar> svar, List<Enkatutskick> utskick) {
        for (Enkatsvar s : svar) {
            totalt.lagg(s);
            perAnordnare.computeIfAbsent(s.getAnordnare().getOrgnr(), k -> new Summa()).lagg(s);
        }
        for (Enkatutskick u : utskick) {
            inbjudnaTotalt += u.getAntal();
            inbjudnaPerAnordnare.merge(u.getAnordnare().getOrgnr(), u.getAntal(), Integer::sum);
        }
    }

    /** The anordnare that have answers or invitations. */
    Set<String> anordnare() {
        Set<String> alla = new HashSet<>(perAnordnare.keySet());
        alla.addAll(inbjudnaPerAnordnare.keySet());
        return alla;
    }

    Kundundersokning totalt() {
        return totalt.undersokning(inbjudnaTotalt);
    }

    Kundundersokning anordnare(String orgnr) {
        Summa summa = perAnordnare.get(orgnr);
        int inbjudna = inbjudnaPerAnordnare.getOrDefault(orgnr, 0);
        return summa == null ? new Kundundersokning(Nki.INGET, Map.of(), inbjudna) : summa.undersokning(inbjudna);
    }

    /** Sums over a set of answers, overall and per area. */
    private static final class Summa {

        private final Nki.Insamling alla = new Nki.Insamling();
        private final Map<Omrade, Nki.Insamling> omraden = new EnumMap<>(Omrade.class);

        void lagg(Enkatsvar s) {
            alla.lagg(s);
            if (s.getOmrade() != null) {
                omraden.computeIfAbsent(s.getOmrade(), k -> new Nki.Insamling()).lagg(s);
            }
        }

        Kundundersokning undersokning(int inbjudna) {
            Map<Omrade, Nki> perOmrade = new EnumMap<>(Omrade.class);
            omraden.forEach((omrade, del) -> perOmrade.put(omrade, del.nki()));
            return new Kundundersokning(alla.nki(), perOmrade, inbjudna);
        }
    }
}
