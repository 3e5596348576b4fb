package se.kundval.anordnare.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.model.Anordnare;
import se.kundval.model.regler.Auktorisationer;
import se.kundval.model.regler.Organisationsnummer;
import se.kundval.ui.Felvisning;
import se.kundval.ui.Bakgrund;
import se.kundval.ui.Kolumnbredder;
import se.kundval.ui.Tabellstil;

/**
 * The Anordnarregister (administratör): every anordnare with the types it is authorised for today,
 * its latest insats start, and a mark when it has started no insats in twelve months and should be
 * considered for avauktorisation (DOMAIN §2). Selecting one shows it in the Anordnare part.
 */
public class AnordnarregisterPart {

    public static final String ID = "se.kundval.anordnare.ui.part.register"; //$NON-NLS-1$
    public static final String DATANYCKEL = "kundval.id"; //$NON-NLS-1$
    public static final String TABELL = "se.kundval.anordnare.ui.register"; //$NON-NLS-1$
    public static final String ANTAL = "se.kundval.anordnare.ui.register.antal"; //$NON-NLS-1$
    public static final String NY = "se.kundval.anordnare.ui.register.ny"; //$NON-NLS-1$

    /** One row: the anordnare and what the register shows about it today. */
    record Rad(Anordnare anordnare, LocalDate senasteStart, boolean flaggad) {
    }

    /** A flagged anordnare's text in the dark theme: the light red Mina kunder marks overdue rows with. */
    private static final Color FLAGGAD_MORK = new Color(255, 138, 128);

    @Inject
    private AnordnareService register;

    @Inject
    @Service
    private Clock klocka;

    @Inject
    private UISynchronize ui;

    @Inject
    private ESelectionService selektion;

    @Inject
    private EPartService delar;

    private Inloggning vem;
    private TableViewer tabell;
    private Label antal;
    private Button ny;

    @PostConstruct
    void skapa(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(0, 4).spacing(0, 4).applyTo(parent);
        Composite rad = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 0).applyTo(rad);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rad);
        antal = new Label(rad, SWT.NONE);
        antal.setData(DATANYCKEL, ANTAL);
        antal.setText(Messages.hamtarAnordnare);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(antal);
        ny = new Button(rad, SWT.PUSH);
        ny.setText(Messages.nyAnordnare);
        ny.setData(DATANYCKEL, NY);
        ny.addListener(SWT.Selection, e -> visaIRedigering(Anordnarval.ny()));
        ny.setEnabled(vem.har(Rattighet.ADMINISTRERA_ANORDNARE));

        tabell = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        tabell.getTable().setData(DATANYCKEL, TABELL);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        Color rod = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        kolumn(Messages.kolumnNamn, 200, r -> r.anordnare().getNamn(), rod);
        kolumn(Messages.kolumnOrgnr, 140, r -> Organisationsnummer.formaterat(r.anordnare().getOrgnr()), rod);
        kolumn(Messages.kolumnAuktoriseradFor, 220, r -> Auktorisationstabell.giltigaIdag(r.anordnare(), LocalDate.now(klocka)), rod);
        kolumn(Messages.kolumnSenasteStart, 140, r -> r.senasteStart() == null ? Messages.ingenInsats : r.senasteStart().toString(), rod);
        kolumn(Messages.kolumnAvauktorisation, 200, r -> r.flaggad() ? Messages.foreslasAvauktorisation : "", rod); //$NON-NLS-1$
        kolumn(Messages.kolumnCoacher, 70, r -> String.valueOf(r.anordnare().getCoacher().size()), rod);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabell.getControl());
        // the flagged rows' red depends on the theme, which the CSS engine may change after the rows are shown
        boolean[] morkt = {morkt()};
        tabell.getTable().addListener(SWT.Paint, e -> {
            if (morkt[0] != morkt()) {
                morkt[0] = morkt();
                tabell.getTable().getDisplay().asyncExec(() -> {
                    if (!tabell.getTable().isDisposed()) {
                        tabell.refresh();
                    }
                });
            }
        });
        tabell.addSelectionChangedListener(h -> {
            if (((IStructuredSelection) h.getSelection()).getFirstElement() instanceof Rad vald) {
                visaIRedigering(new Anordnarval(vald.anordnare().getOrgnr()));
            }
        });
        las();
    }

    private void kolumn(String rubrik, int bredd, Function<Rad, String> text, Color flaggad) {
        TableViewerColumn k = new TableViewerColumn(tabell, SWT.NONE);
        k.getColumn().setText(rubrik);
        k.getColumn().setWidth(bredd);
        k.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String t = text.apply((Rad) element);
                return t == null ? "" : t; //$NON-NLS-1$
            }

            @Override
            public Color getForeground(Object element) {
                if (!((Rad) element).flaggad()) {
                    return null;
                }
                // the dark red of the light theme could not be read on the dark theme's background
                return morkt() ? FLAGGAD_MORK : flaggad;
            }
        });
    }

    private boolean morkt() {
        return Tabellstil.mork(tabell.getTable().getBackground().getRGB());
    }

    /** Publishes the choice and brings the Anordnare part forward. */
    private void visaIRedigering(Anordnarval val) {
        selektion.setSelection(val);
        delar.showPart(AnordnarePart.ID, PartState.VISIBLE);
    }

    /** Reads the register in the background, then shows it. */
    private void las() {
        Inloggning lasare = vem;
        Job.create(Messages.jobbRegister, (IProgressMonitor monitor) -> {
            monitor.beginTask(Messages.jobbRegister, IProgressMonitor.UNKNOWN);
            try {
                List<Anordnare> alla = register.alla(lasare);
                Map<String, LocalDate> senaste = lasare.har(Rattighet.ADMINISTRERA_ANORDNARE)
                        ? register.senasteInsatsstart(lasare) : Map.of();
                LocalDate idag = LocalDate.now(klocka);
                List<Rad> rader = alla.stream().map(a -> new Rad(a, senaste.get(a.getOrgnr()),
                        Auktorisationer.flaggadForAvauktorisation(a, senaste.get(a.getOrgnr()), idag))).toList();
                ui.asyncExec(() -> visa(rader));
            } catch (RuntimeException e) {
                ui.asyncExec(() -> {
                    if (!antal.isDisposed()) {
                        Felvisning.visa(antal.getShell(), e);
                    }
                });
            } finally {
                monitor.done();
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void visa(List<Rad> rader) {
        if (tabell.getTable().isDisposed()) {
            return;
        }
        tabell.setInput(rader);
        Kolumnbredder.rymInnehall(tabell.getTable());
        long flaggade = rader.stream().filter(Rad::flaggad).count();
        antal.setText(NLS.bind(Messages.antalAnordnare, rader.size(), flaggade));
        Bakgrund.layoutaOm(antal);
    }

    /** Only an administrator changes the register; others see it. */
    @Inject
    void inloggning(@Optional Inloggning ny) {
        vem = ny;
        if (tabell != null && ny != null && !tabell.getTable().isDisposed()) {
            this.ny.setEnabled(ny.har(Rattighet.ADMINISTRERA_ANORDNARE));
            las();
        }
    }

    /** The Anordnare part saved an anordnare: read the register again. */
    @Inject
    @Optional
    void sparad(@UIEventTopic(AnordnarePart.SPARAD) String orgnr) {
        if (tabell != null && !tabell.getTable().isDisposed()) {
            las();
        }
    }

    @Focus
    void fokus() {
        tabell.getTable().setFocus();
    }
}
