package se.kundval.persistence.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.tool.schema.spi.SchemaManagementException;

import com.zaxxer.hikari.HikariDataSource;

import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.persistence.internal.orm.OrmXmlGenerator;
import se.kundval.persistence.internal.orm.YearMonthConverter;

/**
 * Builds Hibernate's SessionFactory on the connection pool from a mapping generated from the
 * model packages (the product's and each plugin's), and lets Hibernate check that the migrated
 * schema matches it.
 */
final class Sessionsfabriksbygge {

    private Sessionsfabriksbygge() {
    }

    static SessionFactory bygg(Databasanslutning a, HikariDataSource pool, List<EPackage> paket) {
        ClassLoader bundlensLaddare = Sessionsfabriksbygge.class.getClassLoader();
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

    /** The classes Hibernate maps: every concrete class of the packages. */
    static List<EClass> entiteter(List<EPackage> paket) {
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
}
