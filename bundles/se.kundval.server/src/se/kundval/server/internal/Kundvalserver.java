package se.kundval.server.internal;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import se.kundval.core.Inloggning;
import se.kundval.core.autentisering.Autentisering;
import se.kundval.core.autentisering.Sessionslager;
import se.kundval.core.json.Jsonkodek;
import se.kundval.model.KundvalPackage;

/**
 * The Kundval server of DOMAIN §11 on Jetty's core API: HTTPS only (TLS 1.2 and 1.3) on one address
 * and port, the API of protocol v1 behind a graceful handler, so that a stop lets running requests
 * finish and refuses new ones. The services are the OSGi services of this process: the database is
 * connected before the server starts.
 */
public final class Kundvalserver implements AutoCloseable {

    /** How long a stop waits for running requests; a save takes far less. */
    static final long STOPPTID_MS = 30_000;
    private static final int TRADAR = 50;

    private final Server jetty;
    private final ServerConnector anslutning;
    private final Tlsnyckel nyckel;
    private final Tjanstekatalog katalog;
    private final ServiceTracker<Clock, Clock> klockor;
    private final ServiceTracker<Autentisering, Autentisering> autentiseringar;
    private final Monteringar monteringar;
    private final Utbytesvag utbyte;

    /**
     * Starts the server on {@code adress:port} (port 0: a free one) with the key; the core's and
     * persistence's services must be there.
     */
    public Kundvalserver(BundleContext kontext, InetAddress adress, int port, Tlsnyckel nyckel) throws Exception {
        this.nyckel = nyckel;
        klockor = sparare(kontext, Clock.class);
        autentiseringar = sparare(kontext, Autentisering.class);
        katalog = new Tjanstekatalog(kontext);
        Supplier<Clock> klocka = klockor::getService;
        Jsonkodek kodek = new Jsonkodek(EPackage.Registry.INSTANCE, Set.of(KundvalPackage.Literals.ANVANDARE__LOSENORD_HASH));
        Sessionslager<Inloggning> sessioner = new Sessionslager<>(klocka);
        Api api = new Api(kodek, sessioner, new Inloggningar(kodek, sessioner, autentiseringar::getService),
                new Tjansteanrop(kodek, katalog));
        QueuedThreadPool tradar = new QueuedThreadPool(TRADAR);
        tradar.setName("kundval-server"); //$NON-NLS-1$
        jetty = new Server(tradar);
        anslutning = new ServerConnector(jetty, new SslConnectionFactory(tls(nyckel), "http/1.1"), //$NON-NLS-1$
                new HttpConnectionFactory(http()));
        anslutning.setHost(adress.getHostAddress());
        anslutning.setPort(port);
        jetty.addConnector(anslutning);
        utbyte = new Utbytesvag(kontext, kodek, sessioner, api);
        monteringar = new Monteringar(kontext, utbyte);
        GracefulHandler graceful = new GracefulHandler(monteringar);
        jetty.setHandler(graceful);
        jetty.setStopTimeout(STOPPTID_MS);
        jetty.start();
    }

    /** {@code https://HOST:PORT}, with the port the server got. */
    public URI adress() {
        String vard = anslutning.getHost().contains(":") ? '[' + anslutning.getHost() + ']' : anslutning.getHost(); //$NON-NLS-1$
        return URI.create("https://" + vard + ':' + anslutning.getLocalPort()); //$NON-NLS-1$
    }

    /** The certificate's SHA-256 fingerprint, which clients pin. */
    public String fingeravtryck() {
        return nyckel.fingeravtryck();
    }

    /** The two lines an administrator gives to the staff. */
    public void skrivAdress(PrintStream ut) {
        ut.println(NLS.bind(Messages.lyssnar, adress()));
        ut.println(NLS.bind(Messages.fingeravtryck, fingeravtryck()));
        ut.flush();
    }

    /** Waits until the server has stopped. */
    public void vanta() throws InterruptedException {
        jetty.join();
    }

    /** Stops taking requests, lets the running ones finish (at most 30 s), then stops. */
    @Override
    public void close() throws Exception {
        try {
            jetty.stop();
        } finally {
            katalog.close();
            monteringar.close();
            utbyte.close();
            klockor.close();
            autentiseringar.close();
        }
    }

    private static SslContextFactory.Server tls(Tlsnyckel nyckel) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(nyckel.lager());
        tls.setKeyStorePassword(nyckel.losenord());
        tls.setKeyManagerPassword(nyckel.losenord());
        tls.setIncludeProtocols("TLSv1.3", "TLSv1.2"); //$NON-NLS-1$ //$NON-NLS-2$
        return tls;
    }

    private static HttpConfiguration http() {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        // clients reach the server by any of its names or addresses; the fingerprint, not the name, is what they check
        http.addCustomizer(new SecureRequestCustomizer(false));
        return http;
    }

    private static <T> ServiceTracker<T, T> sparare(BundleContext kontext, Class<T> typ) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(kontext, typ, null);
        tracker.open();
        return tracker;
    }
}
