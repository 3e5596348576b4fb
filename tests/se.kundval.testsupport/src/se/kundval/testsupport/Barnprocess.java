package se.kundval.testsupport;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A command line ({@code import DIR}, {@code demo}, {@code gallra ...}) run in a child JVM with the
 * same bundles as the test, so that a test can kill it with SIGKILL at a moment it chooses (on Linux
 * {@link Process#destroyForcibly()} is SIGKILL: no shutdown hook, no finally, no close) and then
 * look at what the database holds. The child is {@code barn/Krockbarn.java} of this bundle, compiled
 * once per test run by the JDK's {@code javac} and run with the OSGi framework on its class path.
 */
public final class Barnprocess implements AutoCloseable {

    private static final String STARTAD = "kundval-barn: startad";
    private static final String REFERENS = "reference:file:";
    /** The exit status of a process ended by SIGKILL: 128 + 9. */
    private static final int DODAD = 137;
    private static final long LANGSTA_KORNING_SEKUNDER = 300;

    /** Krockbarn compiled once per test run; see {@link #kompileradBarnklass()}. */
    private static Path kompilerad;

    private final Process process;
    private final LinkedBlockingQueue<String> rader = new LinkedBlockingQueue<>();
    private final StringBuilder fel = new StringBuilder();

    private Barnprocess(Process process) {
        this.process = process;
        lasIBakgrunden(process.getInputStream(), rader::add);
        lasIBakgrunden(process.getErrorStream(), rad -> {
            synchronized (fel) {
                fel.append(rad).append('\n');
            }
        });
    }

    /** Starts the command and returns once the child's framework is up and the command begins. */
    public static Barnprocess starta(String... kommandorad) {
        return starta(List.of(), kommandorad);
    }

    /** As {@link #starta(String...)}, with options for the child's JVM (such as {@code -Xmx128m}). */
    public static Barnprocess starta(List<String> jvm, String... kommandorad) {
        try {
            Path katalog = Files.createTempDirectory("kundval-barn");
            Path platser = katalog.resolve("buntar.txt");
            Files.write(platser, buntplatser(), StandardCharsets.UTF_8);
            List<String> kommando = new ArrayList<>(List.of(java(), "-Duser.timezone=Europe/Stockholm", "-Duser.language=sv",
                    "-Duser.country=SE", "-Dfile.encoding=UTF-8", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
            kommando.addAll(jvm);
            kommando.addAll(List.of("-cp", ramverketsJar() + File.pathSeparator + kompileradBarnklass(), "Krockbarn",
                    platser.toString(), katalog.resolve("ramverk").toString()));
            kommando.addAll(List.of(kommandorad));
            Barnprocess barn = new Barnprocess(new ProcessBuilder(kommando).start());
            barn.vantaPa(STARTAD);
            return barn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line of the child's stdout that starts with {@code borjan}; fails if the child ends first. */
    public void vantaPa(String borjan) {
        try {
            while (true) {
                String rad = rader.poll(LANGSTA_KORNING_SEKUNDER, TimeUnit.SECONDS);
                if (rad == null || rad.equals(SLUT)) {
                    throw new AssertionError("the child ended or fell silent before '" + borjan + "'; stderr:\n" + fel());
                }
                if (rad.startsWith(borjan)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * SIGKILL, and waits until the process is gone.
     *
     * @return true when the signal ended it, false when the command had already ended by itself
     */
    public boolean doda() {
        process.destroyForcibly();
        return vantaTillSlut() == DODAD;
    }

    /** Waits for the command to end and returns its exit code. */
    public int vantaTillSlut() {
        try {
            if (!process.waitFor(LANGSTA_KORNING_SEKUNDER, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the child did not end within " + LANGSTA_KORNING_SEKUNDER + " s; stderr:\n" + fel());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public String fel() {
        synchronized (fel) {
            return fel.toString();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            doda();
        }
    }

    private static final String SLUT = "\u0000slut";

    private interface Radmottagare {
        void ta(String rad);
    }

    private void lasIBakgrunden(InputStream strom, Radmottagare mottagare) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(strom, StandardCharsets.UTF_8))) {
                for (String rad = in.readLine(); rad != null; rad = in.readLine()) {
                    mottagare.ta(rad);
                }
            } catch (IOException e) {
                // the child was killed: its pipe ends here
            }
            rader.add(SLUT);
        }, "barnprocess");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The folder holding {@code Krockbarn.class}, compiled on the first child of this test run: the
     * source launcher compiled it again for every child, seconds of each of the many children the
     * crash tests start.
     */
    private static synchronized Path kompileradBarnklass() throws IOException {
        if (kompilerad == null) {
            Path katalog = Files.createTempDirectory("kundval-barnklass");
            Path kalla = katalog.resolve("Krockbarn.java");
            try (InputStream in = egenBunt().getEntry("barn/Krockbarn.java").openStream()) {
                Files.copy(in, kalla, StandardCopyOption.REPLACE_EXISTING);
            }
            Process javac = new ProcessBuilder(Path.of(java()).resolveSibling("javac").toString(), "-cp", ramverketsJar(), "-d",
                    katalog.toString(), kalla.toString()).redirectErrorStream(true).start();
            String utskrift = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (javac.waitFor() != 0) {
                    throw new AssertionError("javac of the child failed:\n" + utskrift);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            kompilerad = katalog;
        }
        return kompilerad;
    }

    /** This JVM's own java, so the child runs on the same JDK as the test. */
    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /**
     * Every bundle of this framework but the framework itself, by the location it was installed
     * from; Tycho's locations are relative to the install area, which the child does not share.
     */
    private static List<String> buntplatser() {
        Path bas = Path.of(URI.create(kontext().getProperty("osgi.install.area")));
        List<String> platser = new ArrayList<>();
        for (Bundle b : kontext().getBundles()) {
            if (b.getBundleId() != 0) {
                String plats = b.getLocation();
                plats = plats.startsWith("initial@") ? plats.substring("initial@".length()) : plats;
                if (plats.startsWith(REFERENS) && !plats.startsWith(REFERENS + "/")) {
                    plats = REFERENS + bas.resolve(plats.substring(REFERENS.length())).normalize();
                }
                platser.add(plats);
            }
        }
        return platser;
    }

    private static String ramverketsJar() {
        URL jar = BundleContext.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            return Path.of(jar.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Bundle egenBunt() {
        return kontext().getBundle();
    }

    private static BundleContext kontext() {
        return Tjanster.kontext();
    }
}
