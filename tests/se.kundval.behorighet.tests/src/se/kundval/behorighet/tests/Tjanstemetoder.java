package se.kundval.behorighet.tests;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import se.kundval.core.Inloggning;

/**
 * Every method of the core bundle's interfaces that takes the logged-in user: found by reading the
 * bundle's classes, not from a list, so that a service or method added later is found without
 * anyone remembering to add it here.
 */
final class Tjanstemetoder {

    private static final String ROT = "se/kundval/core";

    private Tjanstemetoder() {
    }

    /** The methods, each named by {@link #nyckel}. */
    static Set<String> allaMedInloggning() {
        Set<String> metoder = new TreeSet<>();
        for (Class<?> klass : granssnitt()) {
            for (Method metod : klass.getDeclaredMethods()) {
                if (!Modifier.isStatic(metod.getModifiers()) && Arrays.asList(metod.getParameterTypes()).contains(Inloggning.class)) {
                    metoder.add(nyckel(metod));
                }
            }
        }
        return metoder;
    }

    /** The interface that declares the method named by {@link #nyckel}, e.g. KundService for {@code KundService.hamta(…)}. */
    static Class<?> granssnitt(String nyckel) {
        String namn = nyckel.substring(0, nyckel.indexOf('.'));
        return granssnitt().stream().filter(k -> k.getSimpleName().equals(namn)).findFirst()
                .orElseThrow(() -> new AssertionError("no core interface " + namn));
    }

    /** Every public interface of the core bundle. */
    private static List<Class<?>> granssnitt() {
        Bundle karna = FrameworkUtil.getBundle(Inloggning.class);
        List<Class<?>> alla = new ArrayList<>();
        for (URL klassfil : Collections.list(klassfiler(karna))) {
            String vag = klassfil.getPath();
            String namn = vag.substring(vag.indexOf(ROT), vag.length() - ".class".length()).replace('/', '.');
            Class<?> klass = ladda(karna, namn);
            if (klass.isInterface() && Modifier.isPublic(klass.getModifiers())) {
                alla.add(klass);
            }
        }
        return alla;
    }

    /** {@code KundService.hamta(Inloggning, long)}: the interface, the method and its parameter types. */
    static String nyckel(Method metod) {
        return metod.getDeclaringClass().getSimpleName() + "." + metod.getName() + "("
                + Arrays.stream(metod.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ")";
    }

    private static Enumeration<URL> klassfiler(Bundle karna) {
        Enumeration<URL> filer = karna.findEntries(ROT, "*.class", true);
        if (filer == null) {
            throw new AssertionError("no classes under " + ROT + " in " + karna.getSymbolicName());
        }
        return filer;
    }

    private static Class<?> ladda(Bundle karna, String namn) {
        try {
            return karna.loadClass(namn);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(namn, e);
        }
    }
}
