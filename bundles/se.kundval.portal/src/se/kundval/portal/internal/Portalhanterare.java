package se.kundval.portal.internal;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.autentisering.Autentisering;
import se.kundval.core.dokument.Bifogadfil;
import se.kundval.core.autentisering.Portalkonton;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.rapport.JamforelseService;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.DokumentService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.UppfoljningService;

/**
 * The portal as a Jetty handler, offered as an OSGi service with the path it serves ({@code
 * kundval.sokvag}), so the Kundval server mounts it beside its API without knowing it (decision
 * 0353). Thin: it turns the HTTP request into a {@link Begaran}, the {@link Svar} into HTTP, and adds
 * the headers every page has — a Content-Security-Policy without inline script or style, no
 * framing, no caching of personal data — and the session cookie (Secure, HttpOnly, SameSite=Strict).
 */
@Component(service = Handler.class, property = Portalhanterare.SOKVAG_EGENSKAP + '=' + Portal.BAS)
public class Portalhanterare extends Handler.Abstract {

    /** The service property naming the path prefix a handler serves. */
    public static final String SOKVAG_EGENSKAP = "kundval.sokvag"; //$NON-NLS-1$
    static final String COOKIE = "kundval_portal"; //$NON-NLS-1$
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; " //$NON-NLS-1$
            + "frame-ancestors 'none'; base-uri 'none'"; //$NON-NLS-1$
    private static final int MAX_FALT = 100;
    private static final int MAX_FORMULAR = 1 << 20;

    private volatile Autentisering autentisering;
    private volatile InsatsService insatser;
    private volatile UppfoljningService uppfoljning;
    private volatile AvslutService avslut;
    private volatile Clock klocka;
    private volatile DokumentService dokument;
    private volatile ErsattningService ersattning;
    private volatile JamforelseService jamforelser;
    private volatile Portalkonton konton;
    private volatile AnordnareService anordnare;
    private Portal portal;

    @Activate
    void aktivera() {
        portal = new Portal(new Portaltjanster(() -> autentisering, () -> insatser, () -> uppfoljning, () -> avslut, () -> klocka,
                () -> dokument,
                () -> ersattning,
                () -> jamforelser,
                () -> konton,
                () -> anordnare));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String sokvag = Request.getPathInContext(request);
        if (!sokvag.equals(Portal.BAS) && !sokvag.startsWith(Portal.BAS + '/')) {
            return false;
        }
        String metod = request.getMethod();
        if (!"GET".equals(metod) && !"POST".equals(metod) && !"HEAD".equals(metod)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            response.setStatus(HttpStatus.METHOD_NOT_ALLOWED_405);
            callback.succeeded();
            return true;
        }
        Map<String, String> falt = new HashMap<>();
        Request.extractQueryParameters(request).forEach(f -> falt.put(f.getName(), f.getValue()));
        if ("POST".equals(metod) && formular(request)) { //$NON-NLS-1$
            Fields formular = FormFields.getFields(request, MAX_FALT, MAX_FORMULAR);
            formular.forEach(f -> falt.put(f.getName(), f.getValue()));
        }
        String token = Request.getCookies(request).stream().filter(c -> COOKIE.equals(c.getName())).map(HttpCookie::getValue)
                .findFirst().orElse(null);
        String del = sokvag.substring(Portal.BAS.length());
        String adress = Request.getRemoteAddr(request);
        Svar svar;
        if ("POST".equals(metod) && Filformular.ar(request)) { //$NON-NLS-1$
            List<Bifogadfil> filer = new ArrayList<>();
            svar = Filformular.las(request, falt, filer)
                    ? portal.hantera(new Begaran(metod, del, falt, token, adress, filer))
                    : portal.forStor(new Begaran(metod, del, falt, token, adress));
        } else {
            svar = portal.hantera(new Begaran("HEAD".equals(metod) ? "GET" : metod, del, falt, token, adress)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        skriv(svar, response);
        response.write(true, "HEAD".equals(metod) ? ByteBuffer.allocate(0) : ByteBuffer.wrap(svar.kropp()), callback); //$NON-NLS-1$
        return true;
    }

    private static boolean formular(Request request) {
        String typ = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return typ != null && MimeTypes.getBaseType(typ) == MimeTypes.Type.FORM_ENCODED;
    }

    private static void skriv(Svar svar, Response response) {
        response.setStatus(svar.status());
        var h = response.getHeaders();
        h.put(new HttpField("Content-Security-Policy", CSP)); //$NON-NLS-1$
        h.put(new HttpField("X-Content-Type-Options", "nosniff")); //$NON-NLS-1$ //$NON-NLS-2$
        h.put(new HttpField("X-Frame-Options", "DENY")); //$NON-NLS-1$ //$NON-NLS-2$
        h.put(new HttpField("Referrer-Policy", "no-referrer")); //$NON-NLS-1$ //$NON-NLS-2$
        h.put(HttpHeader.CACHE_CONTROL, svar.typ() != null && svar.typ().startsWith("text/css") ? "max-age=3600" : "no-store"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (svar.typ() != null) {
            h.put(HttpHeader.CONTENT_TYPE, svar.typ());
        }
        if (svar.plats() != null) {
            h.put(HttpHeader.LOCATION, svar.plats());
        }
        if (svar.cookie() != null) {
            String varde = svar.cookie().isEmpty() ? "; Max-Age=0" : ""; //$NON-NLS-1$ //$NON-NLS-2$
            h.add(HttpHeader.SET_COOKIE, COOKIE + '=' + svar.cookie() + "; Path=" + Portal.BAS //$NON-NLS-1$
                    + "; Secure; HttpOnly; SameSite=Strict" + varde); //$NON-NLS-1$
        }
        h.put(HttpHeader.CONTENT_LENGTH, svar.kropp().length);
    }

    @Reference
    void setAutentisering(Autentisering tjanst) {
        this.autentisering = tjanst;
    }

    @Reference
    void setInsatsService(InsatsService tjanst) {
        this.insatser = tjanst;
    }

    @Reference
    void setUppfoljningService(UppfoljningService tjanst) {
        this.uppfoljning = tjanst;
    }

    @Reference
    void setAvslutService(AvslutService tjanst) {
        this.avslut = tjanst;
    }

    @Reference
    void setDokumentService(DokumentService tjanst) {
        this.dokument = tjanst;
    }

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setClock(Clock clock) {
        this.klocka = clock;
    }

    void unsetClock(Clock clock) {
        // the greedy reference binds the replacement before unbinding, so the field is already the new clock
    }

    @Reference
    void setErsattningService(ErsattningService tjanst) {
        this.ersattning = tjanst;
    }

    @Reference
    void setJamforelseService(JamforelseService tjanst) {
        this.jamforelser = tjanst;
    }

    @Reference
    void setPortalkonton(Portalkonton tjanst) {
        this.konton = tjanst;
    }

    @Reference
    void setAnordnareService(AnordnareService tjanst) {
        this.anordnare = tjanst;
    }
}
