package se.kundval.loggkontroll.ui;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.atkomst.Loggfraga;
import se.kundval.core.atkomst.Loggurval;
import se.kundval.ui.Formular;

/**
 * The search fields of loggkontroll (DOMAIN §12): period, user, kund, action, one systematic
 * selection with its limit for "unusually many kunder in a day". Read on the UI thread into a
 * {@link Loggfraga} that the part hands to the service in the background.
 */
final class Loggfilter {

    static final String FRAN = "se.kundval.loggkontroll.ui.fran"; //$NON-NLS-1$
    static final String TILL = "se.kundval.loggkontroll.ui.till"; //$NON-NLS-1$
    static final String ANVANDARE = "se.kundval.loggkontroll.ui.anvandare"; //$NON-NLS-1$
    static final String KUND = "se.kundval.loggkontroll.ui.kund"; //$NON-NLS-1$
    static final String HANDLING = "se.kundval.loggkontroll.ui.handling"; //$NON-NLS-1$
    static final String URVAL = "se.kundval.loggkontroll.ui.urval"; //$NON-NLS-1$
    static final String GRANS = "se.kundval.loggkontroll.ui.grans"; //$NON-NLS-1$
    /** How far back the period starts when the part opens: a month, as a monthly loggkontroll reviews. */
    private static final int DAGAR_BAKAT = 30;

    private final DateTime fran;
    private final DateTime till;
    private final Text anvandare;
    private final Text kund;
    private final Combo handling;
    private final Combo urval;
    private final Spinner grans;

    Loggfilter(Composite parent, LocalDate idag) {
        // the seven fields side by side were wider than the part on a 1280 px screen: each stays beside
        // its label and the pairs wrap onto a second line where the width runs out
        Composite rad = new Composite(parent, SWT.NONE);
        RowLayout radlayout = new RowLayout(SWT.HORIZONTAL);
        radlayout.wrap = true;
        radlayout.center = true;
        radlayout.spacing = 12;
        radlayout.marginLeft = 6;
        radlayout.marginRight = 6;
        radlayout.marginTop = 0;
        radlayout.marginBottom = 0;
        rad.setLayout(radlayout);
        GridDataFactory.fillDefaults().grab(true, false).hint(1, SWT.DEFAULT).applyTo(rad);
        fran = datum(rad, Messages.fran, FRAN, idag.minusDays(DAGAR_BAKAT));
        till = datum(rad, Messages.till, TILL, idag);
        anvandare = text(rad, Messages.anvandare, ANVANDARE);
        kund = text(rad, Messages.kund, KUND);
        handling = new Combo(par(rad, Messages.handling), SWT.READ_ONLY);
        handling.setData(LoggkontrollPart.DATANYCKEL, HANDLING);
        handling.add(Messages.allaHandlingar);
        for (Atkomsthandling h : Atkomsthandling.values()) {
            handling.add(Loggtabell.handling(h));
        }
        handling.select(0);
        urval = new Combo(par(rad, Messages.urval), SWT.READ_ONLY);
        urval.setData(LoggkontrollPart.DATANYCKEL, URVAL);
        urval.add(Messages.ingetUrval);
        for (Loggurval u : Loggurval.values()) {
            urval.add(urvalstext(u));
        }
        urval.select(0);
        grans = new Spinner(par(rad, Messages.kunderPerDag), SWT.BORDER);
        grans.setData(LoggkontrollPart.DATANYCKEL, GRANS);
        grans.setValues(Loggfraga.KUNDER_PER_DAG, 1, 10_000, 0, 1, 10);
        grans.setEnabled(false);
        urval.addListener(SWT.Selection, e -> Formular.aktivera(grans, valtUrval() == Loggurval.MANGA_KUNDER_PER_DAG));
    }

    static String urvalstext(Loggurval u) {
        return switch (u) {
            case UTANFOR_EGET_ANSVAR -> Messages.urvalUTANFOR_EGET_ANSVAR;
            case SKYDDAD_IDENTITET -> Messages.urvalSKYDDAD_IDENTITET;
            case MANGA_KUNDER_PER_DAG -> Messages.urvalMANGA_KUNDER_PER_DAG;
            case UTANFOR_KONTORSTID -> Messages.urvalUTANFOR_KONTORSTID;
        };
    }

    /** A label and the field made in the returned composite, kept on one line together. */
    private static Composite par(Composite rad, String text) {
        Composite par = new Composite(rad, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(par);
        new Label(par, SWT.NONE).setText(text);
        return par;
    }

    private static DateTime datum(Composite rad, String rubrik, String id, LocalDate dag) {
        DateTime d = new DateTime(par(rad, rubrik), SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        d.setData(LoggkontrollPart.DATANYCKEL, id);
        d.setDate(dag.getYear(), dag.getMonthValue() - 1, dag.getDayOfMonth());
        return d;
    }

    private static Text text(Composite rad, String rubrik, String id) {
        Text t = new Text(par(rad, rubrik), SWT.BORDER);
        t.setData(LoggkontrollPart.DATANYCKEL, id);
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(t);
        return t;
    }

    private static LocalDate dag(DateTime d) {
        return LocalDate.of(d.getYear(), d.getMonth() + 1, d.getDay());
    }

    private Loggurval valtUrval() {
        return urval.getSelectionIndex() <= 0 ? null : Loggurval.values()[urval.getSelectionIndex() - 1];
    }

    /** The search as the fields say; a period given backwards is searched forwards. */
    Loggfraga fraga() {
        LocalDate a = dag(fran);
        LocalDate b = dag(till);
        Atkomsthandling h = handling.getSelectionIndex() <= 0 ? null : Atkomsthandling.values()[handling.getSelectionIndex() - 1];
        return new Loggfraga(a.isAfter(b) ? b : a, a.isAfter(b) ? a : b, anvandare.getText().strip(), kund.getText().strip(), h,
                valtUrval(), grans.getSelection());
    }
}
