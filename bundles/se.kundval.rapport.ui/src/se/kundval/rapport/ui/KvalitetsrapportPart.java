package se.kundval.rapport.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.rapport.Rapportformat;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.rapport.Resultatrad;
import se.kundval.ui.Felvisning;
import se.kundval.ui.Filvaljare;

/**
 * The Kvalitetsrapport part (kvalitetsutvecklare): the report of DOMAIN §7 for a year, a tertial or
 * any period, its measures per insatstyp, per anordnare and in total with their n, the
 * distributions, charts and the tillsyn; any figure with insatser behind it lists them in the
 * Underlag part. The report is exported as RapportService writes it (CSV, XLSX, PDF).
 */
public class KvalitetsrapportPart {

    /** Element id of the part in the application model. */
    public static final String ID = "se.kundval.rapport.ui.part.kvalitetsrapport"; //$NON-NLS-1$
    /** Data key under which widgets carry their stable id for tests. */
    public static final String DATANYCKEL = "kundval.id"; //$NON-NLS-1$
    public static final String VISA = "se.kundval.rapport.ui.rapport.visa"; //$NON-NLS-1$
    public static final String SAMMANFATTNING = "se.kundval.rapport.ui.rapport.sammanfattning"; //$NON-NLS-1$
    public static final String VISA_UNDERLAG = "se.kundval.rapport.ui.rapport.visaUnderlag"; //$NON-NLS-1$
    public static final String MEDDELANDE = "se.kundval.rapport.ui.rapport.meddelande"; //$NON-NLS-1$
    public static final String EXPORT = "se.kundval.rapport.ui.rapport.export."; //$NON-NLS-1$

    private static final List<Rapportformat> EXPORTFORMAT = List.of(Rapportformat.CSV, Rapportformat.XLSX, Rapportformat.PDF);

    private volatile Inloggning vem;

    @Inject
    @Service
    private Clock klocka;

    @Inject
    private RapportService rapporter;

    @Inject
    private UISynchronize ui;

    @Inject
    private IStylingEngine styling;

    @Inject
    private EPartService delar;

    @Inject
    private MWindow fonster;

    @Inject
    @Optional
    private Filvaljare filvaljare;

    private Composite yta;
    private Periodval periodval;
    private Label sammanfattning;
    private Rapportflikar flikar;
    private Label meddelande;
    private final List<Button> kraverRapport = new ArrayList<>();
    private Kvalitetsrapport visad;
    private int lasning;

    @PostConstruct
    void skapa(Composite parent) {
        yta = parent;
        GridLayoutFactory.fillDefaults().margins(8, 6).spacing(0, 6).applyTo(parent);
        // the period on a line of its own: beside it the buttons fell outside a part of half the window
        periodval = new Periodval(parent, LocalDate.now(klocka).getYear() - 1);
        Composite rad = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(1 + EXPORTFORMAT.size()).applyTo(rad);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rad);
        Button visa = new Button(rad, SWT.PUSH);
        visa.setText(Messages.visaRapporten);
        visa.setData(DATANYCKEL, VISA);
        visa.addListener(SWT.Selection, e -> las());
        GridDataFactory.swtDefaults().grab(true, false).align(SWT.BEGINNING, SWT.CENTER).applyTo(visa);
        for (Rapportformat format : EXPORTFORMAT) {
            kraverRapport.add(knapp(rad, NLS.bind(Messages.exportera, format.name()), EXPORT + format.filandelse(),
                    () -> exportera(format)));
        }
        sammanfattning = new Label(parent, SWT.WRAP);
        sammanfattning.setData(DATANYCKEL, SAMMANFATTNING);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(sammanfattning);
        flikar = new Rapportflikar(parent, this::visaUnderlag);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(flikar.kontroll());
        Composite fot = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(fot);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fot);
        kraverRapport.add(knapp(fot, Messages.visaUnderlag, VISA_UNDERLAG,
                () -> flikar.markerad().ifPresent(t -> visaUnderlag(t.kolumn().rubrik() + " \u2013 " + t.rad().namn(), t.cell())))); //$NON-NLS-1$
        meddelande = new Label(fot, SWT.WRAP);
        meddelande.setData(DATANYCKEL, MEDDELANDE);
        meddelande.setText(Messages.forklaring);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(meddelande);
        aktivera(false);
        upplysning(Messages.valjPeriod);
    }

    private static Button knapp(Composite parent, String text, String nyckel, Runnable gor) {
        Button knapp = new Button(parent, SWT.PUSH);
        knapp.setText(text);
        knapp.setData(DATANYCKEL, nyckel);
        knapp.addListener(SWT.Selection, e -> gor.run());
        return knapp;
    }

    @Inject
    void inloggning(Inloggning inloggad) {
        vem = inloggad;
    }

    private void las() {
        int denna = ++lasning;
        Rapportperiod period = periodval.period();
        visad = null;
        aktivera(false);
        if (!vem.har(Rattighet.LASA_RAPPORTER)) {
            upplysning(Messages.ingenBehorighet);
            return;
        }
        upplysning(NLS.bind(Messages.beraknar, period.fran(), period.till()));
        Inloggning anvandare = vem;
        Job.create(NLS.bind(Messages.beraknar, period.fran(), period.till()), (IProgressMonitor monitor) -> {
            try {
                Kvalitetsrapport rapport = rapporter.kvalitetsrapport(anvandare, period);
                ui.asyncExec(() -> visa(denna, rapport));
            } catch (RuntimeException e) {
                ui.asyncExec(() -> {
                    if (denna == lasning && !yta.isDisposed()) {
                        upplysning(e.getMessage());
                        Felvisning.visa(yta.getShell(), e);
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void visa(int denna, Kvalitetsrapport rapport) {
        if (denna != lasning || yta.isDisposed()) {
            return;
        }
        visad = rapport;
        Resultatrad totalt = rapport.totalt().resultat();
        sammanfattning.setText(Siffror.format(Messages.sammanfattning, rapport.period().fran().toString(),
                rapport.period().till().toString(), totalt.kunder(), totalt.insatser(), totalt.avslut(),
                Siffror.andel(totalt.lyckade(), null).text(), Siffror.procent(Rapportdiagram.MAL)));
        styling.setClassname(sammanfattning, "rubrik"); //$NON-NLS-1$
        flikar.visa(rapport);
        aktivera(true);
        yta.layout(true, true);
    }

    /** Puts the figure's question where the Underlag part finds it, and shows that part. */
    private void visaUnderlag(String rubrik, Cell cell) {
        if (visad == null || cell.figur() == null) {
            meddelande.setText(Messages.ingetUnderlag);
            return;
        }
        meddelande.setText(Messages.forklaring);
        fonster.getContext().set(Underlagsfraga.class, new Underlagsfraga(visad.period(), cell.figur(), rubrik));
        delar.showPart(UnderlagPart.ID, PartState.ACTIVATE);
    }

    private void exportera(Rapportformat format) {
        Kvalitetsrapport rapport = visad;
        if (rapport == null) {
            return;
        }
        Filvaljare valjare = filvaljare != null ? filvaljare : new Filvaljare();
        String forslag = NLS.bind(Messages.exportFilnamn, new Object[] {rapport.period().fran(), rapport.period().till(),
            format.filandelse()});
        Path fil = valjare.sparaSom(yta.getShell(), Messages.exportDialog, forslag, format.filandelse());
        if (fil == null) {
            return;
        }
        meddelande.setText(NLS.bind(Messages.exporterar, fil));
        Job.create(NLS.bind(Messages.exporterar, fil), (IProgressMonitor monitor) -> {
            try {
                skriv(rapport, format, fil);
                ui.asyncExec(() -> exporterat(NLS.bind(Messages.exporterat, fil)));
            } catch (IOException | RuntimeException e) {
                ui.asyncExec(() -> exporterat(NLS.bind(Messages.exportMisslyckades, fil, e.getMessage())));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /** Whole or not at all: written beside the target, then moved over it. */
    private void skriv(Kvalitetsrapport rapport, Rapportformat format, Path fil) throws IOException {
        // beside the target, with the usual permissions (a temp file would be readable by its owner only)
        Path tillfallig = fil.resolveSibling("." + fil.getFileName() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (OutputStream ut = Files.newOutputStream(tillfallig)) {
                rapporter.skriv(rapport, format, ut);
            }
            Files.move(tillfallig, fil, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tillfallig);
        }
    }

    private void exporterat(String text) {
        if (!meddelande.isDisposed()) {
            meddelande.setText(text);
            yta.layout(true, true);
        }
    }

    private void aktivera(boolean harRapport) {
        kraverRapport.forEach(k -> k.setEnabled(harRapport));
    }

    private void upplysning(String text) {
        sammanfattning.setText(text);
        styling.setClassname(sammanfattning, "upplysning"); //$NON-NLS-1$
        yta.layout(true, true);
    }

    /** The tabs, for tests: the tables and charts the user drills down from. */
    Rapportflikar flikar() {
        return flikar;
    }

    @Focus
    void fokus() {
        flikar.kontroll().setFocus();
    }
}
