package se.kundval.core.json;

import static se.kundval.core.json.Underlagstabell.BELOPP;
import static se.kundval.core.json.Underlagstabell.KOLUMNER;
import static se.kundval.core.json.Underlagstabell.KOLUMNLISTA;
import static se.kundval.core.json.Underlagstabell.MANAD;
import static se.kundval.core.json.Underlagstabell.RADER;
import static se.kundval.core.json.Underlagstabell.RADTYP;
import static se.kundval.core.json.Underlagstabell.STATUS;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import se.kundval.core.ersattning.Radstatus;
import se.kundval.core.ersattning.Radtyp;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.ersattning.Utbetalningsunderlag;

/**
 * Reads an utbetalningsunderlag written as {@link Underlagstabell}'s table (decision 0471) token by
 * token from the stream, with no tree or map between: each column found by its name, so the order is
 * the writer's to choose and a column this reader does not know, or one that is missing, is an error
 * that names it rather than a line read wrong; {@code true} takes the value of the line above.
 */
final class Underlagslasare extends StdDeserializer<Utbetalningsunderlag> {

    private static final long serialVersionUID = 1L;
    private static final String UNDERLAG = Utbetalningsunderlag.class.getSimpleName();
    private static final String RAD = Utbetalningsrad.class.getSimpleName();

    Underlagslasare() {
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

    /** For each column of the message, which of {@link Underlagstabell#KOLUMNER} it is; each must stand there once. */
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
        // the line above's values by column, replaced value by value as the next line is read
        Object[] varden = new Object[KOLUMNER.size()];
        while (p.nextToken() == JsonToken.START_ARRAY) {
            rader.add(rad(p, kolumner, varden, rader.size()));
        }
        if (!p.hasToken(JsonToken.END_ARRAY)) {
            throw felRad(p, rader.size(), kolumner);
        }
        return rader;
    }

    /** One line's values by their columns, into {@code varden}, which holds the line above's. */
    private static Utbetalningsrad rad(JsonParser p, int[] kolumner, Object[] varden, int fore) throws IOException {
        for (int kolumn : kolumner) {
            JsonToken token = p.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                throw felRad(p, fore, kolumner);
            }
            if (token == JsonToken.VALUE_TRUE) {
                if (varden[kolumn] == null) {
                    throw felVarde(p, kolumn);
                }
                continue;
            }
            varden[kolumn] = switch (kolumn) {
                case RADTYP -> kod(p, Radtyp.class, kolumn);
                case BELOPP -> belopp(p, token);
                case STATUS -> kod(p, Radstatus.class, kolumn);
                default -> text(p, token, kolumn);
            };
        }
        if (p.nextToken() != JsonToken.END_ARRAY) {
            throw felRad(p, fore, kolumner);
        }
        return new Utbetalningsrad((String) varden[0], (String) varden[1], (String) varden[2], (String) varden[3],
                (Radtyp) varden[RADTYP], (BigDecimal) varden[BELOPP], (Radstatus) varden[STATUS]);
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

    /** Every column has a value in each line, since the columns were all found: a line of too few or too many is refused. */
    private static Jsonfel felRad(JsonParser p, int fore, int[] kolumner) {
        return new Jsonfel(p, NLS.bind(Messages.felRad, Integer.valueOf(fore + 1), Integer.valueOf(kolumner.length)));
    }

    private static Jsonfel felVarde(JsonParser p, int kolumn) throws IOException {
        return new Jsonfel(p, NLS.bind(Messages.felVarde, RAD + '.' + KOLUMNER.get(kolumn), p.getText()));
    }
}
