package se.kundval.uppfoljning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.bevakning.Bevakning;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.bevakning.Bevakningskalla;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.tid.Insatsperiod;

/**
 * DOMAIN §8 while an insats runs: the progress review at month 6 of a twelve-month insats, and an
 * insats ending within 30 days (decide förlängning or avslut).
 */
public class InsatstidBevakning implements Bevakningskalla {

    @Override
    public List<Bevakning> bevakningar(Insats insats, LocalDate idag, Bevakningsgranser granser) {
        if (insats.getStatus() == InsatsStatus.AVSLUTAD) {
            return List.of();
        }
        List<Bevakning> resultat = new ArrayList<>();
        Insatsperiod period = Insatsperiod.av(insats);
        if (insats.getLangdManader() >= 12 && insats.getProgressgenomgangar().isEmpty()) {
            LocalDate slutManad6 = Insatsperiod.slutEfter(period.start(), 6);
            if (Frister.synlig(slutManad6, idag, granser)) {
                resultat.add(Frister.bevakning(insats, "PROGRESSGENOMGANG", NLS.bind(Messages.progress, slutManad6), slutManad6, idag)); //$NON-NLS-1$
            }
        }
        LocalDate slut = period.slut();
        if (!slut.isBefore(idag) && !slut.isAfter(idag.plusDays(Frister.slutarInom(granser)))) {
            resultat.add(Frister.bevakning(insats, "INSATSEN_SLUTAR", NLS.bind(Messages.slutarSnart, slut), slut, idag)); //$NON-NLS-1$
        } else if (slut.isBefore(idag)) {
            resultat.add(Frister.bevakning(insats, "INSATSEN_SLUTAR", NLS.bind(Messages.slutadUtanAvslut, slut), slut, idag)); //$NON-NLS-1$
        }
        return resultat;
    }
}
