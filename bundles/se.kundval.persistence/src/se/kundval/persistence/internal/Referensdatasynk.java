package se.kundval.persistence.internal;

import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.hibernate.Session;

import se.kundval.core.typ.InsatstypBeskrivning;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.core.typ.KundvalBeskrivning;
import se.kundval.core.typ.Prisforslag;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kundval;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Niva;
import se.kundval.model.Pris;
import se.kundval.model.Prisstatus;

/**
 * Registers the installed plugins' kundval, nivåer and insatstyper in the database, and enters a
 * plugin's shipped prices for a type that has no price yet. Types whose plugin is gone stay as
 * they are: existing insatser keep their type (types are phased out, never deleted).
 */
final class Referensdatasynk {

    /** The key of the transaction lock on PostgreSQL: "kundval" in ASCII, unlike Flyway's keys. */
    private static final long LAS = 0x6B756E6476616CL;

    /** Who the audit trail names for what the product itself writes at start. */
    static final String SYSTEM = "system"; //$NON-NLS-1$

    private final InsatstypRegister register;
    private final Clock klocka;

    Referensdatasynk(InsatstypRegister register, Clock klocka) {
        this.register = register;
        this.klocka = klocka;
    }

    /**
     * @param postgresql whether other clients may start against the same database at the same time;
     *                   an embedded H2 file is open in one process only
     */
    void synka(Sessionskalla databas, boolean postgresql) {
        databas.iTransaktion(s -> {
            if (postgresql) {
                // two first starts would both find no kundval and both insert it; the second waits here
                // until the first has committed, and then finds everything registered
                s.doWork(c -> {
                    try (Statement st = c.createStatement()) {
                        st.execute("select pg_advisory_xact_lock(" + LAS + ")"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                });
            }
            Map<String, Kundval> kundval = new HashMap<>();
            for (Kundval k : s.createSelectionQuery("from Kundval", Kundval.class).getResultList()) { //$NON-NLS-1$
                kundval.put(k.getKod(), k);
            }
            for (KundvalBeskrivning b : register.kundval()) {
                Kundval k = kundval.computeIfAbsent(b.kod(), kod -> ny(s, kod));
                k.setNamn(b.namn());
                k.setGiltigFran(b.giltigFran());
                k.setGiltigTill(b.giltigTill());
                for (KundvalBeskrivning.Niva n : b.nivaer()) {
                    niva(s, k, n.nummer()).setNamn(n.namn());
                }
            }
            for (InsatstypBeskrivning b : register.typer()) {
                typ(s, b, kundval.computeIfAbsent(b.kundval(), kod -> ny(s, kod)));
            }
            // a type's shipped prices are entered only while it has none; then the administrator's prislista rules
            Set<String> medPris = new HashSet<>(s.createSelectionQuery(
                    "select distinct p.insatstyp.kod from Pris p", String.class).getResultList()); //$NON-NLS-1$
            for (Prisforslag p : register.prisforslag()) {
                if (!medPris.contains(p.insatstyp())) {
                    pris(s, p);
                }
            }
            return null;
        });
    }

    private static Kundval ny(Session s, String kod) {
        Kundval k = KundvalFactory.eINSTANCE.createKundval();
        k.setKod(kod);
        k.setNamn(kod);
        s.persist(k);
        return k;
    }

    private static Niva niva(Session s, Kundval kundval, int nummer) {
        Niva niva = s.createSelectionQuery("from Niva n where n.kundval = :k and n.nummer = :nr", Niva.class) //$NON-NLS-1$
                .setParameter("k", kundval).setParameter("nr", nummer).getSingleResultOrNull(); //$NON-NLS-1$ //$NON-NLS-2$
        if (niva == null) {
            niva = KundvalFactory.eINSTANCE.createNiva();
            niva.setKundval(kundval);
            niva.setNummer(nummer);
            s.persist(niva);
        }
        return niva;
    }

    private static void typ(Session s, InsatstypBeskrivning b, Kundval kundval) {
        Insatstyp typ = s.createSelectionQuery("from Insatstyp t where t.kod = :kod", Insatstyp.class) //$NON-NLS-1$
                .setParameter("kod", b.kod()).getSingleResultOrNull(); //$NON-NLS-1$
        boolean ny = typ == null;
        if (ny) {
            typ = KundvalFactory.eINSTANCE.createInsatstyp();
            typ.setKod(b.kod());
        }
        typ.setNamn(b.namn());
        typ.setKundval(kundval);
        typ.setNiva(b.niva() == null ? null : niva(s, kundval, b.niva()));
        typ.setLangdManader(b.langdManader());
        typ.setMalsattning(b.malsattning());
        typ.setGiltigFran(b.giltigFran());
        typ.setGiltigTill(b.giltigTill());
        if (ny) {
            s.persist(typ);
        }
    }

    private void pris(Session s, Prisforslag p) {
        Insatstyp typ = s.createSelectionQuery("from Insatstyp t where t.kod = :kod", Insatstyp.class) //$NON-NLS-1$
                .setParameter("kod", p.insatstyp()).getSingleResultOrNull(); //$NON-NLS-1$
        if (typ == null) {
            return;
        }
        Pris pris = KundvalFactory.eINSTANCE.createPris();
        pris.setInsatstyp(typ);
        pris.setGiltigFran(p.fran());
        pris.setCheckbelopp(p.checkbelopp());
        pris.setBonus(p.bonus());
        // the plugin's shipped prices are the prislista a type starts with, in force from the start;
        // the audit trail names the plugin's type as their source
        pris.setStatus(Prisstatus.GODKAND);
        s.persist(pris);
        Granskningshandelse h = KundvalFactory.eINSTANCE.createGranskningshandelse();
        h.setTidpunkt(LocalDateTime.now(klocka));
        h.setAnvandare(SYSTEM);
        h.setHandelse("PRIS_FRAN_INSATSTYPEN"); //$NON-NLS-1$
        h.setObjekttyp(pris.eClass().getName());
        h.setObjektId(pris.getId());
        h.setDetaljer(p.insatstyp() + ' ' + p.fran() + ' ' + p.checkbelopp().toPlainString());
        s.persist(h);
    }
}
