package se.kundval.beviljande.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.kundval.core.tjanst.Behorighetsprovning;
import se.kundval.core.typ.Regelutfall;

/**
 * Page 2: every eligibility rule of the chosen type for this kund (BeviljandeService.prova), one
 * row each with its outcome icon, name and reason. A failing rule's row has a field for the written
 * motivering that overrides it; the page, and so Slutför, stays incomplete until every failing
 * rule has one. Row widgets carry {@code se.kundval.beviljande.ui.utfall.<REGEL>} and
 * {@code se.kundval.beviljande.ui.motivering.<REGEL>}.
 */
final class RegelSida extends WizardPage {

    static final String UTFALL = "se.kundval.beviljande.ui.utfall."; //$NON-NLS-1$
    static final String MOTIVERING = "se.kundval.beviljande.ui.motivering."; //$NON-NLS-1$

    private final BeviljandeWizard wizard;
    private final Ansokan ansokan;
    private ScrolledComposite rullning;
    private Composite rader;
    private Utfallsikoner ikoner;

    RegelSida(BeviljandeWizard wizard, Ansokan ansokan) {
        super("regler"); //$NON-NLS-1$
        this.wizard = wizard;
        this.ansokan = ansokan;
        setTitle(Messages.reglerRubrik);
        setDescription(Messages.reglerBeskrivning);
    }

    @Override
    public void createControl(Composite parent) {
        ikoner = new Utfallsikoner(parent.getDisplay());
        rullning = new ScrolledComposite(parent, SWT.V_SCROLL);
        rullning.setExpandHorizontal(true);
        rullning.setExpandVertical(true);
        rader = new Composite(rullning, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).spacing(10, 10).applyTo(rader);
        rullning.setContent(rader);
        setControl(rullning);
    }

    @Override
    public void setVisible(boolean synlig) {
        super.setVisible(synlig);
        if (synlig && !ansokan.provningAktuell()) {
            getShell().getDisplay().asyncExec(this::prova);
        }
    }

    private void prova() {
        if (rader.isDisposed()) {
            return;
        }
        Behorighetsprovning provning = wizard.las(NLS.bind(Messages.provar, ansokan.typ.getNamn()),
                t -> t.prova(wizard.vem(), ansokan.kundId, ansokan.typ.getKod(), ansokan.beslutsdatum, ansokan.start));
        if (provning == null) {
            return;
        }
        ansokan.provad(provning);
        for (Control c : rader.getChildren()) {
            c.dispose();
        }
        rubrik(""); //$NON-NLS-1$
        rubrik(Messages.kolumnRegel);
        rubrik(Messages.kolumnSkal);
        rubrik(Messages.kolumnUndantag);
        for (Regelutfall r : provning.utfall()) {
            rad(r);
        }
        rullning.setMinSize(rader.computeSize(rullning.getClientArea().width, SWT.DEFAULT));
        rader.layout(true, true);
        kontrollera();
    }

    private void rad(Regelutfall r) {
        Label ikon = new Label(rader, SWT.NONE);
        ikon.setImage(ikoner.av(r.utfall()));
        ikon.setToolTipText(utfallstext(r));
        ikon.setData(BeviljaInsatsHandler.DATANYCKEL, UTFALL + r.regel());
        GridDataFactory.fillDefaults().align(SWT.CENTER, SWT.TOP).indent(0, 2).applyTo(ikon);
        Label namn = new Label(rader, SWT.WRAP);
        namn.setText(r.namn());
        namn.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(namn);
        Label skal = new Label(rader, SWT.WRAP);
        skal.setText(utfallstext(r) + ": " + r.skal()); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(skal);
        if (r.underkand()) {
            Text motivering = new Text(rader, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
            motivering.setMessage(Messages.motiveringTips);
            motivering.setText(ansokan.undantag.getOrDefault(r.regel(), "")); //$NON-NLS-1$
            motivering.setData(BeviljaInsatsHandler.DATANYCKEL, MOTIVERING + r.regel());
            motivering.addListener(SWT.Modify, h -> {
                ansokan.undantag.put(r.regel(), motivering.getText());
                kontrollera();
            });
            GridDataFactory.fillDefaults().grab(true, false).hint(220, 48).applyTo(motivering);
        } else {
            new Label(rader, SWT.NONE);
        }
    }

    private void rubrik(String text) {
        Label l = new Label(rader, SWT.NONE);
        l.setText(text);
        l.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
    }

    private void kontrollera() {
        int saknas = ansokan.utanMotivering().size();
        if (saknas > 0) {
            setMessage(NLS.bind(Messages.saknarMotivering, saknas), WARNING);
        } else if (ansokan.provning.underkanda().isEmpty()) {
            setMessage(Messages.allaReglerUppfyllda);
        } else {
            setMessage(Messages.allaUndantagMotiverade);
        }
        getContainer().updateButtons();
    }

    /** Asked again whenever the buttons update: an earlier page's change makes the prövning stale. */
    @Override
    public boolean isPageComplete() {
        return ansokan.provningAktuell() && ansokan.utanMotivering().isEmpty();
    }

    private static String utfallstext(Regelutfall r) {
        return switch (r.utfall()) {
            case GODKAND -> Messages.godkand;
            case UNDERKAND -> Messages.underkand;
            case VARNING -> Messages.varning;
        };
    }

    @Override
    public void dispose() {
        super.dispose();
        if (ikoner != null) {
            ikoner.kasta();
        }
    }
}
