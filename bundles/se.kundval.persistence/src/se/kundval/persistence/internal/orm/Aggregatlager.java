package se.kundval.persistence.internal.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;
import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.hibernate.query.SelectionQuery;

import se.kundval.model.Entitet;
import se.kundval.model.Faltandring;
import se.kundval.model.Granskningshandelse;

/**
 * Loads and saves EMF containment trees (aggregates) with Hibernate. Each EObject is a row; the
 * containment lists are assembled here from the child's foreign key, one query per containment
 * feature and level for a whole batch of parents. Saving writes the tree in place: new objects are
 * inserted, changed ones updated with their version checked, removed ones deleted, and the root's
 * version is always raised so that two saves of the same aggregate conflict. Every save is audited
 * with the fields it changes (DOMAIN §12): there is no way to save without a {@link Revision}.
 */
public final class Aggregatlager {

    /**
     * Parents per child query: large enough that a bulk load of 100 000 insatser needs a few dozen
     * round trips, well below PostgreSQL's limit of 32 767 bind parameters per statement.
     */
    private static final int BATCH = 5000;

    private final Collection<EClass> entiteter;
    private final Predicate<EClass> oforanderlig;

    /**
     * @param entiteter    every mapped concrete EClass (to find the concrete types of abstract containments)
     * @param oforanderlig classes whose objects may be inserted but never changed or removed (beslut, bedömningar)
     */
    public Aggregatlager(Collection<EClass> entiteter, Predicate<EClass> oforanderlig) {
        this.entiteter = List.copyOf(entiteter);
        this.oforanderlig = oforanderlig;
    }

    // ---- loading -----------------------------------------------------------------------------

    /** Fills the containments of the given roots (loaded in the same session) that the plan names. */
    public void fyll(Session s, List<? extends EObject> rotter, Hamtplan plan) {
        Map<EClass, List<EObject>> perKlass = new LinkedHashMap<>();
        for (EObject rot : rotter) {
            perKlass.computeIfAbsent(rot.eClass(), k -> new ArrayList<>()).add(rot);
        }
        for (Map.Entry<EClass, List<EObject>> grupp : perKlass.entrySet()) {
            for (EReference innehall : grupp.getKey().getEAllContainments()) {
                if (plan.omfattar(innehall)) {
                    List<EObject> barn = laddaBarn(s, innehall, grupp.getValue());
                    if (!barn.isEmpty()) {
                        fyll(s, barn, plan);
                    }
                }
            }
        }
        for (EObject rot : rotter) {
            Andringslogg.pa(rot);
        }
    }

    private List<EObject> laddaBarn(Session s, EReference innehall, List<EObject> foraldrar) {
        List<Long> ids = foraldrar.stream().map(Aggregatlager::id).toList();
        List<EObject> allaBarn = new ArrayList<>();
        for (EClass barnklass : konkreta(innehall.getEReferenceType())) {
            for (int i = 0; i < ids.size(); i += BATCH) {
                SelectionQuery<EObject> q = s.createSelectionQuery("from " + barnklass.getName() + " c where c." //$NON-NLS-1$ //$NON-NLS-2$
                        + innehall.getEOpposite().getName() + ".id in :ids order by c.id", EObject.class); //$NON-NLS-1$
                allaBarn.addAll(q.setParameter("ids", ids.subList(i, Math.min(ids.size(), i + BATCH))).getResultList()); //$NON-NLS-1$
            }
        }
        for (EObject barn : allaBarn) {
            lagg(innehall, barn);
        }
        return allaBarn;
    }

    /**
     * Fills the containments the plan names for every row of the roots' classes with one query per
     * child class instead of one per batch of parents: for whole-database reads such as export.
     * The roots must be all rows of their class, loaded in this session; the trees get no change
     * log because they are read, never saved back.
     */
    public void fyllHela(Session s, List<? extends EObject> rotter, Hamtplan plan) {
        Set<EClass> klasser = new LinkedHashSet<>();
        rotter.forEach(rot -> klasser.add(rot.eClass()));
        for (EClass klass : klasser) {
            for (EReference innehall : klass.getEAllContainments()) {
                if (!plan.omfattar(innehall)) {
                    continue;
                }
                for (EClass barnklass : konkreta(innehall.getEReferenceType())) {
                    List<EObject> barn = s.createSelectionQuery("from " + barnklass.getName() + " c order by c.id", //$NON-NLS-1$ //$NON-NLS-2$
                            EObject.class).getResultList();
                    for (EObject b : barn) {
                        lagg(innehall, b);
                    }
                    if (!barn.isEmpty()) {
                        fyllHela(s, barn, plan);
                    }
                }
            }
        }
    }

    static void lagg(EReference innehall, EObject barn) {
        EObject foralder = barn.eContainer();
        if (innehall.isMany()) {
            @SuppressWarnings("unchecked")
            InternalEList<EObject> lista = (InternalEList<EObject>) foralder.eGet(innehall);
            lista.basicAdd(barn, null);
        } else {
            foralder.eSet(innehall, barn);
        }
    }

    /** The mapped concrete classes that are, or extend, the given type. */
    public List<EClass> konkreta(EClass typ) {
        List<EClass> resultat = new ArrayList<>();
        for (EClass e : entiteter) {
            if (typ.isSuperTypeOf(e)) {
                resultat.add(e);
            }
        }
        return resultat;
    }

    // ---- saving ------------------------------------------------------------------------------

    /**
     * Writes the tree under {@code rot} in the caller's stateless transaction, and in the same
     * transaction its audit entry: the revision's who, when and what, with every field the save
     * changes (read from the stored rows before they are written), those of new objects and those
     * of removed ones. A plain change that changes no field writes no entry. On any failure the
     * objects get back the ids and versions they had, so the caller's tree is exactly as before the
     * attempt; the transaction, audit entry included, is rolled back by the caller.
     *
     * @return the audit entry written, or null when nothing changed
     */
    public Granskningshandelse spara(StatelessSession ss, EObject rot, Revision revision) {
        List<EObject> alla = tradordning(rot);
        Map<EObject, long[]> fore = new IdentityHashMap<>();
        for (EObject o : alla) {
            Entitet e = (Entitet) o;
            fore.put(o, new long[] {e.getId() == null ? -1 : e.getId(), e.getVersion()});
        }
        Andringslogg logg = Andringslogg.finns(rot);
        boolean nyRot = id(rot) == null;
        List<Faltandring> andringar = new ArrayList<>();
        try {
            for (EObject o : alla) {
                if (id(o) != null && (o == rot || logg == null || logg.andrad(o))) {
                    EObject lagrad = lagrad(ss, o.eClass().getName(), id(o));
                    if (lagrad != null) {
                        andringar.addAll(Faltjamforelse.andringar(lagrad, o));
                    }
                }
            }
            List<EObject> nya = new ArrayList<>();
            if (nyRot) {
                ss.insert(rot);
                nya.add(rot);
            } else {
                ss.update(rot);
            }
            for (EObject o : alla.subList(1, alla.size())) {
                if (id(o) == null) {
                    ss.insert(o);
                    nya.add(o);
                } else if (logg == null || logg.andrad(o)) {
                    kontrolleraForanderlig(o);
                    ss.update(o);
                }
            }
            nya.forEach(o -> andringar.addAll(Faltjamforelse.andringar(null, o)));
            taBortForaldralosa(ss, rot, alla, andringar);
        } catch (RuntimeException e) {
            fore.forEach((o, v) -> {
                ((Entitet) o).setId(v[0] < 0 ? null : v[0]);
                ((Entitet) o).setVersion(v[1]);
            });
            throw e;
        }
        Andringslogg.pa(rot).nollstall();
        return revision.skriv(ss, rot, nyRot, andringar);
    }

    /** The row as stored, by entity name (the EClass name, which HQL knows; Hibernate's own entity name is the Impl class). */
    private static EObject lagrad(StatelessSession ss, String klass, Long id) {
        return ss.createSelectionQuery("from " + klass + " x where x.id = :id", EObject.class) //$NON-NLS-1$ //$NON-NLS-2$
                .setParameter("id", id).getSingleResultOrNull(); //$NON-NLS-1$
    }

    private void kontrolleraForanderlig(EObject o) {
        if (oforanderlig.test(o.eClass())) {
            throw new OforanderligException(o.eClass());
        }
    }

    public static List<EObject> tradordning(EObject rot) {
        List<EObject> alla = new ArrayList<>();
        alla.add(rot);
        rot.eAllContents().forEachRemaining(alla::add);
        return alla;
    }

    /** Rows below the root that are no longer in the tree are deleted, deepest first. */
    private void taBortForaldralosa(StatelessSession ss, EObject rot, List<EObject> alla, List<Faltandring> andringar) {
        Set<String> kvar = new HashSet<>();
        for (EObject o : alla) {
            kvar.add(o.eClass().getName() + '#' + id(o));
        }
        List<String[]> iDatabasen = new ArrayList<>();
        samlaIds(ss, rot.eClass(), "", id(rot), iDatabasen); //$NON-NLS-1$
        for (int i = iDatabasen.size() - 1; i >= 0; i--) {
            String[] rad = iDatabasen.get(i);
            if (!kvar.contains(rad[0] + '#' + rad[1])) {
                EClass klass = entiteter.stream().filter(e -> e.getName().equals(rad[0])).findFirst().orElseThrow();
                if (oforanderlig.test(klass)) {
                    throw new OforanderligException(klass);
                }
                EObject lagrad = lagrad(ss, rad[0], Long.valueOf(rad[1]));
                if (lagrad != null) {
                    andringar.addAll(Faltjamforelse.andringar(lagrad, null));
                }
                ss.createMutationQuery("delete from " + rad[0] + " x where x.id = :id") //$NON-NLS-1$ //$NON-NLS-2$
                        .setParameter("id", Long.valueOf(rad[1])).executeUpdate(); //$NON-NLS-1$
            }
        }
    }

    private void samlaIds(StatelessSession ss, EClass foralder, String vagTillRot, Long rotId, List<String[]> ut) {
        for (EReference innehall : foralder.getEAllContainments()) {
            String vag = innehall.getEOpposite().getName() + (vagTillRot.isEmpty() ? "" : "." + vagTillRot); //$NON-NLS-1$ //$NON-NLS-2$
            for (EClass barnklass : konkreta(innehall.getEReferenceType())) {
                List<Long> ids = ss.createSelectionQuery("select c.id from " + barnklass.getName() + " c where c." + vag //$NON-NLS-1$ //$NON-NLS-2$
                        + ".id = :rot", Long.class).setParameter("rot", rotId).getResultList(); //$NON-NLS-1$ //$NON-NLS-2$
                for (Long i : ids) {
                    ut.add(new String[] {barnklass.getName(), String.valueOf(i)});
                }
                samlaIds(ss, barnklass, vag, rotId, ut);
            }
        }
    }

    /**
     * The object of an entity interface with the id, or null; Session.find needs the mapped Impl
     * class, so this queries by entity name (the EClass name, which is the interface's name).
     */
    public static <T> T medId(Session s, Class<T> typ, long id) {
        return s.createSelectionQuery("from " + typ.getSimpleName() + " x where x.id = :id", typ) //$NON-NLS-1$ //$NON-NLS-2$
                .setParameter("id", id).getSingleResultOrNull(); //$NON-NLS-1$
    }

    static Long id(EObject o) {
        return ((Entitet) o).getId();
    }

    /** Groups objects by id, for callers that attach loaded rows to what they already hold. */
    public static <T extends EObject> Map<Long, T> perId(Collection<T> objekt) {
        Map<Long, T> karta = new HashMap<>();
        for (T o : objekt) {
            karta.put(id(o), o);
        }
        return karta;
    }
}
