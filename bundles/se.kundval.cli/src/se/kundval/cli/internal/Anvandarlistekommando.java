package se.kundval.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import picocli.CommandLine.Command;

import se.kundval.core.tjanst.AnvandareService;
import se.kundval.model.Anvandare;
import se.kundval.model.Roll;

/**
 * {@code anvandare lista} (DOMAIN §11): every login, one row each with a header,
 * {@code anvandarnamn;namn;roll;orgnr;aktiv;portaladmin}, the last saying whether an anordnare user
 * manages its organisation's portal accounts (decision 0377). Never a hash or a TOTP secret: they are
 * not in the row.
 */
@Command
final class Anvandarlistekommando implements Kommando {

    static final String RUBRIK = "anvandarnamn;namn;roll;orgnr;aktiv;portaladmin"; //$NON-NLS-1$

    @Override
    public List<String> buntar() {
        return List.of();
    }

    /** On a server only an administratör lists the users (DOMAIN §11); locally the database owner does. */
    @Override
    public Set<Roll> roller() {
        return Set.of(Roll.ADMINISTRATOR);
    }

    @Override
    public int kor(Korning korning) {
        korning.anslut();
        PrintStream ut = korning.ut();
        ut.println(RUBRIK);
        for (Anvandare a : korning.tjanst(AnvandareService.class).alla(korning.vem())) {
            ut.println(String.join(";", a.getAnvandarnamn(), text(a.getNamn()), String.valueOf(a.getRoll()), //$NON-NLS-1$
                    text(a.getOrgnr()), jaNej(a.isAktiv()), jaNej(a.isPortaladmin())));
        }
        ut.flush();
        return Korning.KLART;
    }

    private static String jaNej(boolean varde) {
        return varde ? "ja" : "nej"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String text(String varde) {
        return varde == null ? "" : varde; //$NON-NLS-1$
    }
}
