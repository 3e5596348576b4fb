package se.kundval.arendelista.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The start of the built product as a child process, as {@code ./kundval} starts it (the same JDK,
 * launcher, flags and configuration area), to the moment its first window is on the screen: the
 * login dialog of Kundval, or the one window of a bare E4 application run by the same product. The
 * bare one is the product's E4 runtime with the standard addons, one window, one empty part and no
 * life cycle: its model comes from the configuration area ({@code platform:/config/}) and the
 * product's life cycle is replaced by a plain object. The window is looked for with xdotool every
 * 20 ms. Each kind has its own directories, kept between its starts, so after a first start that is
 * not measured every start is a warm one, as a user's second start of the day.
 */
final class Startmatning {

    static final String KUNDVAL_FONSTER = "^Kundval – logga in"; //$NON-NLS-1$
    static final String BAR_FONSTER = "^Bar E4"; //$NON-NLS-1$
    private static final long HOGST_MS = 180_000;

    private final Path produkt;
    private final Path katalog;
    private final List<String> argument;
    private final String fonster;

    private Startmatning(Path produkt, Path katalog, List<String> argument, String fonster) {
        this.produkt = produkt;
        this.katalog = katalog;
        this.argument = argument;
        this.fonster = fonster;
    }

    static Startmatning kundval(Path produkt, Path katalog) {
        return new Startmatning(produkt, katalog, List.of("-Dkundval.db=" + katalog.resolve("demo")), KUNDVAL_FONSTER); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static Startmatning bar(Path produkt, Path katalog, Path e4xmi) throws IOException {
        Path konfiguration = Files.createDirectories(katalog.resolve("konfiguration")); //$NON-NLS-1$
        Files.copy(e4xmi, konfiguration.resolve("bar.e4xmi"), StandardCopyOption.REPLACE_EXISTING); //$NON-NLS-1$
        return new Startmatning(produkt, katalog, List.of(), BAR_FONSTER);
    }

    /** Milliseconds from starting the process to its window; the process is then ended. */
    double starta() throws IOException, InterruptedException {
        List<String> kommando = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "-Duser.timezone=Europe/Stockholm", "-Duser.language=sv", "-Duser.country=SE", "-Dfile.encoding=UTF-8", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "-Djava.util.logging.config.file=" + produkt.resolve("logging.properties"), //$NON-NLS-1$ //$NON-NLS-2$
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "--enable-native-access=ALL-UNNAMED")); //$NON-NLS-1$ //$NON-NLS-2$
        kommando.addAll(argument);
        kommando.addAll(List.of("-jar", startare().toString(), "-data", katalog.resolve("arbetsyta").toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "-configuration", katalog.resolve("konfiguration").toString())); //$NON-NLS-1$ //$NON-NLS-2$
        if (fonster.equals(BAR_FONSTER)) {
            kommando.addAll(List.of("-applicationXMI", "platform:/config/bar.e4xmi", //$NON-NLS-1$ //$NON-NLS-2$
                    "-lifeCycleURI", "bundleclass://org.eclipse.e4.core.di/java.lang.Object")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ProcessBuilder pb = new ProcessBuilder(kommando).redirectErrorStream(true)
                .redirectOutput(katalog.resolve("utdata.log").toFile()); //$NON-NLS-1$
        long t0 = System.nanoTime();
        Process barn = pb.start();
        try {
            while (!synligt()) {
                if (!barn.isAlive() || (System.nanoTime() - t0) / 1_000_000 > HOGST_MS) {
                    throw new IllegalStateException("no window " + fonster + "; see " + katalog.resolve("utdata.log")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                Thread.sleep(20);
            }
            return (System.nanoTime() - t0) / 1e6;
        } finally {
            barn.destroy();
            if (!barn.waitFor(20, TimeUnit.SECONDS)) {
                barn.destroyForcibly().waitFor();
            }
        }
    }

    private boolean synligt() throws IOException, InterruptedException {
        Process sok = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", fonster) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return sok.waitFor() == 0;
    }

    private Path startare() throws IOException {
        try (Stream<Path> filer = Files.list(produkt.resolve("plugins"))) { //$NON-NLS-1$
            return filer.filter(f -> f.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst() //$NON-NLS-1$
                    .orElseThrow(() -> new IllegalStateException("the product is not built: " + produkt)); //$NON-NLS-1$
        }
    }
}
