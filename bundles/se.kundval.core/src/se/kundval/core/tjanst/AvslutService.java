package se.kundval.core.tjanst;

import java.util.List;

import se.kundval.core.Inloggning;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;

/**
 * Avslut and avslutsbedömning (DOMAIN §2, §6). The anordnare reports the avslut; the handläggare
 * judges lyckat and bonusgrundande. A judgement is immutable; a correction is a new judgement that
 * supersedes it, both kept.
 */
public interface AvslutService {

    /** The anordnare reports the avslut of its own insats; the insats becomes AVSLUTAD. */
    Avslut rapportera(Inloggning vem, long insatsId, Avslut avslut);

    /** Avslut waiting for a first judgement, oldest first. */
    List<Avslutsarende> ko(Inloggning vem);

    /** The criteria of §6 and the type's målsättning for the insats's avslut. */
    Bedomningsstod stod(Inloggning vem, long insatsId);

    /** Judges (or re-judges) the avslut: a new Avslutsbedomning superseding the earlier, audited. */
    Avslutsbedomning bedom(Inloggning vem, long insatsId, boolean lyckat, boolean bonusgrundande, String motivering);
}
