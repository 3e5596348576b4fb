package se.kundval.uppfoljning.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.model.Insats;
import se.kundval.model.tid.Insatsperiod;
import se.kundval.ui.Etiketter;
import se.kundval.ui.Formular;
import se.kundval.ui.Val;
import se.kundval.ui.Visning;

/** The head of the Insats part: whose insats it is, a choice among the kund's insatser, and its dates. */
final class Insatshuvud {

    static final String RUBRIK = "se.kundval.uppfoljning.ui.insats.rubrik"; //$NON-NLS-1$
    static final String VAL = "se.kundval.uppfoljning.ui.insats.val"; //$NON-NLS-1$
    static final String PERIOD = "se.kundval.uppfoljning.ui.insats.period"; //$NON-NLS-1$

    private final IStylingEngine stil;
    private final Label rubrik;
    private final Formular formular;
    private final Val<Insats> val;
    private final Label period;
    private boolean visar;

    Insatshuvud(Composite parent, IStylingEngine stil, Consumer<Insats> valj) {
        this.stil = stil;
        rubrik = new Label(parent, SWT.WRAP);
        rubrik.setData(Formular.NYCKEL, RUBRIK);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(rubrik);
        formular = new Formular(parent, stil);
        val = formular.val(Messages.insatsen, VAL, Insatshuvud::beskriv);
        val.vidAndring(() -> {
            if (!visar && val.valt() != null) {
                valj.accept(val.valt());
            }
        });
        period = formular.varde(Messages.period, PERIOD);
    }

    void visa(List<Insats> insatser, Insats vald, String upplysning) {
        visar = true;
        try {
            val.alternativ(insatser);
            val.valj(vald);
        } finally {
            visar = false;
        }
        if (vald == null) {
            rubrik.setText(Visning.text(upplysning));
            stil.setClassname(rubrik, "upplysning"); //$NON-NLS-1$
        } else {
            rubrik.setText(NLS.bind(Messages.rubrikInsats, new Object[] {vald.getKund().getNamn(), vald.getKund().getKundId(),
                vald.getInsatsId()}));
            stil.setClassname(rubrik, "rubrik"); //$NON-NLS-1$
            Insatsperiod p = Insatsperiod.av(vald);
            period.setText(NLS.bind(Messages.periodText, new Object[] {Visning.datum(p.start()), Visning.datum(p.slut()),
                Etiketter.av(vald.getStatus()), vald.getAnordnare().getNamn()}));
        }
        Formular.dolj(formular.yta(), !insatser.isEmpty());
    }

    /** "I2025-000123 · AMI nivå 2 · från 2025-01-15 · Pågående": the type by its name (decision 0426). */
    private static String beskriv(Insats insats) {
        return NLS.bind(Messages.insatsIValet, new Object[] {insats.getInsatsId(), insats.getInsatstyp().getNamn(),
            Visning.datum(insats.getStartdatum()), Etiketter.av(insats.getStatus())});
    }
}
