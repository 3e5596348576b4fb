package se.kundval.server.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import se.kundval.core.json.Jsonkodek;

/**
 * One answer of the API: a status and a JSON body, or no body (204). Errors always have the form of
 * protocol v1: {@code {"fel": SLAG, "meddelande": "...", extras}}, never a stack trace.
 *
 * @param status the HTTP status
 * @param kropp  what the body holds, written by the codec; null for no body
 */
record Svar(int status, Object kropp) {

    static final String FELAKTIG_BEGARAN = "FELAKTIG_BEGARAN"; //$NON-NLS-1$
    static final String EJ_INLOGGAD = "EJ_INLOGGAD"; //$NON-NLS-1$
    static final String NEKAD = "NEKAD"; //$NON-NLS-1$
    static final String OKAND = "OKAND"; //$NON-NLS-1$
    static final String KONFLIKT = "KONFLIKT"; //$NON-NLS-1$
    static final String VALIDERING = "VALIDERING"; //$NON-NLS-1$
    static final String KUNDVALFEL = "KUNDVALFEL"; //$NON-NLS-1$
    static final String SERVERFEL = "SERVERFEL"; //$NON-NLS-1$
    static final String METOD = "METOD"; //$NON-NLS-1$
    static final String UTBYTESFEL = "UTBYTESFEL"; //$NON-NLS-1$
    static final String GZIP = "gzip"; //$NON-NLS-1$

    static Svar ok(Object kropp) {
        return new Svar(HttpStatus.OK_200, kropp);
    }

    static Svar tomt() {
        return new Svar(HttpStatus.NO_CONTENT_204, null);
    }

    static Svar fel(int status, String slag, String meddelande) {
        Map<String, Object> kropp = new LinkedHashMap<>();
        kropp.put("fel", slag); //$NON-NLS-1$
        kropp.put("meddelande", meddelande); //$NON-NLS-1$
        return new Svar(status, kropp);
    }

    static Svar felaktig(String meddelande) {
        return fel(HttpStatus.BAD_REQUEST_400, FELAKTIG_BEGARAN, meddelande);
    }

    static Svar ejInloggad() {
        return fel(HttpStatus.UNAUTHORIZED_401, EJ_INLOGGAD, Messages.ejInloggad);
    }

    /** A validation error with each of the validator's messages, for the client to rebuild the diagnostic. */
    static Svar validering(String meddelande, List<String> meddelanden) {
        Svar svar = fel(HttpStatus.UNPROCESSABLE_ENTITY_422, VALIDERING, meddelande);
        svar.extra("meddelanden", meddelanden); //$NON-NLS-1$
        return svar;
    }

    /** An interchange folder refused: every {@code file:line: message} line, and how many problems there were in all. */
    static Svar utbytesfel(List<String> rader, long antal) {
        Svar svar = fel(HttpStatus.BAD_REQUEST_400, UTBYTESFEL, String.join("\n", rader)); //$NON-NLS-1$
        svar.extra("meddelanden", rader); //$NON-NLS-1$
        svar.extra("antal", Long.valueOf(antal)); //$NON-NLS-1$
        return svar;
    }

    /** A defect: the person gets a number to quote, the server's log has the rest under it. */
    static Svar serverfel(String loggid) {
        Svar svar = fel(HttpStatus.INTERNAL_SERVER_ERROR_500, SERVERFEL, Messages.serverfel + ' ' + loggid);
        svar.extra("loggid", loggid); //$NON-NLS-1$
        return svar;
    }

    @SuppressWarnings("unchecked")
    private void extra(String nyckel, Object varde) {
        ((Map<String, Object>) kropp).put(nyckel, varde);
    }

    /**
     * Writes the answer as it is serialised ({@link Svarsstrom}), packed by gzip when {@code packa}
     * (decision 0461). A failure before anything was sent is a clean 500 with its log number; after,
     * the status is sent and cannot change, so the connection is aborted: the client cannot take half
     * an answer for a whole one (decision 0460).
     */
    void skriv(Response response, Callback callback, Jsonkodek kodek, boolean packa) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store"); //$NON-NLS-1$
        response.getHeaders().remove(HttpHeader.CONTENT_ENCODING);
        if (kropp == null) {
            response.write(true, null, callback);
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8"); //$NON-NLS-1$
        Svarsstrom ut = new Svarsstrom(response);
        try {
            if (packa) {
                response.getHeaders().put(HttpHeader.CONTENT_ENCODING, GZIP);
                try (Packning packad = new Packning(ut)) {
                    kodek.skrivMeddelande(kropp, packad);
                }
            } else {
                kodek.skrivMeddelande(kropp, ut);
            }
            ut.avsluta();
        } catch (Svarsstrom.Avbrott e) {
            callback.failed(e);
            return;
        } catch (IOException | RuntimeException e) {
            Svar defekt = Api.defekt(e);
            if (ut.paborjat()) {
                callback.failed(e);
            } else {
                defekt.skriv(response, callback, kodek, false);
            }
            return;
        }
        callback.succeeded();
    }

    /** gzip at its fastest level, packing as the answer is written; closing it ends the packing, not the answer. */
    private static final class Packning extends GZIPOutputStream {

        Packning(OutputStream ut) throws IOException {
            super(ut, Svarsstrom.BIT);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
