package se.kundval.cli.internal;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.KundvalException;
import se.kundval.core.ValideringException;
import se.kundval.core.dataskydd.DatabasnyckelException;
import se.kundval.core.ersattning.Planfel;
import se.kundval.core.utbyte.UtbytesfelException;

/**
 * Runs one command line: picocli parses it against {@link Kommandoregister}'s tree (help and bad
 * options are answered there, see {@link Flaggfel}); then this starts what the command needs, runs
 * it and turns the outcome into the exit code of DOMAIN §10: 0 done, 1 bad input (with the message
 * on stderr, nothing written), 2 any other failure, 3 (on a server) not logged in or not allowed. Stdout carries only the command's output.
 */
final class Kommandotolk {

    /** The bundles every command's services come from. */
    private static final List<String> GRUNDBUNTAR = List.of("se.kundval.core", "se.kundval.persistence"); //$NON-NLS-1$ //$NON-NLS-2$
    static final String PROGRAM = "kundval: "; //$NON-NLS-1$

    private final BundleContext kontext;
    private final PrintStream ut;
    private final PrintStream fel;

    Kommandotolk(BundleContext kontext, PrintStream ut, PrintStream fel) {
        this.kontext = kontext;
        this.ut = ut;
        this.fel = fel;
    }

    int kor(String... argument) {
        List<String> ord = new ArrayList<>(List.of(argument));
        // ./kundval passes its arguments after a --, which picocli would read as the end of the options
        if (!ord.isEmpty() && "--".equals(ord.get(0))) { //$NON-NLS-1$
            ord.remove(0);
        }
        Kommandoregister register = new Kommandoregister();
        CommandLine kundval = register.kommandorad();
        if (ord.isEmpty()) {
            kundval.usage(fel);
            return Korning.FEL_INDATA;
        }
        PrintWriter hjalp = new PrintWriter(ut, true);
        kundval.setOut(hjalp);
        kundval.setErr(new PrintWriter(fel, true));
        kundval.setParameterExceptionHandler(new Flaggfel(fel, ord));
        kundval.setExecutionStrategy(tolkat -> utfor(tolkat, register));
        try {
            return kundval.execute(ord.toArray(String[]::new));
        } finally {
            hjalp.flush();
        }
    }

    private int utfor(ParseResult tolkat, Kommandoregister register) {
        Integer hjalp = CommandLine.executeHelpRequest(tolkat);
        if (hjalp != null) {
            return hjalp;
        }
        List<CommandLine> kedja = tolkat.asCommandLineList();
        CommandLine sista = kedja.get(kedja.size() - 1);
        if (sista.getCommand() instanceof Hjalpkommando h) {
            return h.visa(kedja.get(0), ut, fel);
        }
        if (!(sista.getCommand() instanceof Kommando kommando)) {
            // kundval or rapport alone: a command is missing
            fel.println(PROGRAM + NLS.bind(Messages.kommandoSaknas, sista.getCommandSpec().qualifiedName()));
            return Korning.FEL_INDATA;
        }
        try (Tjanstehamtare tjanster = new Tjanstehamtare(kontext)) {
            if (register.server().valt()) {
                Paservern server = new Paservern(register, fel);
                Korning korning = server.loggaIn(kommando, sista.getCommandSpec().qualifiedName(), tjanster, ut);
                return korning == null ? server.slutkod() : kor(kommando, korning, tjanster);
            }
            return kor(kommando, new Korning(register.anslutning(), tjanster, ut), tjanster);
        }
    }

    private int kor(Kommando kommando, Korning korning, Tjanstehamtare tjanster) {
        try {
            // on a server the client holds no database: only the bundles of local helpers start
            List<String> buntar = new ArrayList<>(korning.paServern() ? List.of(GRUNDBUNTAR.get(0)) : GRUNDBUNTAR);
            buntar.addAll(kommando.buntar());
            tjanster.starta(buntar);
            return kommando.kor(korning);
        } catch (UtbytesfelException e) {
            e.fel().forEach(fel::println);
            fel.println(PROGRAM + NLS.bind(Messages.ingentingSkrevs, e.antal()));
            return Korning.FEL_INDATA;
        } catch (Planfel e) {
            e.fel().forEach(fel::println);
            fel.println(PROGRAM + NLS.bind(Messages.planenFel, e.fel().size()));
            return Korning.FEL_INDATA;
        } catch (Indatafel | ValideringException e) {
            fel.println(PROGRAM + e.getMessage());
            return Korning.FEL_INDATA;
        } catch (DatabasnyckelException e) {
            // a wrong key is a failed authentication (DOMAIN §10); a missing key or unusable key file is bad input
            fel.println(PROGRAM + e.getMessage());
            return e.felNyckel() ? Korning.EJ_BEHORIG : Korning.FEL_INDATA;
        } catch (AtkomstNekadException e) {
            fel.println(PROGRAM + e.getMessage());
            return korning.paServern() ? Korning.EJ_BEHORIG : Korning.ANNAT_FEL;
        } catch (KundvalException e) {
            fel.println(PROGRAM + e.getMessage());
            return Korning.ANNAT_FEL;
        } catch (RuntimeException e) {
            // a defect, not a user error: the trace is what a developer needs to find it
            fel.println(PROGRAM + NLS.bind(Messages.internt, e));
            e.printStackTrace(fel);
            return Korning.ANNAT_FEL;
        } finally {
            stang(korning);
        }
    }

    private void stang(Korning korning) {
        try {
            korning.stang();
        } catch (RuntimeException e) {
            fel.println(PROGRAM + e.getMessage());
        }
    }
}
