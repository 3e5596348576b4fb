package se.kundval.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.StatelessSession;
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
import se.kundval.persistence.internal.orm.Aggregatlager;

/**
 * The connected database: opens the connection pool on a migrated schema ({@link Migreringskopia}),
 * builds the Hibernate SessionFactory on the pool ({@link Sessionsfabriksbygge}), synchronises the
 * installed insats types, and runs the services' sessions and transactions on it.
 */
@Component(service = {Databas.class, Sessionskalla.class})
public class HibernateDatabas implements Databas, Sessionskalla {

    /** Decisions are append-only (ARCHITECTURE.md: beslut and bedömning are audited, never edited). */
    private static final Set<EClass> OFORANDERLIGA = Set.of(Literals.BESLUT, Literals.UNDANTAG,
            Literals.AVSLUTSBEDOMNING, Literals.GRANSKNINGSHANDELSE, Literals.FALTANDRING);

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
        List<Schemabidrag> bidrag = register.schemabidrag();
        List<EPackage> paket = new ArrayList<>();
        paket.add(KundvalPackage.eINSTANCE);
        bidrag.forEach(b -> paket.add(b.paket()));
        Databasfil.forbered(anslutning);
        HikariDataSource pool = Migreringskopia.oppnaAktuell(anslutning, kontext.getProperty(Anslutningspool.STORLEK),
                kontext.getBundle(), bidrag);
        try {
            Engangsnyckel engangsnyckel = Engangsnyckel.till(anslutning);
            Hemlighetsuppgradering.kryptera(pool, engangsnyckel);
            SessionFactory fabrik = Sessionsfabriksbygge.bygg(anslutning, pool, paket);
            ansluten = new Ansluten(anslutning, pool, fabrik,
                    new Aggregatlager(Sessionsfabriksbygge.entiteter(paket), OFORANDERLIGA::contains), engangsnyckel);
            new Referensdatasynk(register, klocka).synka(this, anslutning.arPostgresql());
        } catch (RuntimeException e) {
            stang();
            pool.close();
            throw e;
        }
    }

    @Override
    public void provaAnslutning(Databasanslutning anslutning) {
        Anslutningspool.prova(anslutning);
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
    public <T> T lasaOgonblicksbild(Function<Session, T> arbete) {
        Ansluten a = ansluten();
        // inside a combined transaction the read sees that transaction's own rows, already in one transaction
        return samlad.anslutning() != null ? lasa(arbete) : Ogonblicksbild.las(a.fabrik(), a.anslutning().arPostgresql(), arbete);
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
