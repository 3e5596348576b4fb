package se.kundval.persistence.internal.migrering;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalInt;

import javax.sql.DataSource;

import org.eclipse.osgi.util.NLS;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.ValidateOutput;

import se.kundval.core.KundvalException;
import se.kundval.persistence.internal.Messages;

/**
 * Versioned schema migrations by Flyway (decision 0140), the same scripts on H2 and PostgreSQL.
 * The product's module first, then each plugin's, each with a schema history of its own. Flyway
 * validates the checksums of the applied scripts before it runs a new one and runs each script in a
 * transaction; on PostgreSQL the caller holds {@link Migreringslas}, so two clients that start
 * together against an empty database both succeed.
 */
public final class Migreringar {

    /** Flyway logs through java.util.logging, like Hibernate, so the product's one logging configuration applies. */
    private static final String JUL = "org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator"; //$NON-NLS-1$

    private final DataSource datakalla;
    private final String databas;

    /**
     * @param datakalla the database's connections
     * @param databas   the database as it is shown to a person (a URL without credentials)
     */
    public Migreringar(DataSource datakalla, String databas) {
        this.datakalla = datakalla;
        this.databas = databas;
    }

    /** Applies every module's pending scripts in the order given; returns how many ran. */
    public int migrera(List<Migreringsmodul> moduler) {
        int antal = 0;
        for (Migreringsmodul modul : moduler) {
            antal += migrera(modul);
        }
        return antal;
    }

    /** Whether any module has a script the database has not run yet. */
    public boolean harVantande(List<Migreringsmodul> moduler) {
        for (Migreringsmodul modul : moduler) {
            try {
                if (flyway(modul, tidigareVersion(modul)).info().pending().length > 0) {
                    return true;
                }
            } catch (FlywayException e) {
                throw new KundvalException(NLS.bind(Messages.migreringMisslyckades, new Object[] {modul.namn(), databas, e.getMessage()}), e);
            }
        }
        return false;
    }

    private int migrera(Migreringsmodul modul) {
        Flyway flyway = flyway(modul, tidigareVersion(modul));
        try {
            return flyway.migrate().migrationsExecuted;
        } catch (FlywayValidateException e) {
            throw valideringsfel(flyway, modul, e);
        } catch (FlywayException e) {
            throw new KundvalException(NLS.bind(Messages.migreringMisslyckades, new Object[] {modul.namn(), databas, e.getMessage()}), e);
        }
    }

    private OptionalInt tidigareVersion(Migreringsmodul modul) {
        try (Connection c = datakalla.getConnection()) {
            return TidigareHistorik.hogstaVersion(c, modul.namn());
        } catch (SQLException e) {
            throw new KundvalException(NLS.bind(Messages.kanInteAnsluta, databas, e.getMessage()), e);
        }
    }

    /**
     * With a history from the earlier migrator the module's baseline is its highest version there.
     * Without one the baseline is 0, which Flyway writes only when the schema already holds other
     * modules' tables (a plugin's first start), and below every script, so all of them run.
     */
    private Flyway flyway(Migreringsmodul modul, OptionalInt tidigare) {
        return Flyway.configure(Migreringar.class.getClassLoader())
                .dataSource(datakalla)
                .table(modul.historiktabell())
                .resourceProvider(new Bundleskript(modul))
                .javaMigrationClassProvider(List::<Class<? extends JavaMigration>>of)
                .encoding(StandardCharsets.UTF_8)
                .validateMigrationNaming(true)
                .baselineOnMigrate(true)
                .baselineVersion(Integer.toString(tidigare.orElse(0)))
                .baselineDescription(tidigare.isPresent() ? "tagen från " + TidigareHistorik.TABELL : "före modulen") //$NON-NLS-1$ //$NON-NLS-2$
                .loggers(JUL)
                .load();
    }

    /** A changed script is named, so the person who sees it knows what to put back. */
    private KundvalException valideringsfel(Flyway flyway, Migreringsmodul modul, FlywayValidateException e) {
        for (ValidateOutput fel : flyway.validateWithResult().invalidMigrations) {
            if (fel.errorDetails != null && fel.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH) {
                return new KundvalException(NLS.bind(Messages.skriptAndrat, new Object[] {
                        modul.namn() + '/' + filnamn(fel), databas, fel.version}), e);
            }
        }
        return new KundvalException(NLS.bind(Messages.migreringarStammerInte, new Object[] {modul.namn(), databas, e.getMessage()}), e);
    }

    private static String filnamn(ValidateOutput fel) {
        String sokvag = fel.filepath == null ? "" : fel.filepath; //$NON-NLS-1$
        String namn = sokvag.substring(sokvag.lastIndexOf('/') + 1);
        return namn.isEmpty() ? "V" + fel.version : namn; //$NON-NLS-1$
    }
}
