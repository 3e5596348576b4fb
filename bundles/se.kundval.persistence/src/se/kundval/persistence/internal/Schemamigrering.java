package se.kundval.persistence.internal;

import java.net.URL;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import javax.sql.DataSource;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.typ.Schemabidrag;
import se.kundval.persistence.internal.migrering.Migreringar;
import se.kundval.persistence.internal.migrering.Migreringslas;
import se.kundval.persistence.internal.migrering.Migreringsmodul;

/**
 * Brings a database's schema up to date before Hibernate sees it: the product's scripts (with the
 * ones only this kind of database runs), then each installed plugin's, as Flyway modules
 * (decision 0140).
 */
final class Schemamigrering {

    private static final String KARNMODUL = "kundval"; //$NON-NLS-1$
    /** The product's scripts: a schema change is a new file here, found by the bundle API like a plugin's. */
    private static final String MIGRERINGAR = "db/migrering"; //$NON-NLS-1$
    /**
     * Scripts only PostgreSQL runs, numbered among the others: what H2 has no equivalent for, such
     * as the trigger that keeps the access log append-only (decision 0200).
     */
    private static final String POSTGRESQL_MIGRERINGAR = MIGRERINGAR + "/postgresql"; //$NON-NLS-1$
    /** Scripts only H2 runs: its side of the same guarantees, such as its access-log trigger (decision 0385). */
    private static final String H2_MIGRERINGAR = MIGRERINGAR + "/h2"; //$NON-NLS-1$

    private Schemamigrering() {
    }

    /** On PostgreSQL under {@link Migreringslas}, so clients starting together migrate one after the other. */
    static void migrera(Databasanslutning anslutning, DataSource pool, Bundle persistens, List<Schemabidrag> bidrag) {
        List<Migreringsmodul> moduler = moduler(anslutning, persistens, bidrag);
        Migreringar migreringar = new Migreringar(pool, anslutning.toString());
        if (!anslutning.arPostgresql()) {
            migreringar.migrera(moduler);
            return;
        }
        try (Migreringslas las = Migreringslas.ta(Anslutningspool.drivrutinensKalla(anslutning))) {
            migreringar.migrera(moduler);
        } catch (SQLException e) {
            throw new KundvalException(NLS.bind(Messages.kanInteAnsluta, anslutning, e.getMessage()), e);
        }
    }

    /** Whether the product or a plugin has a script this database has not run yet. */
    static boolean harVantande(Databasanslutning anslutning, DataSource pool, Bundle persistens, List<Schemabidrag> bidrag) {
        return new Migreringar(pool, anslutning.toString()).harVantande(moduler(anslutning, persistens, bidrag));
    }

    private static List<Migreringsmodul> moduler(Databasanslutning anslutning, Bundle persistens, List<Schemabidrag> bidrag) {
        List<Migreringsmodul> moduler = new ArrayList<>();
        moduler.add(new Migreringsmodul(KARNMODUL, produktensMigreringar(persistens, anslutning.arPostgresql())));
        for (Schemabidrag b : bidrag) {
            moduler.add(new Migreringsmodul(b.modul(), b.migreringar()));
        }
        return moduler;
    }

    private static List<URL> produktensMigreringar(Bundle persistens, boolean postgresql) {
        List<URL> skript = new ArrayList<>(skriptI(persistens, MIGRERINGAR));
        skript.addAll(skriptI(persistens, postgresql ? POSTGRESQL_MIGRERINGAR : H2_MIGRERINGAR));
        return skript;
    }

    private static List<URL> skriptI(Bundle persistens, String katalog) {
        Enumeration<URL> poster = persistens.findEntries(katalog, "V*.sql", false); //$NON-NLS-1$
        return poster == null ? List.of() : Collections.list(poster);
    }
}
