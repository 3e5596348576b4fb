package se.kundval.core.tjanst;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Swedish words of the audit trail (granskningstexter.properties), so that the Kund editor, the
 * granskningslogg and every later reader say "Förlängning beviljad", "Månadsrapport: Status" and
 * "Godkänd" where the stored entry holds {@code BESLUT_FORLANGNING}, {@code Manadsrapport.status} and
 * {@code GODKAND}. Looked up by key, not one NLS field per code: a field added to the model needs
 * one line in the file, and until it has one a readable fallback is shown.
 */
public final class Granskningstexter {

    private static final String BUNDLE = "se.kundval.core.tjanst.granskningstexter"; //$NON-NLS-1$

    private Granskningstexter() {
    }

    /** What happened: "Förlängning beviljad"; for {@code <TYP>_SKAPAD}/{@code _ANDRAD} "Kund registrerad", "Insats ändrad". */
    public static String handelse(String kod) {
        if (kod == null) {
            return ""; //$NON-NLS-1$
        }
        String text = text("handelse." + kod); //$NON-NLS-1$
        if (text != null) {
            return text;
        }
        for (String slut : new String[] {"_SKAPAD", "_ANDRAD"}) { //$NON-NLS-1$ //$NON-NLS-2$
            if (kod.endsWith(slut)) {
                String typ = kod.substring(0, kod.length() - slut.length());
                return MessageFormat.format(text("handelse" + slut), klassAvKod(typ)); //$NON-NLS-1$
            }
        }
        return kod;
    }

    /** The field as a person knows it: "Namn" on the kund itself, "Månadsrapport: Status" on a part of it. */
    public static String falt(String aggregat, String objekttyp, String falt) {
        String namn = text("falt." + objekttyp + '.' + falt); //$NON-NLS-1$
        if (namn == null) {
            namn = text("falt." + falt); //$NON-NLS-1$
        }
        if (namn == null) {
            namn = falt;
        }
        return objekttyp == null || objekttyp.equals(aggregat) ? namn : klass(objekttyp) + ": " + namn; //$NON-NLS-1$
    }

    /** A stored value in words: "Ja", "Kvinna", "Godkänd"; dates, amounts and free text as they are; empty for none. */
    public static String varde(String varde) {
        if (varde == null) {
            return ""; //$NON-NLS-1$
        }
        String text = text("varde." + varde); //$NON-NLS-1$
        return text == null ? varde : text;
    }

    /** The name of a model class: "Månadsrapport" for {@code Manadsrapport}. */
    public static String klass(String objekttyp) {
        String text = text("klass." + objekttyp); //$NON-NLS-1$
        return text == null ? objekttyp : text;
    }

    private static String klassAvKod(String versaler) {
        ResourceBundle texter = texter();
        for (String nyckel : texter.keySet()) {
            if (nyckel.startsWith("klass.") && nyckel.substring(6).toUpperCase(Locale.ROOT).equals(versaler)) { //$NON-NLS-1$
                return texter.getString(nyckel);
            }
        }
        return versaler;
    }

    private static String text(String nyckel) {
        ResourceBundle texter = texter();
        return texter.containsKey(nyckel) ? texter.getString(nyckel) : null;
    }

    private static ResourceBundle texter() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Granskningstexter.class.getClassLoader());
    }
}
