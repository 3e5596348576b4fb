package se.kundval.avslut.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.Sysselsattningsform;

/**
 * What a reported avslut must say (DOMAIN §2): a date within the insats and not in the future, a
 * reason, and for arbete or studier the kind of employment or studies and its expected length
 * (open-ended employment needs none).
 */
final class Avslutsregler {

    private static final Set<Sysselsattningsform> ARBETE = EnumSet.of(Sysselsattningsform.TILLSVIDAREANSTALLNING,
            Sysselsattningsform.VISSTIDSANSTALLNING, Sysselsattningsform.TIMANSTALLNING_HELTID,
            Sysselsattningsform.TIMANSTALLNING_DELTID);
    private static final Set<Sysselsattningsform> STUDIER = EnumSet.of(Sysselsattningsform.STUDIER_CSN,
            Sysselsattningsform.STUDIER_UTAN_CSN);

    private Avslutsregler() {
    }

    static void kontrollera(Insats insats, Avslut avslut, LocalDate idag) {
        if (avslut.getAvslutsdatum() == null || avslut.getAvslutsorsak() == null) {
            throw new KundvalException(Messages.datumOchOrsakKravs);
        }
        if (avslut.getAvslutsdatum().isBefore(insats.getStartdatum())) {
            throw new KundvalException(NLS.bind(Messages.foreStart, avslut.getAvslutsdatum(), insats.getStartdatum()));
        }
        if (avslut.getAvslutsdatum().isAfter(idag)) {
            throw new KundvalException(NLS.bind(Messages.iFramtiden, avslut.getAvslutsdatum()));
        }
        Avslutsorsak orsak = avslut.getAvslutsorsak();
        if (orsak == Avslutsorsak.ARBETE || orsak == Avslutsorsak.STUDIER) {
            Set<Sysselsattningsform> tillatna = orsak == Avslutsorsak.ARBETE ? ARBETE : STUDIER;
            if (avslut.getSysselsattning() == null || !tillatna.contains(avslut.getSysselsattning())) {
                throw new KundvalException(NLS.bind(Messages.sysselsattningKravs,
                        orsak == Avslutsorsak.ARBETE ? Messages.arbete : Messages.studier));
            }
            if (avslut.getSysselsattning() != Sysselsattningsform.TILLSVIDAREANSTALLNING && avslut.getVaraktighetManader() == null) {
                throw new KundvalException(Messages.varaktighetKravs);
            }
        }
    }
}
