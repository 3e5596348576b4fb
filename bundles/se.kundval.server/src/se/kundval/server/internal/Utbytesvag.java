package se.kundval.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.autentisering.Sessionslager;
import se.kundval.core.json.Jsonkodek;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.core.utbyte.UtbytesService.Filrader;
import se.kundval.core.utbyte.Utbytesarkiv;
import se.kundval.core.utbyte.UtbytesfelException;
import se.kundval.core.utbyte.Utbytesfil;
import se.kundval.core.utbyte.Utbytesfilregister;

/**
 * Import and export through the server (docs/decisions/0380-import-och-export-genom-servern.md):
 * {@code POST /api/v1/utbyte/importera} (and {@code importeraKundundersokning}) take the folder's
 * {@code .csv} files as one ZIP stream, unpacked into a folder of the server's own choosing that is
 * removed afterwards; {@code POST /api/v1/utbyte/exportera} answers the exported files as one ZIP
 * stream. Neither ever touches a path the client names, and neither is bound by the API's 10 MB: the
 * content streams, and only the unpacked size is limited ({@link Utbytesarkiv#STORSTA_UPPACKAT}).
 * The session's user runs the service, whose rights decide; errors are protocol v1's JSON answers.
 */
final class Utbytesvag extends Handler.Wrapper implements AutoCloseable {

    static final String UTBYTE = "/api/v1/utbyte/"; //$NON-NLS-1$
    /** How many data rows each exported file has, {@code fil=rader,…}, in the order of the files. */
    static final String FILRADER = "X-Kundval-Filrader"; //$NON-NLS-1$
    /** The plugin files the export left out for want of rows: the client removes an old one, as an embedded export does. */
    static final String UTELAMNADE = "X-Kundval-Utelamnade"; //$NON-NLS-1$
    /** The folder as the user named it, used only to word messages that would otherwise name the server's own folder. */
    static final String KATALOG = "X-Kundval-Katalog"; //$NON-NLS-1$
    private static final String EXPORTERA = "exportera"; //$NON-NLS-1$

    private final Jsonkodek kodek;
    private final Sessionslager<Inloggning> sessioner;
    private final ServiceTracker<UtbytesService, UtbytesService> utbyte;
    private final ServiceTracker<Utbytesfilregister, Utbytesfilregister> filregister;

    Utbytesvag(BundleContext kontext, Jsonkodek kodek, Sessionslager<Inloggning> sessioner, Handler api) {
        super(api);
        this.kodek = kodek;
        this.sessioner = sessioner;
        utbyte = new ServiceTracker<>(kontext, Tjanstekatalog.filter(kontext, UtbytesService.class), null);
        filregister = new ServiceTracker<>(kontext, Utbytesfilregister.class, null);
        utbyte.open();
        filregister.open();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String vag = Request.getPathInContext(request);
        if (!vag.startsWith(UTBYTE)) {
            return super.handle(request, response, callback);
        }
        Svar svar;
        try {
            svar = svar(request, response, callback, vag.substring(UTBYTE.length()));
        } catch (RuntimeException | IOException | Error e) {
            svar = Api.defekt(e);
        }
        if (svar != null) {
            svar.skriv(response, callback, kodek, Api.packas(request));
        }
        return true;
    }

    /** The answer to write, or null when the export has already streamed its own. */
    private Svar svar(Request request, Response response, Callback callback, String metod) throws IOException {
        Inloggning session = sessioner.hamta(Api.token(request));
        if (session == null) {
            return Svar.ejInloggad();
        }
        if (!HttpMethod.POST.is(request.getMethod())) {
            return Svar.fel(HttpStatus.METHOD_NOT_ALLOWED_405, Svar.METOD, Messages.felMetod);
        }
        BiFunction<Inloggning, Path, List<Filrader>> inlasning = switch (metod) {
            case "importera" -> (vem, k) -> tjanst().importera(vem, k); //$NON-NLS-1$
            case "importeraKundundersokning" -> (vem, k) -> tjanst().importeraKundundersokning(vem, k); //$NON-NLS-1$
            default -> null;
        };
        if (inlasning == null && !EXPORTERA.equals(metod)) {
            return Svar.fel(HttpStatus.NOT_FOUND_404, Svar.OKAND, NLS.bind(Messages.okandSokvag, UTBYTE + metod));
        }
        Inloggning vem = Api.harifran(session, request);
        String katalognamn = request.getHeaders().get(KATALOG);
        Path katalog = Files.createTempDirectory("kundval-utbyte"); //$NON-NLS-1$
        try {
            if (inlasning != null) {
                try (InputStream in = Content.Source.asInputStream(request)) {
                    Utbytesarkiv.packaUpp(in, katalog);
                }
                return Svar.ok(Map.of("varde", inlasning.apply(vem, katalog))); //$NON-NLS-1$
            }
            Path ut = katalog.resolve("export"); //$NON-NLS-1$
            List<Filrader> antal = tjanst().exportera(vem, ut);
            skicka(response, callback, ut, antal);
            return null;
        } catch (KundvalException e) {
            return fel(e, katalog, katalognamn);
        } finally {
            radera(katalog);
        }
    }

    private UtbytesService tjanst() {
        UtbytesService tjanst = utbyte.getService();
        if (tjanst == null) {
            throw new KundvalException(NLS.bind(Messages.tjanstSaknas, UtbytesService.class.getSimpleName()));
        }
        return tjanst;
    }

    /** The exported files as one ZIP stream, their row counts and the left-out plugin files in the headers. */
    private void skicka(Response response, Callback callback, Path ut, List<Filrader> antal) throws IOException {
        List<String> filer = antal.stream().map(Filrader::fil).toList();
        String utelamnade = filregister.getService() == null ? "" //$NON-NLS-1$
                : filregister.getService().filer().stream().map(Utbytesfil::filnamn).filter(f -> !filer.contains(f)).sorted()
                        .collect(Collectors.joining(",")); //$NON-NLS-1$
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store"); //$NON-NLS-1$
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Utbytesarkiv.MEDIATYP);
        response.getHeaders().put(FILRADER, antal.stream().map(f -> f.fil() + '=' + f.rader()).collect(Collectors.joining(","))); //$NON-NLS-1$
        response.getHeaders().put(UTELAMNADE, utelamnade);
        try (OutputStream strom = Content.Sink.asOutputStream(response)) {
            Utbytesarkiv.packa(ut, filer, strom);
        } catch (IOException | RuntimeException e) {
            callback.failed(e);
            return;
        }
        callback.succeeded();
    }

    /** A refusal as protocol v1 answers it; the server's folder in a message is the folder the user named. */
    private static Svar fel(KundvalException e, Path katalog, String katalognamn) {
        String namn = katalognamn == null || katalognamn.isBlank() ? "." : katalognamn; //$NON-NLS-1$
        if (e instanceof AtkomstNekadException) {
            return Svar.fel(HttpStatus.FORBIDDEN_403, Svar.NEKAD, e.getMessage());
        }
        if (e instanceof UtbytesfelException u) {
            List<String> rader = u.fel().stream().map(r -> r.replace(katalog.resolve("export").toString(), namn) //$NON-NLS-1$
                    .replace(katalog.toString(), namn)).toList();
            return Svar.utbytesfel(rader, u.antal());
        }
        return Svar.fel(HttpStatus.BAD_REQUEST_400, Svar.KUNDVALFEL, e.getMessage());
    }

    private static void radera(Path katalog) throws IOException {
        try (Stream<Path> alla = Files.walk(katalog)) {
            for (Path p : alla.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() {
        utbyte.close();
        filregister.close();
    }
}
