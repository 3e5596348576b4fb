package se.kundval.core.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.ersattning.Utbetalningsunderlag;

/**
 * An utbetalningsunderlag in the server's messages as a table (decision 0471): the column names once,
 * then each line as an array of its values, {@code {"manad":"2026-03","kolumner":["orgnr",...],
 * "rader":[["5560000001","Anordnare AB","I1","AMI2","CHECKBELOPP",5000.00,"ATT_BETALA"],...]}}. A
 * month at municipal size is 104 084 lines; as objects, their field names were half the bytes and
 * binding them by name through the record's creator most of the client's reading. A value equal to
 * the one above it in its column is written {@code true}, "as above": a month's lines come in
 * anordnare order, so the organisationsnummer, the name, the type, the codes and most amounts repeat.
 * The reader ({@link Underlagslasare}) finds each column by its name.
 */
final class Underlagstabell {

    /** The columns in the order the writer puts them: the record's components (a test holds them equal). */
    static final List<String> KOLUMNER = List.of("orgnr", "anordnare", "insatsId", "insatstyp", "radtyp", "belopp", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "status"); //$NON-NLS-1$
    static final int RADTYP = 4;
    static final int BELOPP = 5;
    static final int STATUS = 6;
    static final String MANAD = "manad"; //$NON-NLS-1$
    static final String KOLUMNLISTA = "kolumner"; //$NON-NLS-1$
    static final String RADER = "rader"; //$NON-NLS-1$

    private Underlagstabell() {
    }

    /** The module of the message mapper: this form is the API's only, the report and the command line keep theirs. */
    static SimpleModule modul() {
        SimpleModule modul = new SimpleModule("kundval-underlagstabell"); //$NON-NLS-1$
        modul.addSerializer(Utbetalningsunderlag.class, new Skrivare());
        modul.addDeserializer(Utbetalningsunderlag.class, new Underlagslasare());
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
            Object[] ovanfor = new Object[KOLUMNER.size()];
            for (Utbetalningsrad rad : underlag.rader()) {
                Object[] varden = {rad.orgnr(), rad.anordnare(), rad.insatsId(), rad.insatstyp(), rad.radtyp(), rad.belopp(),
                        rad.status()};
                g.writeStartArray();
                for (int kolumn = 0; kolumn < varden.length; kolumn++) {
                    skriv(g, varden[kolumn], ovanfor[kolumn]);
                }
                g.writeEndArray();
                ovanfor = varden;
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private static void skriv(JsonGenerator g, Object varde, Object ovanfor) throws IOException {
            if (varde != null && varde.equals(ovanfor)) {
                g.writeBoolean(true);
            } else if (varde instanceof BigDecimal belopp) {
                // plain and with its scale, as the codec writes every BigDecimal: 5000.00 stays 5000.00
                g.writeNumber(belopp);
            } else if (varde instanceof Enum<?> kod) {
                g.writeString(kod.name());
            } else {
                g.writeString((String) varde);
            }
        }
    }
}
