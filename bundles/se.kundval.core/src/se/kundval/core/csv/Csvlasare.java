package se.kundval.core.csv;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVException;
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
 * <p>
 * A file is read as a stream, twice: once to check the encoding, once to hand each record on as it
 * is parsed. Neither its bytes nor its text are held, so a file of millions of lines takes no more
 * memory than one of ten (decision 0441).
 */
public final class Csvlasare {

    private static final int BOM_LANGD = 3;
    private static final int BUFFERT = 1 << 16;

    /** Where the bytes come from; opened once per pass. */
    @FunctionalInterface
    private interface Kalla {
        InputStream oppna() throws IOException;
    }

    private Csvlasare() {
    }

    public static Csvlasning las(Path fil) throws IOException {
        List<Csvrad> rader = new ArrayList<>();
        List<Csvfel> fel = las(fil, rader::add);
        return new Csvlasning(rader, fel);
    }

    public static Csvlasning las(byte[] bytes) {
        List<Csvrad> rader = new ArrayList<>();
        try {
            List<Csvfel> fel = las(() -> new ByteArrayInputStream(bytes), rader::add);
            return new Csvlasning(rader, fel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hands each record of the file, the header included, to {@code mottagare} as it is parsed.
     *
     * @return empty when the whole file was read; otherwise the problems that stopped reading (the
     *         records before a broken quote have been handed on, none when the encoding is bad)
     */
    public static List<Csvfel> las(Path fil, Consumer<Csvrad> mottagare) throws IOException {
        return las(() -> Files.newInputStream(fil), mottagare);
    }

    private static List<Csvfel> las(Kalla kalla, Consumer<Csvrad> mottagare) throws IOException {
        if (!giltigUtf8(kalla)) {
            return ogiltigUtf8(kalla);
        }
        int[] antal = {0};
        boolean helt = forsok(kalla, Csvformat.FORMAT, (post, raknare) -> {
            antal[0]++;
            mottagare.accept(new Csvrad(raknare.rad(post.getCharacterPosition()), post.stream().map(Csvformat::avskydda).toList()));
        }).helt();
        return helt ? List.of() : List.of(citatfel(kalla, antal[0]));
    }

    /** The stream past an optional byte order mark. */
    private static InputStream utanBom(Kalla kalla) throws IOException {
        InputStream in = new BufferedInputStream(kalla.oppna(), BUFFERT);
        in.mark(BOM_LANGD);
        byte[] borjan = in.readNBytes(BOM_LANGD);
        if (borjan.length < BOM_LANGD || borjan[0] != (byte) 0xEF || borjan[1] != (byte) 0xBB || borjan[2] != (byte) 0xBF) {
            in.reset();
        }
        return in;
    }

    /** The whole stream decoded once, in slices, without keeping the text: the common case costs one pass. */
    private static boolean giltigUtf8(Kalla kalla) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer bytes = ByteBuffer.allocate(BUFFERT);
        CharBuffer tecken = CharBuffer.allocate(BUFFERT);
        try (InputStream in = utanBom(kalla)) {
            boolean slut = false;
            while (!slut) {
                int lasta = in.read(bytes.array(), bytes.position(), bytes.remaining());
                slut = lasta < 0;
                bytes.position(bytes.position() + Math.max(0, lasta));
                bytes.flip();
                CoderResult r;
                do {
                    tecken.clear();
                    r = utf8.decode(bytes, tecken, slut);
                } while (r.isOverflow());
                if (r.isError()) {
                    return false;
                }
                bytes.compact();
            }
            tecken.clear();
            return !utf8.flush(tecken).isError();
        }
    }

    /** Every line (split at LF, which no UTF-8 sequence contains) that is not valid UTF-8. */
    private static List<Csvfel> ogiltigUtf8(Kalla kalla) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        List<Csvfel> fel = new ArrayList<>();
        ByteArrayOutputStream rad = new ByteArrayOutputStream();
        try (InputStream in = utanBom(kalla)) {
            int nummer = 1;
            for (int b = in.read();; b = in.read()) {
                if (b == '\n' || b < 0) {
                    try {
                        utf8.reset().decode(ByteBuffer.wrap(rad.toByteArray()));
                    } catch (CharacterCodingException e) {
                        fel.add(new Csvfel(nummer, Messages.ogiltigUtf8));
                    }
                    rad.reset();
                    nummer++;
                    if (b < 0) {
                        return fel;
                    }
                } else {
                    rad.write(b);
                }
            }
        }
    }

    /** How a parse went: whether it reached the end, and how many lines the text has. */
    private record Parse(boolean helt, int rader) {
    }

    /**
     * Hands each record to {@code mottagare} with the counter of its lines. A parse that stops early
     * still counts the rest of the text's lines; a failure to read the file itself is not a parse
     * that stopped but an IOException.
     */
    private static Parse forsok(Kalla kalla, CSVFormat format, BiConsumer<CSVRecord, Radraknare> mottagare) throws IOException {
        try (Radraknare raknare = new Radraknare(new InputStreamReader(utanBom(kalla), StandardCharsets.UTF_8))) {
            boolean helt = tolka(raknare, format, mottagare);
            if (!helt) {
                raknare.transferTo(Writer.nullWriter());
            }
            return new Parse(helt, raknare.rader());
        }
    }

    private static boolean tolka(Radraknare raknare, CSVFormat format, BiConsumer<CSVRecord, Radraknare> mottagare)
            throws IOException {
        try {
            // not closed here: closing the parser would close the reader, which the caller still counts
            CSVParser parser = CSVParser.parse(raknare, format);
            parser.forEach(post -> mottagare.accept(post, raknare));
            return true;
        } catch (CSVException e) {
            return false;
        } catch (UncheckedIOException e) {
            // the library's message is English and names no field: the caller says it in Swedish
            if (e.getCause() instanceof CSVException) {
                return false;
            }
            throw e.getCause();
        }
    }

    /**
     * Which record broke and how, asked of the library itself with the two leniencies it offers:
     * a quote never closed reads to the end of the file as the last field of that record; stray
     * text after a closing quote does not stop a lenient parse.
     */
    private static Csvfel citatfel(Kalla kalla, int lasta) throws IOException {
        Hittad tillSlutet = post(kalla, Csvformat.FORMAT.builder().setLenientEof(true).get(), lasta);
        if (tillSlutet.post() != null) {
            return new Csvfel(tillSlutet.rad(), NLS.bind(Messages.oavslutatCitat, tillSlutet.post().size()));
        }
        Hittad overseende = post(kalla, Csvformat.FORMAT.builder().setLenientEof(true).setTrailingData(true).get(), lasta);
        return new Csvfel(overseende.rad(), Messages.teckenEfterCitat);
    }

    /** A record of a parse and its line; without a record, the number of lines the parse read. */
    private record Hittad(CSVRecord post, int rad) {
    }

    /** The record with the index in a parse with the format, or none when the parse gives fewer. */
    private static Hittad post(Kalla kalla, CSVFormat format, int index) throws IOException {
        Hittad[] hittad = {null};
        int[] antal = {0};
        Parse parse = forsok(kalla, format, (post, raknare) -> {
            if (antal[0]++ == index) {
                hittad[0] = new Hittad(post, raknare.rad(post.getCharacterPosition()));
            }
        });
        return hittad[0] != null ? hittad[0] : new Hittad(null, parse.rader());
    }
}
