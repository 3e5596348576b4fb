package se.kundval.utbyte.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

/**
 * What every field of every interchange file must be, whatever its column: no control character
 * (a NUL or an escape sequence in a name travels on into letters, exports and the screen), and no
 * longer than the database column (varchar(255)) it is stored in. A line break is the one control
 * character the format lets a quoted field hold (DOMAIN §9).
 */
final class Falttecken {

    /** The length of every text column the interchange files are stored in. */
    static final int HOGSTA_LANGD = 255;

    private Falttecken() {
    }

    /** Reports each bad field of a row; true when every field is fit to store. */
    static boolean granska(List<String> kolumner, List<String> falt, Consumer<String> fel) {
        boolean ok = true;
        for (int i = 0; i < falt.size(); i++) {
            String varde = falt.get(i);
            int styrtecken = forstaStyrtecken(varde);
            if (styrtecken >= 0) {
                fel.accept(NLS.bind(Messages.styrtecken, new Object[] {kolumner.get(i),
                        String.format("%04X", (int) varde.charAt(styrtecken)), styrtecken + 1})); //$NON-NLS-1$
                ok = false;
            } else if (varde.codePointCount(0, varde.length()) > HOGSTA_LANGD) {
                fel.accept(NLS.bind(Messages.forLangt, new Object[] {kolumner.get(i), varde.codePointCount(0, varde.length()),
                        HOGSTA_LANGD}));
                ok = false;
            }
        }
        return ok;
    }

    private static int forstaStyrtecken(String varde) {
        for (int i = 0; i < varde.length(); i++) {
            char c = varde.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }
}
