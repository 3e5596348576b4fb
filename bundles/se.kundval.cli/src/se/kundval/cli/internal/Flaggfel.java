package se.kundval.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli could not parse, said in Swedish on stderr with the option it concerns,
 * exit code 1 and never a stack trace: an unknown command or option, a missing option, option
 * value or argument, an option given twice, or a value of the wrong kind. Picocli's own English
 * message is shown only for a case this does not know.
 */
final class Flaggfel implements IParameterExceptionHandler {

    private final PrintStream fel;
    private final List<String> ord;

    /** The words given (without the launcher's --), to tell a missing option from one without a value. */
    Flaggfel(PrintStream fel, List<String> ord) {
        this.fel = fel;
        this.ord = ord;
    }

    @Override
    public int handleParseException(ParameterException e, String[] argument) {
        fel.println(Kommandotolk.PROGRAM + meddelande(e));
        return Korning.FEL_INDATA;
    }

    private String meddelande(ParameterException e) {
        CommandLine kommando = e.getCommandLine();
        String namn = namn(kommando);
        return switch (e) {
            case UnmatchedArgumentException u -> okant(kommando, namn, u.getUnmatched());
            case MissingParameterException m -> saknas(kommando, namn, m.getMissing());
            case OverwrittenOptionException o -> NLS.bind(Messages.dubbelFlagga, namn(o.getOverwritten()));
            default -> e.getCause() instanceof TypeConversionException t && e.getArgSpec() != null
                    ? NLS.bind(Messages.felVarde, new Object[] {namn(e.getArgSpec()), e.getValue(), orsak(e.getArgSpec(), t)})
                    : e.getMessage();
        };
    }

    /** Words no option or argument took: an unknown command or option, or one argument too many. */
    private static String okant(CommandLine kommando, String namn, List<String> okanda) {
        String forsta = okanda.isEmpty() ? "" : okanda.get(0); //$NON-NLS-1$
        if (forsta.startsWith("-")) { //$NON-NLS-1$
            String flagga = forsta.contains("=") ? forsta.substring(0, forsta.indexOf('=')) : forsta; //$NON-NLS-1$
            return namn.isEmpty() ? NLS.bind(Messages.okandFlaggaForeKommando, flagga)
                    : NLS.bind(Messages.okandFlagga, flagga, namn);
        }
        if (!kommando.getSubcommands().isEmpty()) {
            return NLS.bind(Messages.okantKommando, namn.isEmpty() ? forsta : namn + ' ' + forsta);
        }
        return felAntal(kommando, namn);
    }

    private String saknas(CommandLine kommando, String namn, List<ArgSpec> saknade) {
        if (saknade.stream().anyMatch(ArgSpec::isPositional)) {
            return felAntal(kommando, namn);
        }
        List<String> flaggor = saknade.stream().map(Flaggfel::namn).toList();
        // given but not followed by a value, or not given at all
        return flaggor.stream().filter(f -> ord.contains(f)).findFirst()
                .map(f -> NLS.bind(Messages.flaggaUtanVarde, f, namn))
                .orElseGet(() -> NLS.bind(Messages.flaggaSaknas, String.join(", ", flaggor), namn)); //$NON-NLS-1$
    }

    /** "import ska ha 1 argument: kundval import KATALOG". */
    private static String felAntal(CommandLine kommando, String namn) {
        List<PositionalParamSpec> argument = kommando.getCommandSpec().positionalParameters();
        String anvandning = Stream.concat(Stream.of(namn), argument.stream().map(PositionalParamSpec::paramLabel))
                .collect(Collectors.joining(" ")); //$NON-NLS-1$
        return NLS.bind(Messages.felAntalArgument, new Object[] {namn, argument.size(), anvandning});
    }

    /** Why the value is wrong: a converter's reason, or the choices of a --format. */
    private static String orsak(ArgSpec flagga, TypeConversionException e) {
        if (flagga.type().isEnum()) {
            String val = Stream.of(flagga.type().getEnumConstants()).map(k -> ((Enum<?>) k).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining("|")); //$NON-NLS-1$
            return NLS.bind(Messages.finnsInte, val);
        }
        return e.getMessage();
    }

    /** The command's name without the program's, as the messages say it: "rapport kvalitet"; empty for kundval itself. */
    private static String namn(CommandLine kommando) {
        String hela = kommando.getCommandSpec().qualifiedName();
        String rot = kommando.getCommandSpec().root().name();
        return hela.equals(rot) ? "" : hela.substring(rot.length() + 1); //$NON-NLS-1$
    }

    private static String namn(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }
}
