package se.kundval.klient.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import se.kundval.core.Inloggning;
import se.kundval.core.autentisering.Anvandarkonton;
import se.kundval.core.tjanst.Databas;

/**
 * The core's service interfaces that shared mode offers remotely, found by reading the core bundle
 * (as the server finds what it offers), so a service added later is remote without a list to keep:
 * every public interface of {@code se.kundval.core.**} named {@code …Service} with an abstract method
 * (docs/decisions/0340-fjarrtjanster.md). The other interfaces there are contributions (insats types,
 * report sections, extract parts), registries of installed plugins, or the server's own
 * ({@link se.kundval.core.autentisering.Autentisering}), which work locally or not at all on a client;
 * {@link Databas} gets {@link Fjarrdatabas}. Besides these, {@link Anvandarkonton}: the workbench's
 * Användare part creates accounts through it, which in shared mode must happen on the server, where
 * the service checks the administratör's right and the new secret travels back only to the caller
 * (docs/decisions/0432-anvandarkonton-i-arbetsbanken-genom-servern.md).
 */
public final class Fjarrtjanster {

    private static final String ROT = "se/kundval/core"; //$NON-NLS-1$
    private static final String KLASS = ".class"; //$NON-NLS-1$
    private static final String SERVICE = "Service"; //$NON-NLS-1$
    /** Core interfaces offered remotely although not named …Service; the server offers them as any other. */
    private static final List<Class<?>> OCKSA = List.of(Anvandarkonton.class);

    private Fjarrtjanster() {
    }

    public static List<Class<?>> granssnitt() {
        Bundle karna = FrameworkUtil.getBundle(Inloggning.class);
        Enumeration<URL> filer = karna.findEntries(ROT, "*" + KLASS, true); //$NON-NLS-1$
        List<Class<?>> alla = new ArrayList<>();
        for (URL fil : filer == null ? List.<URL>of() : Collections.list(filer)) {
            String vag = fil.getPath();
            String namn = vag.substring(vag.indexOf(ROT), vag.length() - KLASS.length()).replace('/', '.');
            if (namn.endsWith(SERVICE) && !namn.contains("$")) { //$NON-NLS-1$
                Class<?> klass = ladda(karna, namn);
                if (ar(klass)) {
                    alla.add(klass);
                }
            }
        }
        alla.addAll(OCKSA);
        alla.sort(Comparator.comparing(Class::getName));
        return alla;
    }

    /** True for an interface of the core that the server offers and a client calls there (the rules above). */
    public static boolean ar(Class<?> typ) {
        return OCKSA.contains(typ) || typ.isInterface() && Modifier.isPublic(typ.getModifiers()) && typ.getName().startsWith("se.kundval.core.") //$NON-NLS-1$
                && typ.getSimpleName().endsWith(SERVICE) && harAbstraktMetod(typ);
    }

    private static boolean harAbstraktMetod(Class<?> klass) {
        for (Method m : klass.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers())) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> ladda(Bundle karna, String namn) {
        try {
            return karna.loadClass(namn);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the core bundle lists a class it cannot load: " + namn, e); //$NON-NLS-1$
        }
    }
}
