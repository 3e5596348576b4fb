package se.kundval.core.json;

import java.io.IOException;

import org.eclipse.emf.common.util.Enumerator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/** A model code by its literal, the form the interchange files and the report use. */
final class Literalskrivare extends StdSerializer<Enumerator> {

    private static final long serialVersionUID = 1L;

    Literalskrivare() {
        super(Enumerator.class);
    }

    @Override
    public void serialize(Enumerator kod, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(kod.getLiteral());
    }
}
