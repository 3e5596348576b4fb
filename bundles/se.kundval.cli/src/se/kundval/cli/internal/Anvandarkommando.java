package se.kundval.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Parameters;

import se.kundval.core.autentisering.NyttKonto;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.model.Anvandare;
import se.kundval.model.Roll;

/**
 * What {@code anvandare ny} and {@code anvandare engangskod} share (DOMAIN §11): an administratör's
 * command about one user, named first, run without any plugin bundle, locally or on a server; the
 * user looked up as the service lists users to that administratör; and the TOTP secret printed the
 * one time it is ever shown (docs/decisions/0381-anvandare-genom-servern-och-engangskod.md).
 */
abstract class Anvandarkommando implements Kommando {

    @Parameters(index = "0", paramLabel = "${bundle:etikett.namn}", descriptionKey = "anvandarnamn") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String anvandarnamn;

    @Override
    public final List<String> buntar() {
        return List.of();
    }

    @Override
    public final Set<Roll> roller() {
        return Set.of(Roll.ADMINISTRATOR);
    }

    /** The user named on the command line, if there is one. */
    final Optional<Anvandare> befintlig(Korning korning) {
        return korning.tjanst(AnvandareService.class).alla(korning.vem()).stream()
                .filter(a -> a.getAnvandarnamn().equals(anvandarnamn)).findFirst();
    }

    /** The TOTP secret, the one time it is shown: in Base32 to type in, and as the URI a QR code holds. */
    static void skrivHemlighet(NyttKonto konto, PrintStream ut) {
        konto.otpauth().ifPresent(uri -> {
            ut.println(Messages.engangshemlighetEnGang);
            ut.println(NLS.bind(Messages.engangshemlighetBase32, konto.engangshemlighet()));
            ut.println(uri);
        });
        ut.flush();
    }
}
