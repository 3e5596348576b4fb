package se.kundval.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top command {@code kundval}: the options that every command inherits (help and the
 * connection), so each command's help lists them and they may stand before or after its name.
 * Shared mode (DOMAIN §11) adds its {@code --server} options as one more mixin.
 */
@Command(name = "kundval") //$NON-NLS-1$
final class Kundvalkommando {

    @Mixin
    Anslutningsflaggor anslutning;

    @Mixin
    Serverflaggor server;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help", scope = ScopeType.INHERIT) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    boolean hjalp;
}
