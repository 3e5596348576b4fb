package se.kundval.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.Separators.Spacing;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
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
 * <li>Duplicate keys and text after the value are errors when reading; so are unknown fields and a
 * value of another type than the place's (no "5" for 5, no 5 for "5").</li>
 * <li>EMF objects, the model's and the plugins', by their EClass's features, with shared objects and
 * cycles kept within one message ({@link Emfmodul}); Optional as its value or null.</li>
 * <li>In the server's messages only, an utbetalningsunderlag as a table of its lines
 * ({@link Underlagstabell}, decision 0471); the report and the command line write it as objects.</li>
 * </ul>
 * An instance is immutable and thread-safe; each holder makes its own (no shared static instance).
 */
public final class Jsonkodek {

    private static final String INDRAG = "  "; //$NON-NLS-1$
    private static final String RADSLUT = "\n"; //$NON-NLS-1$

    private final ObjectMapper mapper;
    /** The mapper of the server's messages: as {@link #mapper}, with an utbetalningsunderlag as a table (decision 0471). */
    private final ObjectMapper meddelandemapper;
    /** The compact writer of the server's messages, made once: every answer goes through it. */
    private final ObjectWriter meddelanden;

    /** A codec for the model packages and every plugin package of the global registry. */
    public Jsonkodek() {
        this(EPackage.Registry.INSTANCE, Set.of());
    }

    /**
     * A codec that reads EMF objects of the packages of {@code register} and writes the features of
     * {@code hemliga} as null (the server's: a password hash never leaves it).
     */
    public Jsonkodek(EPackage.Registry register, Set<EStructuralFeature> hemliga) {
        SimpleModule kundval = new SimpleModule("kundval"); //$NON-NLS-1$
        kundval.addSerializer(Enumerator.class, new Literalskrivare());
        kundval.addSerializer(Double.class, new Decimalskrivare<>(Double.class));
        kundval.addSerializer(Float.class, new Decimalskrivare<>(Float.class));
        mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                // before the codes: a module added later is asked first, and a code must not be written as an EObject
                .addModule(new Emfmodul(register, Set.copyOf(hemliga)))
                .addModule(kundval)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
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
        // a number is no text: Jackson would otherwise read 5 into a String field as "5"
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        meddelandemapper = mapper.copy().registerModule(Underlagstabell.modul());
        meddelanden = meddelandemapper.writer();
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

    /**
     * Writes the value compactly, as one message of the server's API (a request or an answer); EMF
     * objects are numbered anew, an utbetalningsunderlag is a table of its lines (decision 0471).
     */
    public void skrivMeddelande(Object varde, OutputStream ut) throws IOException {
        meddelanden.writeValue(ut, varde);
    }

    /** A reader of the declared, possibly generic, type for {@link #lasFalt}; one per method serves every call. */
    public ObjectReader lasare(Type typ) {
        // the value stands inside the message's object: lasFalt itself checks what follows it
        return meddelandemapper.readerFor(meddelandemapper.constructType(typ))
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Reads a message of one member, {@code {"falt": value}}, straight from the stream: the value is
     * bound by the reader's type as the text is parsed, with no tree of the message in between, so an
     * answer of 100 000 lines is read once (decision 0445). Another member or anything after the
     * object is an error. The stream is left open.
     */
    public Object lasFalt(InputStream in, String falt, ObjectReader lasare) throws IOException {
        try (JsonParser p = lasare.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT || !falt.equals(p.nextFieldName())) {
                throw new Jsonfel(p, NLS.bind(Messages.ettFalt, falt));
            }
            p.nextToken();
            Object varde = lasare.readValue(p);
            if (p.nextToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new Jsonfel(p, NLS.bind(Messages.ettFalt, falt));
            }
            return varde;
        }
    }

    /**
     * Reads the values of one message, each by its declared, possibly generic, type (a method's
     * {@code getGenericParameterTypes()}): an EMF object written once and referred to again by
     * another value is one object here too. A value that does not fit throws a
     * {@link JsonMappingException} whose path starts at its index; {@link Jsonfel#beskriv} words it.
     */
    public List<Object> lasVarden(List<JsonNode> varden, List<Type> typer) throws IOException {
        ObjectReader lasare = meddelandemapper.reader().withAttribute(Emflasare.LASTA, new HashMap<>());
        List<Object> lasta = new ArrayList<>(varden.size());
        for (int i = 0; i < varden.size(); i++) {
            try {
                lasta.add(lasare.forType(meddelandemapper.constructType(typer.get(i))).readValue(varden.get(i)));
            } catch (JsonMappingException e) {
                e.prependPath(varden, i);
                throw e;
            }
        }
        return lasta;
    }

    /** One value by its declared type: the answer of a call. */
    public Object lasVarde(JsonNode varde, Type typ) throws IOException {
        return lasVarden(List.of(varde), List.of(typ)).get(0);
    }

    /** Reads a tree: objects keep their order, numbers with a fraction are BigDecimal. */
    public JsonNode lasTrad(String text) throws IOException {
        return mapper.readTree(text);
    }

    /** Reads a tree from UTF-8 bytes, as {@link #lasTrad(String)} does, without a String of them first. */
    public JsonNode lasTrad(byte[] utf8) throws IOException {
        return mapper.readTree(utf8);
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
}
