package se.kundval.ersattning.ui;

import java.math.BigDecimal;

/**
 * Reads kronor as users type them: "3 800", "3800,50", "3 800,50 kr", also with a decimal point;
 * at most two decimals (öre).
 */
final class Belopptolk {

    private Belopptolk() {
    }

    /** @throws NumberFormatException with a Swedish message for the field when the text is no amount */
    static BigDecimal tolka(String text) {
        String rensad = text.replace("kr", "").replaceAll("[\\s\\u00a0]", "").replace(',', '.'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (rensad.isEmpty()) {
            throw new NumberFormatException(Messages.beloppSaknas);
        }
        BigDecimal belopp;
        try {
            belopp = new BigDecimal(rensad);
        } catch (NumberFormatException e) {
            throw new NumberFormatException(Messages.beloppOlasligt);
        }
        if (belopp.scale() > 2) {
            throw new NumberFormatException(Messages.beloppForManga);
        }
        return belopp.setScale(2);
    }
}
