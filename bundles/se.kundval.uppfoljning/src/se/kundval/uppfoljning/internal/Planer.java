package se.kundval.uppfoljning.internal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.util.EcoreUtil;

import se.kundval.core.KundvalException;
import se.kundval.model.Genomforandeplan;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Planrevision;

/**
 * The genomförandeplan: the first save establishes it; every later save replaces its mål and
 * aktiviteter and records a dated revision saying what changed, so the plan's history is kept.
 */
final class Planer {

    private Planer() {
    }

    static Genomforandeplan sparaPa(Insats insats, Genomforandeplan ny, String revision, String av, LocalDate idag) {
        Genomforandeplan befintlig = insats.getGenomforandeplan();
        if (befintlig == null) {
            Genomforandeplan plan = EcoreUtil.copy(ny);
            if (plan.getUpprattad() == null) {
                plan.setUpprattad(idag);
            }
            insats.setGenomforandeplan(plan);
            return plan;
        }
        if (revision == null || revision.isBlank()) {
            throw new KundvalException(Messages.revisionKravs);
        }
        befintlig.getMal().clear();
        befintlig.getMal().addAll(EcoreUtil.copyAll(ny.getMal()));
        befintlig.getAktiviteter().clear();
        befintlig.getAktiviteter().addAll(EcoreUtil.copyAll(ny.getAktiviteter()));
        Planrevision r = KundvalFactory.eINSTANCE.createPlanrevision();
        r.setDatum(idag);
        r.setBeskrivning(revision.strip());
        r.setRevideradAv(av);
        befintlig.getRevisioner().add(r);
        return befintlig;
    }
}
