package se.kundval.persistence.internal;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.model.Insats;

/**
 * Who may add what to an insats when it is saved (DOMAIN §1 and §12, separation of duties): a new
 * beslut only with {@link Rattighet#BEVILJA_INSATS}, a new avslutsbedömning only with
 * {@link Rattighet#BEDOMA_AVSLUT}. The services that grant and judge ask for the right themselves,
 * but {@link InsatsLager#spara} is reachable with any insats, so an administratör, a
 * karriärvägledare or an anordnare could otherwise write a decision by saving it
 * (docs/decisions/0331-beslut-bara-av-den-som-far-besluta.md). New means not yet stored: a stored
 * one cannot be changed at all (append-only, {@code OforanderligException}).
 */
final class Beslutsratt {

    private Beslutsratt() {
    }

    /** Refuses before anything is written: {@link se.kundval.core.AtkomstNekadException}. */
    static void kontrollera(Inloggning vem, Insats insats) {
        if (insats.getBeslut().stream().anyMatch(b -> b.getId() == null)) {
            vem.kraver(Rattighet.BEVILJA_INSATS);
        }
        if (insats.getAvslut() != null && insats.getAvslut().getBedomningar().stream().anyMatch(b -> b.getId() == null)) {
            vem.kraver(Rattighet.BEDOMA_AVSLUT);
        }
    }
}
