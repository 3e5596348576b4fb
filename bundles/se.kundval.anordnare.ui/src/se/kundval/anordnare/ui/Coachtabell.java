package se.kundval.anordnare.ui;

import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import se.kundval.model.Anordnare;
import se.kundval.model.Coach;
import se.kundval.ui.Kolumnbredder;

/** The anordnare's coacher (jobb- och utbildningsexperter): name, e-mail, telephone. */
final class Coachtabell {

    static final String TABELL = "se.kundval.anordnare.ui.anordnare.coacher"; //$NON-NLS-1$
    static final String LAGG_TILL = TABELL + ".laggTill"; //$NON-NLS-1$
    static final String ANDRA = TABELL + ".andra"; //$NON-NLS-1$
    static final String TA_BORT = TABELL + ".taBort"; //$NON-NLS-1$

    private final TableViewer tabell;
    private final Button laggTill;
    private final Button andra;
    private final Button taBort;
    private final Runnable andrad;
    private Anordnare anordnare;
    private boolean redigerbar = true;

    /** @param andrad called after every change, to mark the editor dirty and validate */
    Coachtabell(Composite parent, Runnable andrad) {
        this.andrad = andrad;
        Composite yta = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(yta);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(yta);
        tabell = new TableViewer(yta, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        tabell.getTable().setData(AnordnarregisterPart.DATANYCKEL, TABELL);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        kolumn(Messages.kolumnCoach, 160, Coach::getNamn);
        kolumn(Messages.kolumnEpost, 170, Coach::getEpost);
        kolumn(Messages.kolumnTelefon, 110, Coach::getTelefon);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 100).applyTo(tabell.getControl());
        Composite knappar = new Composite(yta, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(knappar);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(knappar);
        laggTill = knapp(knappar, Messages.laggTill, LAGG_TILL);
        andra = knapp(knappar, Messages.andra, ANDRA);
        taBort = knapp(knappar, Messages.taBort, TA_BORT);
        laggTill.addListener(SWT.Selection, e -> redigera(null));
        andra.addListener(SWT.Selection, e -> redigera(vald()));
        taBort.addListener(SWT.Selection, e -> taBort());
        tabell.addSelectionChangedListener(e -> aktivera(redigerbar));
        tabell.addDoubleClickListener(e -> {
            if (andra.isEnabled()) {
                redigera(vald());
            }
        });
    }

    private static Button knapp(Composite knappar, String text, String id) {
        Button b = new Button(knappar, SWT.PUSH);
        b.setText(text);
        b.setData(AnordnarregisterPart.DATANYCKEL, id);
        GridDataFactory.fillDefaults().applyTo(b);
        return b;
    }

    private void kolumn(String rubrik, int bredd, Function<Coach, String> text) {
        TableViewerColumn k = new TableViewerColumn(tabell, SWT.NONE);
        k.getColumn().setText(rubrik);
        k.getColumn().setWidth(bredd);
        k.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> {
            String t = text.apply((Coach) o);
            return t == null ? "" : t; //$NON-NLS-1$
        }));
    }

    void visa(Anordnare ny) {
        anordnare = ny;
        tabell.setInput(ny.getCoacher().toArray());
        Kolumnbredder.rymInnehall(tabell.getTable());
        aktivera(redigerbar);
    }

    void aktivera(boolean ja) {
        redigerbar = ja;
        laggTill.setEnabled(ja && anordnare != null);
        andra.setEnabled(ja && vald() != null);
        taBort.setEnabled(ja && vald() != null);
    }

    private Coach vald() {
        return ((IStructuredSelection) tabell.getSelection()).getFirstElement() instanceof Coach c ? c : null;
    }

    /** @param coach the coach to change, or null for a new one */
    private void redigera(Coach coach) {
        CoachDialog dialog = new CoachDialog(tabell.getControl().getShell(), coach);
        if (dialog.open() != CoachDialog.OK) {
            return;
        }
        Coach ny = dialog.resultat();
        if (coach == null) {
            anordnare.getCoacher().add(ny);
        } else {
            coach.setNamn(ny.getNamn());
            coach.setEpost(ny.getEpost());
            coach.setTelefon(ny.getTelefon());
        }
        visa(anordnare);
        andrad.run();
    }

    private void taBort() {
        Coach vald = vald();
        if (vald != null) {
            anordnare.getCoacher().remove(vald);
            visa(anordnare);
            andrad.run();
        }
    }
}
