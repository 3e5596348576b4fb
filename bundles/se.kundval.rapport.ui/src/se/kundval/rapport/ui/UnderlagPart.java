package se.kundval.rapport.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.core.Inloggning;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.tjanst.Insatsuppgift;
import se.kundval.ui.Felvisning;

/**
 * "Insatser bakom siffran": the insatser a figure of the kvalitetsrapport is computed from, as the
 * report counts them, with kund, type, anordnare, dates, avslutsorsak and the bedömning. Shows the
 * latest {@link Underlagsfraga} of the window.
 */
public class UnderlagPart {

    /** Element id of the part in the application model. */
    public static final String ID = "se.kundval.rapport.ui.part.underlag"; //$NON-NLS-1$
    public static final String RUBRIK = "se.kundval.rapport.ui.underlag.rubrik"; //$NON-NLS-1$
    public static final String TABELL = "se.kundval.rapport.ui.underlag.tabell"; //$NON-NLS-1$
    /** The heading's padding and the column's divider. */
    private static final int RUBRIKMARGINAL = 20;

    @Inject
    private Inloggning vem;

    @Inject
    private RapportService rapporter;

    @Inject
    private UISynchronize ui;

    @Inject
    private IStylingEngine styling;

    private Composite yta;
    private Label rubrik;
    private TableViewer tabell;
    private Underlagsfraga visad;

    @PostConstruct
    void skapa(Composite parent) {
        yta = parent;
        GridLayoutFactory.fillDefaults().margins(10, 8).spacing(0, 8).applyTo(parent);
        rubrik = new Label(parent, SWT.WRAP);
        rubrik.setData(KvalitetsrapportPart.DATANYCKEL, RUBRIK);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rubrik);
        Composite ram = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(ram);
        TableColumnLayout layout = new TableColumnLayout();
        ram.setLayout(layout);
        tabell = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.getTable().setData(KvalitetsrapportPart.DATANYCKEL, TABELL);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        kolumn(layout, Messages.kolumnInsatsId, 10, Insatsuppgift::insatsId);
        kolumn(layout, Messages.kolumnKundId, 9, Insatsuppgift::kundId);
        kolumn(layout, Messages.kolumnKund, 16, Insatsuppgift::kundnamn);
        kolumn(layout, Messages.kolumnInsatstyp, 8, Insatsuppgift::insatstyp);
        kolumn(layout, Messages.kolumnAnordnare, 16, Insatsuppgift::anordnare);
        kolumn(layout, Messages.kolumnStart, 9, i -> datum(i.startdatum()));
        kolumn(layout, Messages.kolumnPlaneratSlut, 9, i -> datum(i.slut()));
        kolumn(layout, Messages.kolumnAvslutsdatum, 9, i -> datum(i.avslutsdatum()));
        kolumn(layout, Messages.kolumnAvslutsorsak, 14, i -> i.avslutsorsak() == null ? "" //$NON-NLS-1$
                : Siffror.etikett("Avslutsorsak", i.avslutsorsak().getLiteral())); //$NON-NLS-1$
        kolumn(layout, Messages.kolumnLyckat, 8, UnderlagPart::lyckat);
        if (visad == null) {
            upplysning(Messages.underlagTomt);
        } else {
            las(visad);
        }
    }

    /** A figure was chosen in the report. */
    @Inject
    @Optional
    void fraga(Underlagsfraga fraga) {
        if (fraga == null) {
            return;
        }
        visad = fraga;
        if (tabell != null && !yta.isDisposed()) {
            las(fraga);
        }
    }

    private void las(Underlagsfraga fraga) {
        upplysning(NLS.bind(Messages.hamtarUnderlag, fraga.rubrik()));
        tabell.setInput(List.of());
        Inloggning anvandare = vem;
        Job.create(NLS.bind(Messages.hamtarUnderlag, fraga.rubrik()), (IProgressMonitor monitor) -> {
            try {
                List<Insatsuppgift> insatser = rapporter.insatserBakom(anvandare, fraga.period(), fraga.figur());
                ui.asyncExec(() -> visa(fraga, insatser));
            } catch (RuntimeException e) {
                ui.asyncExec(() -> {
                    if (fraga == visad && !yta.isDisposed()) {
                        upplysning(e.getMessage());
                        Felvisning.visa(yta.getShell(), e);
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void visa(Underlagsfraga fraga, List<Insatsuppgift> insatser) {
        if (fraga != visad || yta.isDisposed()) {
            return;
        }
        rubrik.setText(Siffror.format(Messages.underlagRubrik, fraga.rubrik(), fraga.period().fran().toString(),
                fraga.period().till().toString(), insatser.size()));
        styling.setClassname(rubrik, "rubrik"); //$NON-NLS-1$
        tabell.setInput(insatser);
        yta.layout(true, true);
    }

    private void upplysning(String text) {
        rubrik.setText(text);
        styling.setClassname(rubrik, "upplysning"); //$NON-NLS-1$
        yta.layout(true, true);
    }

    private void kolumn(TableColumnLayout layout, String text, int vikt, Function<Insatsuppgift, String> varde) {
        TableViewerColumn kolumn = new TableViewerColumn(tabell, SWT.NONE);
        kolumn.getColumn().setText(text);
        kolumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String t = varde.apply((Insatsuppgift) element);
                return t == null ? "" : t; //$NON-NLS-1$
            }
        });
        layout.setColumnData(kolumn.getColumn(), new ColumnWeightData(vikt, rubrikbredd(text)));
    }

    /**
     * At least the heading, in the bold GTK draws it in: with a fixed 60 points the empty list, open
     * from the start beside the report, read "Insats-i" and "Planera"; the part scrolls sideways instead.
     */
    private int rubrikbredd(String text) {
        GC gc = new GC(tabell.getTable());
        Font fet = FontDescriptor.createFrom(tabell.getTable().getFont()).setStyle(SWT.BOLD).createFont(tabell.getTable().getDisplay());
        try {
            gc.setFont(fet);
            return gc.textExtent(text).x + RUBRIKMARGINAL;
        } finally {
            gc.dispose();
            fet.dispose();
        }
    }

    private static String lyckat(Insatsuppgift insats) {
        if (insats.avslutsdatum() == null) {
            return ""; //$NON-NLS-1$
        }
        return insats.lyckat() == null ? Messages.ejBedomd : insats.lyckat() ? Messages.ja : Messages.nej;
    }

    private static String datum(LocalDate dag) {
        return dag == null ? "" : dag.toString(); //$NON-NLS-1$
    }

    @Focus
    void fokus() {
        tabell.getTable().setFocus();
    }
}
