package se.kundval.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** What the command-line tests share: a run in-process as the launcher runs it, and what it wrote to stdout and stderr. */
abstract class Kommandoradstest {

    private final ByteArrayOutputStream ut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream fel = new ByteArrayOutputStream();

    int kor(String... argument) {
        ut.reset();
        fel.reset();
        Bundle cli = FrameworkUtil.getBundle(Kommandotolk.class);
        return new Kommandotolk(cli.getBundleContext(), new PrintStream(ut, true, StandardCharsets.UTF_8),
                new PrintStream(fel, true, StandardCharsets.UTF_8)).kor(argument);
    }

    String ut() {
        return ut.toString(StandardCharsets.UTF_8);
    }

    String fel() {
        return fel.toString(StandardCharsets.UTF_8);
    }
}
