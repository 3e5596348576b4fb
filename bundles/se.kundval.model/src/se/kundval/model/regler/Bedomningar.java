package se.kundval.model.regler;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Optional;

import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.KundvalFactory;

/**
 * The judgements of an avslut: each new one gets the next löpnummer and supersedes the earlier,
 * which are kept (DOMAIN §2). The one with the highest löpnummer is the current judgement.
 */
public final class Bedomningar {

    private Bedomningar() {
    }

    public static Optional<Avslutsbedomning> aktuell(Avslut avslut) {
        return avslut == null ? Optional.empty()
                : avslut.getBedomningar().stream().max(Comparator.comparingInt(Avslutsbedomning::getLopnummer));
    }

    /** Adds a new judgement superseding the current one. */
    public static Avslutsbedomning ny(Avslut avslut, boolean lyckat, boolean bonusgrundande, String motivering, String av,
            LocalDateTime tidpunkt) {
        Avslutsbedomning b = KundvalFactory.eINSTANCE.createAvslutsbedomning();
        b.setLyckat(lyckat);
        b.setBonusgrundande(bonusgrundande);
        b.setMotivering(motivering);
        b.setBedomdAv(av);
        b.setTidpunkt(tidpunkt);
        b.setLopnummer(aktuell(avslut).map(Avslutsbedomning::getLopnummer).orElse(0) + 1);
        avslut.getBedomningar().add(b);
        return b;
    }

    /** "Lyckat, ej bonusgrundande (bedömning 2): motivering", for the audit log. */
    public static String beskriv(Avslutsbedomning b) {
        return Meddelanden.mening("granskning.bedomning", Meddelanden.mening(b.isLyckat() ? "granskning.lyckat" : "granskning.ejLyckat"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Meddelanden.mening(b.isBonusgrundande() ? "granskning.bonusgrundande" : "granskning.ejBonusgrundande"), //$NON-NLS-1$ //$NON-NLS-2$
                b.getLopnummer(), b.getMotivering());
    }
}
