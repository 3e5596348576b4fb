package se.kundval.persistence.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.StatelessSession;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.OptimisticLockException;
import se.kundval.core.KonfliktException;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.core.typ.Schemabidrag;
import se.kundval.model.KundvalPackage;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.persistence.internal.migrering.Migrator;
import se.kundval.persistence.internal.orm.Aggregatlager;
import se.kundval.persistence.internal.orm.OrmXmlGenerator;
import se.kundval.persistence.internal.orm.YearMonthConverter;

/**
 * The connected database: migrates the schema (the product's scripts, then each plugin's),
 * builds the Hibernate SessionFactory from a mapping generated from the model, checks that the
 * schema matches it, and registers the installed insats types.
 */
@Component(service = {Databas.class, Sessionskalla.class})
public class HibernateDatabas implements Databas, Sessionskalla {

    /** Decisions are append-only (ARCHITECTURE.md: beslut and bedömning are audited, never edited). */
    private static final Set<EClass> OFORANDERLIGA = Set.of(Literals.BESLUT, Literals.UNDANTAG,
            Literals.AVSLUTSBEDOMNING, Literals.GRANSKNINGSHANDELSE);

    private static final String KARNMODUL = "kundval"; //$NON-NLS-1$
    /** The product's scripts in order; a schema change is a new script added here. */
    private static final List<String> PRODUKTENS_MIGRERINGAR = List.of("V001__grund.sql", "V002__arendenummer.sql"); //$NON-NLS-1$ //$NON-NLS-2$

    private InsatstypRegister register;
    private volatile Ansluten ansluten;

    private record Ansluten(Databasanslutning anslutning, SessionFactory fabrik, Aggregatlager aggregat) {
    }

    @Reference
    void setInsatstypRegister(InsatstypRegister insatstypRegister) {
        this.register = insatstypRegister;
    }

    @Override
    public synchronized void anslut(Databasanslutning anslutning) {
        stang();
        List<EPackage> paket = new ArrayList<>();
        paket.add(KundvalPackage.eINSTANCE);
        List<Migrator.Skript> skript = new ArrayList<>();
        for (String namn : PRODUKTENS_MIGRERINGAR) {
            skript.add(Migrator.Skript.av(KARNMODUL, HibernateDatabas.class.getResource("/db/migrering/" + namn))); //$NON-NLS-1$
        }
        for (Schemabidrag bidrag : register.schemabidrag()) {
            paket.add(bidrag.paket());
            bidrag.migreringar().forEach(url -> skript.add(Migrator.Skript.av(bidrag.modul(), url)));
        }
        try (Connection c = jdbc(anslutning)) {
            Migrator.migrera(c, skript);
        } catch (SQLException e) {
            throw new KundvalException(NLS.bind(Messages.kanInteAnsluta, anslutning, e.getMessage()), e);
        }
        SessionFactory fabrik = bygg(anslutning, paket);
        ansluten = new Ansluten(anslutning, fabrik, new Aggregatlager(entiteter(paket), OFORANDERLIGA::contains));
        try {
            new Referensdatasynk(register).synka(this);
        } catch (RuntimeException e) {
            stang();
            throw e;
        }
    }

    private static Connection jdbc(Databasanslutning a) throws SQLException {
        Properties egenskaper = new Properties();
        if (a.anvandare() != null) {
            egenskaper.setProperty("user", a.anvandare()); //$NON-NLS-1$
        }
        if (a.losenord() != null) {
            egenskaper.setProperty("password", a.losenord()); //$NON-NLS-1$
        }
        Driver drivrutin = a.arPostgresql() ? new org.postgresql.Driver() : new org.h2.Driver();
        Connection c = drivrutin.connect(a.jdbcUrl(), egenskaper);
        if (c == null) {
            throw new SQLException("unsupported JDBC URL " + a.jdbcUrl()); //$NON-NLS-1$
        }
        return c;
    }

    private SessionFactory bygg(Databasanslutning a, List<EPackage> paket) {
        ClassLoader bundlensLaddare = HibernateDatabas.class.getClassLoader();
        Thread trad = Thread.currentThread();
        ClassLoader tidigare = trad.getContextClassLoader();
        trad.setContextClassLoader(bundlensLaddare);
        try {
            BootstrapServiceRegistryBuilder bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(bundlensLaddare);
            paket.forEach(p -> bootstrap.applyClassLoader(p.getClass().getClassLoader()));
            // plain reflection, no generated classes: Byte Buddy would define its helper and proxy classes
            // in the model bundle, which cannot see Hibernate
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap.build())
                    .applySettings(installningar(a))
                    .addService(BytecodeProvider.class, new org.hibernate.bytecode.internal.none.BytecodeProviderImpl())
                    .build();
            String orm = new OrmXmlGenerator(Map.of(YearMonth.class, YearMonthConverter.class)).generera(paket);
            Metadata metadata = new MetadataSources(registry)
                    .addInputStream(new ByteArrayInputStream(orm.getBytes(StandardCharsets.UTF_8))).buildMetadata();
            // no lazy proxies (the "none" bytecode provider has none): the EMF objects leave the session
            // whole anyway; orm.xml's <lazy> element is ignored by Hibernate 7, so it is switched off here
            metadata.getEntityBindings().forEach(entitet -> entitet.setLazy(false));
            return metadata.buildSessionFactory();
        } catch (SchemaManagementException e) {
            throw new KundvalException(NLS.bind(Messages.schemaStammerInte, a, e.getMessage()), e);
        } finally {
            trad.setContextClassLoader(tidigare);
        }
    }

    private static Map<String, Object> installningar(Databasanslutning a) {
        Map<String, Object> s = new HashMap<>();
        s.put("hibernate.connection.driver_class", a.arPostgresql() ? "org.postgresql.Driver" : "org.h2.Driver"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        s.put("hibernate.connection.url", a.jdbcUrl()); //$NON-NLS-1$
        s.put("hibernate.connection.username", a.anvandare() == null ? "" : a.anvandare()); //$NON-NLS-1$ //$NON-NLS-2$
        s.put("hibernate.connection.password", a.losenord() == null ? "" : a.losenord()); //$NON-NLS-1$ //$NON-NLS-2$
        s.put("hibernate.connection.pool_size", "8"); //$NON-NLS-1$ //$NON-NLS-2$
        // the schema comes from the migrations; Hibernate only checks that it matches the model
        s.put("hibernate.hbm2ddl.auto", "validate"); //$NON-NLS-1$ //$NON-NLS-2$
        s.put("hibernate.jdbc.batch_size", "500"); //$NON-NLS-1$ //$NON-NLS-2$
        s.put("hibernate.order_inserts", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        s.put("hibernate.show_sql", "false"); //$NON-NLS-1$ //$NON-NLS-2$
        return s;
    }

    private static List<EClass> entiteter(List<EPackage> paket) {
        List<EClass> klasser = new ArrayList<>();
        for (EPackage p : paket) {
            for (EClassifier c : p.getEClassifiers()) {
                if (c instanceof EClass ec && !ec.isAbstract() && !ec.isInterface()) {
                    klasser.add(ec);
                }
            }
        }
        return klasser;
    }

    @Override
    public boolean arAnsluten() {
        return ansluten != null;
    }

    @Override
    public Databasanslutning anslutning() {
        Ansluten a = ansluten;
        return a == null ? null : a.anslutning();
    }

    @Override
    public boolean arTom() {
        return lasa(s -> s.createSelectionQuery("select count(k) from Kund k", Long.class).getSingleResult() == 0 //$NON-NLS-1$
                && s.createSelectionQuery("select count(i) from Insats i", Long.class).getSingleResult() == 0); //$NON-NLS-1$
    }

    @Deactivate
    @Override
    public synchronized void stang() {
        Ansluten a = ansluten;
        ansluten = null;
        if (a != null) {
            a.fabrik().close();
        }
    }

    private Ansluten ansluten() {
        Ansluten a = ansluten;
        if (a == null) {
            throw new KundvalException(se.kundval.core.Messages.ingenDatabas);
        }
        return a;
    }

    @Override
    public <T> T lasa(Function<Session, T> arbete) {
        return ansluten().fabrik().fromSession(s -> {
            // what is read leaves the session detached: no snapshots for dirty checking, no flush
            s.setDefaultReadOnly(true);
            s.setHibernateFlushMode(FlushMode.MANUAL);
            return arbete.apply(s);
        });
    }

    @Override
    public <T> T iTransaktion(Function<Session, T> arbete) {
        try {
            return ansluten().fabrik().fromTransaction(arbete);
        } catch (OptimisticLockException | StaleStateException e) {
            throw konflikt(e);
        }
    }

    @Override
    public void iTillstandslosTransaktion(Consumer<StatelessSession> arbete) {
        try {
            ansluten().fabrik().inStatelessTransaction(arbete);
        } catch (OptimisticLockException | StaleStateException e) {
            throw konflikt(e);
        }
    }

    private static KonfliktException konflikt(RuntimeException e) {
        return new KonfliktException(NLS.bind(Messages.konflikt, Messages.uppgiften), e);
    }

    @Override
    public Aggregatlager aggregat() {
        return ansluten().aggregat();
    }
}
