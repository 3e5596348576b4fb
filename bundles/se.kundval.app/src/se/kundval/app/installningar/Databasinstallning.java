package se.kundval.app.installningar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.BackingStoreException;

import se.kundval.app.Messages;
import se.kundval.core.KundvalException;
import se.kundval.core.dataskydd.Databasnyckel;
import se.kundval.core.tjanst.Databasanslutning;

/**
 * The database the workbench connects to at start, as the user chose it in Inställningar > Databas:
 * an embedded H2 file or a PostgreSQL server. Kept in the instance preferences of se.kundval.app,
 * except the server password, which goes to a file readable only by its owner in the bundle's state
 * location (the preference file is meant for settings, not secrets).
 *
 * @param fil the embedded database file (INBADDAD)
 * @param url the JDBC URL (POSTGRESQL)
 */
public record Databasinstallning(Typ typ, String fil, String url, String anvandare, String losenord) {

    public enum Typ {
        INBADDAD, POSTGRESQL
    }

    private static final String NOD = "se.kundval.app"; //$NON-NLS-1$
    private static final String TYP = "databas.typ"; //$NON-NLS-1$
    private static final String FIL = "databas.fil"; //$NON-NLS-1$
    private static final String URL = "databas.url"; //$NON-NLS-1$
    private static final String ANVANDARE = "databas.anvandare"; //$NON-NLS-1$
    private static final String LOSENORDSFIL = "databas.losenord"; //$NON-NLS-1$

    public Databasanslutning anslutning() {
        return typ == Typ.INBADDAD ? Databasanslutning.inbaddad(Path.of(fil)) : new Databasanslutning(url, anvandare, losenord);
    }

    /** An embedded file that H2 encrypted, whose key the login asks for (a header read, no service call). */
    public boolean krypterad() {
        return typ == Typ.INBADDAD && Databasnyckel.arKrypterad(Path.of(fil));
    }

    /** As {@link #anslutning()}, the embedded file encrypted with {@code nyckel} when one is given (decision 0386). */
    public Databasanslutning anslutning(char[] nyckel) {
        return typ == Typ.INBADDAD && nyckel != null ? Databasanslutning.krypterad(Path.of(fil), nyckel) : anslutning();
    }

    /** The saved choice, or the embedded file of {@code -Dkundval.db} (default ~/.kundval/demo) until there is one. */
    public static Databasinstallning vidStart() {
        return sparad().orElseGet(Databasinstallning::standard);
    }

    static Databasinstallning standard() {
        String fil = System.getProperty("kundval.db", //$NON-NLS-1$
                Path.of(System.getProperty("user.home"), ".kundval", "demo").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return new Databasinstallning(Typ.INBADDAD, fil, "jdbc:postgresql://localhost:5432/kundval", "kundval", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static Optional<Databasinstallning> sparad() {
        IEclipsePreferences nod = InstanceScope.INSTANCE.getNode(NOD);
        String typ = nod.get(TYP, null);
        if (typ == null) {
            return Optional.empty();
        }
        Databasinstallning s = standard();
        return Optional.of(new Databasinstallning(Typ.valueOf(typ), nod.get(FIL, s.fil()), nod.get(URL, s.url()),
                nod.get(ANVANDARE, s.anvandare()), lasLosenord()));
    }

    /** Saves the choice for the next start. */
    void spara() {
        IEclipsePreferences nod = InstanceScope.INSTANCE.getNode(NOD);
        nod.put(TYP, typ.name());
        nod.put(FIL, fil);
        nod.put(URL, url);
        nod.put(ANVANDARE, anvandare);
        try {
            skrivLosenord(typ == Typ.POSTGRESQL ? losenord : ""); //$NON-NLS-1$
            nod.flush();
        } catch (IOException | BackingStoreException e) {
            throw new KundvalException(Messages.kundeInteSparaInstallningar + ' ' + e.getMessage(), e);
        }
    }

    private static Path losenordsfil() {
        return Platform.getStateLocation(FrameworkUtil.getBundle(Databasinstallning.class)).toFile().toPath().resolve(LOSENORDSFIL);
    }

    private static String lasLosenord() {
        try {
            Path fil = losenordsfil();
            return Files.exists(fil) ? Files.readString(fil, StandardCharsets.UTF_8) : ""; //$NON-NLS-1$
        } catch (IOException e) {
            return ""; //$NON-NLS-1$
        }
    }

    private static void skrivLosenord(String losenord) throws IOException {
        Path fil = losenordsfil();
        if (losenord.isEmpty()) {
            Files.deleteIfExists(fil);
            return;
        }
        if (!Files.exists(fil)) {
            try {
                Files.createFile(fil, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))); //$NON-NLS-1$
            } catch (UnsupportedOperationException e) {
                Files.createFile(fil); // not a POSIX file system: the user's profile directory protects it
            }
        }
        Files.writeString(fil, losenord, StandardCharsets.UTF_8);
    }
}
