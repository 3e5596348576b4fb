package se.kundval.uppfoljning.ui;

import java.util.List;

import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import se.kundval.model.KundvalFactory;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Manadsrapport;
import se.kundval.ui.Faltfel;
import se.kundval.ui.Formular;
import se.kundval.ui.Visning;

/**
 * The fields of a månadsrapport (DOMAIN §2): aktiviteter, närvaro, progression towards the plan's
 * mål, frånvaro with sick days and those with läkarintyg, avvikelser. Editable for the anordnare
 * while the month may be filed, read-only otherwise.
 */
final class Rapportformular {

    static final String PREFIX = "se.kundval.uppfoljning.ui.rapport."; //$NON-NLS-1$
    private static final int DAGAR = 31;

    private final Formular formular;
    private final Text aktiviteter;
    private final Spinner narvarodagar;
    private final Text progression;
    private final Spinner franvarodagar;
    private final Spinner sjukdagar;
    private final Spinner medLakarintyg;
    private final Text avvikelser;
    private final Faltfel faltfel = new Faltfel();

    Rapportformular(Composite parent, IStylingEngine stil) {
        formular = new Formular(parent, stil);
        aktiviteter = formular.textruta(Messages.rapportAktiviteter, PREFIX + "aktiviteter", 2); //$NON-NLS-1$
        narvarodagar = formular.tal(Messages.narvarodagar, PREFIX + "narvarodagar", DAGAR); //$NON-NLS-1$
        progression = formular.textruta(Messages.progression, PREFIX + "progression", 2); //$NON-NLS-1$
        franvarodagar = formular.tal(Messages.franvarodagar, PREFIX + "franvarodagar", DAGAR); //$NON-NLS-1$
        sjukdagar = formular.tal(Messages.sjukdagar, PREFIX + "sjukdagar", DAGAR); //$NON-NLS-1$
        medLakarintyg = formular.tal(Messages.medLakarintyg, PREFIX + "sjukdagarMedLakarintyg", DAGAR); //$NON-NLS-1$
        avvikelser = formular.textruta(Messages.avvikelser, PREFIX + "avvikelser", 2); //$NON-NLS-1$
        faltfel.falt(Literals.MANADSRAPPORT__FRANVARODAGAR, franvarodagar)
                .falt(Literals.MANADSRAPPORT__SJUKDAGAR, sjukdagar)
                .falt(Literals.MANADSRAPPORT__SJUKDAGAR_MED_LAKARINTYG, medLakarintyg)
                .falt(Literals.MANADSRAPPORT__NARVARODAGAR, narvarodagar);
    }

    Composite yta() {
        return formular.yta();
    }

    Faltfel faltfel() {
        return faltfel;
    }

    /** Shows a filed report, or empty fields for a month without one. */
    void visa(Manadsrapport rapport, boolean redigerbar) {
        aktiviteter.setText(rapport == null ? "" : Visning.text(rapport.getAktiviteter())); //$NON-NLS-1$
        narvarodagar.setSelection(rapport == null ? 0 : rapport.getNarvarodagar());
        progression.setText(rapport == null ? "" : Visning.text(rapport.getProgression())); //$NON-NLS-1$
        franvarodagar.setSelection(rapport == null ? 0 : rapport.getFranvarodagar());
        sjukdagar.setSelection(rapport == null ? 0 : rapport.getSjukdagar());
        medLakarintyg.setSelection(rapport == null ? 0 : rapport.getSjukdagarMedLakarintyg());
        avvikelser.setText(rapport == null ? "" : Visning.text(rapport.getAvvikelser())); //$NON-NLS-1$
        for (Text t : List.of(aktiviteter, progression, avvikelser)) {
            t.setEditable(redigerbar);
        }
        for (Control c : List.<Control>of(narvarodagar, franvarodagar, sjukdagar, medLakarintyg)) {
            c.setEnabled(redigerbar);
        }
        faltfel.rensa();
    }

    /** A new report with what the fields say, for the month. */
    Manadsrapport rapport(java.time.YearMonth period) {
        Manadsrapport r = KundvalFactory.eINSTANCE.createManadsrapport();
        r.setPeriod(period);
        r.setAktiviteter(aktiviteter.getText().strip());
        r.setNarvarodagar(narvarodagar.getSelection());
        r.setProgression(progression.getText().strip());
        r.setFranvarodagar(franvarodagar.getSelection());
        r.setSjukdagar(sjukdagar.getSelection());
        r.setSjukdagarMedLakarintyg(medLakarintyg.getSelection());
        r.setAvvikelser(avvikelser.getText().strip());
        return r;
    }
}
