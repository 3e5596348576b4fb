package se.kundval.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for the anordnare portal's tests and benchmark: it trusts the server's
 * certificate by the fingerprint the server printed, keeps the portal's session cookie, follows no
 * redirect (the caller looks at each), sends forms as a browser does (with files too), and reads a
 * form's CSRF token from a page.
 */
public class Portalwebb {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("kundval_portal=([^;]*)");
    private final HttpClient klient;
    private final URI server;
    private String cookie;

    /** @param server the Kundval server, {@code https://HOST:PORT}; the portal is below {@code /anordnare} */
    public Portalwebb(URI server, String fingeravtryck) {
        this.server = server;
        klient = HttpClient.newBuilder().sslContext(Fastnalning.tls(fingeravtryck)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String sokvag) {
        return skicka(HttpRequest.newBuilder(adress(sokvag)).GET());
    }

    public HttpResponse<String> post(String sokvag, Map<String, String> falt) {
        String kropp = falt.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + '=' + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return skicka(HttpRequest.newBuilder(adress(sokvag)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(kropp)));
    }

    /**
     * A form with files as a browser sends it ({@code multipart/form-data}): the fields, then each
     * file under the field name {@code dokument}.
     */
    public HttpResponse<String> postFiler(String sokvag, Map<String, String> falt, Map<String, byte[]> filer) {
        String grans = "----kundval" + System.nanoTime();
        ByteArrayOutputStream kropp = new ByteArrayOutputStream();
        falt.forEach((namn, varde) -> skriv(kropp, "--" + grans + "\r\nContent-Disposition: form-data; name=\"" + namn + "\"\r\n\r\n"
                + varde + "\r\n"));
        filer.forEach((namn, innehall) -> {
            skriv(kropp, "--" + grans + "\r\nContent-Disposition: form-data; name=\"dokument\"; filename=\"" + namn
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            kropp.writeBytes(innehall);
            skriv(kropp, "\r\n");
        });
        skriv(kropp, "--" + grans + "--\r\n");
        return skicka(HttpRequest.newBuilder(adress(sokvag)).header("Content-Type", "multipart/form-data; boundary=" + grans)
                .POST(HttpRequest.BodyPublishers.ofByteArray(kropp.toByteArray())));
    }

    /** The login form sent with the user name, password and TOTP code (empty: none); the portal's answer. */
    public HttpResponse<String> loggaIn(String anvandarnamn, String losenord, String engangskod) {
        String csrf = csrf(get("/inloggning").body());
        return post("/inloggning", falt("csrf", csrf, "anvandarnamn", anvandarnamn, "losenord", losenord, "engangskod", engangskod));
    }

    public static String csrf(String sida) {
        Matcher m = CSRF.matcher(sida);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page:\n" + sida);
        }
        return m.group(1);
    }

    /** Form fields in the order given: name, value, name, value… */
    public static Map<String, String> falt(String... namnOchVarde) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namnOchVarde.length; i += 2) {
            m.put(namnOchVarde[i], namnOchVarde[i + 1]);
        }
        return m;
    }

    private URI adress(String sokvag) {
        return server.resolve("/anordnare" + sokvag);
    }

    private static void skriv(ByteArrayOutputStream ut, String text) {
        ut.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> skicka(HttpRequest.Builder begaran) {
        if (cookie != null) {
            begaran.header("Cookie", "kundval_portal=" + cookie);
        }
        try {
            HttpResponse<String> svar = klient.send(begaran.build(), HttpResponse.BodyHandlers.ofString());
            svar.headers().allValues("Set-Cookie").forEach(c -> {
                Matcher m = COOKIE.matcher(c);
                if (m.find()) {
                    cookie = m.group(1).isEmpty() ? null : m.group(1);
                }
            });
            return svar;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
