package se.kundval.anordnare.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.kundval.model.Anordnare;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.regler.Meddelanden;

/**
 * The anordnare's own fields, namn and organisationsnummer, each with the validator's message for it
 * right under the field, and a line for the messages that belong to no field (an auktorisation that
 * ends before it starts, say). The messages come from the domain validator's diagnostics, whose data
 * name the object and feature they concern.
 */
final class Anordnarformular {

    static final String NAMN = "se.kundval.anordnare.ui.anordnare.namn"; //$NON-NLS-1$
    static final String ORGNR = "se.kundval.anordnare.ui.anordnare.orgnr"; //$NON-NLS-1$
    static final String FEL = ".fel"; //$NON-NLS-1$
    /** The data key the CSS engine reads a widget's classes from. */
    private static final String CSS_KLASS = "org.eclipse.e4.ui.css.CssClassName"; //$NON-NLS-1$
    static final String OVRIGT = "se.kundval.anordnare.ui.anordnare.meddelanden"; //$NON-NLS-1$

    private final Composite yta;
    private final Text namn;
    private final Label namnFel;
    private final Text orgnr;
    private final Label orgnrFel;
    private final Label ovrigt;

    Anordnarformular(Composite parent, Runnable andrad) {
        yta = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 2).applyTo(yta);
        namn = falt(Literals.ANORDNARE__NAMN, NAMN);
        namnFel = felrad(NAMN);
        orgnr = falt(Literals.ANORDNARE__ORGNR, ORGNR);
        orgnrFel = felrad(ORGNR);
        ovrigt = new Label(yta, SWT.WRAP);
        ovrigt.setData(AnordnarregisterPart.DATANYCKEL, OVRIGT);
        felstil(ovrigt);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(ovrigt);
        visaFel("", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        namn.addListener(SWT.Modify, e -> andrad.run());
        orgnr.addListener(SWT.Modify, e -> andrad.run());
    }

    private Text falt(EStructuralFeature feature, String id) {
        Label etikett = new Label(yta, SWT.NONE);
        etikett.setText(Meddelanden.falt(feature));
        Text text = new Text(yta, SWT.BORDER | SWT.SINGLE);
        text.setData(AnordnarregisterPart.DATANYCKEL, id);
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** The line under a field for its message; the message names the field, so it may start at the margin. */
    private Label felrad(String id) {
        Label fel = new Label(yta, SWT.WRAP);
        fel.setData(AnordnarregisterPart.DATANYCKEL, id + FEL);
        felstil(fel);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(240, SWT.DEFAULT).applyTo(fel);
        return fel;
    }

    /**
     * Red in either theme: the CSS theme gives every label of a part its text colour, which replaced a
     * colour set here and left the message plain black; its class {@code fel} is red in both themes.
     */
    private static void felstil(Label fel) {
        fel.setData(CSS_KLASS, "fel"); //$NON-NLS-1$
        fel.setForeground(fel.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
    }

    Composite kontroll() {
        return yta;
    }

    /** Shows the anordnare's fields without marking the form changed. */
    void visa(Anordnare anordnare) {
        namn.setText(anordnare.getNamn() == null ? "" : anordnare.getNamn()); //$NON-NLS-1$
        orgnr.setText(anordnare.getOrgnr() == null ? "" : anordnare.getOrgnr()); //$NON-NLS-1$
    }

    /** Copies what the user typed into the working copy. */
    void las(Anordnare anordnare) {
        anordnare.setNamn(namn.getText().strip().isEmpty() ? null : namn.getText().strip());
        anordnare.setOrgnr(orgnr.getText().strip().replace("-", "")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    void redigerbar(boolean ja) {
        namn.setEditable(ja);
        orgnr.setEditable(ja);
    }

    /** Puts each error of the validator at its field; the rest on the line for the whole anordnare. */
    void visaFel(Anordnare anordnare, Diagnostic diagnostik) {
        List<String> namnfel = new ArrayList<>();
        List<String> orgnrfel = new ArrayList<>();
        List<String> andra = new ArrayList<>();
        for (Diagnostic d : fel(diagnostik)) {
            List<?> data = d.getData();
            boolean egen = !data.isEmpty() && data.get(0) == anordnare;
            Object feature = data.size() > 1 ? data.get(1) : null;
            if (egen && feature == Literals.ANORDNARE__NAMN) {
                namnfel.add(d.getMessage());
            } else if (egen && feature == Literals.ANORDNARE__ORGNR) {
                orgnrfel.add(d.getMessage());
            } else {
                andra.add(d.getMessage());
            }
        }
        visaFel(String.join("\n", namnfel), String.join("\n", orgnrfel), String.join("\n", andra)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** A message for the orgnr field only, e.g. that another anordnare has the number. */
    void visaFel(String namnText, String orgnrText, String ovrigtText) {
        visaFel(namnFel, namnText);
        visaFel(orgnrFel, orgnrText);
        visaFel(ovrigt, ovrigtText);
        yta.getParent().layout(true, true);
    }

    /** An empty message takes no room: the form only opens a line where something is wrong. */
    private static void visaFel(Label rad, String text) {
        rad.setText(text);
        rad.setVisible(!text.isEmpty());
        ((GridData) rad.getLayoutData()).exclude = text.isEmpty();
    }

    private static List<Diagnostic> fel(Diagnostic diagnostik) {
        if (diagnostik.getChildren().isEmpty()) {
            return diagnostik.getSeverity() >= Diagnostic.ERROR ? List.of(diagnostik) : List.of();
        }
        return diagnostik.getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).toList();
    }

    void fokus() {
        namn.setFocus();
    }
}
