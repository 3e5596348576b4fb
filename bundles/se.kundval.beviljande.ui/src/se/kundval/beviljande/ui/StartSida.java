package se.kundval.beviljande.ui;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.model.Insatstyp;

/**
 * Page 1: the start day and the beslutsdatum, and the insats type among those a beslut may start
 * on that day (BeviljandeService.typerGiltigaPa). A new start day reads the types again.
 */
final class StartSida extends WizardPage {

    static final String START = "se.kundval.beviljande.ui.start"; //$NON-NLS-1$
    static final String BESLUTSDATUM = "se.kundval.beviljande.ui.beslutsdatum"; //$NON-NLS-1$
    static final String TYPER = "se.kundval.beviljande.ui.typer"; //$NON-NLS-1$

    private final BeviljandeWizard wizard;
    private final Ansokan ansokan;
    private TableViewer typer;
    private boolean lasta;

    StartSida(BeviljandeWizard wizard, Ansokan ansokan) {
        super("start"); //$NON-NLS-1$
        this.wizard = wizard;
        this.ansokan = ansokan;
        setTitle(Messages.startRubrik);
        setDescription(Messages.startBeskrivning);
    }

    @Override
    public void createControl(Composite parent) {
        Composite yta = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 8).applyTo(yta);
        new Label(yta, SWT.NONE).setText(Messages.startdatum);
        new Datumfalt(yta, START, ansokan.start, dag -> {
            ansokan.start = dag;
            lasTyper();
        });
        new Label(yta, SWT.NONE).setText(Messages.beslutsdatum);
        new Datumfalt(yta, BESLUTSDATUM, ansokan.beslutsdatum, dag -> {
            ansokan.beslutsdatum = dag;
            kontrollera();
        });
        Label forklaring = new Label(yta, SWT.WRAP);
        forklaring.setText(Messages.typerForklaring);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(forklaring);
        Composite ram = new Composite(yta, SWT.NONE);
        TableColumnLayout kolumner = new TableColumnLayout();
        ram.setLayout(kolumner);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 200).applyTo(ram);
        typer = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        typer.getTable().setHeaderVisible(true);
        typer.getTable().setLinesVisible(true);
        typer.getTable().setData(BeviljaInsatsHandler.DATANYCKEL, TYPER);
        typer.setContentProvider(ArrayContentProvider.getInstance());
        kolumn(kolumner, Messages.kolumnKod, 20, t -> t.getKod());
        kolumn(kolumner, Messages.kolumnTyp, 55, t -> t.getNamn());
        kolumn(kolumner, Messages.kolumnLangd, 25, t -> t.getLangdManader() == null ? "" //$NON-NLS-1$
                : NLS.bind(Messages.manader, t.getLangdManader()));
        typer.addSelectionChangedListener(h -> {
            ansokan.typ = (Insatstyp) ((IStructuredSelection) h.getSelection()).getFirstElement();
            kontrollera();
        });
        setControl(yta);
    }

    @Override
    public void setVisible(boolean synlig) {
        super.setVisible(synlig);
        if (synlig && !lasta) {
            lasta = true;
            getShell().getDisplay().asyncExec(() -> {
                wizard.lasKund();
                lasTyper();
            });
        }
    }

    private void lasTyper() {
        if (getControl() == null || getControl().isDisposed()) {
            return;
        }
        List<Insatstyp> giltiga = wizard.las(Messages.lasesTyper, t -> t.typerGiltigaPa(wizard.vem(), ansokan.start));
        if (giltiga == null) {
            return;
        }
        String vald = ansokan.typ == null ? null : ansokan.typ.getKod();
        typer.setInput(giltiga);
        giltiga.stream().filter(t -> t.getKod().equals(vald)).findFirst()
                .ifPresentOrElse(t -> typer.setSelection(new StructuredSelection(t)), () -> ansokan.typ = null);
        kontrollera();
    }

    private void kontrollera() {
        setErrorMessage(null);
        if (ansokan.typ == null) {
            setMessage(Messages.valjTyp);
        } else if (ansokan.beslutsdatum.isAfter(ansokan.start)) {
            setMessage(Messages.beslutEfterStart, WARNING);
        } else {
            setMessage(null);
        }
        getContainer().updateButtons();
    }

    @Override
    public boolean isPageComplete() {
        return ansokan.typ != null;
    }

    private void kolumn(TableColumnLayout kolumner, String rubrik, int vikt, Function<Insatstyp, String> text) {
        TableViewerColumn k = new TableViewerColumn(typer, SWT.NONE);
        k.getColumn().setText(rubrik);
        k.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((Insatstyp) e)));
        kolumner.setColumnData(k.getColumn(), new ColumnWeightData(vikt, 60));
    }
}
