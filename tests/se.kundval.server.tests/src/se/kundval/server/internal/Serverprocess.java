package se.kundval.server.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kundval server in a JVM of its own, launched as {@code ./kundval server} launches it: the
 * Equinox launcher, application {@code se.kundval.server.server}, the options after {@code --}. The
 * built product is not there while {@code verify} runs the tests (it is packaged after them), so the
 * child gets the bundles of this very test runtime: the launcher jar this JVM was started with and a
 * copy of its {@code config.ini}. That is the same code as the product's, started the same way; only
 * the list of bundles comes from the test runtime rather than the product's.
 */
final class Serverprocess implements AutoCloseable {

    private static final Pattern ADRESS = Pattern.compile("(https://\\S+)");
    private static final Pattern FINGERAVTRYCK = Pattern.compile("((?:[0-9A-F]{2}:){31}[0-9A-F]{2})");
    private static final long STARTTID_S = 120;

    final Process process;
    final Path logg;
    final URI adress;
    final String fingeravtryck;

    private Serverprocess(Process process, Path logg, URI adress, String fingeravtryck) {
        this.process = process;
        this.logg = logg;
        this.adress = adress;
        this.fingeravtryck = fingeravtryck;
    }

    /** Starts the server on a free loopback port with the database options given; returns once it listens. */
    static Serverprocess starta(Path katalog, List<String> databasflaggor) throws Exception {
        Path konfiguration = Files.createDirectories(katalog.resolve("konfiguration"));
        Files.copy(Path.of(new URI(System.getProperty("osgi.configuration.area"))).resolve("config.ini"),
                konfiguration.resolve("config.ini"));
        List<String> kommando = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Europe/Stockholm", "-Duser.language=sv", "-Duser.country=SE", "-Dfile.encoding=UTF-8",
                "-Djava.awt.headless=true", "-Xmx384m", "-jar", System.getProperty("java.class.path"),
                "-install", Path.of(new URI(System.getProperty("osgi.install.area"))).toString(),
                "-configuration", konfiguration.toString(), "-data", "@none",
                "-application", "se.kundval.server.server", "-nosplash", "-consoleLog", "--"));
        kommando.addAll(databasflaggor);
        kommando.addAll(List.of("--bind", "127.0.0.1", "--port", String.valueOf(ledigPort())));
        Path logg = katalog.resolve("server.log");
        ProcessBuilder bygge = new ProcessBuilder(kommando).redirectErrorStream(true).redirectOutput(logg.toFile());
        bygge.environment().put("KUNDVAL_HOME", Files.createDirectories(katalog.resolve("hem")).toString());
        Process process = bygge.start();
        long slut = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTTID_S);
        while (System.nanoTime() < slut && process.isAlive()) {
            String text = text(logg);
            Matcher adress = ADRESS.matcher(text);
            Matcher avtryck = FINGERAVTRYCK.matcher(text);
            if (adress.find() && avtryck.find()) {
                return new Serverprocess(process, logg, URI.create(adress.group(1)), avtryck.group(1));
            }
            Thread.sleep(200);
        }
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        throw new AssertionError("the server process did not start: " + text(logg));
    }

    /** What the process has written so far. */
    String utskrift() {
        return text(logg);
    }

    private static String text(Path fil) {
        try {
            return Files.exists(fil) ? Files.readString(fil, StandardCharsets.UTF_8) : ""; //$NON-NLS-1$
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int ledigPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Never leaves a server behind, whatever the test did. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
