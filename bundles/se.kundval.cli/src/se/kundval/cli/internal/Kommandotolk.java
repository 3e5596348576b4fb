package se.kundval.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.KundvalException;
import se.kundval.core.ValideringException;
import se.kundval.core.ersattning.Planfel;
import se.kundval.core.utbyte.UtbytesfelException;

/**
 * Runs one command line: finds the command, parses its options, starts what it needs, runs it
 * and turns the outcome into the exit code of DOMAIN §10: 0 done, 1 bad input (with the message
 * on stderr, nothing written), 2 any other failure. Stdout carries only the command's output.
 */
final class Kommandotolk {

    /** The bundles every command's services come from. */
    private static final List<String> GRUNDBUNTAR = List.of("se.kundval.core", "se.kundval.persistence"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final String PROGRAM = "kundval: "; //$NON-NLS-1$

    private final Kommandoregister register = new Kommandoregister();
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
        if (!ord.isEmpty() && "--".equals(ord.get(0))) { //$NON-NLS-1$
            ord.remove(0);
        }
        if (ord.isEmpty()) {
            hjalp(fel);
            return Korning.FEL_INDATA;
        }
        if (List.of("--help", "-h", "help", "hjalp").contains(ord.get(0))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            hjalp(ut);
            return Korning.KLART;
        }
        Optional<Kommando> hittat = register.hitta(ord);
        if (hittat.isEmpty()) {
            fel.println(PROGRAM + NLS.bind(Messages.okantKommando, ord.get(0)));
            return Korning.FEL_INDATA;
        }
        Kommando kommando = hittat.get();
        List<String> resten = ord.subList(kommando.namn().split(" ").length, ord.size()); //$NON-NLS-1$
        if (resten.contains("--help") || resten.contains("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
            ut.println(anvandning(kommando));
            ut.println("  " + kommando.beskrivning()); //$NON-NLS-1$
            return Korning.KLART;
        }
        try (Tjanstehamtare tjanster = new Tjanstehamtare(kontext)) {
            return kor(kommando, resten, tjanster);
        }
    }

    private int kor(Kommando kommando, List<String> resten, Tjanstehamtare tjanster) {
        Korning korning = null;
        try {
            korning = new Korning(new Kommandorad(kommando, resten), tjanster, ut);
            List<String> buntar = new ArrayList<>(GRUNDBUNTAR);
            buntar.addAll(kommando.buntar());
            tjanster.starta(buntar);
            return kommando.kor(korning);
        } catch (UtbytesfelException e) {
            e.fel().forEach(fel::println);
            fel.println(PROGRAM + NLS.bind(Messages.ingentingSkrevs, e.fel().size()));
            return Korning.FEL_INDATA;
        } catch (Planfel e) {
            e.fel().forEach(fel::println);
            fel.println(PROGRAM + NLS.bind(Messages.planenFel, e.fel().size()));
            return Korning.FEL_INDATA;
        } catch (Indatafel | ValideringException e) {
            fel.println(PROGRAM + e.getMessage());
            return Korning.FEL_INDATA;
        } catch (AtkomstNekadException e) {
            fel.println(PROGRAM + e.getMessage());
            return Korning.ANNAT_FEL;
        } catch (KundvalException e) {
            fel.println(PROGRAM + e.getMessage());
            return Korning.ANNAT_FEL;
        } catch (RuntimeException e) {
            // a defect, not a user error: the trace is what a developer needs to find it
            fel.println(PROGRAM + NLS.bind(Messages.internt, e));
            e.printStackTrace(fel);
            return Korning.ANNAT_FEL;
        } finally {
            if (korning != null) {
                stang(korning);
            }
        }
    }

    private void stang(Korning korning) {
        try {
            korning.stang();
        } catch (RuntimeException e) {
            fel.println(PROGRAM + e.getMessage());
        }
    }

    private void hjalp(PrintStream till) {
        till.println(Messages.hjalpRubrik);
        till.println();
        till.println(Messages.hjalpKommandon);
        for (Kommando k : register.alla()) {
            till.println("  " + anvandning(k)); //$NON-NLS-1$
            till.println("      " + k.beskrivning()); //$NON-NLS-1$
        }
        till.println();
        till.println(Messages.hjalpDatabas);
        till.println();
        till.println(Messages.hjalpSlutkoder);
    }

    private static String anvandning(Kommando k) {
        return k.anvandning().isEmpty() ? k.namn() : k.namn() + ' ' + k.anvandning();
    }
}
