package se.kundval.avslut.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.bevakning.Bevakning;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.bevakning.Bevakningskalla;
import se.kundval.model.Avslut;
import se.kundval.model.Insats;

/** DOMAIN §8: an avslut waiting for bedömning, with its age in days; overdue after the user's limit. */
public class ObedomdaAvslut implements Bevakningskalla {

    static final String GRANS = "avslutsbedomning"; //$NON-NLS-1$
    private static final int STANDARD_DAGAR = 14;

    @Override
    public List<Bevakning> bevakningar(Insats insats, LocalDate idag, Bevakningsgranser granser) {
        Avslut avslut = insats.getAvslut();
        if (avslut == null || !avslut.getBedomningar().isEmpty()) {
            return List.of();
        }
        LocalDate rapporterad = avslut.getRapporteradDatum() != null ? avslut.getRapporteradDatum() : avslut.getAvslutsdatum();
        LocalDate forfaller = rapporterad.plusDays(granser.dagar(GRANS, STANDARD_DAGAR));
        long alder = Math.max(0, ChronoUnit.DAYS.between(rapporterad, idag));
        return List.of(new Bevakning(insats.getId(), "AVSLUT_VANTAR_PA_BEDOMNING", //$NON-NLS-1$
                NLS.bind(Messages.vantarPaBedomning, alder), forfaller,
                forfaller.isBefore(idag) ? Bevakning.Niva.FORSENAD : Bevakning.Niva.PAMINNELSE));
    }
}
