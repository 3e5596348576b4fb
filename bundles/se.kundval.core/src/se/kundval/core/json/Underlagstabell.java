package se.kundval.core.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import se.kundval.core.ersattning.Radstatus;
import se.kundval.core.ersattning.Radtyp;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.ersattning.Utbetalningsunderlag;

/**
 * An utbetalningsunderlag in the server's messages as a table (decision 0471): the column names once,
 * then each line as an array of its values, {@code {"manad":"2026-03","kolumner":["orgnr",...],
 * "rader":[["5560000001","Anordnare AB","I1","AMI2","CHECKBELOPP",5000.00,"ATT_BETALA"],...]}}. A
 * month at municipal size is 104 084 lines; as objects, their field names were half the bytes and
 * binding them by name through the record's creator most of the client's reading. The reader finds
 * each column by its name, so the order is the writer's to choose, and a column it does not know or
 * one that is missing is an error that names it rather than a line read wrong.
 */
final class Underlagstabell {

    /** The columns in the order the writer puts them: the record's components (a test holds them equal). */
    static final List<String> KOLUMNER = List.of("orgnr", "anordnare", "insatsId", "insatstyp", "radtyp", "belopp", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "status"); //$NON-NLS-1$
    private static final int RADTYP = 4;
    private static final int BELOPP = 5;
    private static final int STATUS = 6;
    private static final String MANAD = "manad"; //$NON-NLS-1$
    private static final String KOLUMNLISTA = "kolumner"; //$NON-NLS-1$
    private static final String RADER = "rader"; //$NON-NLS-1$
    private static final String UNDERLAG = Utbetalningsunderlag.class.getSimpleName();
    private static final String RAD = Utbetalningsrad.class.getSimpleName();

    private Underlagstabell() {
    }

    /** The module of the message mapper: this form is the API's only, the report and the command line keep theirs. */
    static SimpleModule modul() {
        SimpleModule modul = new SimpleModule("kundval-underlagstabell"); //$NON-NLS-1$
        modul.addSerializer(Utbetalningsunderlag.class, new Skrivare());
        modul.addDeserializer(Utbetalningsunderlag.class, new Lasare());
        return modul;
    }

    private static final class Skrivare extends StdSerializer<Utbetalningsunderlag> {

        private static final long serialVersionUID = 1L;

        Skrivare() {
            super(Utbetalningsunderlag.class);
        }

        @Override
        public void serialize(Utbetalningsunderlag underlag, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            p.defaultSerializeField(MANAD, underlag.manad(), g);
            g.writeArrayFieldStart(KOLUMNLISTA);
            for (String kolumn : KOLUMNER) {
                g.writeString(kolumn);
            }
            g.writeEndArray();
            g.writeArrayFieldStart(RADER);
            for (Utbetalningsrad rad : underlag.rader()) {
                g.writeStartArray();
                g.writeString(rad.orgnr());
                g.writeString(rad.anordnare());
                g.writeString(rad.insatsId());
                g.writeString(rad.insatstyp());
                g.writeString(rad.radtyp().name());
                // plain and with its scale, as the codec writes every BigDecimal: 5000.00 stays 5000.00
                g.writeNumber(rad.belopp());
                g.writeString(rad.status().name());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static final class Lasare extends StdDeserializer<Utbetalningsunderlag> {

        private static final long serialVersionUID = 1L;

        Lasare() {
            super(Utbetalningsunderlag.class);
        }

        @Override
        public Utbetalningsunderlag deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                throw new Jsonfel(p, NLS.bind(Messages.inteObjekt, UNDERLAG, p.currentToken()));
            }
            YearMonth manad = null;
            int[] kolumner = null;
            List<Utbetalningsrad> rader = null;
            for (String falt = p.nextFieldName(); falt != null; falt = p.nextFieldName()) {
                p.nextToken();
                if (MANAD.equals(falt)) {
                    manad = ctxt.readValue(p, YearMonth.class);
                } else if (KOLUMNLISTA.equals(falt)) {
                    kolumner = kolumner(p);
                } else if (RADER.equals(falt) && kolumner != null) {
                    rader = rader(p, kolumner);
                } else if (RADER.equals(falt)) {
                    throw new Jsonfel(p, NLS.bind(Messages.kolumnerForst, UNDERLAG));
                } else {
                    throw new Jsonfel(p, NLS.bind(Messages.okantFalt, falt, UNDERLAG));
                }
            }
            if (manad == null || rader == null) {
                throw new Jsonfel(p, NLS.bind(Messages.faltSaknas, manad == null ? MANAD : RADER, UNDERLAG));
            }
            return new Utbetalningsunderlag(manad, rader);
        }

        /** For each column of the message, which of {@link #KOLUMNER} it is; each must stand there once. */
        private static int[] kolumner(JsonParser p) throws IOException {
            lista(p, KOLUMNLISTA);
            List<String> namn = new ArrayList<>();
            while (p.nextToken() == JsonToken.VALUE_STRING) {
                String kolumn = p.getText();
                if (!KOLUMNER.contains(kolumn)) {
                    throw new Jsonfel(p, NLS.bind(Messages.okantFalt, kolumn, RAD));
                }
                if (namn.contains(kolumn)) {
                    throw new Jsonfel(p, NLS.bind(Messages.felVarde, UNDERLAG + '.' + KOLUMNLISTA, kolumn));
                }
                namn.add(kolumn);
            }
            if (!p.hasToken(JsonToken.END_ARRAY)) {
                throw new Jsonfel(p, NLS.bind(Messages.felVarde, UNDERLAG + '.' + KOLUMNLISTA, p.getText()));
            }
            for (String kolumn : KOLUMNER) {
                if (!namn.contains(kolumn)) {
                    throw new Jsonfel(p, NLS.bind(Messages.faltSaknas, kolumn, RAD));
                }
            }
            return namn.stream().mapToInt(KOLUMNER::indexOf).toArray();
        }

        private static List<Utbetalningsrad> rader(JsonParser p, int[] kolumner) throws IOException {
            lista(p, RADER);
            List<Utbetalningsrad> rader = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_ARRAY) {
                rader.add(rad(p, kolumner, rader.size()));
            }
            if (!p.hasToken(JsonToken.END_ARRAY)) {
                throw felRad(p, rader.size(), kolumner);
            }
            return rader;
        }

        /** One line's values by their columns; the values are read as they stand, with no tree or map between. */
        private static Utbetalningsrad rad(JsonParser p, int[] kolumner, int fore) throws IOException {
            String[] text = new String[4];
            Radtyp radtyp = null;
            BigDecimal belopp = null;
            Radstatus status = null;
            for (int kolumn : kolumner) {
                JsonToken token = p.nextToken();
                if (token == JsonToken.END_ARRAY || token == null) {
                    throw felRad(p, fore, kolumner);
                }
                switch (kolumn) {
                    case RADTYP -> radtyp = kod(p, Radtyp.class, kolumn);
                    case BELOPP -> belopp = belopp(p, token);
                    case STATUS -> status = kod(p, Radstatus.class, kolumn);
                    default -> text[kolumn] = text(p, token, kolumn);
                }
            }
            if (p.nextToken() != JsonToken.END_ARRAY) {
                throw felRad(p, fore, kolumner);
            }
            return new Utbetalningsrad(text[0], text[1], text[2], text[3], radtyp, belopp, status);
        }

        private static String text(JsonParser p, JsonToken token, int kolumn) throws IOException {
            if (token == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            throw felVarde(p, kolumn);
        }

        private static BigDecimal belopp(JsonParser p, JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
                return p.getDecimalValue();
            }
            throw felVarde(p, BELOPP);
        }

        private static <E extends Enum<E>> E kod(JsonParser p, Class<E> typ, int kolumn) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                try {
                    return Enum.valueOf(typ, p.getText());
                } catch (IllegalArgumentException e) {
                    // not one of the codes: said below as the value it is
                }
            }
            throw felVarde(p, kolumn);
        }

        private static void lista(JsonParser p, String falt) throws IOException {
            if (!p.hasToken(JsonToken.START_ARRAY)) {
                throw new Jsonfel(p, NLS.bind(Messages.intelista, UNDERLAG + '.' + falt, p.currentToken()));
            }
        }

        /** Every column has a value in each line, since the columns were all found: so a line of too few or too many is refused. */
        private static Jsonfel felRad(JsonParser p, int fore, int[] kolumner) {
            return new Jsonfel(p, NLS.bind(Messages.felRad, Integer.valueOf(fore + 1), Integer.valueOf(kolumner.length)));
        }

        private static Jsonfel felVarde(JsonParser p, int kolumn) throws IOException {
            return new Jsonfel(p, NLS.bind(Messages.felVarde, RAD + '.' + KOLUMNER.get(kolumn), p.getText()));
        }
    }
}
