package se.kundval.persistence.internal;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.sql.Connection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

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
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.zaxxer.hikari.HikariDataSource;

import jakarta.persistence.OptimisticLockException;
import se.kundval.core.KonfliktException;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.core.typ.Schemabidrag;
import se.kundval.model.KundvalPackage;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.persistence.internal.migrering.Migreringar;
import se.kundval.persistence.internal.migrering.Migreringslas;
import se.kundval.persistence.internal.migrering.Migreringsmodul;
import se.kundval.persistence.internal.orm.Aggregatlager;
import se.kundval.persistence.internal.orm.OrmXmlGenerator;
import se.kundval.persistence.internal.orm.YearMonthConverter;

/**
 * The connected database: opens the connection pool, migrates the schema (the product's scripts,
 * then each plugin's), builds the Hibernate SessionFactory on the pool from a mapping generated
 * from the model, checks that the schema matches it, and registers the installed insats types.
 */
@Component(service = {Databas.class, Sessionskalla.class})
public class HibernateDatabas implements Databas, Sessionskalla {

    /** Decisions are append-only (ARCHITECTURE.md: beslut and bedömning are audited, never edited). */
    private static final Set<EClass> OFORANDERLIGA = Set.of(Literals.BESLUT, Literals.UNDANTAG,
            Literals.AVSLUTSBEDOMNING, Literals.GRANSKNINGSHANDELSE, Literals.FALTANDRING);

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

    private final Samladtransaktion samlad = new Samladtransaktion();
    private InsatstypRegister register;
    private BundleContext kontext;
    private volatile Clock klocka;
    private volatile Ansluten ansluten;

    private record Ansluten(Databasanslutning anslutning, HikariDataSource pool, SessionFactory fabrik, Aggregatlager aggregat,
            Engangsnyckel engangsnyckel) {
    }

    @Activate
    void aktivera(BundleContext bundleKontext) {
        this.kontext = bundleKontext;
    }

    /** Only required: H2 must find the access log's trigger class before a database is opened (decision 0385). */
    @Reference
    void setH2triggrar(H2triggrar triggrar) {
    }

    @Reference
    void setInsatstypRegister(InsatstypRegister insatstypRegister) {
        this.register = insatstypRegister;
    }

    /** Dynamic and greedy: a clock registered later with a higher ranking (a test's fixed day) takes over at once. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setClock(Clock clock) {
        this.klocka = clock;
    }

    /** Nothing to undo: DS binds the next clock before this one goes, and without one the component stops. */
    void unsetClock(Clock clock) {
    }

    @Override
    public synchronized void anslut(Databasanslutning anslutning) {
        stang();
        List<EPackage> paket = new ArrayList<>();
        paket.add(KundvalPackage.eINSTANCE);
        List<Migreringsmodul> moduler = new ArrayList<>();
        moduler.add(new Migreringsmodul(KARNMODUL, produktensMigreringar(anslutning.arPostgresql())));
        for (Schemabidrag bidrag : register.schemabidrag()) {
            paket.add(bidrag.paket());
            moduler.add(new Migreringsmodul(bidrag.modul(), bidrag.migreringar()));
        }
        Databasfil.forbered(anslutning);
        HikariDataSource pool = Anslutningspool.oppna(anslutning, kontext.getProperty(Anslutningspool.STORLEK));
        try {
            migrera(anslutning, pool, moduler);
            Engangsnyckel engangsnyckel = Engangsnyckel.till(anslutning);
            Hemlighetsuppgradering.kryptera(pool, engangsnyckel);
            SessionFactory fabrik = bygg(anslutning, pool, paket);
            ansluten = new Ansluten(anslutning, pool, fabrik, new Aggregatlager(entiteter(paket), OFORANDERLIGA::contains),
                    engangsnyckel);
            new Referensdatasynk(register, klocka).synka(this, anslutning.arPostgresql());
        } catch (RuntimeException e) {
            stang();
            pool.close();
            throw e;
        }
    }

    /** On PostgreSQL under {@link Migreringslas}, so clients starting together migrate one after the other. */
    private static void migrera(Databasanslutning anslutning, DataSource pool, List<Migreringsmodul> moduler) {
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

    private List<URL> produktensMigreringar(boolean postgresql) {
        List<URL> skript = new ArrayList<>(skriptI(MIGRERINGAR));
        skript.addAll(skriptI(postgresql ? POSTGRESQL_MIGRERINGAR : H2_MIGRERINGAR));
        return skript;
    }

    private List<URL> skriptI(String katalog) {
        Enumeration<URL> poster = kontext.getBundle().findEntries(katalog, "V*.sql", false); //$NON-NLS-1$
        return poster == null ? List.of() : Collections.list(poster);
    }

    @Override
    public void provaAnslutning(Databasanslutning anslutning) {
        Anslutningspool.prova(anslutning);
    }

    private SessionFactory bygg(Databasanslutning a, HikariDataSource pool, List<EPackage> paket) {
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
                    .applySettings(installningar(pool))
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

    private static Map<String, Object> installningar(HikariDataSource pool) {
        Map<String, Object> s = new HashMap<>();
        // Hibernate takes its connections from the pool and never closes it: the pool outlives a failed build
        s.put("hibernate.connection.datasource", pool); //$NON-NLS-1$
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
            try {
                a.fabrik().close();
            } finally {
                a.pool().close();
            }
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
    public <T> T iEnTransaktion(Supplier<T> arbete) {
        Ansluten a = ansluten();
        return samlad.kor(a.pool(), a.anslutning().toString(), arbete);
    }

    @Override
    public void sakerhetskopiera(Path fil) {
        Ansluten a = ansluten();
        Sakerhetskopia.ta(a.pool(), a.anslutning(), fil);
    }

    @Override
    public void aterstall(Path kopia, Databasanslutning mal) {
        Sakerhetskopia.aterstall(kopia, mal);
    }

    @Override
    public <T> T lasa(Function<Session, T> arbete) {
        Function<Session, T> lasning = s -> {
            // what is read leaves the session detached: no snapshots for dirty checking, no flush
            s.setDefaultReadOnly(true);
            s.setHibernateFlushMode(FlushMode.MANUAL);
            return arbete.apply(s);
        };
        SessionFactory fabrik = ansluten().fabrik();
        Connection samladAnslutning = samlad.anslutning();
        if (samladAnslutning == null) {
            return fabrik.fromSession(lasning);
        }
        try (Session s = fabrik.withOptions().connection(samladAnslutning).openSession()) {
            return lasning.apply(s);
        }
    }

    @Override
    public <T> T iTransaktion(Function<Session, T> arbete) {
        SessionFactory fabrik = ansluten().fabrik();
        Connection samladAnslutning = samlad.anslutning();
        try {
            return samladAnslutning == null ? fabrik.fromTransaction(arbete)
                    : Samladtransaktion.iSession(fabrik.withOptions().connection(samladAnslutning).openSession(), arbete);
        } catch (OptimisticLockException | StaleStateException e) {
            throw konflikt(e);
        }
    }

    @Override
    public void iTillstandslosTransaktion(Consumer<StatelessSession> arbete) {
        SessionFactory fabrik = ansluten().fabrik();
        Connection samladAnslutning = samlad.anslutning();
        try {
            if (samladAnslutning == null) {
                fabrik.inStatelessTransaction(arbete);
            } else {
                Samladtransaktion.iSession(fabrik.withStatelessOptions().connection(samladAnslutning).openStatelessSession(), ss -> {
                    arbete.accept(ss);
                    return null;
                });
            }
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

    @Override
    public Engangsnyckel engangsnyckel() {
        return ansluten().engangsnyckel();
    }
}
