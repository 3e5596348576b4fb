package se.kundval.server.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import se.kundval.core.Inloggning;
import se.kundval.core.autentisering.Autentisering;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;

/**
 * The methods the API offers (protocol v1, "Which methods"; decision 0302): every abstract method of
 * every public interface of se.kundval.core that a bundle other than the core registers as an OSGi
 * service, found by reading the core's classes, so a service added later is offered without a list
 * to keep. Left out, answered 404: login outside /inloggning, connection management, files on the
 * client's disk, streams, and the registries the core itself keeps in every process.
 */
final class Tjanstekatalog implements AutoCloseable {

    private static final String ROT = "se/kundval/core"; //$NON-NLS-1$
    private static final String KARNA = "se.kundval.core"; //$NON-NLS-1$
    /** Remote implementations of the same interfaces; a server never calls another server. */
    private static final String KLIENT = "se.kundval.klient"; //$NON-NLS-1$
    private static final Set<String> DATABAS_ERBJUDS = Set.of("arAnsluten", "arTom"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Set<Class<?>> INTE_OVER_NATET = Set.of(Path.class, InputStream.class, OutputStream.class);

    private final Map<String, List<Method>> metoder = new HashMap<>();
    private final Map<Class<?>, ServiceTracker<?, ?>> tjanster = new HashMap<>();

    Tjanstekatalog(BundleContext kontext) {
        for (Class<?> granssnitt : granssnitt()) {
            if (!erbjuds(granssnitt) || !registrerad(kontext, granssnitt)) {
                continue;
            }
            for (Method metod : granssnitt.getMethods()) {
                if (Modifier.isAbstract(metod.getModifiers()) && erbjuds(metod)) {
                    metoder.computeIfAbsent(nyckel(granssnitt, metod.getName()), k -> new ArrayList<>()).add(metod);
                }
            }
            ServiceTracker<?, ?> tracker = new ServiceTracker<>(kontext, filter(kontext, granssnitt), null);
            tracker.open();
            tjanster.put(granssnitt, tracker);
        }
    }

    /** The method of {@code Granssnitt/metod} taking {@code antal} arguments besides the Inloggning, or null. */
    Method metod(String granssnitt, String namn, int antal) {
        for (Method m : metoder.getOrDefault(nyckel(granssnitt, namn), List.of())) {
            if (argumenttyper(m).size() == antal) {
                return m;
            }
        }
        return null;
    }

    /** Whether {@code Granssnitt/metod} is offered with some number of arguments. */
    boolean finns(String granssnitt, String namn) {
        return metoder.containsKey(nyckel(granssnitt, namn));
    }

    /** The service now registered for the method's interface (the highest ranked), or null. */
    Object tjanst(Method metod) {
        ServiceTracker<?, ?> tracker = tjanster.get(metod.getDeclaringClass());
        return tracker == null ? null : tracker.getService();
    }

    /** The parameter types a client sends: all but the Inloggning, in declaration order. */
    static List<java.lang.reflect.Type> argumenttyper(Method metod) {
        List<java.lang.reflect.Type> typer = new ArrayList<>();
        java.lang.reflect.Type[] alla = metod.getGenericParameterTypes();
        for (int i = 0; i < alla.length; i++) {
            if (metod.getParameterTypes()[i] != Inloggning.class) {
                typer.add(alla[i]);
            }
        }
        return typer;
    }

    /**
     * Every public interface of the core bundle, offered or not: the API's paths are these
     * interfaces' methods, and every one of them needs a session.
     */
    static List<Class<?>> granssnitt() {
        Bundle karna = FrameworkUtil.getBundle(Inloggning.class);
        List<Class<?>> alla = new ArrayList<>();
        for (URL klassfil : Collections.list(klassfiler(karna))) {
            String vag = klassfil.getPath();
            String namn = vag.substring(vag.indexOf(ROT), vag.length() - ".class".length()).replace('/', '.'); //$NON-NLS-1$
            try {
                Class<?> klass = karna.loadClass(namn);
                if (klass.isInterface() && Modifier.isPublic(klass.getModifiers()) && !klass.isAnnotation()) {
                    alla.add(klass);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(namn, e);
            }
        }
        return alla;
    }

    private static Enumeration<URL> klassfiler(Bundle karna) {
        Enumeration<URL> filer = karna.findEntries(ROT, "*.class", true); //$NON-NLS-1$
        return filer != null ? filer : Collections.emptyEnumeration();
    }

    private static boolean erbjuds(Class<?> granssnitt) {
        // login has its own endpoint, which counts the attempt and sets up the session
        return granssnitt != Autentisering.class;
    }

    private static boolean erbjuds(Method metod) {
        if (metod.getDeclaringClass() == AnvandareService.class && "loggaIn".equals(metod.getName())) { //$NON-NLS-1$
            return false;
        }
        if (metod.getDeclaringClass() == Databas.class && !DATABAS_ERBJUDS.contains(metod.getName())) {
            return false;
        }
        return Arrays.stream(metod.getParameterTypes()).noneMatch(INTE_OVER_NATET::contains);
    }

    /** Registered by a bundle that does its work here: not the core's own registries, not the client. */
    private static boolean registrerad(BundleContext kontext, Class<?> granssnitt) {
        try {
            ServiceReference<?>[] referenser = kontext.getServiceReferences(granssnitt.getName(), null);
            return referenser != null && Arrays.stream(referenser).anyMatch(r -> !KARNA.equals(r.getBundle().getSymbolicName())
                    && !KLIENT.equals(r.getBundle().getSymbolicName()));
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The services of the interface that this process implements, never the client's remote ones. */
    static org.osgi.framework.Filter filter(BundleContext kontext, Class<?> granssnitt) {
        try {
            return kontext.createFilter("(&(objectClass=" + granssnitt.getName() + ")(!(service.bundleid=" //$NON-NLS-1$ //$NON-NLS-2$
                    + klientbunt(kontext) + ")))"); //$NON-NLS-1$
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long klientbunt(BundleContext kontext) {
        return Arrays.stream(kontext.getBundles()).filter(b -> KLIENT.equals(b.getSymbolicName()))
                .mapToLong(Bundle::getBundleId).findFirst().orElse(-1);
    }

    private static String nyckel(Class<?> granssnitt, String metod) {
        return nyckel(granssnitt.getSimpleName(), metod);
    }

    private static String nyckel(String granssnitt, String metod) {
        return granssnitt + '/' + metod;
    }

    @Override
    public void close() {
        tjanster.values().forEach(ServiceTracker::close);
    }
}
