package se.kundval.portal.internal;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;

/**
 * Renders the pages from the Mustache templates in the bundle's {@code sidor/} folder (decision
 * 0350): logic-less templates, HTML-escaped by default, read through this bundle's class loader so
 * that they work the same inside OSGi and out. Compiled templates are cached by the factory.
 */
final class Sidmotor {

    private final Texter texter;
    private final MustacheFactory mallar;

    Sidmotor(Texter texter) {
        this.texter = texter;
        ClassLoader laddare = Sidmotor.class.getClassLoader();
        mallar = new DefaultMustacheFactory(namn -> {
            InputStream in = laddare.getResourceAsStream("sidor/" + namn); //$NON-NLS-1$
            return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
        });
    }

    /**
     * The page {@code mall} with the data; the texts as {@code t}, the session's CSRF token as
     * {@code csrf}, the user as {@code anvandare}.
     */
    String sida(String mall, Sidinnehall innehall) {
        Map<String, Object> data = new HashMap<>(innehall.data());
        data.put("t", texter.alla()); //$NON-NLS-1$
        StringWriter ut = new StringWriter();
        mallar.compile(mall + ".mustache").execute(ut, data); //$NON-NLS-1$
        return ut.toString();
    }
}
