package se.kundval.anordnare.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
import se.kundval.model.Auktorisation;
import se.kundval.model.Insatstyp;
import se.kundval.model.regler.Auktorisationer;
import se.kundval.ui.Kolumnbredder;

/**
 * The anordnare's auktorisationer: type, from, to (empty: until further notice). A saved
 * auktorisation is ended by giving it an end date, not removed: the insatser granted under it must
 * stay valid. Only one added since the last save can be removed.
 */
final class Auktorisationstabell {

    static final String TABELL = "se.kundval.anordnare.ui.anordnare.auktorisationer"; //$NON-NLS-1$
    static final String LAGG_TILL = TABELL + ".laggTill"; //$NON-NLS-1$
    static final String ANDRA = TABELL + ".andra"; //$NON-NLS-1$
    static final String TA_BORT = TABELL + ".taBort"; //$NON-NLS-1$

    private final TableViewer tabell;
    private final Button laggTill;
    private final Button andra;
    private final Button taBort;
    private final Supplier<List<Insatstyp>> typer;
    private final Runnable andrad;
    private final Clock klocka;
    private Anordnare anordnare;
    private boolean redigerbar = true;

    /**
     * @param typer  the insats types to choose from
     * @param andrad called after every change, to mark the editor dirty and validate
     * @param klocka the part's clock, for the day a new auktorisation starts on
     */
    Auktorisationstabell(Composite parent, Supplier<List<Insatstyp>> typer, Runnable andrad, Clock klocka) {
        this.typer = typer;
        this.andrad = andrad;
        this.klocka = klocka;
        Composite yta = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(yta);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(yta);
        tabell = new TableViewer(yta, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        tabell.getTable().setData(AnordnarregisterPart.DATANYCKEL, TABELL);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        kolumn(Messages.kolumnInsatstyp, 200, a -> a.getInsatstyp() == null ? "" : Insatstyper.etikett(a.getInsatstyp())); //$NON-NLS-1$
        kolumn(Messages.kolumnFran, 95, a -> datum(a.getFran()));
        kolumn(Messages.kolumnTill, 95, a -> a.getTill() == null ? Messages.tillsVidare : a.getTill().toString());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(tabell.getControl());
        Composite knappar = new Composite(yta, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(knappar);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(knappar);
        laggTill = knapp(knappar, Messages.laggTill, LAGG_TILL);
        andra = knapp(knappar, Messages.andra, ANDRA);
        taBort = knapp(knappar, Messages.taBort, TA_BORT);
        laggTill.addListener(SWT.Selection, e -> laggTill());
        andra.addListener(SWT.Selection, e -> andra());
        taBort.addListener(SWT.Selection, e -> taBort());
        tabell.addSelectionChangedListener(e -> aktivera(redigerbar));
        tabell.addDoubleClickListener(e -> andra());
    }

    private static Button knapp(Composite knappar, String text, String id) {
        Button b = new Button(knappar, SWT.PUSH);
        b.setText(text);
        b.setData(AnordnarregisterPart.DATANYCKEL, id);
        GridDataFactory.fillDefaults().applyTo(b);
        return b;
    }

    private void kolumn(String rubrik, int bredd, Function<Auktorisation, String> text) {
        TableViewerColumn k = new TableViewerColumn(tabell, SWT.NONE);
        k.getColumn().setText(rubrik);
        k.getColumn().setWidth(bredd);
        k.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply((Auktorisation) o)));
    }

    void visa(Anordnare ny) {
        anordnare = ny;
        tabell.setInput(ny.getAuktorisationer().stream().sorted(Comparator.comparing(Auktorisation::getFran,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList());
        Kolumnbredder.rymInnehall(tabell.getTable());
        aktivera(redigerbar);
    }

    /** Buttons follow the right to edit and the selection. */
    void aktivera(boolean ja) {
        redigerbar = ja;
        Auktorisation vald = vald();
        laggTill.setEnabled(redigerbar && anordnare != null);
        andra.setEnabled(redigerbar && vald != null);
        taBort.setEnabled(redigerbar && vald != null && vald.getId() == null);
    }

    private Auktorisation vald() {
        return ((IStructuredSelection) tabell.getSelection()).getFirstElement() instanceof Auktorisation a ? a : null;
    }

    private void laggTill() {
        AuktorisationDialog dialog = new AuktorisationDialog(tabell.getControl().getShell(), typer.get(), null, LocalDate.now(klocka));
        if (dialog.open() == AuktorisationDialog.OK) {
            anordnare.getAuktorisationer().add(dialog.resultat());
            uppdatera();
        }
    }

    private void andra() {
        Auktorisation vald = vald();
        if (vald == null || !andra.isEnabled()) {
            return;
        }
        AuktorisationDialog dialog = new AuktorisationDialog(tabell.getControl().getShell(), typer.get(), vald, LocalDate.now(klocka));
        if (dialog.open() == AuktorisationDialog.OK) {
            Auktorisation ny = dialog.resultat();
            vald.setInsatstyp(ny.getInsatstyp());
            vald.setFran(ny.getFran());
            vald.setTill(ny.getTill());
            uppdatera();
        }
    }

    private void taBort() {
        Auktorisation vald = vald();
        if (vald != null && vald.getId() == null) {
            anordnare.getAuktorisationer().remove(vald);
            uppdatera();
        }
    }

    private void uppdatera() {
        visa(anordnare);
        andrad.run();
    }

    /** The names of the types the anordnare is authorised for today, for the register. */
    static String giltigaIdag(Anordnare anordnare, LocalDate idag) {
        Map<String, String> namnPerKod = new TreeMap<>();
        anordnare.getAuktorisationer().stream().map(Auktorisation::getInsatstyp).filter(t -> t != null && t.getKod() != null)
                .filter(t -> Auktorisationer.galler(anordnare, t.getKod(), idag))
                .forEach(t -> namnPerKod.putIfAbsent(t.getKod(), Insatstyper.etikett(t)));
        return namnPerKod.values().stream().sorted().collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    private static String datum(LocalDate dag) {
        return dag == null ? "" : dag.toString(); //$NON-NLS-1$
    }
}
