package se.kundval.uppfoljning.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.bevakning.Bevakning;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.bevakning.Bevakningskalla;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;

/** DOMAIN §8: a genomförandeplan is due 30 days after start (a tillsyn requirement). */
public class PlanBevakning implements Bevakningskalla {

    @Override
    public List<Bevakning> bevakningar(Insats insats, LocalDate idag, Bevakningsgranser granser) {
        if (insats.getGenomforandeplan() != null || insats.getStatus() == InsatsStatus.AVSLUTAD) {
            return List.of();
        }
        LocalDate forfaller = insats.getStartdatum().plusDays(Frister.planDagar(granser));
        if (!Frister.synlig(forfaller, idag, granser)) {
            return List.of();
        }
        return List.of(Frister.bevakning(insats, "GENOMFORANDEPLAN", NLS.bind(Messages.planSaknas, forfaller), forfaller, idag)); //$NON-NLS-1$
    }
}
