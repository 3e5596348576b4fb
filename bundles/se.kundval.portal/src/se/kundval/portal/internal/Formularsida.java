package se.kundval.portal.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.kundval.core.KonfliktException;
import se.kundval.core.KundvalException;
import se.kundval.core.ValideringException;
import se.kundval.model.Insats;

/**
 * What every form page does: GET shows the form (prefilled), POST reads the fields, and either saves
 * through the core service and goes back to the insats, or shows the form again with what the user
 * typed and the errors — the portal's own (an empty or unreadable field) and the service's (its
 * rules and the EValidator's), each at its field when the rule names one.
 */
abstract class Formularsida {

    protected final Sidkontext k;
    protected final Insats insats;

    Formularsida(Sidkontext k, Insats insats) {
        this.k = k;
        this.insats = insats;
    }

    final Svar hantera() {
        if (!k.begaran().post()) {
            return visa(tomt());
        }
        Formular formular = new Formular(k.texter(), k.begaran().falt(), falt());
        Runnable sparning = las(formular);
        if (formular.ok()) {
            try {
                sparning.run();
                return k.klart(insats, klart());
            } catch (ValideringException e) {
                faltfel(formular, e.diagnostic());
            } catch (KonfliktException e) {
                formular.fel(falt()[0], k.texter().text("fel.konflikt")); //$NON-NLS-1$
            } catch (KundvalException e) {
                formular.fel(faltFor(e), e.getMessage());
            }
        }
        return visa(formular);
    }

    /** The form's field names, in page order; the first takes an error that names no field. */
    protected abstract String[] falt();

    /** The form before the user has typed anything. */
    protected abstract Formular tomt();

    /** Reads the fields into the form's errors and returns the save to run when there are none. */
    protected abstract Runnable las(Formular formular);

    /** The template and its data beside the form. */
    protected abstract Svar visa(Formular formular);

    /** The word the insats page's banner confirms, e.g. "plan". */
    protected abstract String klart();

    /** The form field of a model feature, or null when the form has none. */
    protected abstract String faltFor(EStructuralFeature feature);

    /** The field a service rule's message belongs at; the first field when the message names none. */
    protected String faltFor(KundvalException e) {
        return falt()[0];
    }

    protected Sidinnehall sida(String titel, Formular formular) {
        return formular.till(new Sidinnehall(titel)).med("insatsLank", Portal.BAS + "/insatser/" + insats.getId()) //$NON-NLS-1$ //$NON-NLS-2$
                .med("handling", Portal.BAS + k.begaran().sokvag()); //$NON-NLS-1$
    }

    protected static Map<String, String> varden(String... namnOchVarde) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < namnOchVarde.length; i += 2) {
            m.put(namnOchVarde[i], namnOchVarde[i + 1] == null ? "" : namnOchVarde[i + 1]); //$NON-NLS-1$
        }
        return m;
    }

    private void faltfel(Formular formular, Diagnostic diagnostic) {
        if (diagnostic.getChildren().isEmpty()) {
            formular.fel(falt(diagnostic), diagnostic.getMessage());
        }
        for (Diagnostic d : diagnostic.getChildren()) {
            if (d.getSeverity() >= Diagnostic.ERROR) {
                formular.fel(falt(d), d.getMessage());
            }
        }
    }

    private String falt(Diagnostic d) {
        if (d.getData().size() > 1 && d.getData().get(1) instanceof EStructuralFeature feature) {
            String namn = faltFor(feature);
            if (namn != null) {
                return namn;
            }
        }
        return falt()[0];
    }
}
