package se.kundval.portal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The portal's Swedish texts, from {@code texter.properties} (UTF-8): the templates read them as
 * {@code {{t.key}}} (dots as underscores), the Java classes through {@link #text}. One file so that a translator or the
 * municipality's editor finds every word in one place.
 */
final class Texter {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE"); //$NON-NLS-1$
    private final Map<String, String> texter;
    private final Map<String, String> forMallar;

    Texter() {
        Properties p = new Properties();
        try (InputStream in = Texter.class.getResourceAsStream("texter.properties")) { //$NON-NLS-1$
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new HashMap<>();
        Map<String, String> mallar = new HashMap<>();
        p.forEach((k, v) -> {
            m.put((String) k, (String) v);
            mallar.put(((String) k).replace('.', '_'), (String) v);
        });
        texter = Map.copyOf(m);
        forMallar = Map.copyOf(mallar);
    }

    /**
     * Every text, for the templates, a key's dots written as underscores ({@code t.plan_rubrik}):
     * Mustache reads a dot as a step into an object.
     */
    Map<String, String> alla() {
        return forMallar;
    }

    /** The text of {@code nyckel}, its {0}, {1}… filled in. */
    String text(String nyckel, Object... argument) {
        String monster = texter.get(nyckel);
        if (monster == null) {
            throw new IllegalArgumentException("no portal text " + nyckel); //$NON-NLS-1$
        }
        return argument.length == 0 ? monster : new MessageFormat(monster.replace("'", "''"), SVENSKA).format(argument); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The Swedish name of a code, e.g. {@code Avslutsorsak.ARBETE}. */
    String kod(Enum<?> kod) {
        return kod == null ? "" : text(kod.getDeclaringClass().getSimpleName() + '.' + kod.name()); //$NON-NLS-1$
    }
}
