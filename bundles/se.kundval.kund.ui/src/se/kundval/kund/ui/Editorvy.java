package se.kundval.kund.ui;

import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import se.kundval.model.Kund;
import se.kundval.ui.Bakgrund;

/**
 * The widgets of the Kund editor: a heading, the form, the problem list under it, and tabs with the
 * insatser, the decisions, the plans and the kund's history (who changed what, when). Knows nothing of services or the command stack.
 */
final class Editorvy {

    static final String RUBRIK = "se.kundval.kund.ui.editor.rubrik"; //$NON-NLS-1$
    static final String LAGE = "se.kundval.kund.ui.editor.lage"; //$NON-NLS-1$
    static final String FLIKAR = "se.kundval.kund.ui.editor.flikar"; //$NON-NLS-1$

    private final Composite parent;
    private final IStylingEngine styling;
    private final Label rubrik;
    private final Label lage;
    private final Kundformular formular;
    private final Problemvisning problem;
    private final Insatshistorik insatser;
    private final Beslutslista beslut;
    private final Plansammanfattning planer;
    private final Kundhistorik historik;

    Editorvy(Composite parent, IStylingEngine styling, Runnable vidInmatning) {
        this.parent = parent;
        this.styling = styling;
        GridLayoutFactory.fillDefaults().margins(10, 8).spacing(0, 8).applyTo(parent);
        rubrik = new Label(parent, SWT.NONE);
        rubrik.setData(KunderPart.DATANYCKEL, RUBRIK);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rubrik);
        lage = new Label(parent, SWT.WRAP);
        lage.setData(KunderPart.DATANYCKEL, LAGE);
        styling.setClassname(lage, "upplysning"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(lage);
        formular = new Kundformular(parent, styling, vidInmatning);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(formular.kontroll());
        problem = new Problemvisning(parent, formular);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 76).applyTo(problem.kontroll());
        CTabFolder flikar = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        flikar.setData(KunderPart.DATANYCKEL, FLIKAR);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 180).applyTo(flikar);
        insatser = new Insatshistorik(flikar);
        flik(flikar, Messages.insatser, insatser.kontroll());
        beslut = new Beslutslista(flikar);
        flik(flikar, Messages.flikBeslut, beslut.kontroll());
        planer = new Plansammanfattning(flikar);
        flik(flikar, Messages.flikPlan, planer.kontroll());
        historik = new Kundhistorik(flikar);
        flik(flikar, Messages.flikHistorik, historik.kontroll());
        flikar.setSelection(0);
    }

    Kundformular formular() {
        return formular;
    }

    Problemvisning problem() {
        return problem;
    }

    Shell skal() {
        return parent.getShell();
    }

    boolean borta() {
        return parent.isDisposed();
    }

    /** A line instead of the kund: while it is read, or why it could not be. */
    void upplysning(String text) {
        rubrik.setText(text);
        styling.setClassname(rubrik, "upplysning"); //$NON-NLS-1$
        formular.kontroll().setEnabled(false);
        insatser.tom();
        beslut.tom();
        planer.tom();
        historik.tom();
        parent.layout(true, true);
    }

    void visa(Kundlasning last, EditingDomain doman, boolean redigerbar) {
        formular.kontroll().setEnabled(true);
        formular.bind(last.kund(), doman, redigerbar);
        // a value the form cannot convert changes no model value, so no command says so: its status does
        formular.bindningar().forEach(b -> b.getValidationStatus().addValueChangeListener(h -> {
            if (redigerbar && !borta()) {
                problem.kontrollera(last.kund());
            }
        }));
        styling.setClassname(rubrik, "rubrik"); //$NON-NLS-1$
        lage.setText(redigerbar ? Messages.lageRedigera : Messages.lageLasa);
        visaInsatser(last);
    }

    void visaInsatser(Kundlasning last) {
        insatser.visa(last.insatser());
        beslut.visa(last.insatser(), last.historik());
        planer.visa(last.insatser());
        historik.visa(last.kundhistorik());
        Bakgrund.layoutaOm(parent);
    }

    /** After every change: heading, derived values and the problems. */
    void uppdatera(Kund kund, boolean redigerbar) {
        String namn = kund.getNamn() == null || kund.getNamn().isBlank() ? Messages.nyKund : kund.getNamn();
        rubrik.setText(NLS.bind(Messages.rubrikKund, namn, kund.getKundId()));
        formular.visaHarlett(kund);
        if (redigerbar) {
            problem.kontrollera(kund);
        }
        Bakgrund.layoutaOm(rubrik);
    }

    void fokus() {
        if (formular.kontroll().isEnabled()) {
            formular.fokus();
        } else {
            parent.setFocus();
        }
    }

    private static void flik(CTabFolder flikar, String text, Control innehall) {
        CTabItem flik = new CTabItem(flikar, SWT.NONE);
        flik.setText(text);
        flik.setControl(innehall);
    }
}
