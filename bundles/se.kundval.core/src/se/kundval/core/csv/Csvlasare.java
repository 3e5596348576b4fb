package se.kundval.core.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

/**
 * Reads a CSV file of the product's dialect ({@link Csvformat}) into records with the line each
 * starts on. Strict UTF-8: a bad byte is reported on its line (a spreadsheet saving Latin-1 is the
 * usual cause) and nothing of the file is read. An optional UTF-8 byte order mark and CR LF line
 * ends are accepted because spreadsheet programs write them. A broken quote stops reading there,
 * with the line and, for a quote never closed, the field.
 */
public final class Csvlasare {

    private static final int BOM_LANGD = 3;

    private Csvlasare() {
    }

    public static Csvlasning las(Path fil) throws IOException {
        return las(Files.readAllBytes(fil));
    }

    public static Csvlasning las(byte[] bytes) {
        int start = harBom(bytes) ? BOM_LANGD : 0;
        List<Csvfel> fel = ogiltigUtf8(bytes, start);
        if (!fel.isEmpty()) {
            return new Csvlasning(List.of(), fel);
        }
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        int[] radstarter = radstarter(text);
        List<Csvrad> rader = new ArrayList<>();
        // each record becomes a row as it is parsed, so the library's records never stand all at once
        boolean helt = forsok(text, Csvformat.FORMAT,
                post -> rader.add(new Csvrad(rad(post, text, radstarter), post.stream().map(Csvformat::avskydda).toList())));
        return new Csvlasning(rader, helt ? List.of() : List.of(citatfel(text, radstarter, rader.size())));
    }

    private static boolean harBom(byte[] bytes) {
        return bytes.length >= BOM_LANGD && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    /** Every line (split at LF, which no UTF-8 sequence contains) that is not valid UTF-8. */
    private static List<Csvfel> ogiltigUtf8(byte[] bytes, int start) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        List<Csvfel> fel = new ArrayList<>();
        int rad = 1;
        for (int fran = start; fran <= bytes.length; rad++) {
            int slut = fran;
            while (slut < bytes.length && bytes[slut] != '\n') {
                slut++;
            }
            try {
                utf8.reset().decode(ByteBuffer.wrap(bytes, fran, slut - fran));
            } catch (CharacterCodingException e) {
                fel.add(new Csvfel(rad, Messages.ogiltigUtf8));
            }
            fran = slut + 1;
        }
        return fel;
    }

    /** Hands each record to {@code mottagare}; false when the parse stopped before the end. */
    private static boolean forsok(String text, CSVFormat format, Consumer<CSVRecord> mottagare) {
        try (CSVParser parser = CSVParser.parse(text, format)) {
            parser.forEach(mottagare);
            return true;
        } catch (IOException | UncheckedIOException e) {
            // the library's message is English and names no field: the caller says it in Swedish
            return false;
        }
    }

    /** The record with the index in a parse with the format, or null when the parse gives fewer. */
    private static CSVRecord post(String text, CSVFormat format, int index) {
        CSVRecord[] hittad = {null};
        int[] antal = {0};
        forsok(text, format, post -> {
            if (antal[0]++ == index) {
                hittad[0] = post;
            }
        });
        return hittad[0];
    }

    /**
     * Which record broke and how, asked of the library itself with the two leniencies it offers:
     * a quote never closed reads to the end of the file as the last field of that record; stray
     * text after a closing quote does not stop a lenient parse.
     */
    private static Csvfel citatfel(String text, int[] radstarter, int lasta) {
        CSVRecord tillSlutet = post(text, Csvformat.FORMAT.builder().setLenientEof(true).get(), lasta);
        if (tillSlutet != null) {
            return new Csvfel(rad(tillSlutet, text, radstarter), NLS.bind(Messages.oavslutatCitat, tillSlutet.size()));
        }
        CSVRecord overseende = post(text, Csvformat.FORMAT.builder().setLenientEof(true).setTrailingData(true).get(), lasta);
        int rad = overseende != null ? rad(overseende, text, radstarter) : radstarter.length;
        return new Csvfel(rad, Messages.teckenEfterCitat);
    }

    /** Where each line begins; a line ends at LF, CR LF or a lone CR, as the parser sees it. */
    private static int[] radstarter(String text) {
        int[] starter = new int[16];
        int antal = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                if (antal == starter.length) {
                    starter = Arrays.copyOf(starter, antal * 2);
                }
                starter[antal++] = i + 1;
            }
        }
        return Arrays.copyOf(starter, antal);
    }

    /**
     * The line a record starts on. The library's position is where the previous record ended, so
     * the empty lines it skipped before this one are skipped here too.
     */
    private static int rad(CSVRecord post, String text, int[] radstarter) {
        int position = (int) post.getCharacterPosition();
        while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
            position++;
        }
        int index = Arrays.binarySearch(radstarter, position);
        return index >= 0 ? index + 1 : -index - 1;
    }
}
