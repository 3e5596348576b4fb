package se.kundval.cli.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * Every command of DOMAIN §10, in the order the help lists them, as one picocli command tree. The
 * tree is made anew for each run, so no option's value outlives the run and no command object is
 * shared. Adding a command is one {@code addSubcommand} line here (and its texts in
 * kommandon.properties); adding options every command takes is one mixin in {@link Kundvalkommando}.
 */
final class Kommandoregister {

    /** The help texts: descriptions and headings, keyed by the command's full name (kundval.rapport.kvalitet.…). */
    private static final String TEXTER = "se.kundval.cli.internal.kommandon"; //$NON-NLS-1$

    private final Kundvalkommando rot = new Kundvalkommando();

    /** The options every command inherits, whose values the run reads after parsing. */
    Anslutningsflaggor anslutning() {
        return rot.anslutning;
    }

    /** The shared-mode options every command inherits. */
    Serverflaggor server() {
        return rot.server;
    }

    CommandLine kommandorad() {
        CommandLine kundval = new CommandLine(rot);
        // the bundle's own class loader: picocli, in another bundle, cannot see this bundle's resources
        kundval.getCommandSpec().resourceBundle(ResourceBundle.getBundle(TEXTER, Locale.getDefault(),
                Kommandoregister.class.getClassLoader()));
        kundval.addSubcommand("import", Utbyteskommando.importera()); //$NON-NLS-1$
        kundval.addSubcommand("export", Utbyteskommando.exportera()); //$NON-NLS-1$
        kundval.addSubcommand("ersattning", new Ersattningskommando()); //$NON-NLS-1$
        kundval.addSubcommand("rapport", new CommandLine(CommandSpec.create()) //$NON-NLS-1$
                .addSubcommand("kvalitet", new Kvalitetsrapportkommando())); //$NON-NLS-1$
        kundval.addSubcommand("budget", new Budgetkommando()); //$NON-NLS-1$
        kundval.addSubcommand("logg", new Loggkommando()); //$NON-NLS-1$
        kundval.addSubcommand("demo", new Demokommando()); //$NON-NLS-1$
        kundval.addSubcommand("gallra", new Gallringskommando()); //$NON-NLS-1$
        kundval.addSubcommand("registerutdrag", new Registerutdragskommando()); //$NON-NLS-1$
        kundval.addSubcommand("backup", Sakerhetskopiakommando.backup()); //$NON-NLS-1$
        kundval.addSubcommand("restore", Sakerhetskopiakommando.restore()); //$NON-NLS-1$
        kundval.addSubcommand("anvandare", new CommandLine(CommandSpec.create()) //$NON-NLS-1$
                .addSubcommand("ny", new Nyanvandarkommando()) //$NON-NLS-1$
                .addSubcommand("lista", new Anvandarlistekommando()) //$NON-NLS-1$
                .addSubcommand("engangskod", new Engangskodkommando())); //$NON-NLS-1$
        kundval.addSubcommand("hjalp", new Hjalpkommando(), "help"); //$NON-NLS-1$ //$NON-NLS-2$
        // after the tree is whole: picocli hands these only to the subcommands that exist
        kundval.registerConverter(YearMonth.class, text -> varde(text, YearMonth::parse, Messages.ingenManad));
        kundval.registerConverter(LocalDate.class, text -> varde(text, LocalDate::parse, Messages.ingetDatum));
        kundval.setCaseInsensitiveEnumValuesAllowed(true);
        // a word starting with @ is a file or folder name here, not a file of more arguments
        kundval.setExpandAtFiles(false);
        utseende(kundval);
        return kundval;
    }

    /** Options in the order the classes declare them, the most used first; Swedish labels. */
    private static void utseende(CommandLine kommando) {
        kommando.getCommandSpec().usageMessage().sortOptions(false).sortSynopsis(false)
                .synopsisSubcommandLabel(Messages.etikettKommando);
        kommando.getSubcommands().values().stream().distinct().forEach(Kommandoregister::utseende);
    }

    /**
     * A date or a month, spaces around it allowed; when it is none, the reason for the message
     * "--flagga 'värde' reason" that {@link Flaggfel} writes.
     */
    private static <T> T varde(String text, Function<String, T> tolk, String orsak) {
        try {
            return tolk.apply(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(orsak);
        }
    }
}
