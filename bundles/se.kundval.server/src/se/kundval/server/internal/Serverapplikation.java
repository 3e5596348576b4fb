package se.kundval.server.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import se.kundval.core.KundvalException;
import se.kundval.core.dataskydd.DatabasnyckelException;
import se.kundval.core.tjanst.Databas;

/**
 * {@code ./kundval server}: the headless application {@code se.kundval.server.server}. It connects
 * the database, starts the server, prints where it listens and its certificate's fingerprint, and
 * runs until SIGTERM (or Ctrl-C): then the server stops taking requests, lets the running ones
 * finish, and the database is closed, in that order. Exit 0 after a clean stop, 1 for bad options,
 * 2 when it cannot start.
 */
public class Serverapplikation implements IApplication {

    private static final int KLART = 0;
    private static final int FEL_FLAGGOR = 1;
    private static final int FEL_START = 2;
    /** A wrong key of an encrypted database: not authenticated (DOMAIN §10). */
    private static final int EJ_BEHORIG = 3;
    private static final String TEXTER = "se.kundval.server.internal.flaggor"; //$NON-NLS-1$
    private static final Logger LOGG = Logger.getLogger(Serverapplikation.class.getName());

    private volatile Kundvalserver server;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] argument = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return Integer.valueOf(kor(argument == null ? new String[0] : argument, System.out, System.err));
    }

    int kor(String[] argument, PrintStream ut, PrintStream fel) throws Exception {
        Serverflaggor flaggor = new Serverflaggor();
        CommandLine tolk = new CommandLine(flaggor);
        tolk.getCommandSpec().resourceBundle(ResourceBundle.getBundle(TEXTER, Locale.getDefault(), getClass().getClassLoader()));
        try {
            tolk.parseArgs(utanAvgransare(argument));
            if (tolk.isUsageHelpRequested()) {
                tolk.usage(new PrintWriter(ut, true));
                return KLART;
            }
            return kor(flaggor, ut, fel);
        } catch (ParameterException | Serverflaggor.Flaggfel e) {
            fel.println(NLS.bind(Messages.program, e.getMessage()));
            return FEL_FLAGGOR;
        }
    }

    private int kor(Serverflaggor flaggor, PrintStream ut, PrintStream fel) throws Exception {
        BundleContext kontext = FrameworkUtil.getBundle(Serverapplikation.class).getBundleContext();
        try (Tjanster tjanster = new Tjanster(kontext)) {
            Databas databas = tjanster.databas();
            try {
                databas.anslut(flaggor.anslutning());
                Tlsnyckel nyckel = flaggor.egenNyckel() ? Tlsnyckel.egen(flaggor.egenNyckelfil(), tjanster.klocka())
                        : Tlsnyckel.las(flaggor.nyckellager, flaggor.nyckellosenord);
                server = new Kundvalserver(kontext, flaggor.adress(), flaggor.port(), nyckel);
            } catch (DatabasnyckelException e) {
                // a wrong key is a failed authentication (DOMAIN §10); a missing key or unusable key file is bad input
                fel.println(NLS.bind(Messages.program, e.getMessage()));
                return e.felNyckel() ? EJ_BEHORIG : FEL_FLAGGOR;
            } catch (KundvalException e) {
                fel.println(NLS.bind(Messages.program, e.getMessage()));
                return FEL_START;
            } catch (IOException | GeneralSecurityException e) {
                fel.println(NLS.bind(Messages.program, orsak(e, flaggor)));
                return FEL_START;
            }
            CountDownLatch stangd = new CountDownLatch(1);
            Thread stopp = new Thread(() -> stoppa(stangd), "kundval-server-stopp"); //$NON-NLS-1$
            Runtime.getRuntime().addShutdownHook(stopp);
            server.skrivAdress(ut);
            server.vanta();
            databas.stang();
            ut.println(Messages.stoppad);
            stangd.countDown();
            utanKrok(stopp);
            return KLART;
        }
    }

    /** On SIGTERM: the server first, so the database is closed only when no request uses it. */
    private void stoppa(CountDownLatch stangd) {
        try {
            Kundvalserver s = server;
            if (s != null) {
                s.close();
            }
            // the JVM ends when this hook returns: let the main thread close the database first
            if (stangd.await(Kundvalserver.STOPPTID_MS, TimeUnit.MILLISECONDS)) {
                // a JVM stopped by a signal exits 143 whatever the application returned; a clean stop
                // is a success and says so with 0, for systemd and anyone scripting a restart
                System.out.flush();
                Runtime.getRuntime().halt(KLART);
            }
        } catch (Exception e) {
            LOGG.log(Level.SEVERE, e, () -> Messages.stoppFel);
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A server stopped otherwise than by a signal (the application's stop) leaves no hook behind that
     * would end the JVM later; during a shutdown the hook cannot be removed, and is the one stopping.
     */
    private static void utanKrok(Thread krok) {
        try {
            Runtime.getRuntime().removeShutdownHook(krok);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running and ends it with 0
        }
    }

    @Override
    public void stop() {
        Kundvalserver s = server;
        if (s != null) {
            try {
                s.close();
            } catch (Exception e) {
                LOGG.log(Level.SEVERE, e, () -> Messages.stoppFel);
            }
        }
    }

    private static String orsak(Exception e, Serverflaggor flaggor) {
        if (e instanceof BindException || e.getCause() instanceof BindException) {
            return NLS.bind(Messages.upptagen, flaggor.bind, Integer.valueOf(flaggor.port));
        }
        return e.getMessage();
    }

    /** ./kundval passes its arguments after a --, which picocli would read as the end of the options. */
    private static String[] utanAvgransare(String[] argument) {
        List<String> ord = new ArrayList<>(List.of(argument));
        if (!ord.isEmpty() && "--".equals(ord.get(0))) { //$NON-NLS-1$
            ord.remove(0);
        }
        return ord.toArray(String[]::new);
    }
}
