package se.kundval.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.kundval.testsupport.Fastnalning;

/** A browser without a browser: the session cookie, no redirects followed, the CSRF token read from a page. */
final class Portalklient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("kundval_portal=([^;]*)");
    private final HttpClient klient;
    private final URI bas;
    private String cookie;

    Portalklient(URI server, String fingeravtryck) {
        klient = HttpClient.newBuilder().sslContext(Fastnalning.tls(fingeravtryck)).followRedirects(HttpClient.Redirect.NEVER).build();
        bas = server;
    }

    HttpResponse<String> get(String sokvag) {
        return skicka(HttpRequest.newBuilder(bas.resolve("/anordnare" + sokvag)).GET());
    }

    HttpResponse<String> post(String sokvag, String... namnOchVarde) {
        StringBuilder kropp = new StringBuilder();
        for (int i = 0; i < namnOchVarde.length; i += 2) {
            kropp.append(i == 0 ? "" : "&").append(URLEncoder.encode(namnOchVarde[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namnOchVarde[i + 1], StandardCharsets.UTF_8));
        }
        return skicka(HttpRequest.newBuilder(bas.resolve("/anordnare" + sokvag))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(kropp.toString())));
    }

    static String csrf(String sida) {
        Matcher m = CSRF.matcher(sida);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page:\n" + sida);
        }
        return m.group(1);
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
