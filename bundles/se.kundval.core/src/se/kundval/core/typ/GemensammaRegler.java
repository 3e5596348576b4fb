package se.kundval.core.typ;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import se.kundval.model.Insats;
import se.kundval.model.Kund;

/**
 * The eligibility rules every insats type shares (DOMAIN §4): age 18–65 on the day of the
 * beslut, folkbokförd in the kommun, and a warning for insatser that overlap the new one. The
 * beviljande plugin runs them before the type's own rules; they live here so that every plugin
 * reads them the same way.
 */
public final class GemensammaRegler {

    public static final String ALDER = "ALDER"; //$NON-NLS-1$
    public static final String FOLKBOKFORING = "FOLKBOKFORING"; //$NON-NLS-1$
    public static final String OVERLAPPANDE_INSATS = "OVERLAPPANDE_INSATS"; //$NON-NLS-1$

    static final int LAGSTA_ALDER = 18;
    static final int HOGSTA_ALDER = 65;

    private GemensammaRegler() {
    }

    /** All common rules for an insats planned from the underlag's startdatum to {@code planeratSlut}. */
    public static List<Regelutfall> prova(Behorighetsunderlag underlag, LocalDate planeratSlut) {
        return List.of(alder(underlag), folkbokford(underlag), overlappandeInsatser(underlag, planeratSlut));
    }

    /** 18–65 years old (both included) on the day of the beslut. */
    public static Regelutfall alder(Behorighetsunderlag underlag) {
        OptionalInt alder = Kundfakta.alder(underlag.kund(), underlag.beslutsdatum());
        if (alder.isEmpty()) {
            return Regelutfall.underkand(ALDER, Messages.alderNamn, Messages.alderOkand);
        }
        int ar = alder.getAsInt();
        if (ar < LAGSTA_ALDER || ar > HOGSTA_ALDER) {
            return Regelutfall.underkand(ALDER, Messages.alderNamn,
                    NLS.bind(Messages.alderUtanfor, ar, underlag.beslutsdatum()));
        }
        return Regelutfall.godkand(ALDER, Messages.alderNamn, NLS.bind(Messages.alderGodkand, ar, underlag.beslutsdatum()));
    }

    /** Folkbokförd in the kommun that runs the kundval (names compared without case). */
    public static Regelutfall folkbokford(Behorighetsunderlag underlag) {
        Kund kund = underlag.kund();
        String kommun = underlag.kommun();
        if (kommun == null || kommun.isBlank()) {
            return Regelutfall.varning(FOLKBOKFORING, Messages.folkbokforingNamn, Messages.folkbokforingIngenKommun);
        }
        if (kund.getKommun() == null || kund.getKommun().isBlank()) {
            return Regelutfall.underkand(FOLKBOKFORING, Messages.folkbokforingNamn, Messages.folkbokforingSaknas);
        }
        if (!normal(kund.getKommun()).equals(normal(kommun))) {
            return Regelutfall.underkand(FOLKBOKFORING, Messages.folkbokforingNamn,
                    NLS.bind(Messages.folkbokforingAnnan, kund.getKommun(), kommun));
        }
        return Regelutfall.godkand(FOLKBOKFORING, Messages.folkbokforingNamn, NLS.bind(Messages.folkbokforingGodkand, kommun));
    }

    /** A warning naming every insats of the kund that is active some day from start to planned end. */
    public static Regelutfall overlappandeInsatser(Behorighetsunderlag underlag, LocalDate planeratSlut) {
        LocalDate start = underlag.startdatum();
        String overlappande = underlag.kundensInsatser().stream()
                .filter(i -> Kundfakta.pagaende(i, start, planeratSlut))
                .map(GemensammaRegler::beskrivning)
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
        if (overlappande.isEmpty()) {
            return Regelutfall.godkand(OVERLAPPANDE_INSATS, Messages.overlappNamn, Messages.overlappIngen);
        }
        return Regelutfall.varning(OVERLAPPANDE_INSATS, Messages.overlappNamn, NLS.bind(Messages.overlappFinns, overlappande));
    }

    private static String beskrivning(Insats insats) {
        String typ = insats.getInsatstyp() == null ? "" : " (" + insats.getInsatstyp().getKod() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        return insats.getInsatsId() + typ;
    }

    private static String normal(String kommun) {
        return kommun.strip().toLowerCase(Locale.ROOT);
    }
}
