package se.kundval.core.ersattning;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an utbetalningsunderlag, as the command line prints it
 * ({@code orgnr;insats_id;insatstyp;radtyp;belopp;status}).
 *
 * @param orgnr     the anordnare's organisationsnummer
 * @param anordnare the anordnare's name
 * @param insatsId  the insats's id
 * @param insatstyp the type's code
 * @param radtyp    what the line pays
 * @param belopp    kronor, rounded half up to öre
 * @param status    payable now or waiting for the avslutsbedömning
 */
public record Utbetalningsrad(String orgnr, String anordnare, String insatsId, String insatstyp, Radtyp radtyp,
        BigDecimal belopp, Radstatus status) {

    public Utbetalningsrad {
        Objects.requireNonNull(radtyp, "radtyp"); //$NON-NLS-1$
        Objects.requireNonNull(belopp, "belopp"); //$NON-NLS-1$
        Objects.requireNonNull(status, "status"); //$NON-NLS-1$
    }

    public boolean attBetala() {
        return status == Radstatus.ATT_BETALA;
    }
}
