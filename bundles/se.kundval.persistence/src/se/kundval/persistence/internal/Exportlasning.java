package se.kundval.persistence.internal;

import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.hibernate.Session;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.model.Anordnare;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Pris;
import se.kundval.model.regler.Personnummer;
import se.kundval.persistence.internal.orm.Hamtplan;

/**
 * {@link Exportlager} on Hibernate. Kunder and insatser are read in pages (decision 0481): first
 * the key of every row, narrowly, sorted in Java into the files' order; then a page of rows at a
 * time by id, all in one read that sees the database as it was when the export began
 * ({@link Ogonblicksbild}), the session cleared after each page, so that the heap holds one page
 * and the ids, not the database. Referenced rows (types, anordnare, the page's kunder) are read before the
 * rows that refer to them, so that the eager references resolve from the session instead of one
 * query each. The anonymous statistics a gallring leaves are no personakter and are not exported
 * (docs/decisions/0210-gallring.md).
 */
@Component(service = Exportlager.class)
public class Exportlasning implements Exportlager {

    /** What the interchange files hold of an insats. */
    static final Hamtplan UTBYTESPLAN = Hamtplan.bara(Literals.INSATS__BESLUT, Literals.INSATS__AVSLUT,
            Literals.AVSLUT__BEDOMNINGAR, Literals.INSATS__MANADSRAPPORTER, Literals.INSATS__TYPDATA);
    /** Rows per page: few queries per page, a page's objects a few megabytes. */
    static final int SIDA = 1000;
    /** Månadsrapporter per page of insatser: an insats may have hundreds, and they are most of an export. */
    static final int RAPPORTER_PER_SIDA = 20_000;
    /** Keys fetched per round trip; PostgreSQL's driver otherwise fetches the whole result at once. */
    private static final int HAMTSTORLEK = 10_000;

    private Sessionskalla databas;
    private Atkomstskrivning atkomst;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
    }

    @Reference
    void setAtkomstskrivning(Atkomstskrivning atkomstskrivning) {
        this.atkomst = atkomstskrivning;
    }

    @Override
    public void lasAllt(Inloggning vem, Mottagare mottagare) {
        vem.kraver(Rattighet.EXPORTERA);
        databas.lasaOgonblicksbild(s -> {
            mottagare.register(register(s));
            s.clear();
            kunder(vem, s, mottagare);
            insatser(vem, s, mottagare);
            return null;
        });
    }

    private Register register(Session s) {
        s.createSelectionQuery("from Insatstyp t", Insatstyp.class).getResultList(); //$NON-NLS-1$
        // the prislista in force: a proposal or a withdrawn or corrected row is no price to import again
        List<Pris> priser = Prisurval.iKraft(s.createSelectionQuery("from Pris p order by p.id", Pris.class).getResultList()); //$NON-NLS-1$
        List<Anordnare> anordnare = s.createSelectionQuery("from Anordnare a order by a.id", Anordnare.class).getResultList(); //$NON-NLS-1$
        databas.aggregat().fyllHela(s, anordnare, Hamtplan.bara(Literals.ANORDNARE__AUKTORISATIONER));
        List<Enkatsvar> svar = s.createSelectionQuery("from Enkatsvar e order by e.id", Enkatsvar.class).getResultList(); //$NON-NLS-1$
        List<Enkatutskick> utskick = s.createSelectionQuery("from Enkatutskick e order by e.id", Enkatutskick.class) //$NON-NLS-1$
                .getResultList();
        return new Register(anordnare, svar, utskick, priser);
    }

    private void kunder(Inloggning vem, Session s, Mottagare mottagare) {
        Exportsidor alla = indela(s, "select k.id, k.kundId, 1 from Kund k where k.personnummer is not null", SIDA); //$NON-NLS-1$
        alla.varjeSida(ids -> {
            List<Kund> sida = s.createSelectionQuery("from Kund k where k.id in :ids", Kund.class) //$NON-NLS-1$
                    .setParameter("ids", ids).getResultList().stream() //$NON-NLS-1$
                    .sorted(Comparator.comparing(Kund::getKundId)).toList();
            // every kund exported is an access (DOMAIN §12), logged before its page leaves the service
            atkomst.skriv(vem, Atkomsthandling.EXPORTERA, "Export", sida, alla.antal() > 1); //$NON-NLS-1$
            maskera(vem, sida);
            mottagare.kunder(sida);
            // the session holds one page: what was handed over is detached
            s.clear();
        });
    }

    private void insatser(Inloggning vem, Session s, Mottagare mottagare) {
        Exportsidor alla = indela(s, "select i.id, i.insatsId, (select count(m) from Manadsrapport m where m.insats = i) " //$NON-NLS-1$
                + "from Insats i where i.kund.personnummer is not null", RAPPORTER_PER_SIDA); //$NON-NLS-1$
        alla.varjeSida(ids -> {
            List<Insats> sida = insatser(s, ids).stream().sorted(Comparator.comparing(Insats::getInsatsId)).toList();
            Set<Kund> kunder = Collections.newSetFromMap(new IdentityHashMap<>());
            sida.forEach(i -> kunder.add(i.getKund()));
            // the page's kunder were logged as the kunder were exported; masked again as these are other copies
            maskera(vem, List.copyOf(kunder));
            mottagare.insatser(sida);
            s.clear();
        });
    }

    /** The pages of a query for id, key and weight (the child rows a row brings), streamed rather than listed. */
    private static Exportsidor indela(Session s, String nycklar, int viktPerSida) {
        try (Stream<Object[]> rader = s.createSelectionQuery(nycklar, Object[].class).setFetchSize(HAMTSTORLEK).getResultStream()) {
            return Exportsidor.av(rader.map(r -> new Exportsidor.Nyckel((String) r[1], (Long) r[0], ((Number) r[2]).intValue())),
                    SIDA, viktPerSida);
        }
    }

    private List<Insats> insatser(Session s, List<Long> ids) {
        s.createSelectionQuery("from Insatstyp t", Insatstyp.class).getResultList(); //$NON-NLS-1$
        s.createSelectionQuery("from Anordnare a", Anordnare.class).getResultList(); //$NON-NLS-1$
        s.createSelectionQuery("from Kund k where k.id in (select i.kund.id from Insats i where i.id in :ids)", Kund.class) //$NON-NLS-1$
                .setParameter("ids", ids).getResultList(); //$NON-NLS-1$
        List<Insats> insatser = s.createSelectionQuery("from Insats i where i.id in :ids", Insats.class) //$NON-NLS-1$
                .setParameter("ids", ids).getResultList(); //$NON-NLS-1$
        databas.aggregat().fyll(s, insatser, UTBYTESPLAN);
        return insatser;
    }

    private static void maskera(Inloggning vem, List<Kund> kunder) {
        for (Kund k : kunder) {
            if (k.isSkyddad()) {
                Skyddsmask.dolj(k);
            } else if (!vem.har(Rattighet.SE_FULLSTANDIGT_PERSONNUMMER)) {
                k.setPersonnummer(Personnummer.maskerat(k.getPersonnummer()));
            }
        }
    }
}
