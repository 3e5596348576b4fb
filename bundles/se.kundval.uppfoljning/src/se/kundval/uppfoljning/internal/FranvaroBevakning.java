package se.kundval.uppfoljning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.bevakning.Bevakning;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.bevakning.Bevakningskalla;
import se.kundval.model.Insats;
import se.kundval.model.Manadsrapport;

/**
 * DOMAIN §8: sickness from day 8 without läkarintyg, or absence in two months running, calls for a
 * trepartssamtal (kund, anordnare, karriärvägledare).
 */
public class FranvaroBevakning implements Bevakningskalla {

    @Override
    public List<Bevakning> bevakningar(Insats insats, LocalDate idag, Bevakningsgranser granser) {
        List<Bevakning> resultat = new ArrayList<>();
        List<Manadsrapport> rapporter = insats.getManadsrapporter().stream()
                .filter(r -> r.getPeriod() != null).sorted(Comparator.comparing(Manadsrapport::getPeriod)).toList();
        Manadsrapport foregaende = null;
        for (Manadsrapport r : rapporter) {
            LocalDate dag = r.getInlamnad() != null ? r.getInlamnad() : r.getPeriod().atEndOfMonth();
            int utanIntyg = r.getSjukdagar() - r.getSjukdagarMedLakarintyg();
            if (utanIntyg >= Frister.sjukUtanIntyg(granser)) {
                resultat.add(Frister.bevakning(insats, "TREPARTSSAMTAL_SJUK", //$NON-NLS-1$
                        NLS.bind(Messages.sjukUtanIntyg, utanIntyg, r.getPeriod()), dag, idag));
            }
            if (foregaende != null && foregaende.getPeriod().plusMonths(1).equals(r.getPeriod())
                    && foregaende.getFranvarodagar() > 0 && r.getFranvarodagar() > 0) {
                resultat.add(Frister.bevakning(insats, "TREPARTSSAMTAL_FRANVARO", //$NON-NLS-1$
                        NLS.bind(Messages.franvaroTvaManader, foregaende.getPeriod(), r.getPeriod()), dag, idag));
            }
            foregaende = r;
        }
        return resultat;
    }
}
