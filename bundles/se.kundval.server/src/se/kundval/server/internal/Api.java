package se.kundval.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.osgi.util.NLS;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Sessionslager;
import se.kundval.core.json.Jsonkodek;

/**
 * The endpoints of protocol v1. {@code /api/halsa} and {@code /api/v1/inloggning} are open; every
 * other path under {@code /api/} needs a living session first, whatever it names, so that nothing
 * about the API is told to someone not logged in. A request is read whole (at most 10 MB) before
 * anything is done with it, and the service's value is computed before its answer is begun, so a
 * refusal or a failure is a clean JSON error without a stack trace; a large answer is sent while it
 * is written ({@link Svarsstrom}).
 */
final class Api extends Handler.Abstract {

    static final long STORSTA_KROPP = 10L * 1024 * 1024;
    static final String HALSA = "/api/halsa"; //$NON-NLS-1$
    static final String INLOGGNING = "/api/v1/inloggning"; //$NON-NLS-1$
    static final String UTLOGGNING = "/api/v1/utloggning"; //$NON-NLS-1$
    static final String TJANST = "/api/v1/tjanst/"; //$NON-NLS-1$
    static final String KLIENTHUVUD = "X-Kundval-Klient"; //$NON-NLS-1$
    static final String PLATSHUVUD = "X-Kundval-Plats"; //$NON-NLS-1$
    private static final String API = "/api/"; //$NON-NLS-1$
    private static final String BARARE = "Bearer "; //$NON-NLS-1$
    private static final Logger LOGG = Logger.getLogger(Api.class.getName());

    private final Jsonkodek kodek;
    private final Sessionslager<Inloggning> sessioner;
    private final Inloggningar inloggningar;
    private final Tjansteanrop anrop;

    Api(Jsonkodek kodek, Sessionslager<Inloggning> sessioner, Inloggningar inloggningar, Tjansteanrop anrop) {
        this.kodek = kodek;
        this.sessioner = sessioner;
        this.inloggningar = inloggningar;
        this.anrop = anrop;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Svar svar;
        try {
            svar = svar(request);
        } catch (RuntimeException | IOException | Error e) {
            svar = defekt(e);
        }
        svar.skriv(response, callback, kodek, packas(request));
        return true;
    }

    /**
     * Whether the answer is packed: when the client asks for gzip from another machine. On loopback,
     * packing and unpacking cost more than carrying the bytes they save (decision 0461).
     */
    static boolean packas(Request request) {
        return packas(request.getHeaders().get(HttpHeader.ACCEPT_ENCODING), request.getConnectionMetaData().getRemoteSocketAddress());
    }

    /** {@link #packas(Request)} by the request's {@code Accept-Encoding} and the client's address. */
    static boolean packas(String godtar, SocketAddress fran) {
        return godtar != null && godtar.contains(Svar.GZIP)
                && !(fran instanceof InetSocketAddress adress && adress.getAddress() != null && adress.getAddress().isLoopbackAddress());
    }

    private Svar svar(Request request) throws IOException {
        String vag = Request.getPathInContext(request);
        // read before anything is decided: a body left unread makes Jetty close a connection the client would reuse
        byte[] kropp = kropp(request);
        if (!vag.startsWith(API)) {
            return Svar.fel(HttpStatus.NOT_FOUND_404, Svar.OKAND, NLS.bind(Messages.okandSokvag, vag));
        }
        if (vag.equals(HALSA)) {
            return HttpMethod.GET.is(request.getMethod()) ? Svar.ok(Map.of("status", "ok")) : felMetod(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String klienttyp = request.getHeaders().get(KLIENTHUVUD);
        String adress = Request.getRemoteAddr(request);
        if (vag.equals(INLOGGNING)) {
            return post(request) ? inloggningar.loggaIn(kropp, klienttyp, adress) : felMetod();
        }
        String token = token(request);
        Inloggning vem = sessioner.hamta(token);
        if (vem == null) {
            return Svar.ejInloggad();
        }
        if (!post(request)) {
            return felMetod();
        }
        if (vag.equals(UTLOGGNING)) {
            sessioner.avsluta(token);
            return Svar.tomt();
        }
        if (vag.startsWith(TJANST)) {
            return anrop.anropa(vag.substring(TJANST.length()), harifran(vem, request), kropp);
        }
        return Svar.fel(HttpStatus.NOT_FOUND_404, Svar.OKAND, NLS.bind(Messages.okandSokvag, vag));
    }

    /** The body, read whole; null when it is larger than the API takes. */
    private static byte[] kropp(Request request) throws IOException {
        if (request.getLength() > STORSTA_KROPP) {
            return null;
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] kropp = in.readNBytes((int) STORSTA_KROPP + 1);
            return kropp.length > STORSTA_KROPP ? null : kropp;
        }
    }

    /** The session's user, from where this request comes and at the place the client names. */
    static Inloggning harifran(Inloggning vem, Request request) {
        return new Inloggning(vem.anvandarnamn(), vem.namn(), vem.roll(), vem.orgnr(),
                new Klient(vem.klient().typ(), Request.getRemoteAddr(request)), null).vid(request.getHeaders().get(PLATSHUVUD));
    }

    static String token(Request request) {
        String huvud = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        return huvud != null && huvud.startsWith(BARARE) ? huvud.substring(BARARE.length()).strip() : null;
    }

    private static boolean post(Request request) {
        return HttpMethod.POST.is(request.getMethod());
    }

    private static Svar felMetod() {
        return Svar.fel(HttpStatus.METHOD_NOT_ALLOWED_405, Svar.METOD, Messages.felMetod);
    }

    /** A defect: its trace to the server's log under a number the answer also gives. */
    static Svar defekt(Throwable e) {
        String loggid = UUID.randomUUID().toString().substring(0, 8);
        LOGG.log(Level.SEVERE, e, () -> NLS.bind(Messages.loggServerfel, loggid));
        return Svar.serverfel(loggid);
    }
}
