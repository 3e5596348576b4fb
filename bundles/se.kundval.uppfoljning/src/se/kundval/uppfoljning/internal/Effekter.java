package se.kundval.uppfoljning.internal;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Insats;
import se.kundval.model.regler.Bedomningar;

/** Effektuppföljning (DOMAIN §2): 6, 12 and 24 months after a lyckat avslut, once each. */
final class Effekter {

    static final int[] MANADER = {6, 12, 24};

    private Effekter() {
    }

    static boolean lyckat(Insats insats) {
        return Bedomningar.aktuell(insats.getAvslut()).map(Avslutsbedomning::isLyckat).orElse(false);
    }

    static void registrera(Insats insats, Effektuppfoljning uppfoljning, LocalDate idag) {
        if (!lyckat(insats)) {
            throw new KundvalException(NLS.bind(Messages.effektKraverLyckat, insats.getInsatsId()));
        }
        int manader = uppfoljning.getManader();
        LocalDate tidigast = insats.getAvslut().getAvslutsdatum().plusMonths(manader);
        if (idag.isBefore(tidigast)) {
            throw new KundvalException(NLS.bind(Messages.effektForTidigt, manader, tidigast));
        }
        if (insats.getEffektuppfoljningar().stream().anyMatch(e -> e.getManader() == manader)) {
            throw new KundvalException(NLS.bind(Messages.effektFinns, manader));
        }
        if (uppfoljning.getEgenForsorjning() == null) {
            throw new KundvalException(Messages.egenForsorjningKravs);
        }
        uppfoljning.setDatum(idag);
        insats.getEffektuppfoljningar().add(uppfoljning);
    }
}
