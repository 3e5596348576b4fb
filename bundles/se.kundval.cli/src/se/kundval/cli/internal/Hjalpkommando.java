package se.kundval.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code kundval hjalp [KOMMANDO]} (also {@code help}): the same help as {@code --help}, of the
 * whole program or of the command named, for those who type the word. Not listed among the
 * commands; it needs no database.
 */
@Command(hidden = true)
final class Hjalpkommando {

    @Parameters(arity = "0..*", paramLabel = "${bundle:etikett.kommando}", descriptionKey = "kommando") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    List<String> kommando = new ArrayList<>();

    /** Prints the help of the command named (of the whole program when none is) on stdout. */
    int visa(CommandLine kundval, PrintStream ut, PrintStream fel) {
        CommandLine visas = kundval;
        for (String namn : kommando) {
            visas = visas.getSubcommands().get(namn);
            if (visas == null) {
                fel.println(Kommandotolk.PROGRAM + NLS.bind(Messages.okantKommando, String.join(" ", kommando))); //$NON-NLS-1$
                return Korning.FEL_INDATA;
            }
        }
        visas.usage(ut);
        return Korning.KLART;
    }
}
