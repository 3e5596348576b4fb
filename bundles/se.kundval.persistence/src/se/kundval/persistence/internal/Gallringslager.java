package se.kundval.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.dataskydd.GallringService;
import se.kundval.core.dataskydd.Gallringsrapport;
import se.kundval.core.dataskydd.Gallringsregel;
import se.kundval.core.dataskydd.OppetArende;

/**
 * {@link GallringService} in plain SQL inside one Hibernate transaction: the reading of every akt's
 * last entry, the anonymisation of each due akt and the kept report commit together or not at all.
 */
@Component(service = GallringService.class)
public class Gallringslager implements GallringService {

    private Sessionskalla databas;
    private volatile Clock klocka;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
    }

    /** Dynamic and greedy, as in KundLager: a test's fixed clock takes over at once. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setClock(Clock clock) {
        this.klocka = clock;
    }

    /** Nothing to undo: DS binds the next clock before this one goes. */
    void unsetClock(Clock clock) {
    }

    @Override
    public Gallringsrapport provkor(Inloggning vem, LocalDate per) {
        vem.kraver(Rattighet.GALLRA);
        return databas.lasa(s -> s.doReturningWork(c -> rapport(null, vem, per, plan(c, per), true)));
    }

    @Override
    public Gallringsrapport gallra(Inloggning vem, LocalDate per) {
        vem.kraver(Rattighet.GALLRA);
        return databas.iTransaktion(s -> {
            String sekvens = nastaVarde(s, "entitet_seq"); //$NON-NLS-1$
            String rapportsekvens = nastaVarde(s, "gallringsrapport_seq"); //$NON-NLS-1$
            return s.doReturningWork(c -> {
                Gallringsplan plan = plan(c, per);
                Anonymisering anonymisering = new Anonymisering(c, sekvens);
                for (Akt akt : plan.gallras) {
                    anonymisering.gallra(akt);
                }
                Gallringsrapport rapport = rapport(null, vem, per, plan, false);
                return Gallringsrapporter.spara(c, rapportsekvens, rapport);
            });
        });
    }

    @Override
    public List<Gallringsrapport> rapporter(Inloggning vem) {
        vem.kraver(Rattighet.GALLRA);
        return databas.lasa(s -> s.doReturningWork(Gallringsrapporter::las));
    }

    private static String nastaVarde(Session s, String sekvens) {
        return ((SessionFactoryImplementor) s.getSessionFactory()).getJdbcServices().getDialect().getSequenceSupport()
                .getSequenceNextValString(sekvens);
    }

    private Gallringsrapport rapport(Long id, Inloggning vem, LocalDate per, Gallringsplan plan, boolean torrkorning) {
        return new Gallringsrapport(id, per, LocalDateTime.now(klocka).withNano(0), vem.anvandarnamn(), torrkorning,
                plan.perAr, plan.insatser, plan.sparade, plan.oppna);
    }

    /** Which akter are due on the day, and of those which stay and why. */
    private Gallringsplan plan(Connection c, LocalDate per) throws SQLException {
        Gallringsplan plan = new Gallringsplan();
        for (Akt akt : Aktlasning.las(c, databas.aggregat()).values()) {
            if (akt.senastePost == null || !Gallringsregel.forfallen(akt.senastePost, per)) {
                continue;
            }
            if (!akt.oppna.isEmpty()) {
                akt.oppna.forEach(o -> plan.oppna.add(new OppetArende(o.insatsId(), o.insatstyp(), o.startdatum(), akt.senastePost)));
            } else if (Gallringsregel.sparasForForskning(akt.personnummer)) {
                plan.sparade++;
            } else {
                plan.gallras.add(akt);
                plan.perAr.merge(akt.senastePost.getYear(), 1, Integer::sum);
                plan.insatser += akt.insatser;
            }
        }
        return plan;
    }

    /** The outcome of reading the akter, before anything is changed. */
    private static final class Gallringsplan {
        final List<Akt> gallras = new ArrayList<>();
        final SortedMap<Integer, Integer> perAr = new TreeMap<>();
        final List<OppetArende> oppna = new ArrayList<>();
        int insatser;
        int sparade;
    }
}
