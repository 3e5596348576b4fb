package se.kundval.klient;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.JsonNode;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Anvandarkonton;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.json.Jsonkodek;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.klient.internal.Certifikatnal;
import se.kundval.klient.internal.Fjarranrop;
import se.kundval.klient.internal.Fjarrdatabas;
import se.kundval.klient.internal.Fjarrtjanster;
import se.kundval.klient.internal.Fjarrutbyte;
import se.kundval.klient.internal.Forbindelse;
import se.kundval.klient.internal.Messages;
import se.kundval.klient.internal.Sessionsvakt;
import se.kundval.model.Roll;

/**
 * One user logged in on one Kundval server (protocol v1), and that user's remote services: an
 * implementation of any core service interface whose calls run on the server as this user. The
 * workbench gets them as OSGi services through {@link Serverklient}; the command line and tests take
 * them from here. Thread-safe: many threads may call through one session.
 */
public final class Serversession implements AutoCloseable {

    private final Forbindelse forbindelse;
    private final Sessionsvakt vakt;
    private final Inloggning inloggning;
    private final Map<Class<?>, Object> tjanster = new ConcurrentHashMap<>();

    private Serversession(Forbindelse forbindelse, Sessionsvakt vakt, Inloggning inloggning) {
        this.forbindelse = forbindelse;
        this.vakt = vakt;
        this.inloggning = inloggning;
    }

    /**
     * Logs in. The server's certificate must have the fingerprint {@code kanda} remembers for it; a
     * server not yet known is trusted only when {@code kontroll} accepts its fingerprint, which is then
     * remembered.
     *
     * @throws se.kundval.core.AtkomstNekadException with the server's message when the login is refused
     */
    public static Serversession oppna(URI server, Inloggningsforsok forsok, Certifikatkontroll kontroll, Kandaservrar kanda) {
        URI adress = adress(server);
        String avtryck = betrott(adress, kontroll, kanda);
        Forbindelse forbindelse = new Forbindelse(adress, avtryck, new Jsonkodek(), forsok.klient().typ());
        Sessionsvakt vakt = new Sessionsvakt(forbindelse, forsok);
        JsonNode svar = vakt.loggaIn();
        return new Serversession(forbindelse, vakt, inloggning(svar, forsok.klient()));
    }

    /** The user as the server knows it: name, role and, for an anordnare, its organisation. */
    public Inloggning inloggning() {
        return inloggning;
    }

    public URI server() {
        return forbindelse.server();
    }

    /** The remote implementation of the service interface {@code typ}, made once per session. */
    public <T> T tjanst(Class<T> typ) {
        if (!typ.isInterface()) {
            throw new IllegalArgumentException(typ + " is no interface"); //$NON-NLS-1$
        }
        // import and export carry the files' content, not a path, on their own streamed endpoint (decision 0380)
        return typ.cast(tjanster.computeIfAbsent(typ, t -> t == UtbytesService.class ? new Fjarrutbyte(vakt)
                : Proxy.newProxyInstance(t.getClassLoader(), new Class<?>[] {t}, new Fjarranrop(t, vakt))));
    }

    /**
     * True for the interfaces whose work is done on the server: the core's data services,
     * {@link Databas}, and {@link Anvandarkonton} for an administratör (decisions 0381, 0432). Others
     * (the clock, registries of installed plugins, writers) are local.
     */
    public static boolean erbjuder(Class<?> typ) {
        return typ == Databas.class || Fjarrtjanster.ar(typ);
    }

    /** The database as shared mode shows it: the server, connected while the session lasts. */
    public Databas databas() {
        return new Fjarrdatabas(this);
    }

    /** Logs out on the server and forgets the password kept for reconnecting. */
    @Override
    public void close() {
        vakt.loggaUt();
    }

    /** Only https: a password and personal data never travel in clear text. */
    static URI adress(URI server) {
        if (server == null || !"https".equalsIgnoreCase(server.getScheme()) || server.getHost() == null) { //$NON-NLS-1$
            throw new KundvalException(NLS.bind(Messages.baraHttps, server));
        }
        return URI.create("https://" + server.getHost() + (server.getPort() < 0 ? "" : ":" + server.getPort()) + "/"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static String betrott(URI server, Certifikatkontroll kontroll, Kandaservrar kanda) {
        String sett = Certifikatnal.lasFingeravtryck(server);
        Optional<String> kant = kanda.fingeravtryck(server).map(Certifikatnal::normalt);
        if (kant.isPresent()) {
            if (!kant.get().equals(sett)) {
                throw new KundvalException(NLS.bind(Messages.certifikatetAndrat, server.getAuthority()));
            }
            return sett;
        }
        if (!kontroll.godta(server, sett)) {
            throw new KundvalException(NLS.bind(Messages.certifikatetInteGodtaget, server.getAuthority(), sett));
        }
        kanda.komIhag(server, sett);
        return sett;
    }

    private static Inloggning inloggning(JsonNode svar, Klient klient) {
        String orgnr = svar.path("orgnr").isNull() ? null : svar.path("orgnr").asText(null); //$NON-NLS-1$ //$NON-NLS-2$
        return new Inloggning(svar.path("anvandarnamn").asText(), svar.path("namn").asText(), //$NON-NLS-1$ //$NON-NLS-2$
                Roll.valueOf(svar.path("roll").asText()), orgnr, klient, null); //$NON-NLS-1$
    }

    @Override
    public String toString() {
        return inloggning.anvandarnamn() + '@' + server();
    }
}
