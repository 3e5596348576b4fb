package se.kundval.utbyte.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.utbyte.Fellista;
import se.kundval.core.utbyte.Utbytesrad;

/**
 * Reads one interchange file (DOMAIN §9): strict UTF-8 line by line (a bad byte names its line),
 * the exact header as line 1, then one row per non-empty line with exactly as many semicolon-
 * separated fields as the header. A field may be quoted with {@code "} (a quote inside doubled)
 * to hold a semicolon; fields are taken as they are, without trimming. An optional UTF-8 byte
 * order mark and CR before LF are accepted because spreadsheet programs write them.
 */
final class Csvlasare {

    /**
     * What a file held.
     *
     * @param rader   the rows that could be split into the header's fields
     * @param trasiga the first field of every row that could not (its key, so that references to
     *                it are not reported a second time)
     * @param lasbar  false when the header was wrong or missing: none of its rows could be read
     */
    record Lasning(List<Utbytesrad> rader, Set<String> trasiga, boolean lasbar) {
    }

    private Csvlasare() {
    }

    static Lasning las(Path fil, List<String> kolumner, Fellista fel) throws IOException {
        byte[] bytes = Files.readAllBytes(fil);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String rubrik = String.join(";", kolumner); //$NON-NLS-1$
        List<Utbytesrad> rader = new ArrayList<>();
        Set<String> trasiga = new HashSet<>();
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        int radnr = 0;
        while (start < bytes.length) {
            int slut = start;
            while (slut < bytes.length && bytes[slut] != '\n') {
                slut++;
            }
            int langd = slut - start;
            if (langd > 0 && bytes[slut - 1] == '\r') {
                langd--;
            }
            radnr++;
            int radstart = start;
            String text = avkoda(utf8, bytes, radstart, langd);
            start = slut + 1;
            if (text == null) {
                fel.fel(radnr, Messages.ogiltigUtf8);
                if (radnr == 1) {
                    return new Lasning(List.of(), Set.of(), false);
                }
                trasiga.add(forstaFalt(new String(bytes, radstart, langd, StandardCharsets.UTF_8)));
            } else if (radnr == 1) {
                if (!text.equals(rubrik)) {
                    fel.fel(1, NLS.bind(Messages.felRubrik, rubrik, text));
                    return new Lasning(List.of(), Set.of(), false);
                }
            } else if (!text.isEmpty()) {
                List<String> falt = falt(text, radnr, fel);
                if (falt != null && falt.size() != kolumner.size()) {
                    fel.fel(radnr, NLS.bind(Messages.antalFalt, falt.size(), kolumner.size()));
                }
                if (falt != null && falt.size() == kolumner.size()) {
                    rader.add(new Utbytesrad(radnr, falt));
                } else {
                    trasiga.add(forstaFalt(text));
                }
            }
        }
        if (radnr == 0) {
            fel.fel(1, NLS.bind(Messages.tomFil, rubrik));
            return new Lasning(List.of(), Set.of(), false);
        }
        return new Lasning(rader, trasiga, true);
    }

    private static String forstaFalt(String text) {
        int semikolon = text.indexOf(';');
        return semikolon < 0 ? text : text.substring(0, semikolon);
    }

    private static String avkoda(CharsetDecoder utf8, byte[] bytes, int start, int langd) {
        try {
            return utf8.reset().decode(ByteBuffer.wrap(bytes, start, langd)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The fields of a line, or null (with the problem reported) when a quoted field is malformed. */
    static List<String> falt(String text, int radnr, Fellista fel) {
        List<String> falt = new ArrayList<>();
        if (text.indexOf('"') < 0) {
            int fran = 0;
            for (int i = text.indexOf(';'); i >= 0; i = text.indexOf(';', fran)) {
                falt.add(text.substring(fran, i));
                fran = i + 1;
            }
            falt.add(text.substring(fran));
            return falt;
        }
        int i = 0;
        while (true) {
            if (i < text.length() && text.charAt(i) == '"') {
                StringBuilder varde = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= text.length()) {
                        fel.fel(radnr, NLS.bind(Messages.oavslutatCitat, falt.size() + 1));
                        return null;
                    }
                    char c = text.charAt(j);
                    if (c == '"' && j + 1 < text.length() && text.charAt(j + 1) == '"') {
                        varde.append('"');
                        j += 2;
                    } else if (c == '"') {
                        break;
                    } else {
                        varde.append(c);
                        j++;
                    }
                }
                falt.add(varde.toString());
                i = j + 1;
                if (i < text.length() && text.charAt(i) != ';') {
                    fel.fel(radnr, NLS.bind(Messages.teckenEfterCitat, falt.size()));
                    return null;
                }
            } else {
                int semikolon = text.indexOf(';', i);
                falt.add(text.substring(i, semikolon < 0 ? text.length() : semikolon));
                i = semikolon < 0 ? text.length() : semikolon;
            }
            if (i >= text.length()) {
                return falt;
            }
            i++;
        }
    }
}
