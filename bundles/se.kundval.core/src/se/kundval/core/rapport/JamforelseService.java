package se.kundval.core.rapport;

import java.time.LocalDate;
import java.util.Map;

import se.kundval.core.Inloggning;

/**
 * The case-mix adjusted comparison of anordnare (DOMAIN §13) on its own, for those who see it beside
 * a choice rather than in the kvalitetsrapport: the model is fitted over every judged avslut of the
 * kommun in [fran, till], and each anordnare's figures are counted over its avslut of one type.
 * Needs {@link se.kundval.core.Rattighet#LASA_RAPPORTER}.
 */
public interface JamforelseService {

    /** Orgnr → the justerad kvot over the anordnare's judged avslut of {@code insatstyp} in the period. */
    Map<String, JusteradKvot> justeradeKvoter(Inloggning vem, LocalDate fran, LocalDate till, String insatstyp);

    /**
     * The calling anordnare user's own andel lyckade and justerad kvot in the period beside the
     * kommun's andel lyckade over all anordnare: the model is the kommun's, as in the report, but only
     * the caller's organisation's figures and the kommun's aggregate leave the service. Needs an
     * anordnare user with {@link se.kundval.core.Rattighet#RAPPORTERA_SOM_ANORDNARE}.
     */
    Egetresultat egetResultat(Inloggning vem, Rapportperiod period);
}
