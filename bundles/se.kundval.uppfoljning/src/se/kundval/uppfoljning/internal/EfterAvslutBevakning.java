package se.kundval.uppfoljning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.bevakning.Bevakning;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.bevakning.Bevakningskalla;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Insats;
import se.kundval.model.regler.Bedomningar;

/**
 * DOMAIN §8 after the avslut: the sexmånadersuppföljning due six months after an avslut to arbete
 * or studier, and effektuppföljning 12 and 24 months after a lyckat avslut.
 */
public class EfterAvslutBevakning implements Bevakningskalla {

    private static final int[] EFFEKT_I_BEVAKNINGEN = {12, 24};

    @Override
    public List<Bevakning> bevakningar(Insats insats, LocalDate idag, Bevakningsgranser granser) {
        Avslut avslut = insats.getAvslut();
        if (avslut == null) {
            return List.of();
        }
        List<Bevakning> resultat = new ArrayList<>();
        boolean ejUnderkant = Bedomningar.aktuell(avslut).map(Avslutsbedomning::isLyckat).orElse(true);
        if (Sexmanader.galler(avslut) && ejUnderkant && insats.getSexmanadersuppfoljningar().isEmpty()) {
            LocalDate forfaller = Sexmanader.forfaller(avslut);
            if (Frister.synlig(forfaller, idag, granser)) {
                resultat.add(Frister.bevakning(insats, "SEXMANADERSUPPFOLJNING", NLS.bind(Messages.sexmanader, forfaller), //$NON-NLS-1$
                        forfaller, idag));
            }
        }
        if (Effekter.lyckat(insats)) {
            for (int manader : EFFEKT_I_BEVAKNINGEN) {
                LocalDate forfaller = avslut.getAvslutsdatum().plusMonths(manader);
                boolean gjord = insats.getEffektuppfoljningar().stream().anyMatch(e -> e.getManader() == manader);
                if (!gjord && Frister.synlig(forfaller, idag, granser)) {
                    resultat.add(Frister.bevakning(insats, "EFFEKTUPPFOLJNING", NLS.bind(Messages.effekt, manader, forfaller), //$NON-NLS-1$
                            forfaller, idag));
                }
            }
        }
        return resultat;
    }
}
