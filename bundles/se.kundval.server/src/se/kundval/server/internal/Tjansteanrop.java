package se.kundval.server.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KonfliktException;
import se.kundval.core.KundvalException;
import se.kundval.core.ValideringException;
import se.kundval.core.json.Jsonfel;
import se.kundval.core.json.Jsonkodek;

/**
 * {@code POST /api/v1/tjanst/<Granssnitt>/<metod>}: the arguments are read whole by the method's
 * generic parameter types before the service is called, so a request that does not fit writes
 * nothing; the session's user goes in the place of the Inloggning parameter, whatever the body
 * holds; the service's refusals become the answers of protocol v1.
 */
final class Tjansteanrop {

    private static final String ARGUMENT = "argument"; //$NON-NLS-1$

    private final Jsonkodek kodek;
    private final Tjanstekatalog katalog;

    Tjansteanrop(Jsonkodek kodek, Tjanstekatalog katalog) {
        this.kodek = kodek;
        this.katalog = katalog;
    }

    Svar anropa(String granssnittOchMetod, Inloggning vem, byte[] kropp) throws IOException {
        String[] delar = granssnittOchMetod.split("/", -1); //$NON-NLS-1$
        if (delar.length != 2 || !katalog.finns(delar[0], delar[1])) {
            return Svar.fel(HttpStatus.NOT_FOUND_404, Svar.OKAND, NLS.bind(Messages.okandMetod, granssnittOchMetod));
        }
        if (kropp == null) {
            return Svar.felaktig(Messages.forStor);
        }
        List<JsonNode> argument;
        try {
            argument = argument(kropp);
        } catch (JsonProcessingException e) {
            return Svar.felaktig(Jsonfel.beskriv(e));
        }
        if (argument == null) {
            return Svar.felaktig(Messages.argumentSaknas);
        }
        Method metod = katalog.metod(delar[0], delar[1], argument.size());
        if (metod == null) {
            return Svar.felaktig(NLS.bind(Messages.felAntal, granssnittOchMetod, Integer.valueOf(argument.size())));
        }
        Object[] varden;
        try {
            varden = varden(metod, kodek.lasVarden(argument, Tjanstekatalog.argumenttyper(metod)), vem);
        } catch (JsonMappingException e) {
            e.prependPath(argument, ARGUMENT);
            return Svar.felaktig(Jsonfel.beskriv(e));
        }
        Object tjanst = katalog.tjanst(metod);
        if (tjanst == null) {
            return Svar.fel(HttpStatus.SERVICE_UNAVAILABLE_503, Svar.SERVERFEL, NLS.bind(Messages.tjanstSaknas, delar[0]));
        }
        try {
            return Svar.ok(Collections.singletonMap("varde", metod.invoke(tjanst, varden))); //$NON-NLS-1$
        } catch (InvocationTargetException e) {
            return fel(e.getCause());
        } catch (IllegalArgumentException e) {
            // a null where the method takes a number or a truth value
            return Svar.felaktig(NLS.bind(Messages.felArgument, granssnittOchMetod));
        } catch (IllegalAccessException e) {
            return Api.defekt(e);
        }
    }

    /** The array of {"argument": [...]}, or null when the body is another object; nothing else may stand in it. */
    private List<JsonNode> argument(byte[] kropp) throws IOException {
        JsonNode rot = kodek.lasTrad(kropp);
        if (rot == null || !rot.isObject() || rot.size() != 1 || !rot.path(ARGUMENT).isArray()) {
            return null;
        }
        List<JsonNode> lista = new ArrayList<>();
        rot.get(ARGUMENT).forEach(lista::add);
        return lista;
    }

    /** The call's arguments in declaration order, the session's user where the method takes an Inloggning. */
    private static Object[] varden(Method metod, List<Object> lasta, Inloggning vem) {
        Class<?>[] typer = metod.getParameterTypes();
        Object[] varden = new Object[typer.length];
        Iterator<Object> skickade = lasta.iterator();
        for (int i = 0; i < typer.length; i++) {
            varden[i] = typer[i] == Inloggning.class ? vem : skickade.next();
        }
        return varden;
    }

    /** A service's exception as protocol v1 answers it; anything not a KundvalException is a defect. */
    private static Svar fel(Throwable orsak) {
        if (orsak instanceof AtkomstNekadException e) {
            return Svar.fel(HttpStatus.FORBIDDEN_403, Svar.NEKAD, e.getMessage());
        }
        if (orsak instanceof KonfliktException e) {
            return Svar.fel(HttpStatus.CONFLICT_409, Svar.KONFLIKT, e.getMessage());
        }
        if (orsak instanceof ValideringException e) {
            return Svar.validering(e.getMessage(), e.diagnostic() != null ? ValideringException.meddelanden(e.diagnostic())
                    : List.of(e.getMessage()));
        }
        if (orsak instanceof KundvalException e) {
            return Svar.fel(HttpStatus.BAD_REQUEST_400, Svar.KUNDVALFEL, e.getMessage());
        }
        return Api.defekt(orsak);
    }
}
