package se.kundval.rapport.ui;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.rapport.Andel;
import se.kundval.core.rapport.Figur;
import se.kundval.core.rapport.Medelvarde;
import se.kundval.core.rapport.Nki;
import se.kundval.export.Svenskformat;

/**
 * How the report's figures read on screen: Swedish numbers, every share and mean with the n it
 * rests on, and "osäker" after a figure on fewer than five persons (DOMAIN §7).
 */
final class Siffror {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE"); //$NON-NLS-1$
    private static final ResourceBundle ETIKETTER = ResourceBundle.getBundle("se.kundval.rapport.ui.etiketter", //$NON-NLS-1$
            Locale.getDefault(), Siffror.class.getClassLoader());

    private Siffror() {
    }

    /** 0.584 as "58,4 %". */
    static String procent(BigDecimal andel) {
        return andel == null ? Messages.saknas : Svenskformat.tal(andel.movePointRight(2), 1, false) + "\u00a0%"; //$NON-NLS-1$
    }

    static String tal(BigDecimal tal, int decimaler) {
        return tal == null ? Messages.saknas : Svenskformat.tal(tal, decimaler, true);
    }

    /** "58,4 % (45 av 77)", with "osäker" when fewer than five stand behind it. */
    static Cell andel(Andel andel, Figur figur) {
        if (andel.av() == 0) {
            return new Cell(Messages.saknas, false, null);
        }
        String text = NLS.bind(Messages.andelAv, new Object[] {procent(andel.varde()), andel.antal(), andel.av()});
        return new Cell(osaker(text, andel.osaker()), andel.osaker(), figur);
    }

    /** "143,5 (n=45)" for a mean in days. */
    static Cell medel(Medelvarde medel, Figur figur) {
        if (medel.n() == 0) {
            return new Cell(Messages.saknas, false, null);
        }
        String text = NLS.bind(Messages.medelN, tal(medel.varde(1), 1), medel.n());
        return new Cell(osaker(text, medel.osaker()), medel.osaker(), figur);
    }

    /** "4,12 (n=23)", or "dolt (n=3)" when withheld for anonymity. */
    static Cell nki(Nki nki) {
        if (nki.svarande() == 0) {
            return new Cell(Messages.saknas, false, null);
        }
        if (nki.undertryckt()) {
            return new Cell(NLS.bind(Messages.nkiDolt, nki.svarande()), true, null);
        }
        return new Cell(NLS.bind(Messages.medelN, tal(nki.varde(), 2), nki.svarande()), false, null);
    }

    static String osaker(String text, boolean osaker) {
        return osaker ? NLS.bind(Messages.osakerFigur, text) : text;
    }

    /** A text with choices ({@code {0,choice,...}}), which NLS.bind does not read. */
    static String format(String monster, Object... argument) {
        return new MessageFormat(monster, SVENSKA).format(argument);
    }

    /**
     * The Swedish name of a code as the report's distributions key it ({@code Avslutsorsak.ARBETE}),
     * or the code itself (a språk) when it has none.
     */
    static String etikett(String enumnamn, String kod) {
        for (String nyckel : new String[] {enumnamn + '.' + kod, kod}) {
            try {
                return ETIKETTER.getString(nyckel);
            } catch (MissingResourceException e) {
                // try the next key: a code without a label is shown as it is
            }
        }
        return kod;
    }
}
