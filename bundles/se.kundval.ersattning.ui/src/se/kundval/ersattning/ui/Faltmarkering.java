package se.kundval.ersattning.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import se.kundval.core.ValideringException;

/**
 * Shows what the service refused at the fields it concerns: an error mark beside the field with
 * the message as its hover and tooltip, and every message in a line under the form. A diagnostic
 * names its field in its data ([object, feature]), as the domain validator and the services give them.
 */
final class Faltmarkering {

    private record Falt(Control kontroll, ControlDecoration markering, String tips) {
    }

    private final Map<EStructuralFeature, Falt> falt = new LinkedHashMap<>();
    private final Label sammanfattning;

    Faltmarkering(Label sammanfattning) {
        this.sammanfattning = sammanfattning;
    }

    void falt(EStructuralFeature feature, Control kontroll) {
        ControlDecoration markering = new ControlDecoration(kontroll, SWT.LEFT | SWT.TOP);
        markering.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        markering.hide();
        falt.put(feature, new Falt(kontroll, markering, kontroll.getToolTipText()));
    }

    void rensa() {
        falt.values().forEach(f -> {
            f.markering().hide();
            f.kontroll().setToolTipText(f.tips());
        });
        sammanfattning.setText(""); //$NON-NLS-1$
    }

    /** Marks one field, e.g. for an amount that could not be read. */
    void visa(EStructuralFeature feature, String meddelande) {
        Falt f = falt.get(feature);
        if (f != null) {
            f.markering().setDescriptionText(meddelande);
            f.markering().show();
            f.kontroll().setToolTipText(meddelande);
        }
        String tidigare = sammanfattning.getText();
        sammanfattning.setText(tidigare.isEmpty() ? meddelande : tidigare + '\n' + meddelande);
    }

    /** Each refusal at its field; one that names no known field only in the line under the form. */
    void visa(ValideringException fel) {
        List<Diagnostic> delar = new ArrayList<>(fel.diagnostic().getChildren());
        if (delar.isEmpty()) {
            delar.add(fel.diagnostic());
        }
        for (Diagnostic d : delar) {
            if (d.getSeverity() >= Diagnostic.ERROR) {
                EStructuralFeature feature = d.getData().size() > 1 && d.getData().get(1) instanceof EStructuralFeature e ? e : null;
                visa(feature, d.getMessage());
            }
        }
    }

    /** The message shown at the field, or null when it is not marked. */
    String meddelande(EStructuralFeature feature) {
        Falt f = falt.get(feature);
        return f != null && f.markering().isVisible() ? f.markering().getDescriptionText() : null;
    }
}
