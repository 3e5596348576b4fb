package se.kundval.persistence.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.KonfliktException;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.Importlager;
import se.kundval.model.Anordnare;
import se.kundval.model.Entitet;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.persistence.internal.orm.Aggregatlager;
import se.kundval.persistence.internal.orm.Hamtplan;

/**
 * {@link Importlager} on Hibernate: key lookups in slices of a thousand, and the whole folder
 * written in one transaction, table by table, below Hibernate ({@link Radskrivning}: COPY on
 * PostgreSQL, large JDBC batches on H2, ids from the sequence in one statement). The audit
 * trail gets, in the same transaction, one entry per aggregate the import created or added to:
 * the importing user, the time and the import as the source (decision 0220); the files themselves
 * are what was written. The månadsrapporter are fed row by row while the transaction is open
 * ({@link Rapportskrivning}, decision 0440). Prices arrive as proposals (decision 0221): nothing stored is updated.
 */
@Component(service = Importlager.class)
public class Importskrivning implements Importlager {

    private static final int IN_LISTA = 1000;

    /** What the audit trail says happened to an aggregate the import created or added to. */
    static final String IMPORT = "IMPORT"; //$NON-NLS-1$

    private Sessionskalla databas;
    private volatile Clock klocka;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
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
    public Befintligt befintligt(Inloggning vem, Nycklar nycklar) {
        kraver(vem, nycklar.kundIds().isEmpty() && nycklar.personnummer().isEmpty() && nycklar.insatsIds().isEmpty());
        return databas.lasa(s -> {
            s.setDefaultReadOnly(true);
            List<Anordnare> anordnare = iDelar(nycklar.orgnr(), del -> s.createSelectionQuery(
                    "from Anordnare a where a.orgnr in :n", Anordnare.class).setParameter("n", del).getResultList()); //$NON-NLS-1$ //$NON-NLS-2$
            databas.aggregat().fyll(s, anordnare, Hamtplan.bara(Literals.ANORDNARE__AUKTORISATIONER));
            Map<String, Anordnare> perOrgnr = new HashMap<>();
            anordnare.forEach(a -> perOrgnr.put(a.getOrgnr(), a));
            Map<String, Kund> kunder = new HashMap<>();
            iDelar(nycklar.kundIds(), del -> s.createSelectionQuery("from Kund k where k.kundId in :n", Kund.class) //$NON-NLS-1$
                    .setParameter("n", del).getResultList()).forEach(k -> kunder.put(k.getKundId(), k)); //$NON-NLS-1$
            Set<String> personnummer = new HashSet<>(iDelar(nycklar.personnummer(), del -> s.createSelectionQuery(
                    "select k.personnummer from Kund k where k.personnummer in :n", String.class) //$NON-NLS-1$
                    .setParameter("n", del).getResultList())); //$NON-NLS-1$
            Set<String> insatsIds = new HashSet<>(iDelar(nycklar.insatsIds(), del -> s.createSelectionQuery(
                    "select i.insatsId from Insats i where i.insatsId in :n", String.class) //$NON-NLS-1$
                    .setParameter("n", del).getResultList())); //$NON-NLS-1$
            return new Befintligt(perOrgnr, kunder, personnummer, insatsIds, enkatsvar(s, perOrgnr.keySet()),
                    enkatutskick(s, perOrgnr.keySet()));
        });
    }

    /**
     * Importing needs IMPORTERA; a kundundersökning alone (survey answers and invitations of
     * existing anordnare) may also be imported by whoever has HANTERA_KVALITET, who may save the
     * same rows through the KvalitetService.
     */
    private static void kraver(Inloggning vem, boolean baraKundundersokning) {
        if (!baraKundundersokning || !vem.har(Rattighet.HANTERA_KVALITET)) {
            vem.kraver(Rattighet.IMPORTERA);
        }
    }

    private static Set<Enkatnyckel> enkatsvar(Session s, Set<String> orgnr) {
        return new HashSet<>(iDelar(orgnr, del -> s.createSelectionQuery("select e.anordnare.orgnr, e.ar, e.respondent, e.fraga " //$NON-NLS-1$
                + "from Enkatsvar e where e.anordnare.orgnr in :n", Object[].class).setParameter("n", del).getResultList() //$NON-NLS-1$ //$NON-NLS-2$
                .stream().map(r -> new Enkatnyckel((String) r[0], (Integer) r[1], (String) r[2], (String) r[3])).toList()));
    }

    private static Set<Utskicksnyckel> enkatutskick(Session s, Set<String> orgnr) {
        return new HashSet<>(iDelar(orgnr, del -> s.createSelectionQuery("select e.anordnare.orgnr, e.ar " //$NON-NLS-1$
                + "from Enkatutskick e where e.anordnare.orgnr in :n", Object[].class).setParameter("n", del).getResultList() //$NON-NLS-1$ //$NON-NLS-2$
                .stream().map(r -> new Utskicksnyckel((String) r[0], (Integer) r[1])).toList()));
    }

    /** Runs the query for each slice of the keys, so no statement gets more parameters than databases accept. */
    private static <T> List<T> iDelar(Collection<String> nycklar, Function<List<String>, List<T>> fraga) {
        List<String> alla = new ArrayList<>(nycklar);
        List<T> resultat = new ArrayList<>();
        for (int i = 0; i < alla.size(); i += IN_LISTA) {
            resultat.addAll(fraga.apply(alla.subList(i, Math.min(alla.size(), i + IN_LISTA))));
        }
        return resultat;
    }

    @Override
    public void skriv(Inloggning vem, Innehall innehall, Rapportkalla manadsrapporter) {
        kraver(vem, innehall.anordnare().isEmpty() && innehall.auktorisationer().isEmpty() && innehall.kunder().isEmpty()
                && innehall.insatser().isEmpty() && innehall.priser().isEmpty());
        // one list per table, filled in containment order: every parent row is in an earlier
        // (or the same) table than its children, and kunder and anordnare precede the insatser
        Map<EClass, List<EObject>> perTabell = new LinkedHashMap<>();
        innehall.anordnare().forEach(a -> samla(perTabell, a));
        innehall.auktorisationer().forEach(a -> samla(perTabell, a));
        innehall.kunder().forEach(k -> samla(perTabell, k));
        innehall.insatser().forEach(i -> samla(perTabell, i));
        innehall.enkatsvar().forEach(e -> samla(perTabell, e));
        innehall.enkatutskick().forEach(e -> samla(perTabell, e));
        innehall.priser().forEach(p -> samla(perTabell, p));
        LocalDateTime nu = LocalDateTime.now(klocka);
        try {
            // below Hibernate on the transaction's own connection (decision 0415): all ids in one
            // statement, then COPY on PostgreSQL and large JDBC batches on H2, table by table
            databas.iTillstandslosTransaktion(ss -> ss.doWork(c -> {
                List<EObject> rader = new ArrayList<>();
                perTabell.values().forEach(rader::addAll);
                Radskrivning.numrera(c, rader);
                List<Granskningshandelse> handelser = granskning(vem, nu, perTabell);
                Radskrivning.numrera(c, handelser);
                perTabell.computeIfAbsent(Literals.GRANSKNINGSHANDELSE, x -> new ArrayList<>()).addAll(handelser);
                Radskrivning.skriv(c, perTabell);
                // the månadsrapporter last: they belong to the insatser just written and need their ids
                Rapportskrivning.skriv(c, manadsrapporter);
            }));
        } catch (ConstraintViolationException e) {
            throw new KonfliktException(Messages.importKonflikt, e);
        }
    }

    /** One entry per aggregate root the written rows belong to, once each, after the rows have their ids. */
    private static List<Granskningshandelse> granskning(Inloggning vem, LocalDateTime nu, Map<EClass, List<EObject>> perTabell) {
        Map<EObject, Boolean> rotter = new IdentityHashMap<>();
        List<Granskningshandelse> handelser = new ArrayList<>();
        for (List<EObject> rader : perTabell.values()) {
            for (EObject o : rader) {
                EObject rot = EcoreUtil.getRootContainer(o);
                if (rotter.put(rot, Boolean.TRUE) == null) {
                    Granskningshandelse h = KundvalFactory.eINSTANCE.createGranskningshandelse();
                    h.setTidpunkt(nu);
                    h.setAnvandare(vem.anvandarnamn());
                    h.setHandelse(IMPORT);
                    h.setObjekttyp(rot.eClass().getName());
                    h.setObjektId(((Entitet) rot).getId());
                    handelser.add(h);
                }
            }
        }
        return handelser;
    }

    private static void samla(Map<EClass, List<EObject>> perTabell, EObject rot) {
        for (EObject o : Aggregatlager.tradordning(rot)) {
            if (((Entitet) o).getId() == null) {
                perTabell.computeIfAbsent(o.eClass(), k -> new ArrayList<>()).add(o);
            }
        }
    }

}
