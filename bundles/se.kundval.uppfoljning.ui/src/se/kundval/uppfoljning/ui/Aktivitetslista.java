package se.kundval.uppfoljning.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Text;

import se.kundval.model.Aktivitetstyp;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Planaktivitet;
import se.kundval.ui.Etiketter;
import se.kundval.ui.Formular;
import se.kundval.ui.Tabell;
import se.kundval.ui.Val;
import se.kundval.ui.Visning;

/**
 * The aktiviteter of a genomförandeplan being edited: a table, and under it the selected
 * aktivitet's type, description and planned dates. Edits go to the plan's working copies at once;
 * nothing is saved until the plan is.
 */
final class Aktivitetslista {

    static final String TABELL = "se.kundval.uppfoljning.ui.plan.aktiviteter"; //$NON-NLS-1$
    static final String TYP = "se.kundval.uppfoljning.ui.plan.aktivitet.typ"; //$NON-NLS-1$
    static final String BESKRIVNING = "se.kundval.uppfoljning.ui.plan.aktivitet.beskrivning"; //$NON-NLS-1$
    static final String START = "se.kundval.uppfoljning.ui.plan.aktivitet.start"; //$NON-NLS-1$
    static final String SLUT = "se.kundval.uppfoljning.ui.plan.aktivitet.slut"; //$NON-NLS-1$
    static final String NY = "se.kundval.uppfoljning.ui.plan.aktivitet.ny"; //$NON-NLS-1$
    static final String TA_BORT = "se.kundval.uppfoljning.ui.plan.aktivitet.taBort"; //$NON-NLS-1$

    private final Tabell<Planaktivitet> tabell;
    private final Formular detalj;
    private final Val<Aktivitetstyp> typ;
    private final Text beskrivning;
    private final DateTime start;
    private final DateTime slut;
    private final Button taBort;
    private final Runnable andrad;
    private List<Planaktivitet> aktiviteter = new ArrayList<>();
    private LocalDate forslagStart;
    private LocalDate forslagSlut;
    private boolean fyller;

    /** @param idag proposed for a new aktivitet until an insats is shown */
    Aktivitetslista(Composite parent, IStylingEngine stil, Runnable andrad, LocalDate idag) {
        this.andrad = andrad;
        this.forslagStart = idag;
        this.forslagSlut = idag;
        tabell = new Tabell<>(parent, Planaktivitet.class, TABELL, 4)
                .kolumn(Messages.kolumnTyp, 18, a -> Etiketter.av(a.getTyp()))
                .kolumn(Messages.kolumnBeskrivning, 46, Planaktivitet::getBeskrivning)
                .kolumn(Messages.kolumnPlaneradStart, 18, a -> Visning.datum(a.getPlaneradStart()))
                .kolumn(Messages.kolumnPlaneratSlut, 18, a -> Visning.datum(a.getPlaneradSlut()));
        tabell.vidVal(this::fyll);
        detalj = new Formular(parent, stil);
        typ = detalj.val(Messages.aktivitetstyp, TYP, Etiketter::av);
        typ.alternativ(Arrays.asList(Aktivitetstyp.values()));
        beskrivning = detalj.text(Messages.beskrivning, BESKRIVNING);
        start = detalj.datum(Messages.planeradStart, START);
        slut = detalj.datum(Messages.planeratSlut, SLUT);
        Composite knappar = detalj.knapprad();
        Formular.knapp(knappar, Messages.nyAktivitet, NY, this::ny);
        taBort = Formular.knapp(knappar, Messages.taBortAktivitet, TA_BORT, this::taBort);
        typ.vidAndring(this::andra);
        beskrivning.addListener(SWT.Modify, e -> andra());
        start.addListener(SWT.Selection, e -> andra());
        slut.addListener(SWT.Selection, e -> andra());
    }

    /** Shows working copies of the plan's aktiviteter; the dates proposed for a new one are the insats's. */
    void visa(List<Planaktivitet> kopior, boolean redigerbar, LocalDate insatsStart, LocalDate insatsSlut) {
        aktiviteter = new ArrayList<>(kopior);
        forslagStart = insatsStart;
        forslagSlut = insatsSlut;
        tabell.visa(aktiviteter);
        Formular.dolj(detalj.yta(), redigerbar);
        tabell.valj(aktiviteter.isEmpty() ? null : aktiviteter.get(0));
        fyll(tabell.vald());
    }

    List<Planaktivitet> aktiviteter() {
        return aktiviteter;
    }

    private void ny() {
        Planaktivitet a = KundvalFactory.eINSTANCE.createPlanaktivitet();
        a.setPlaneradStart(forslagStart);
        a.setPlaneradSlut(forslagSlut);
        aktiviteter.add(a);
        tabell.uppdatera();
        tabell.valj(a);
        andrad.run();
        typ.combo().setFocus();
    }

    private void taBort() {
        Planaktivitet vald = tabell.vald();
        if (vald != null) {
            aktiviteter.remove(vald);
            tabell.uppdatera();
            tabell.valj(aktiviteter.isEmpty() ? null : aktiviteter.get(aktiviteter.size() - 1));
            andrad.run();
        }
    }

    private void fyll(Planaktivitet a) {
        fyller = true;
        try {
            typ.valj(a == null ? null : a.getTyp());
            beskrivning.setText(a == null ? "" : Visning.text(a.getBeskrivning())); //$NON-NLS-1$
            Formular.datum(start, a == null || a.getPlaneradStart() == null ? forslagStart : a.getPlaneradStart());
            Formular.datum(slut, a == null || a.getPlaneradSlut() == null ? forslagSlut : a.getPlaneradSlut());
            for (Control falt : List.<Control>of(typ.combo(), beskrivning, start, slut, taBort)) {
                falt.setEnabled(a != null);
            }
        } finally {
            fyller = false;
        }
    }

    /**
     * Takes the fields into the selected aktivitet. Only a real difference counts as an edit: GTK
     * reports some programmatic changes of a date or choice as a selection after the fields are filled.
     */
    private void andra() {
        Planaktivitet a = tabell.vald();
        if (fyller || a == null) {
            return;
        }
        String text = beskrivning.getText().strip();
        if (typ.valt() == a.getTyp() && text.equals(Visning.text(a.getBeskrivning()))
                && Formular.datum(start).equals(a.getPlaneradStart()) && Formular.datum(slut).equals(a.getPlaneradSlut())) {
            return;
        }
        a.setTyp(typ.valt());
        a.setBeskrivning(text);
        a.setPlaneradStart(Formular.datum(start));
        a.setPlaneradSlut(Formular.datum(slut));
        tabell.uppdatera();
        andrad.run();
    }
}
