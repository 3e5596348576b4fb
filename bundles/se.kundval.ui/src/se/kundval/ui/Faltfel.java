package se.kundval.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

import se.kundval.core.ValideringException;

/**
 * Marks the fields that the domain validator rejected: its diagnostics name the object and feature
 * (data [object, feature]), and each feature is mapped to the field that edits it. The mark, with
 * the validator's message as its tooltip, stays until the next attempt.
 */
public final class Faltfel {

    private final Map<EStructuralFeature, ControlDecoration> markeringar = new HashMap<>();

    /** Registers the field that edits a feature. */
    public Faltfel falt(EStructuralFeature feature, Control falt) {
        ControlDecoration m = new ControlDecoration(falt, SWT.LEFT | SWT.TOP);
        m.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        m.hide();
        markeringar.put(feature, m);
        return this;
    }

    public void rensa() {
        markeringar.values().forEach(ControlDecoration::hide);
    }

    /** Marks the fields the failure is about; a failure that is not a validation leaves them unmarked. */
    public void markera(RuntimeException fel) {
        rensa();
        if (fel instanceof ValideringException v && v.diagnostic() != null) {
            markera(v.diagnostic());
        }
    }

    private void markera(Diagnostic d) {
        List<?> data = d.getData();
        if (d.getSeverity() >= Diagnostic.ERROR && data.size() > 1 && data.get(1) instanceof EStructuralFeature f
                && markeringar.containsKey(f)) {
            ControlDecoration m = markeringar.get(f);
            m.setDescriptionText(d.getMessage());
            m.show();
        }
        d.getChildren().forEach(this::markera);
    }
}
