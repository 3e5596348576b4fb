package se.kundval.ersattning;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.csv.Csvlasare;
import se.kundval.core.csv.Csvlasning;
import se.kundval.core.csv.Csvrad;
import se.kundval.core.ersattning.Budgetrad;
import se.kundval.core.ersattning.Planfel;

/**
 * Reads a budget plan (DOMAIN §10) with the product's CSV codec (docs/decisions/0130-csv.md):
 * UTF-8, semicolon separated rows {@code insatstyp;antal;ar}, a field may be quoted,
 * optionally with a fourth column {@code bonusgrundande}, the expected bonusgrundande avslut
 * counted in full bonuses (docs/decisions/0026-budgetplan.md). A header row naming the columns
 * may come first; blank lines are skipped. Every bad line is reported as {@code file:line: message}.
 */
final class Budgetplan {

    static final List<String> KOLUMNER = List.of("insatstyp", "antal", "ar", "bonusgrundande"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final int MINSTA_AR = 2000;
    private static final int STORSTA_AR = 2100;

    private Budgetplan() {
    }

    static List<Budgetrad> las(Path fil) {
        String namn = fil.getFileName() == null ? fil.toString() : fil.getFileName().toString();
        Csvlasning csv;
        try {
            csv = Csvlasare.las(fil);
        } catch (IOException e) {
            throw new Planfel(List.of(NLS.bind(Messages.kanInteLasa, namn, e.getMessage())));
        }
        List<Budgetrad> plan = new ArrayList<>();
        List<String> fel = new ArrayList<>();
        boolean forsta = true;
        for (Csvrad post : csv.rader()) {
            String[] falt = post.falt().toArray(String[]::new);
            if (falt.length == 1 && falt[0].isBlank()) {
                continue;
            }
            String kalla = namn + ':' + post.rad();
            if (forsta && KOLUMNER.get(0).equals(falt[0].strip().toLowerCase(Locale.ROOT))) {
                rubrik(falt, kalla, fel);
            } else {
                rad(falt, kalla, fel, plan);
            }
            forsta = false;
        }
        csv.fel().forEach(f -> fel.add(namn + ':' + f.rad() + ": " + f.meddelande())); //$NON-NLS-1$
        if (!fel.isEmpty()) {
            throw new Planfel(fel);
        }
        return plan;
    }

    private static void rubrik(String[] falt, String kalla, List<String> fel) {
        List<String> namn = new ArrayList<>();
        for (String f : falt) {
            namn.add(f.strip().toLowerCase(Locale.ROOT));
        }
        if (!namn.equals(KOLUMNER.subList(0, 3)) && !namn.equals(KOLUMNER)) {
            fel.add(kalla + ": " + Messages.felRubrik); //$NON-NLS-1$
        }
    }

    private static void rad(String[] falt, String kalla, List<String> fel, List<Budgetrad> plan) {
        if (falt.length != 3 && falt.length != 4) {
            fel.add(kalla + ": " + NLS.bind(Messages.felAntalFalt, falt.length)); //$NON-NLS-1$
            return;
        }
        int fore = fel.size();
        String typ = falt[0].strip();
        if (typ.isEmpty()) {
            fel.add(kalla + ": " + Messages.typSaknasIRad); //$NON-NLS-1$
        }
        Integer antal = heltal(falt[1], 0, Integer.MAX_VALUE);
        if (antal == null) {
            fel.add(kalla + ": " + NLS.bind(Messages.felAntal, falt[1].strip())); //$NON-NLS-1$
        }
        Integer ar = heltal(falt[2], MINSTA_AR, STORSTA_AR);
        if (ar == null) {
            fel.add(kalla + ": " + NLS.bind(Messages.felAr, falt[2].strip())); //$NON-NLS-1$
        }
        BigDecimal bonus = falt.length == 4 && !falt[3].isBlank() ? decimal(falt[3]) : null;
        if (falt.length == 4 && !falt[3].isBlank() && bonus == null) {
            fel.add(kalla + ": " + NLS.bind(Messages.felBonusgrundande, falt[3].strip())); //$NON-NLS-1$
        } else if (bonus != null && antal != null && bonus.compareTo(BigDecimal.valueOf(antal)) > 0) {
            fel.add(kalla + ": " + NLS.bind(Messages.bonusOverAntal, bonus.toPlainString(), antal)); //$NON-NLS-1$
        }
        if (fel.size() == fore) {
            plan.add(new Budgetrad(kalla, typ, antal, ar, bonus));
        }
    }

    private static Integer heltal(String text, int minst, int mest) {
        try {
            int varde = Integer.parseInt(text.strip());
            return varde < minst || varde > mest ? null : varde;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A non-negative decimal; a Swedish decimal comma is accepted. */
    private static BigDecimal decimal(String text) {
        try {
            BigDecimal varde = new BigDecimal(text.strip().replace(',', '.'));
            return varde.signum() < 0 ? null : varde;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
