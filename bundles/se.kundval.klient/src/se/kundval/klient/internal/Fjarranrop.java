package se.kundval.klient.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.json.Jsonkodek;

/**
 * A core service interface's calls sent to the server (protocol v1): {@code POST
 * /api/v1/tjanst/<Interface>/<method>} with every argument but the {@link Inloggning} (the server
 * puts the session's user there), the return value read back by the method's generic type, so a
 * {@code List<Kund>} comes back as Kund objects with their versions. A saved object's new state is
 * also written into the object the caller passed ({@link Aterskrivning}), as an embedded save does.
 * Default methods run here, on top of the remote abstract ones, as they would on any implementation.
 */
public final class Fjarranrop implements InvocationHandler {

    private static final String TJANST = "/api/v1/tjanst/"; //$NON-NLS-1$

    private final Class<?> granssnitt;
    private final Sessionsvakt vakt;
    private final Jsonkodek kodek;
    /**
     * Per method: its return type resolved and its deserializers found once, not at every call. The
     * pinned server writes its answers with Jackson, which never repeats a key, so the codec's check
     * for repeated keys (a set per object, a sixth of reading a month's underlag in a JFR profile) is
     * left to the server's reading of what clients send.
     */
    private final Map<Method, ObjectReader> lasare = new ConcurrentHashMap<>();

    public Fjarranrop(Class<?> granssnitt, Sessionsvakt vakt) {
        this.granssnitt = granssnitt;
        this.vakt = vakt;
        this.kodek = vakt.forbindelse().kodek();
    }

    @Override
    public Object invoke(Object proxy, Method metod, Object[] argument) throws Throwable {
        if (metod.getDeclaringClass() == Object.class) {
            return objektmetod(proxy, metod, argument);
        }
        if (metod.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, metod, argument);
        }
        Class<?>[] typer = metod.getParameterTypes();
        List<Object> skickas = new ArrayList<>();
        String plats = null;
        for (int i = 0; i < typer.length; i++) {
            if (Path.class.isAssignableFrom(typer[i])) {
                throw new KundvalException(NLS.bind(Messages.filerHarInteServern, namn(metod)));
            }
            if (typer[i] == Inloggning.class) {
                plats = argument[i] == null ? null : ((Inloggning) argument[i]).plats();
            } else {
                skickas.add(argument[i]);
            }
        }
        Map<String, Object> kropp = new LinkedHashMap<>();
        kropp.put("argument", skickas); //$NON-NLS-1$
        String vag = TJANST + granssnitt.getSimpleName() + '/' + metod.getName();
        String fran = plats;
        Object varde = vakt.anropa(() -> vakt.forbindelse().post(vag, kropp, fran, svar -> varde(metod, svar)));
        if (metod.getReturnType() == void.class) {
            return null;
        }
        for (Object skickat : skickas) {
            Aterskrivning.omSammaObjekt(skickat, varde);
        }
        return varde;
    }

    /** The answer's {@code "varde"}, bound by the method's generic return type as it is read. */
    private Object varde(Method metod, InputStream svar) throws IOException {
        ObjectReader typens = lasare.computeIfAbsent(metod,
                m -> kodek.lasare(m.getReturnType() == void.class ? Object.class : m.getGenericReturnType())
                        .without(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
        try {
            return kodek.lasFalt(svar, "varde", typens); //$NON-NLS-1$
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new KundvalException(NLS.bind(Messages.obegripligtVarde, namn(metod), e.getMessage()), e);
        }
    }

    private Object objektmetod(Object proxy, Method metod, Object[] argument) {
        return switch (metod.getName()) {
            case "equals" -> proxy == argument[0]; //$NON-NLS-1$
            case "hashCode" -> System.identityHashCode(proxy); //$NON-NLS-1$
            default -> granssnitt.getSimpleName() + " @ " + vakt.forbindelse().server(); //$NON-NLS-1$
        };
    }

    private String namn(Method metod) {
        return granssnitt.getSimpleName() + '.' + metod.getName();
    }
}
