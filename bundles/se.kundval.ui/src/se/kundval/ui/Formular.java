package se.kundval.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Builds the label-and-field rows of a form in a two-column grid. Every field gets its stable data
 * key for tests, and a row can be hidden together with its label: what the logged-in role may not
 * do is not shown at all.
 */
public final class Formular {

    /** The data key under which widgets carry their stable id. */
    public static final String NYCKEL = "kundval.id"; //$NON-NLS-1$

    private final Composite yta;
    private final IStylingEngine stil;
    private final Map<Control, Label> etiketter = new HashMap<>();

    public Formular(Composite parent, IStylingEngine stil) {
        this.stil = stil;
        yta = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(yta);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(yta);
    }

    public Composite yta() {
        return yta;
    }

    public Text text(String etikett, String id) {
        Label l = etikett(etikett, false);
        return rad(l, id, new Text(yta, SWT.BORDER | SWT.SINGLE), GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT));
    }

    public Text textruta(String etikett, String id, int rader) {
        Label l = etikett(etikett, true);
        Text t = new Text(yta, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        return rad(l, id, t, GridDataFactory.fillDefaults().grab(true, false).hint(160, rader * t.getLineHeight() + 6));
    }

    public Spinner tal(String etikett, String id, int storsta) {
        Label l = etikett(etikett, false);
        Spinner s = new Spinner(yta, SWT.BORDER);
        s.setValues(0, 0, storsta, 0, 1, 5);
        return rad(l, id, s, GridDataFactory.swtDefaults());
    }

    public DateTime datum(String etikett, String id) {
        Label l = etikett(etikett, false);
        return rad(l, id, new DateTime(yta, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), GridDataFactory.swtDefaults());
    }

    public <T> Val<T> val(String etikett, String id, Function<T, String> text) {
        Label l = etikett(etikett, false);
        Val<T> val = new Val<>(yta, text);
        rad(l, id, val.combo(), GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT));
        return val;
    }

    public JaNej jaNej(String etikett, String id) {
        Label l = etikett(etikett, false);
        JaNej jaNej = new JaNej(yta, id);
        rad(l, id, jaNej.kontroll(), GridDataFactory.swtDefaults());
        return jaNej;
    }

    /** A read-only value beside its label. */
    public Label varde(String etikett, String id) {
        Label l = etikett(etikett, false);
        return rad(l, id, new Label(yta, SWT.WRAP), GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT));
    }

    /** A row of buttons under the fields, aligned with them. */
    public Composite knapprad() {
        new Label(yta, SWT.NONE);
        Composite rad = new Composite(yta, SWT.NONE);
        RowLayoutFactory.fillDefaults().spacing(8).applyTo(rad);
        return rad;
    }

    /** Shows or hides a field together with its label. */
    public void synlig(Control falt, boolean synlig) {
        dolj(falt, synlig);
        Label l = etiketter.get(falt);
        if (l != null) {
            dolj(l, synlig);
        }
    }

    public static Button knapp(Composite rad, String text, String id, Runnable gor) {
        Button b = new Button(rad, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new RowData());
        b.setData(NYCKEL, id);
        b.addListener(SWT.Selection, e -> gor.run());
        return b;
    }

    /** Shows or hides a control and gives its place in a grid back to the others. */
    public static void dolj(Control c, boolean synlig) {
        c.setVisible(synlig);
        if (c.getLayoutData() instanceof GridData g) {
            g.exclude = !synlig;
        } else if (c.getLayoutData() instanceof RowData r) {
            r.exclude = !synlig;
        }
    }

    /**
     * Turns a field on or off and has the theme style it again: the CSS engine styles a control by
     * its state only when it is skinned, so a field switched off later kept the enabled look (in the
     * dark theme a switched-off year read exactly as one that could be changed).
     */
    public static void aktivera(Control c, boolean pa) {
        c.setEnabled(pa);
        c.reskin(SWT.NONE);
    }

    /** A section heading: bold, and in parts the theme's heading style (which outside parts, e.g. in dialogs, does not apply). */
    public static Label rubrik(Composite parent, String text, IStylingEngine stil) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        l.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
        stil.setClassname(l, "rubrik"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 6).applyTo(l);
        return l;
    }

    /** A line of help or state, in the theme's subdued style. */
    public static Label upplysning(Composite parent, String id, IStylingEngine stil) {
        Label l = new Label(parent, SWT.WRAP);
        l.setData(NYCKEL, id);
        stil.setClassname(l, "upplysning"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(l);
        return l;
    }

    public static LocalDate datum(DateTime falt) {
        return LocalDate.of(falt.getYear(), falt.getMonth() + 1, falt.getDay());
    }

    public static void datum(DateTime falt, LocalDate dag) {
        falt.setDate(dag.getYear(), dag.getMonthValue() - 1, dag.getDayOfMonth());
    }

    private Label etikett(String text, boolean overst) {
        Label l = new Label(yta, SWT.NONE);
        l.setText(text);
        stil.setClassname(l, "faltnamn"); //$NON-NLS-1$
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, overst ? SWT.BEGINNING : SWT.CENTER).applyTo(l);
        return l;
    }

    private <C extends Control> C rad(Label etikett, String id, C falt, GridDataFactory layout) {
        falt.setData(NYCKEL, id);
        layout.applyTo(falt);
        etiketter.put(falt, etikett);
        return falt;
    }
}
