package se.kundval.uppfoljning.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Uppfoljningsstatus;
import se.kundval.model.regler.Bedomningar;

/**
 * The sexmånadersuppföljning (DOMAIN §2): six months after an avslut to arbete or studier the
 * anordnare shows the kund is still self-sufficient; the handläggare's confirmation makes the avslut
 * bonusgrundande (a new judgement when the current one is not), a rejection makes it not
 * bonusgrundande (docs/decisions/0060-bonus-efter-sexmanadersuppfoljning.md). The evidence holds at
 * least one document, whichever service it comes through (decision 0400).
 */
final class Sexmanader {

    static final int MANADER = 6;

    private Sexmanader() {
    }

    static boolean galler(Avslut avslut) {
        return avslut != null && (avslut.getAvslutsorsak() == Avslutsorsak.ARBETE || avslut.getAvslutsorsak() == Avslutsorsak.STUDIER);
    }

    static LocalDate forfaller(Avslut avslut) {
        return avslut.getAvslutsdatum().plusMonths(MANADER);
    }

    static Sexmanadersuppfoljning lamnaIn(Insats insats, Sexmanadersuppfoljning underlag, LocalDate idag) {
        Avslut avslut = insats.getAvslut();
        if (!galler(avslut)) {
            throw new KundvalException(NLS.bind(Messages.sexmanaderGallerInte, insats.getInsatsId()));
        }
        if (idag.isBefore(forfaller(avslut))) {
            throw new KundvalException(NLS.bind(Messages.sexmanaderForTidigt, forfaller(avslut)));
        }
        Sexmanadersuppfoljning senaste = senaste(insats);
        if (senaste != null && senaste.getStatus() != Uppfoljningsstatus.KOMPLETTERING_BEGARD) {
            throw new KundvalException(Messages.sexmanaderRedanInlamnad);
        }
        if (underlag.getUnderlag() == null) {
            throw new KundvalException(Messages.underlagKravs);
        }
        // the handläggare confirms from a document, never from a description alone (decision 0400)
        if (underlag.getDokument().isEmpty()) {
            throw new KundvalException(Messages.dokumentKravs);
        }
        underlag.setInlamnad(idag);
        underlag.setStatus(Uppfoljningsstatus.INLAMNAD);
        insats.getSexmanadersuppfoljningar().add(underlag);
        return underlag;
    }

    /** The latest submission; earlier ones were sent back for completion and stay as they were. */
    static Sexmanadersuppfoljning senaste(Insats insats) {
        var alla = insats.getSexmanadersuppfoljningar();
        return alla.isEmpty() ? null : alla.get(alla.size() - 1);
    }

    /** The submitted evidence goes back to the anordnare with what is missing; it is answered by a new submission. */
    static Sexmanadersuppfoljning begarKomplettering(Insats insats, String kommentar, String av, LocalDate idag) {
        Sexmanadersuppfoljning underlag = insats.getSexmanadersuppfoljningar().stream()
                .filter(s -> s.getStatus() == Uppfoljningsstatus.INLAMNAD).findFirst()
                .orElseThrow(() -> new KundvalException(Messages.ingetUnderlag));
        if (kommentar == null || kommentar.isBlank()) {
            throw new KundvalException(Messages.kommentarKravs);
        }
        underlag.setStatus(Uppfoljningsstatus.KOMPLETTERING_BEGARD);
        underlag.setBedomdAv(av);
        underlag.setBedomdDatum(idag);
        underlag.setMotivering(kommentar.strip());
        return underlag;
    }

    static Sexmanadersuppfoljning bedom(Insats insats, boolean bekraftad, String motivering, String av, LocalDateTime nu) {
        Sexmanadersuppfoljning underlag = insats.getSexmanadersuppfoljningar().stream()
                .filter(s -> s.getStatus() == Uppfoljningsstatus.INLAMNAD).findFirst()
                .orElseThrow(() -> new KundvalException(Messages.ingetUnderlag));
        if (!bekraftad && (motivering == null || motivering.isBlank())) {
            throw new KundvalException(Messages.motiveringKravs);
        }
        Avslutsbedomning aktuell = Bedomningar.aktuell(insats.getAvslut())
                .filter(Avslutsbedomning::isLyckat)
                .orElseThrow(() -> new KundvalException(Messages.forstLyckat));
        String skal = motivering == null ? "" : motivering.strip(); //$NON-NLS-1$
        underlag.setStatus(bekraftad ? Uppfoljningsstatus.BEKRAFTAD : Uppfoljningsstatus.AVVISAD);
        underlag.setBedomdAv(av);
        underlag.setBedomdDatum(nu.toLocalDate());
        underlag.setMotivering(skal);
        if (bekraftad != aktuell.isBonusgrundande()) {
            Bedomningar.ny(insats.getAvslut(), true, bekraftad,
                    NLS.bind(bekraftad ? Messages.bedomningBekraftad : Messages.bedomningAvvisad, skal), av, nu);
        }
        return underlag;
    }
}
