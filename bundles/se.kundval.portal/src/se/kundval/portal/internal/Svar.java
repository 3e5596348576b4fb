package se.kundval.portal.internal;

import java.nio.charset.StandardCharsets;

/**
 * The portal's answer, whatever the HTTP server: a status, a body of a content type or a redirect,
 * and what to do with the session cookie.
 *
 * @param status  the HTTP status
 * @param typ     the body's content type
 * @param kropp   the body
 * @param plats   where a redirect goes, or null
 * @param cookie  the session token to set, "" to clear the cookie, null to leave it
 */
record Svar(int status, String typ, byte[] kropp, String plats, String cookie) {

    static final String HTML = "text/html; charset=utf-8"; //$NON-NLS-1$

    static Svar html(int status, String html) {
        return new Svar(status, HTML, html.getBytes(StandardCharsets.UTF_8), null, null);
    }

    /** 303 See Other: after a form the browser GETs the next page, so a reload does not send twice. */
    static Svar till(String plats) {
        return new Svar(303, null, new byte[0], plats, null);
    }

    Svar medCookie(String token) {
        return new Svar(status, typ, kropp, plats, token);
    }
}
