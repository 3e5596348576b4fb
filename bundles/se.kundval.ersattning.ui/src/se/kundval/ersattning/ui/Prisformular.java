package se.kundval.ersattning.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.kundval.core.ValideringException;
import se.kundval.model.KundvalFactory;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Pris;
import se.kundval.model.regler.Meddelanden;

/**
 * The form for a new price of the selected type from a day: checkbelopp per month and an optional
 * resultatbonus. Amounts are read as Swedish writes them; what cannot be read, and what the service
 * refuses (a negative amount, a price from a day that already has one), is shown at its field.
 */
final class Prisformular {

    static final String FRAN = "se.kundval.ersattning.ui.prislista.fran"; //$NON-NLS-1$
    static final String CHECKBELOPP = "se.kundval.ersattning.ui.prislista.checkbelopp"; //$NON-NLS-1$
    static final String BONUS = "se.kundval.ersattning.ui.prislista.bonus"; //$NON-NLS-1$
    static final String LAGG_TILL = "se.kundval.ersattning.ui.prislista.laggTill"; //$NON-NLS-1$
    static final String FEL = "se.kundval.ersattning.ui.prislista.fel"; //$NON-NLS-1$

    private final Group ram;
    private final DateTime fran;
    private final Text checkbelopp;
    private final Text bonus;
    private final Button laggTill;
    private final Faltmarkering markering;

    /** @param idag the day a new price is proposed to apply from (the widget's own default is the wall clock's) */
    Prisformular(Composite parent, IStylingEngine styling, Consumer<Pris> nyttPris, LocalDate idag) {
        ram = new Group(parent, SWT.NONE);
        ram.setText(Messages.nyttPris);
        GridLayoutFactory.swtDefaults().numColumns(4).spacing(10, 6).applyTo(ram);
        etikett(Meddelanden.falt(Literals.PRIS__GILTIG_FRAN));
        fran = new DateTime(ram, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        fran.setData(ErsattningPart.DATANYCKEL, FRAN);
        fran.setDate(idag.getYear(), idag.getMonthValue() - 1, idag.getDayOfMonth());
        etikett(Messages.checkbeloppPerManad);
        checkbelopp = text(CHECKBELOPP, Messages.beloppTips);
        etikett(Messages.resultatbonus);
        bonus = text(BONUS, Messages.bonusTips);
        new Label(ram, SWT.NONE);
        laggTill = new Button(ram, SWT.PUSH);
        laggTill.setText(Messages.laggTillPris);
        laggTill.setData(ErsattningPart.DATANYCKEL, LAGG_TILL);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(laggTill);
        Label fel = new Label(ram, SWT.WRAP);
        fel.setData(ErsattningPart.DATANYCKEL, FEL);
        styling.setClassname(fel, "fel"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(fel);
        markering = new Faltmarkering(fel);
        markering.falt(Literals.PRIS__GILTIG_FRAN, fran);
        markering.falt(Literals.PRIS__CHECKBELOPP, checkbelopp);
        markering.falt(Literals.PRIS__BONUS, bonus);
        laggTill.addListener(SWT.Selection, e -> {
            Pris pris = las();
            if (pris != null) {
                nyttPris.accept(pris);
            }
        });
    }

    private void etikett(String text) {
        Label etikett = new Label(ram, SWT.NONE);
        etikett.setText(text);
        GridDataFactory.swtDefaults().indent(8, 0).applyTo(etikett);
    }

    private Text text(String nyckel, String tips) {
        Text t = new Text(ram, SWT.BORDER | SWT.RIGHT);
        t.setData(ErsattningPart.DATANYCKEL, nyckel);
        t.setToolTipText(tips);
        GridDataFactory.swtDefaults().hint(110, SWT.DEFAULT).applyTo(t);
        return t;
    }

    Composite kontroll() {
        return ram;
    }

    /** Which type the form adds to (null: none selected) and whether the user may add prices at all. */
    void forTyp(String rubrik, boolean far) {
        ram.setText(rubrik);
        for (Control k : new Control[] {fran, checkbelopp, bonus, laggTill}) {
            k.setEnabled(far);
        }
    }

    /** The form's price without its type, or null when an amount could not be read (then marked). */
    private Pris las() {
        markering.rensa();
        Pris pris = KundvalFactory.eINSTANCE.createPris();
        pris.setGiltigFran(LocalDate.of(fran.getYear(), fran.getMonth() + 1, fran.getDay()));
        try {
            pris.setCheckbelopp(Belopptolk.tolka(checkbelopp.getText()));
        } catch (NumberFormatException e) {
            markering.visa(Literals.PRIS__CHECKBELOPP, e.getMessage());
        }
        try {
            pris.setBonus(bonus.getText().isBlank() ? null : Belopptolk.tolka(bonus.getText()));
        } catch (NumberFormatException e) {
            markering.visa(Literals.PRIS__BONUS, e.getMessage());
        }
        return pris.getCheckbelopp() == null || markering.meddelande(Literals.PRIS__BONUS) != null ? null : pris;
    }

    void sparat() {
        markering.rensa();
        checkbelopp.setText(""); //$NON-NLS-1$
        bonus.setText(""); //$NON-NLS-1$
    }

    void refuserat(ValideringException fel) {
        markering.rensa();
        markering.visa(fel);
    }

    void fel(String meddelande) {
        markering.rensa();
        markering.visa(null, meddelande);
    }

    /** The refusal shown at a field, or null. */
    String meddelande(EStructuralFeature feature) {
        return markering.meddelande(feature);
    }
}
