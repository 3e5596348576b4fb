package se.kundval.core.json;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * JSON the codec cannot read, said in Swedish for the person who sent it: what is wrong and where.
 * The codec's own refusals (EMF objects) carry their message; {@link #beskriv} words Jackson's.
 */
public final class Jsonfel extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    Jsonfel(JsonParser p, String meddelande) {
        super(p, meddelande);
    }

    /** What is wrong with the text, in Swedish and without any Java class or stack trace. */
    public static String beskriv(JsonProcessingException e) {
        String plats = e instanceof JsonMappingException m ? plats(m.getPath()) : ""; //$NON-NLS-1$
        String vid = plats.isEmpty() ? "" : NLS.bind(Messages.vid, plats); //$NON-NLS-1$
        if (e instanceof Jsonfel) {
            return e.getOriginalMessage() + vid;
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return NLS.bind(Messages.okantFalt, u.getPropertyName(), u.getReferringClass().getSimpleName()) + vid;
        }
        if (e instanceof JsonMappingException) {
            return NLS.bind(Messages.felTyp, plats.isEmpty() ? Messages.helaVardet : plats);
        }
        if (e instanceof StreamReadException) {
            JsonLocation l = e.getLocation();
            return l == null ? Messages.ogiltigJson
                    : NLS.bind(Messages.ogiltigJsonVid, Integer.valueOf(l.getLineNr()), Integer.valueOf(l.getColumnNr()));
        }
        return Messages.ogiltigJson;
    }

    /** {@code argument[1].fraga.sida}: the path from the outermost value to where reading stopped. */
    private static String plats(List<JsonMappingException.Reference> vag) {
        return vag.stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .collect(Collectors.joining()).replaceFirst("^\\.", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
