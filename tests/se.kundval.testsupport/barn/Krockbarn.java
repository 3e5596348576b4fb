import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The child process of se.kundval.testsupport.Barnprocess: a fresh OSGi framework with the test
 * run's bundles, then one command line run by the product's own Kommandotolk, as ./kundval runs
 * it, and the process exits with its exit code. Compiled by Barnprocess with only the
 * framework on the class path, so it may use nothing but the JDK and the OSGi framework API.
 *
 * Arguments: the file listing the bundle locations, the framework's storage folder, then the
 * command line.
 */
public class Krockbarn {

    /** What the test harness waits for: the framework is up and the command begins. */
    static final String STARTAD = "kundval-barn: startad";

    public static void main(String[] argument) {
        int slutkod;
        try {
            slutkod = kor(argument);
        } catch (Throwable e) {
            // the framework's own threads would keep a failed child alive: the test would wait in vain
            e.printStackTrace();
            slutkod = 98;
        }
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(slutkod);
    }

    private static int kor(String[] argument) throws Exception {
        Map<String, String> installningar = new HashMap<>();
        installningar.put(Constants.FRAMEWORK_STORAGE, argument[1]);
        installningar.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        installningar.put("osgi.instance.area", "@none");
        // the JDK's packages (javax.xml, javax.sql, ...) from the boot class loader, as the launcher and Tycho give them
        installningar.put("osgi.compatibility.bootdelegation", "true");
        Framework ramverk = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(installningar);
        ramverk.start();
        BundleContext kontext = ramverk.getBundleContext();
        List<Bundle> buntar = new ArrayList<>();
        for (String plats : Files.readAllLines(Path.of(argument[0]))) {
            if (!plats.isBlank()) {
                buntar.add(kontext.installBundle(plats));
            }
        }
        // resolved all at once, as a launcher does: the extension registry reads only resolved bundles'
        // plugin.xml, and nothing else would resolve the insats type plugins that no bundle requires
        ramverk.adapt(FrameworkWiring.class).resolveBundles(null);
        // as the Tycho test runtime and the product start them: Declarative Services, events, the extension registry
        for (String namn : List.of("org.apache.felix.scr", "org.eclipse.equinox.event", "org.eclipse.core.runtime")) {
            for (Bundle b : buntar) {
                if (namn.equals(b.getSymbolicName())) {
                    b.start();
                }
            }
        }
        Bundle cli = buntar.stream().filter(b -> "se.kundval.cli".equals(b.getSymbolicName())).findFirst().orElseThrow();
        cli.start();
        Class<?> tolkklass = cli.loadClass("se.kundval.cli.internal.Kommandotolk");
        Constructor<?> ny = tolkklass.getDeclaredConstructor(BundleContext.class, PrintStream.class, PrintStream.class);
        ny.setAccessible(true);
        Object tolk = ny.newInstance(cli.getBundleContext(), System.out, System.err);
        Method kor = tolkklass.getDeclaredMethod("kor", String[].class);
        kor.setAccessible(true);
        System.out.println(STARTAD);
        System.out.flush();
        try {
            return (Integer) kor.invoke(tolk, (Object) Arrays.copyOfRange(argument, 2, argument.length));
        } catch (InvocationTargetException e) {
            e.getCause().printStackTrace();
            return 99;
        }
    }
}
