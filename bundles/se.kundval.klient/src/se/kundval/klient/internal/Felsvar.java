package se.kundval.klient.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.JsonNode;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.KonfliktException;
import se.kundval.core.KundvalException;
import se.kundval.core.ValideringException;
import se.kundval.core.utbyte.UtbytesfelException;

/**
 * An error answer of the server ({@code {"fel":"SLAG","meddelande":"…"}}) as the exception the
 * service would have thrown in embedded mode, with the server's Swedish message: the workbench and
 * the command line show it, or react to its class, exactly as they do without a server.
 */
final class Felsvar {

    static final String EJ_INLOGGAD = "EJ_INLOGGAD"; //$NON-NLS-1$
    private static final String KALLA = "se.kundval.klient"; //$NON-NLS-1$

    private Felsvar() {
    }

    static KundvalException undantag(int status, JsonNode svar, URI server) {
        String slag = text(svar, "fel"); //$NON-NLS-1$
        String meddelande = text(svar, "meddelande"); //$NON-NLS-1$
        if (slag == null || meddelande == null) {
            return new KundvalException(NLS.bind(Messages.obegripligtSvar, server.getAuthority()) + " (HTTP " + status + ')'); //$NON-NLS-1$
        }
        return switch (slag) {
            case EJ_INLOGGAD -> new EjInloggad(meddelande);
            case "NEKAD" -> new AtkomstNekadException(meddelande); //$NON-NLS-1$
            case "KONFLIKT" -> new KonfliktException(meddelande, null); //$NON-NLS-1$
            case "VALIDERING" -> new ValideringException(diagnos(svar, meddelande)); //$NON-NLS-1$
            case "UTBYTESFEL" -> utbytesfel(svar, meddelande); //$NON-NLS-1$
            case "SERVERFEL" -> new KundvalException(serverfel(svar, meddelande)); //$NON-NLS-1$
            default -> new KundvalException(meddelande);
        };
    }

    /** The validator's messages, one child each, so that the exception's message is the server's. */
    private static Diagnostic diagnos(JsonNode svar, String meddelande) {
        BasicDiagnostic diagnos = new BasicDiagnostic(Diagnostic.ERROR, KALLA, 0, meddelande, null);
        JsonNode lista = svar.get("meddelanden"); //$NON-NLS-1$
        if (lista != null && lista.isArray() && lista.size() > 0) {
            lista.forEach(m -> diagnos.add(new BasicDiagnostic(Diagnostic.ERROR, KALLA, 0, m.asText(), null)));
        }
        return diagnos;
    }

    /** An interchange folder refused: the same lines, {@code file:line: message}, as an embedded import gives. */
    private static UtbytesfelException utbytesfel(JsonNode svar, String meddelande) {
        List<String> rader = new ArrayList<>();
        JsonNode lista = svar.get("meddelanden"); //$NON-NLS-1$
        if (lista != null && lista.isArray()) {
            lista.forEach(m -> rader.add(m.asText()));
        }
        if (rader.isEmpty()) {
            rader.add(meddelande);
        }
        return new UtbytesfelException(rader, svar.path("antal").asLong(rader.size())); //$NON-NLS-1$
    }

    /** The log id lets the administrator find the server's own account of what went wrong. */
    private static String serverfel(JsonNode svar, String meddelande) {
        String loggid = text(svar, "loggid"); //$NON-NLS-1$
        return loggid == null || meddelande.contains(loggid) ? meddelande : NLS.bind(Messages.serverfel, meddelande, loggid);
    }

    private static String text(JsonNode svar, String falt) {
        JsonNode v = svar == null ? null : svar.get(falt);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The server holds no session for the token: refused login, logged out, expired or restarted. */
    static final class EjInloggad extends AtkomstNekadException {

        private static final long serialVersionUID = 1L;

        EjInloggad(String message) {
            super(message);
        }
    }
}
