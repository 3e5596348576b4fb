package se.kundval.kund.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.databinding.IEMFObservable;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import se.kundval.model.Kund;
import se.kundval.model.regler.KundvalDiagnostician;
import se.kundval.model.regler.Meddelanden;

/**
 * What is wrong with the edited kund, shown twice: a decoration with the Swedish message on the
 * field itself and a row in the editor's problem list. The domain validator's diagnostics name
 * their field in their data ([object, feature]); a value the form could not even convert (letters
 * for arbetsförmåga) comes from the field's binding.
 */
final class Problemvisning {

    static final String TABELL = "se.kundval.kund.ui.editor.problem"; //$NON-NLS-1$

    /** One problem: Diagnostic.ERROR or WARNING, the field (null when none), the message. */
    record Problem(int allvar, EStructuralFeature falt, String meddelande) {
        boolean fel() {
            return allvar >= Diagnostic.ERROR;
        }
    }

    private final Kundformular formular;
    private final Composite ram;
    private final TableViewer tabell;
    private final Map<Control, ControlDecoration> dekorationer = new HashMap<>();

    Problemvisning(Composite parent, Kundformular formular) {
        this.formular = formular;
        ram = new Composite(parent, SWT.NONE);
        TableColumnLayout kolumner = new TableColumnLayout();
        ram.setLayout(kolumner);
        tabell = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        tabell.getTable().setData(KunderPart.DATANYCKEL, TABELL);
        tabell.getTable().setHeaderVisible(true);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn falt = new TableViewerColumn(tabell, SWT.NONE);
        falt.getColumn().setText(Messages.kolumnFalt);
        falt.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                EStructuralFeature f = ((Problem) element).falt();
                return f == null ? "" : Meddelanden.falt(f); //$NON-NLS-1$
            }

            @Override
            public Image getImage(Object element) {
                return JFaceResources.getImage(((Problem) element).fel() ? Dialog.DLG_IMG_MESSAGE_ERROR : Dialog.DLG_IMG_MESSAGE_WARNING);
            }
        });
        kolumner.setColumnData(falt.getColumn(), new ColumnWeightData(30, 120));
        TableViewerColumn meddelande = new TableViewerColumn(tabell, SWT.NONE);
        meddelande.getColumn().setText(Messages.kolumnProblem);
        meddelande.setLabelProvider(ColumnLabelProvider.createTextProvider(p -> ((Problem) p).meddelande()));
        kolumner.setColumnData(meddelande.getColumn(), new ColumnWeightData(70, 200));
        tabell.addDoubleClickListener(h -> {
            if (((IStructuredSelection) h.getSelection()).getFirstElement() instanceof Problem p && p.falt() instanceof EAttribute a
                    && formular.kontroll(a) != null) {
                formular.kontroll(a).setFocus();
            }
        });
    }

    Composite kontroll() {
        return ram;
    }

    /** Validates the kund as the service will before saving, and shows every problem. */
    List<Problem> kontrollera(Kund kund) {
        List<Problem> problem = new ArrayList<>();
        for (Binding b : formular.bindningar()) {
            IStatus status = b.getValidationStatus().getValue();
            if (!status.isOK() && b.getModel() instanceof IEMFObservable o) {
                problem.add(new Problem(Diagnostic.ERROR, o.getStructuralFeature(), status.getMessage()));
            }
        }
        for (Diagnostic d : new KundvalDiagnostician().validate(kund).getChildren()) {
            List<?> data = d.getData();
            EStructuralFeature falt = data.size() > 1 && data.get(0) == kund && data.get(1) instanceof EStructuralFeature f ? f : null;
            problem.add(new Problem(d.getSeverity(), falt, d.getMessage()));
        }
        visa(problem);
        return problem;
    }

    private void visa(List<Problem> problem) {
        tabell.setInput(problem);
        dekorationer.values().forEach(ControlDecoration::hide);
        for (Problem p : problem) {
            Control c = p.falt() instanceof EAttribute a ? formular.kontroll(a) : null;
            if (c != null) {
                ControlDecoration d = dekorationer.computeIfAbsent(c, k -> new ControlDecoration(k, SWT.LEFT | SWT.CENTER));
                d.setImage(FieldDecorationRegistry.getDefault()
                        .getFieldDecoration(p.fel() ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage());
                d.setDescriptionText(p.meddelande());
                d.show();
            }
        }
    }

    /** The message the decoration on the attribute's field shows, or null when it shows none (for tests). */
    String markering(EAttribute attribut) {
        ControlDecoration d = dekorationer.get(formular.kontroll(attribut));
        return d != null && d.isVisible() ? d.getDescriptionText() : null;
    }
}
