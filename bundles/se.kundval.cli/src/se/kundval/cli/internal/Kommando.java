package se.kundval.cli.internal;

import java.util.List;
import java.util.Set;

import se.kundval.model.Roll;

/**
 * One command of the command line (DOMAIN §10). Its options and arguments are picocli-annotated
 * fields of the implementing class, set afresh for every run; to add a command, write such a class
 * and add it in {@link Kommandoregister}. The command line parses and checks what it declares (help
 * included), gives it the connection options every command shares, starts the bundles it names and
 * maps its exceptions to exit codes.
 */
interface Kommando {

    /** The bundles whose services it uses, started before it runs (the core and persistence always are). */
    List<String> buntar();

    /**
     * The roles that may run it on a server ({@code --server}, DOMAIN §11); anyone else gets exit 3
     * before anything is done. Empty for a command that works on the database itself (demo, backup):
     * it runs only where the database is. The server's services check the rights again.
     */
    default Set<Roll> roller() {
        return Set.of();
    }

    /** Runs the command with its fields set; returns the exit code (normally {@link Korning#KLART}). */
    int kor(Korning korning);
}
