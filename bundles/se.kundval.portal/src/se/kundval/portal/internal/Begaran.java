package se.kundval.portal.internal;

import java.util.List;
import java.util.Map;

import se.kundval.core.dokument.Bifogadfil;

/**
 * One request to the portal, as the pages need it, whatever the HTTP server: the method, the path
 * below {@code /anordnare}, the form and query fields, the session cookie and the caller's address.
 *
 * @param metod  GET or POST
 * @param sokvag the path below {@code /anordnare}, starting with {@code /}
 * @param falt   the query's and the form's fields (a form field wins)
 * @param token  the session cookie's value, or null
 * @param adress the remote address, for the access log and the login throttle
 * @param filer  the files of a multipart form, in the order sent (empty for other requests)
 */
record Begaran(String metod, String sokvag, Map<String, String> falt, String token, String adress, List<Bifogadfil> filer) {

    Begaran(String metod, String sokvag, Map<String, String> falt, String token, String adress) {
        this(metod, sokvag, falt, token, adress, List.of());
    }

    boolean post() {
        return "POST".equals(metod); //$NON-NLS-1$
    }

    String falt(String namn) {
        String varde = falt.get(namn);
        return varde == null ? "" : varde; //$NON-NLS-1$
    }
}
