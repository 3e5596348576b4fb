package se.kundval.beviljande.ui;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

import se.kundval.core.rapport.Jamforelsetexter;
import se.kundval.core.rapport.JusteradKvot;
import se.kundval.core.tjanst.Anordnarval;

/**
 * Page 3: the kund chooses among the anordnare authorised for the type on the start day
 * (BeviljandeService.anordnare), supported by each one's share of lyckade avslut with its n, its
 * justerad kvot (the same share against what its kunder would be expected to reach, DOMAIN §13) and,
 * where known, its NKI. Table {@code se.kundval.beviljande.ui.anordnare}.
 */
final class AnordnarSida extends WizardPage {

    static final String TABELL = "se.kundval.beviljande.ui.anordnare"; //$NON-NLS-1$
    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE"); //$NON-NLS-1$

    private final BeviljandeWizard wizard;
    private final Ansokan ansokan;
    private TableViewer tabell;

    AnordnarSida(BeviljandeWizard wizard, Ansokan ansokan) {
        super("anordnare"); //$NON-NLS-1$
        this.wizard = wizard;
        this.ansokan = ansokan;
        setTitle(Messages.anordnareRubrik);
        setDescription(Messages.anordnareBeskrivning);
    }

    @Override
    public void createControl(Composite parent) {
        Composite yta = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(yta);
        Label forklaring = new Label(yta, SWT.WRAP);
        forklaring.setText(Messages.anordnareForklaring);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(forklaring);
        Composite ram = new Composite(yta, SWT.NONE);
        TableColumnLayout kolumner = new TableColumnLayout();
        ram.setLayout(kolumner);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).applyTo(ram);
        tabell = new TableViewer(ram, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        tabell.getTable().setHeaderVisible(true);
        tabell.getTable().setLinesVisible(true);
        tabell.getTable().setData(BeviljaInsatsHandler.DATANYCKEL, TABELL);
        tabell.setContentProvider(ArrayContentProvider.getInstance());
        kolumn(kolumner, Messages.kolumnAnordnare, 30, Anordnarval::namn);
        kolumn(kolumner, Messages.kolumnOrgnr, 15, Anordnarval::orgnr);
        kolumn(kolumner, Messages.kolumnAndelLyckade, 20, AnordnarSida::andel);
        kolumn(kolumner, Messages.kolumnJusteradKvot, 25, a -> kvot(ansokan.kvoter.get(a.orgnr())));
        kolumn(kolumner, Messages.kolumnNki, 10, a -> a.nki() == null ? Messages.okant : decimal(a.nki()));
        tabell.addSelectionChangedListener(h -> {
            ansokan.vald = (Anordnarval) ((IStructuredSelection) h.getSelection()).getFirstElement();
            getContainer().updateButtons();
        });
        setControl(yta);
    }

    @Override
    public void setVisible(boolean synlig) {
        super.setVisible(synlig);
        if (synlig && !ansokan.anordnareAktuella()) {
            getShell().getDisplay().asyncExec(this::las);
        }
    }

    private void las() {
        if (tabell.getTable().isDisposed()) {
            return;
        }
        List<Anordnarval> lasta = wizard.las(Messages.lasesAnordnare, t -> t.anordnare(wizard.vem(), ansokan.typ.getKod(), ansokan.start));
        if (lasta == null) {
            return;
        }
        ansokan.kvoter = wizard.justeradeKvoter();
        ansokan.anordnareLasta(lasta.stream().sorted(Comparator.comparing(Anordnarval::namn)).toList());
        tabell.setInput(ansokan.anordnare);
        if (ansokan.vald != null) {
            tabell.setSelection(new StructuredSelection(ansokan.vald));
        }
        setMessage(lasta.isEmpty() ? NLS.bind(Messages.ingenAnordnare, ansokan.typ.getNamn()) : null, lasta.isEmpty() ? ERROR : NONE);
        getContainer().updateButtons();
    }

    @Override
    public boolean isPageComplete() {
        return ansokan.anordnareAktuella() && ansokan.vald != null;
    }

    /** "67 % (2 av 3)", or that there were no judged avslut to count. */
    static String andel(Anordnarval a) {
        if (a.andelLyckade() == null) {
            return Messages.ingaAvslut;
        }
        NumberFormat procent = NumberFormat.getPercentInstance(SVENSKA);
        return NLS.bind(Messages.andelLyckade, new Object[] {procent.format(a.andelLyckade()), a.lyckade(), a.avslut()});
    }

    /**
     * "1,18 (0,87–1,50), som väntat": the share of lyckade against what the anordnare's kunder would
     * be expected to reach (DOMAIN §13); too few avslut, or unknown when the anordnare had none judged.
     */
    static String kvot(JusteradKvot k) {
        if (k == null) {
            return Messages.okant;
        }
        if (!k.visas()) {
            return NLS.bind(Messages.justeradKvotForFa, k.bedomda());
        }
        return NLS.bind(Messages.justeradKvot, new Object[] {tva(k.kvot()), tva(k.lag()), tva(k.hog()),
                Jamforelsetexter.av(k.tolkning())});
    }

    private static String tva(double tal) {
        NumberFormat f = NumberFormat.getNumberInstance(SVENSKA);
        f.setMaximumFractionDigits(2);
        f.setMinimumFractionDigits(2);
        return f.format(tal);
    }

    private static String decimal(double tal) {
        NumberFormat f = NumberFormat.getNumberInstance(SVENSKA);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f.format(tal);
    }

    private void kolumn(TableColumnLayout kolumner, String rubrik, int vikt, Function<Anordnarval, String> text) {
        TableViewerColumn k = new TableViewerColumn(tabell, SWT.NONE);
        k.getColumn().setText(rubrik);
        k.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((Anordnarval) e)));
        kolumner.setColumnData(k.getColumn(), new ColumnWeightData(vikt, 60));
    }
}
