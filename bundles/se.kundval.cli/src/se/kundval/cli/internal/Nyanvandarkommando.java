package se.kundval.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import se.kundval.core.autentisering.Anvandarkonton;
import se.kundval.core.autentisering.NyttKonto;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;

/**
 * {@code anvandare ny NAMN --roll ROLL [--orgnr ORGNR [--portaladmin]] --password-file F} (DOMAIN §11): creates a login
 * as the database's owner, or on a server as an administratör, whose own password is then the
 * {@code --password-file} and the new user's is {@code --new-password-file}
 * (docs/decisions/0381-anvandare-genom-servern-och-engangskod.md). An anordnare user's TOTP secret is
 * printed once, in Base32 and as an {@code otpauth://} URI for an authenticator app; it is never shown
 * again. Everything is checked before anything is written: the role, the orgnr of a known anordnare, a
 * free name, a password in the file. {@code --portaladmin} makes an anordnare user the first who keeps
 * its organisation's portal accounts (DOMAIN §14).
 */
@Command
final class Nyanvandarkommando extends Anvandarkommando {

    @Option(names = "--roll", required = true, paramLabel = "${bundle:etikett.roll}", descriptionKey = "roll") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Roll roll;

    @Option(names = "--orgnr", paramLabel = "${bundle:etikett.orgnr}", descriptionKey = "orgnr") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String orgnr;

    @Option(names = "--portaladmin", descriptionKey = "portaladmin") //$NON-NLS-1$ //$NON-NLS-2$
    boolean portaladmin;

    @Option(names = "--new-password-file", paramLabel = "${bundle:etikett.fil}", descriptionKey = "new-password-file") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String nyLosenordsfil;

    @Override
    public int kor(Korning korning) {
        if (roll == Roll.ANORDNARE && orgnr == null) {
            throw new Indatafel(Messages.anordnareUtanOrgnr);
        }
        if (roll != Roll.ANORDNARE && orgnr != null) {
            throw new Indatafel(NLS.bind(Messages.orgnrUtanAnordnare, roll));
        }
        if (portaladmin && roll != Roll.ANORDNARE) {
            throw new Indatafel(NLS.bind(Messages.portaladminUtanAnordnare, roll));
        }
        char[] losenord = losenord(korning);
        try {
            if (!korning.paServern()) {
                korning.anslutForNyAnvandare();
            }
            kontrollera(korning);
            Anvandare ny = KundvalFactory.eINSTANCE.createAnvandare();
            ny.setAnvandarnamn(anvandarnamn);
            ny.setNamn(anvandarnamn);
            ny.setRoll(roll);
            ny.setOrgnr(orgnr);
            ny.setAktiv(true);
            ny.setPortaladmin(portaladmin);
            skriv(korning.tjanst(Anvandarkonton.class).skapa(korning.vem(), ny, losenord), korning.ut());
            return Korning.KLART;
        } finally {
            Arrays.fill(losenord, '\0');
        }
    }

    /** Locally the --password-file; on a server that is the administratör's own, and the new user's is --new-password-file. */
    private char[] losenord(Korning korning) {
        if (!korning.paServern()) {
            if (nyLosenordsfil != null) {
                throw new Indatafel(Messages.nyttLosenordBaraServer);
            }
            return korning.nyttLosenord();
        }
        if (nyLosenordsfil == null) {
            throw new Indatafel(Messages.nyAnvandareUtanNyttLosenord);
        }
        return Anslutningsflaggor.nyttLosenord(nyLosenordsfil);
    }

    private void kontrollera(Korning korning) {
        if (anvandarnamn.isBlank()) {
            throw new Indatafel(Messages.anvandarnamnTomt);
        }
        if (befintlig(korning).isPresent()) {
            throw new Indatafel(NLS.bind(Messages.anvandareFinns, anvandarnamn));
        }
        if (orgnr != null && korning.tjanst(AnordnareService.class).hamtaMedOrgnr(korning.vem(), orgnr).isEmpty()) {
            throw new Indatafel(NLS.bind(Messages.okandAnordnare, orgnr));
        }
    }

    private static void skriv(NyttKonto konto, PrintStream ut) {
        Anvandare a = konto.anvandare();
        ut.println(NLS.bind(Messages.anvandareSkapad, a.getAnvandarnamn(), a.getRoll()));
        skrivHemlighet(konto, ut);
    }
}
