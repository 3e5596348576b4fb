package se.kundval.utbyte.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one interchange file: UTF-8 without byte order mark, LF line ends, the header and then
 * the rows as given. A field with a semicolon or a quote is quoted so that {@link Csvlasare} reads
 * it back unchanged; a line break inside a field is written as a space because the format is one
 * row per line (see docs/decisions/0010-utbytesformat.md).
 */
final class Csvskrivare {

    private Csvskrivare() {
    }

    static void skriv(Path fil, List<String> kolumner, List<List<String>> rader) throws IOException {
        try (BufferedWriter ut = Files.newBufferedWriter(fil, StandardCharsets.UTF_8)) {
            rad(ut, kolumner);
            for (List<String> rad : rader) {
                rad(ut, rad);
            }
        }
    }

    private static void rad(BufferedWriter ut, List<String> falt) throws IOException {
        for (int i = 0; i < falt.size(); i++) {
            if (i > 0) {
                ut.write(';');
            }
            ut.write(falt(falt.get(i)));
        }
        ut.write('\n');
    }

    static String falt(String varde) {
        if (varde == null) {
            return ""; //$NON-NLS-1$
        }
        String enRad = varde.indexOf('\n') < 0 && varde.indexOf('\r') < 0 ? varde
                : varde.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '); //$NON-NLS-1$ //$NON-NLS-2$
        if (enRad.indexOf(';') < 0 && enRad.indexOf('"') < 0) {
            return enRad;
        }
        return '"' + enRad.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
