package se.kundval.core.json;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.Separators.Spacing;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON codec of the product (decision 0136): the report, the command line's output and the
 * server's API all write and read JSON through it, so a value looks the same wherever it goes.
 * <ul>
 * <li>Money and other decimals as plain numbers exactly as their scale says ({@code 5000.00}, never
 * {@code 5E+3}); a double in a plain form too, and decimals read back as BigDecimal, never as a
 * double.</li>
 * <li>Dates and months as ISO strings ({@code 2024-02-29}, {@code 2024-02}).</li>
 * <li>Model codes by their literal, other enums by name; null is written, not left out.</li>
 * <li>Duplicate keys and text after the value are errors when reading.</li>
 * </ul>
 * An instance is immutable and thread-safe; each holder makes its own (no shared static instance).
 */
public final class Jsonkodek {

    private static final String INDRAG = "  "; //$NON-NLS-1$
    private static final String RADSLUT = "\n"; //$NON-NLS-1$

    private final ObjectMapper mapper;

    public Jsonkodek() {
        SimpleModule kundval = new SimpleModule("kundval"); //$NON-NLS-1$
        kundval.addSerializer(Enumerator.class, new Literalskrivare());
        kundval.addSerializer(Double.class, new Decimalskrivare<>(Double.class));
        kundval.addSerializer(Float.class, new Decimalskrivare<>(Float.class));
        mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(kundval)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                // the caller owns the stream: the command line writes to stdout and goes on using it
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // 5000.00 read into a tree stays 5000.00: the scale of money is part of its value
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** The configured mapper, for readers and writers this class does not offer (the server's API). */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Writes the value indented by two spaces, {@code "key": value}, each member and element on its
     * own line, empty objects and arrays as {@code {}} and {@code []}, and a line break at the end.
     * Maps keep their order. The stream is flushed, not closed.
     */
    public void skriv(Object varde, OutputStream ut) throws IOException {
        skrivMed(indragen(Spacing.AFTER, new DefaultIndenter(INDRAG, RADSLUT)), varde, ut);
    }

    /**
     * Writes a list with one compact object per line, as a file of rows that a person can also
     * read: {@code [}, then {@code   {"a":1,"b":2},} per row, then {@code ]}; {@code []} when empty.
     */
    public void skrivRader(List<?> rader, OutputStream ut) throws IOException {
        skrivMed(indragen(Spacing.NONE, DefaultPrettyPrinter.NopIndenter.instance), rader, ut);
    }

    /** Reads a tree: objects keep their order, numbers with a fraction are BigDecimal. */
    public JsonNode lasTrad(String text) throws IOException {
        return mapper.readTree(text);
    }

    private void skrivMed(DefaultPrettyPrinter utseende, Object varde, OutputStream ut) throws IOException {
        mapper.writer(utseende).writeValue(ut, varde);
        ut.write(RADSLUT.getBytes(StandardCharsets.US_ASCII));
        ut.flush();
    }

    private static DefaultPrettyPrinter indragen(Spacing kolon, DefaultPrettyPrinter.Indenter objekt) {
        Separators separatorer = Separators.createDefaultInstance().withObjectFieldValueSpacing(kolon)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""); //$NON-NLS-1$ //$NON-NLS-2$
        return new DefaultPrettyPrinter(separatorer).withObjectIndenter(objekt)
                .withArrayIndenter(new DefaultIndenter(INDRAG, RADSLUT));
    }

    /** A model code by its literal, the form the interchange files and the report use. */
    private static final class Literalskrivare extends StdSerializer<Enumerator> {

        private static final long serialVersionUID = 1L;

        Literalskrivare() {
            super(Enumerator.class);
        }

        @Override
        public void serialize(Enumerator kod, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(kod.getLiteral());
        }
    }

    /** A double in plain decimal form ({@code 10000000}, not {@code 1.0E7}); null when it is no number. */
    private static final class Decimalskrivare<T extends Number> extends StdSerializer<T> {

        private static final long serialVersionUID = 1L;

        Decimalskrivare(Class<T> typ) {
            super(typ);
        }

        @Override
        public void serialize(T tal, JsonGenerator g, SerializerProvider p) throws IOException {
            double d = tal.doubleValue();
            if (Double.isFinite(d)) {
                g.writeNumber(tal instanceof Float f ? new BigDecimal(f.toString()) : BigDecimal.valueOf(d));
            } else {
                g.writeNull();
            }
        }
    }
}
