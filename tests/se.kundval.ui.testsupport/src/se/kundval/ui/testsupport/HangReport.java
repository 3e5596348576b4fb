package se.kundval.ui.testsupport;

import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Prints every thread's stack when one UI test method has run for a long time. A test that waits
 * in a nested event loop is only killed by the build's timeout, which says nothing about where it
 * waited; this puts the UI thread's stack in the build log first. It never fails a test.
 */
final class HangReport {

    private static final long AFTER_MS = 180_000;

    private Timer timer;

    void start(String test) {
        timer = new Timer("kundval-hang-report", true);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                print(test);
            }
        }, AFTER_MS);
    }

    void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private static void print(String test) {
        StringBuilder out = new StringBuilder("\n=== ").append(test).append(" still running after ")
                .append(AFTER_MS / 1000).append(" s; thread stacks:\n");
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            out.append('"').append(e.getKey().getName()).append("\" ").append(e.getKey().getState()).append('\n');
            for (StackTraceElement frame : e.getValue()) {
                out.append("    at ").append(frame).append('\n');
            }
        }
        System.err.println(out);
    }
}
