package se.kundval.cli.internal;

import java.util.List;
import java.util.Set;

/**
 * One command of the command line (DOMAIN §10). To add one: implement this in a class of its own
 * and list it in {@link Kommandoregister}; the command line parses the options it declares, gives
 * it the database options, starts the bundles it names and maps its exceptions to exit codes.
 */
interface Kommando {

    /** One or two words, e.g. {@code import} or {@code rapport kvalitet}. */
    String namn();

    /** What follows the name, as the help shows it, e.g. {@code KATALOG}. */
    String anvandning();

    /** One line for the help. */
    String beskrivning();

    /** The options it takes besides the database options; each takes a value. */
    Set<String> flaggor();

    /** How many positional arguments it takes. */
    int argument();

    /** The bundles whose services it uses, started before it runs (the core and persistence always are). */
    List<String> buntar();

    /** Runs the command; returns the exit code (normally {@link Korning#KLART}). */
    int kor(Korning korning);
}
