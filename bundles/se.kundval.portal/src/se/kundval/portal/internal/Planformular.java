package se.kundval.portal.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;

import se.kundval.model.Genomforandeplan;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Planaktivitet;
import se.kundval.model.Planmal;

/**
 * {@code /anordnare/insatser/{id}/plan}: write the genomförandeplan, or revise it saying what
 * changed (the service keeps each revision with its date). One mål or aktivitet per line, so the
 * form works without JavaScript.
 */
final class Planformular extends Formularsida {

    private static final String MAL = "mal"; //$NON-NLS-1$
    private static final String AKTIVITETER = "aktiviteter"; //$NON-NLS-1$
    private static final String REVISION = "revision"; //$NON-NLS-1$

    Planformular(Sidkontext k, Insats insats) {
        super(k, insats);
    }

    @Override
    protected String[] falt() {
        return new String[] {MAL, AKTIVITETER, REVISION};
    }

    @Override
    protected Formular tomt() {
        Genomforandeplan plan = insats.getGenomforandeplan();
        if (plan == null) {
            return new Formular(k.texter(), varden(), falt());
        }
        return new Formular(k.texter(), varden(MAL, plan.getMal().stream().map(Planmal::getBeskrivning).collect(Collectors.joining("\n")), //$NON-NLS-1$
                AKTIVITETER, plan.getAktiviteter().stream().map(Planaktivitet::getBeskrivning).collect(Collectors.joining("\n"))), falt()); //$NON-NLS-1$
    }

    @Override
    protected Runnable las(Formular formular) {
        List<String> mal = rader(formular.text(MAL));
        if (mal.isEmpty()) {
            formular.fel(MAL, k.texter().text("fel.ange", k.texter().text("plan.falt.mal"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<String> aktiviteter = rader(formular.text(AKTIVITETER));
        String revision = revideras() ? formular.obligatorisk(REVISION, "plan.falt.revision") : null; //$NON-NLS-1$
        Genomforandeplan plan = KundvalFactory.eINSTANCE.createGenomforandeplan();
        for (String text : mal) {
            Planmal m = KundvalFactory.eINSTANCE.createPlanmal();
            m.setBeskrivning(text);
            plan.getMal().add(m);
        }
        for (String text : aktiviteter) {
            Planaktivitet a = KundvalFactory.eINSTANCE.createPlanaktivitet();
            a.setBeskrivning(text);
            plan.getAktiviteter().add(a);
        }
        return () -> k.tjanster().uppfoljning().get().sparaPlan(k.vem(), insats.getId(), plan, revision);
    }

    @Override
    protected Svar visa(Formular formular) {
        Sidinnehall sida = sida(k.texter().text("plan.rubrik", insats.getInsatsId()), formular); //$NON-NLS-1$
        sida.med("revideras", revideras() ? Boolean.TRUE : null); //$NON-NLS-1$
        return k.sida(200, "plan", sida); //$NON-NLS-1$
    }

    @Override
    protected String klart() {
        return "plan"; //$NON-NLS-1$
    }

    @Override
    protected String faltFor(EStructuralFeature feature) {
        if (feature == Literals.GENOMFORANDEPLAN__MAL || feature == Literals.PLANMAL__BESKRIVNING) {
            return MAL;
        }
        return feature == Literals.GENOMFORANDEPLAN__AKTIVITETER || feature.getEContainingClass() == Literals.PLANAKTIVITET
                ? AKTIVITETER : null;
    }

    private boolean revideras() {
        return insats.getGenomforandeplan() != null;
    }

    private static List<String> rader(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
    }
}
