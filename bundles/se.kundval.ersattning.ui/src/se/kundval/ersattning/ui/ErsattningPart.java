package se.kundval.ersattning.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Utbetalningsunderlag;
import se.kundval.ui.Felvisning;
import se.kundval.ui.Filvaljare;

/**
 * The Ersättning part: the utbetalningsunderlag of a chosen month (DOMAIN §5) per anordnare, with
 * subtotals, the month's total and the lines still waiting for an avslutsbedömning marked; exported
 * to CSV or XLSX. Computed in the background; a month chosen meanwhile wins over one still computing.
 */
public class ErsattningPart {

    /** Element id of the part in the application model. */
    public static final String ID = "se.kundval.ersattning.ui.part.ersattning"; //$NON-NLS-1$
    /** Data key under which widgets carry their stable id for tests. */
    public static final String DATANYCKEL = "kundval.id"; //$NON-NLS-1$
    public static final String TABELL = "se.kundval.ersattning.ui.ersattning.tabell"; //$NON-NLS-1$
    public static final String SUMMA = "se.kundval.ersattning.ui.ersattning.summa"; //$NON-NLS-1$
    public static final String MEDDELANDE = "se.kundval.ersattning.ui.ersattning.meddelande"; //$NON-NLS-1$
    public static final String EXPORT_CSV = "se.kundval.ersattning.ui.ersattning.exportCsv"; //$NON-NLS-1$
    public static final String EXPORT_XLSX = "se.kundval.ersattning.ui.ersattning.exportXlsx"; //$NON-NLS-1$

    /** Read by the background job; replaced when another user logs in. */
    private volatile Inloggning vem;

    @Inject
    private ErsattningService ersattning;

    @Inject
    @Service
    private Clock klocka;

    @Inject
    private UISynchronize ui;

    @Inject
    private IStylingEngine styling;

    /** Set in the context by tests; otherwise the platform's save dialog. */
    @Inject
    @Optional
    private Filvaljare filvaljare;

    private Composite yta;
    private Manadsval manadsval;
    private Label summa;
    private Underlagstabell tabell;
    private Label meddelande;
    private Button[] exportknappar;
    private Utbetalningsunderlag visat;
    /** Counts the reads; only the latest one's result is shown. */
    private int lasning;

    @PostConstruct
    void skapa(Composite parent) {
        yta = parent;
        GridLayoutFactory.fillDefaults().margins(8, 6).spacing(0, 6).applyTo(parent);
        Composite rad = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(rad);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rad);
        manadsval = new Manadsval(rad, YearMonth.now(klocka).minusMonths(1), this::las);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(manadsval.kontroll());
        exportknappar = new Button[] {exportknapp(rad, Messages.exporteraCsv, EXPORT_CSV, Underlagsexport.Format.CSV),
            exportknapp(rad, Messages.exporteraXlsx, EXPORT_XLSX, Underlagsexport.Format.XLSX)};

        summa = new Label(parent, SWT.WRAP);
        summa.setData(DATANYCKEL, SUMMA);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summa);
        tabell = new Underlagstabell(parent, new Underlagstrad());
        tabell.natTable().setData(DATANYCKEL, TABELL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabell.natTable());
        meddelande = new Label(parent, SWT.WRAP);
        meddelande.setData(DATANYCKEL, MEDDELANDE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(meddelande);
        las(manadsval.manad());
    }

    private Button exportknapp(Composite parent, String text, String nyckel, Underlagsexport.Format format) {
        Button knapp = new Button(parent, SWT.PUSH);
        knapp.setText(text);
        knapp.setData(DATANYCKEL, nyckel);
        knapp.setEnabled(false);
        knapp.addListener(SWT.Selection, e -> exportera(format));
        return knapp;
    }

    /** Another user may lack the right, or have it where the previous one did not. */
    @Inject
    void inloggning(Inloggning inloggad) {
        vem = inloggad;
        if (manadsval != null && !yta.isDisposed()) {
            las(manadsval.manad());
        }
    }

    private void las(YearMonth manad) {
        int denna = ++lasning;
        visat = null;
        aktivera(false);
        meddelande.setText(""); //$NON-NLS-1$
        tabell.visa(List.of());
        if (!vem.har(Rattighet.KORA_ERSATTNING)) {
            upplysning(Messages.ingenBehorighet);
            return;
        }
        upplysning(NLS.bind(Messages.beraknar, Texter.manad(manad)));
        Inloggning anvandare = vem;
        Job jobb = Job.create(NLS.bind(Messages.jobbUnderlag, Texter.manad(manad)), (IProgressMonitor monitor) -> {
            monitor.beginTask(NLS.bind(Messages.jobbUnderlag, Texter.manad(manad)), IProgressMonitor.UNKNOWN);
            try {
                Utbetalningsunderlag underlag = ersattning.underlag(anvandare, manad);
                ui.asyncExec(() -> visa(denna, underlag));
            } catch (RuntimeException e) {
                ui.asyncExec(() -> visaFel(denna, e));
            } finally {
                monitor.done();
            }
            return Status.OK_STATUS;
        });
        jobb.setUser(false);
        jobb.schedule();
    }

    private void visa(int denna, Utbetalningsunderlag underlag) {
        if (denna != lasning || yta.isDisposed()) {
            return;
        }
        visat = underlag;
        tabell.visa(Underlagsrad.av(underlag));
        summa.setText(NLS.bind(Messages.summering, new Object[] {Texter.manad(underlag.manad()), Texter.kronor(underlag.attBetala()),
            Texter.kronor(underlag.vantarPaBedomning())}));
        styling.setClassname(summa, "rubrik"); //$NON-NLS-1$
        aktivera(!underlag.rader().isEmpty());
        yta.layout(true, true);
    }

    private void visaFel(int denna, RuntimeException fel) {
        if (denna != lasning || yta.isDisposed()) {
            return;
        }
        upplysning(fel.getMessage());
        if (!(fel instanceof KundvalException)) {
            Felvisning.visa(yta.getShell(), fel);
        }
    }

    private void exportera(Underlagsexport.Format format) {
        Utbetalningsunderlag underlag = visat;
        if (underlag == null) {
            return;
        }
        Filvaljare valjare = filvaljare != null ? filvaljare : new Filvaljare();
        Path fil = valjare.sparaSom(yta.getShell(), Messages.exportDialog, Underlagsexport.filnamn(underlag, format),
                format.filandelse());
        if (fil == null) {
            return;
        }
        meddelande.setText(NLS.bind(Messages.exporterar, fil));
        Job.create(NLS.bind(Messages.exporterar, fil), (IProgressMonitor monitor) -> {
            try {
                Underlagsexport.skriv(underlag, format, fil);
                ui.asyncExec(() -> exporterat(NLS.bind(Messages.exporterat, fil)));
            } catch (IOException | RuntimeException e) {
                ui.asyncExec(() -> exporterat(NLS.bind(Messages.exportMisslyckades, fil, e.getMessage())));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void exporterat(String text) {
        if (!meddelande.isDisposed()) {
            meddelande.setText(text);
            yta.layout(true, true);
        }
    }

    private void aktivera(boolean kanExportera) {
        for (Button knapp : exportknappar) {
            knapp.setEnabled(kanExportera);
        }
    }

    private void upplysning(String text) {
        summa.setText(text);
        styling.setClassname(summa, "upplysning"); //$NON-NLS-1$
        yta.layout(true, true);
    }

    @Focus
    void fokus() {
        manadsval.fokus();
    }
}
