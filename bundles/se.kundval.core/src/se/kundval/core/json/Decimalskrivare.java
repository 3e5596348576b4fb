package se.kundval.core.json;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/** A double in plain decimal form ({@code 10000000}, not {@code 1.0E7}); null when it is no number. */
final class Decimalskrivare<T extends Number> extends StdSerializer<T> {

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
