package se.kundval.cli.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;

import se.kundval.core.autentisering.Anvandarkonton;
import se.kundval.core.autentisering.NyttKonto;
import se.kundval.core.tjanst.Granskningstexter;
import se.kundval.model.Anvandare;
import se.kundval.model.Roll;

/**
 * {@code anvandare engangskod NAMN}: gives an anordnare user a new TOTP secret, printed once as
 * {@code anvandare ny} prints it; the old secret stops working. For an anordnare who lost the
 * authenticator, and for a demo database, whose anordnare have none, so that the portal can be tried
 * (docs/decisions/0381-anvandare-genom-servern-och-engangskod.md). Locally as the database's owner, on a
 * server as an administratör.
 */
@Command
final class Engangskodkommando extends Anvandarkommando {

    @Override
    public int kor(Korning korning) {
        korning.anslut();
        // checked here first so that a mistyped name is bad input (exit 1), not a failure; the service checks again
        Anvandare anvandare = befintlig(korning).orElseThrow(() -> new Indatafel(NLS.bind(Messages.okandAnvandare, anvandarnamn)));
        if (anvandare.getRoll() != Roll.ANORDNARE) {
            // the role in words, as the service says it ("handläggare")
            String roll = Granskningstexter.varde(anvandare.getRoll().getName()).toLowerCase(Locale.ROOT);
            throw new Indatafel(NLS.bind(Messages.engangskodBaraAnordnare, anvandarnamn, roll));
        }
        NyttKonto konto = korning.tjanst(Anvandarkonton.class).nyEngangshemlighet(korning.vem(), anvandarnamn);
        korning.ut().println(NLS.bind(Messages.engangskodFornyad, anvandarnamn));
        skrivHemlighet(konto, korning.ut());
        return Korning.KLART;
    }
}
