package se.kundval.cli.internal;

import java.io.PrintStream;
import java.util.List;

import picocli.CommandLine.Command;

import se.kundval.core.tjanst.AnvandareService;
import se.kundval.model.Anvandare;

/**
 * {@code anvandare lista} (DOMAIN §11): every login, one row each with a header,
 * {@code anvandarnamn;namn;roll;orgnr;aktiv}. Never a hash or a TOTP secret: they are not in the row.
 */
@Command
final class Anvandarlistekommando implements Kommando {

    static final String RUBRIK = "anvandarnamn;namn;roll;orgnr;aktiv"; //$NON-NLS-1$

    @Override
    public List<String> buntar() {
        return List.of();
    }

    @Override
    public int kor(Korning korning) {
        korning.anslut();
        PrintStream ut = korning.ut();
        ut.println(RUBRIK);
        for (Anvandare a : korning.tjanst(AnvandareService.class).alla(korning.vem())) {
            ut.println(String.join(";", a.getAnvandarnamn(), text(a.getNamn()), String.valueOf(a.getRoll()), //$NON-NLS-1$
                    text(a.getOrgnr()), a.isAktiv() ? "ja" : "nej")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ut.flush();
        return Korning.KLART;
    }

    private static String text(String varde) {
        return varde == null ? "" : varde; //$NON-NLS-1$
    }
}
