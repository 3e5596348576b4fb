package se.kundval.anordnare.ui;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Insatstyp;
import se.kundval.model.KundvalFactory;
import se.kundval.model.regler.KundvalDiagnostician;
import se.kundval.ui.Felvisning;

/**
 * The Anordnare part: edits the anordnare chosen in the register, or a new one, on a copy. Every
 * change is checked at once by the domain validator and its messages shown at their fields; Spara
 * (or Arkiv > Spara) saves through AnordnareService, which checks again. A save refused for
 * validation marks the fields; one refused because someone else saved first says so and offers to
 * read the anordnare again.
 */
public class AnordnarePart {

    public static final String ID = "se.kundval.anordnare.ui.part.anordnare"; //$NON-NLS-1$
    public static final String RUBRIK = "se.kundval.anordnare.ui.anordnare.rubrik"; //$NON-NLS-1$
    public static final String SPARA = "se.kundval.anordnare.ui.anordnare.spara"; //$NON-NLS-1$
    /** Data key of the dialog that says someone else saved first. */
    public static final String KONFLIKT = Anordnarsparning.KONFLIKT;
    /** Event topic posted with the orgnr of a saved anordnare. */
    public static final String SPARAD = "se/kundval/anordnare/sparad"; //$NON-NLS-1$

    @Inject
    private AnordnareService register;

    @Inject
    private ReferensdataService referensdata;

    @Inject
    @Service
    private Clock klocka;

    @Inject
    private MDirtyable smutsig;

    @Inject
    private UISynchronize ui;

    @Inject
    private IEventBroker handelser;

    private Inloggning vem;

    private Composite yta;
    private Label rubrik;
    private Anordnarformular formular;
    private Auktorisationstabell auktorisationer;
    private Coachtabell coacher;
    private Button spara;
    private Anordnare kopia;
    private List<Insatstyp> typer;
    /** True while the form is filled from the copy: those modifications are not the user's. */
    private boolean fyller;

    @PostConstruct
    void skapa(Composite parent) {
        yta = parent;
        GridLayoutFactory.fillDefaults().margins(10, 8).spacing(0, 8).applyTo(parent);
        rubrik = new Label(parent, SWT.WRAP);
        rubrik.setData(AnordnarregisterPart.DATANYCKEL, RUBRIK);
        rubrik.setText(Messages.ingenAnordnareVald);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rubrik);
        formular = new Anordnarformular(parent, this::andrad);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(formular.kontroll());
        new Label(parent, SWT.NONE).setText(Messages.auktorisationer);
        auktorisationer = new Auktorisationstabell(parent, this::typer, this::andrad, klocka);
        new Label(parent, SWT.NONE).setText(Messages.coacher);
        coacher = new Coachtabell(parent, this::andrad);
        spara = new Button(parent, SWT.PUSH);
        spara.setText(Messages.spara);
        spara.setData(AnordnarregisterPart.DATANYCKEL, SPARA);
        spara.addListener(SWT.Selection, e -> spara());
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(spara);
        aktivera();
    }

    /** Follows the register's choice; unsaved changes are offered to be saved first. */
    @Inject
    @Optional
    void valj(@Named(IServiceConstants.ACTIVE_SELECTION) Anordnarval val) {
        if (val == null || yta == null || yta.isDisposed() || !fortsatt()) {
            return;
        }
        if (val.arNy()) {
            Anordnare ny = KundvalFactory.eINSTANCE.createAnordnare();
            visa(ny);
            formular.fokus();
        } else {
            las(val.orgnr());
        }
    }

    private boolean fortsatt() {
        if (!smutsig.isDirty()) {
            return true;
        }
        int svar = new MessageDialog(yta.getShell(), Messages.anordnare, null,
                NLS.bind(Messages.sparaAndringar, namn()), MessageDialog.QUESTION, 0, Messages.spara, Messages.sparaInte,
                Messages.avbryt).open();
        return svar == 0 ? spara() : svar == 1;
    }

    private void las(String orgnr) {
        rubrik.setText(Messages.hamtarAnordnaren);
        Job.create(Messages.jobbAnordnare, (IProgressMonitor monitor) -> {
            monitor.beginTask(Messages.jobbAnordnare, IProgressMonitor.UNKNOWN);
            try {
                register.hamtaMedOrgnr(vem, orgnr).ifPresent(hittad -> ui.asyncExec(() -> visa(hittad)));
            } catch (RuntimeException e) {
                ui.asyncExec(() -> Felvisning.visa(yta.getShell(), e));
            } finally {
                monitor.done();
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /** Shows an anordnare: a copy is edited, so that Avbryt and a refused save leave the original. */
    private void visa(Anordnare anordnare) {
        if (yta.isDisposed()) {
            return;
        }
        kopia = anordnare.getId() == null ? anordnare : EcoreUtil.copy(anordnare);
        fyller = true;
        try {
            formular.visa(kopia);
        } finally {
            fyller = false;
        }
        auktorisationer.visa(kopia);
        coacher.visa(kopia);
        formular.visaFel("", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        smutsig.setDirty(false);
        visaRubrik();
        aktivera();
    }

    private void andrad() {
        if (fyller || kopia == null) {
            return;
        }
        formular.las(kopia);
        smutsig.setDirty(true);
        Diagnostic d = new KundvalDiagnostician().validate(kopia);
        formular.visaFel(kopia, d);
        visaRubrik();
    }

    /** Arkiv > Spara. Saves at once, on the UI thread: the part must be saved when the command returns. */
    @Persist
    void sparaDel() {
        spara();
    }

    /** Saves; false when refused, so the part stays dirty. */
    private boolean spara() {
        if (kopia == null || !vem.har(Rattighet.ADMINISTRERA_ANORDNARE)) {
            return false;
        }
        formular.las(kopia);
        Anordnarsparning.Utfall utfall = new Anordnarsparning(register, formular, yta.getShell()).spara(vem, kopia);
        if (utfall == Anordnarsparning.Utfall.SPARAD) {
            smutsig.setDirty(false);
            handelser.post(SPARAD, kopia.getOrgnr());
            visa(kopia);
        } else if (utfall == Anordnarsparning.Utfall.LAS_IGEN) {
            smutsig.setDirty(false);
            las(kopia.getOrgnr());
        }
        return utfall == Anordnarsparning.Utfall.SPARAD;
    }

    private List<Insatstyp> typer() {
        if (typer == null) {
            typer = referensdata.insatstyper();
        }
        return typer;
    }

    private String namn() {
        return kopia == null || kopia.getNamn() == null ? Messages.nyAnordnare : kopia.getNamn();
    }

    private void visaRubrik() {
        rubrik.setText(kopia.getId() == null ? Messages.nyAnordnareRubrik : NLS.bind(Messages.rubrikAnordnare, namn()));
        yta.layout(true, true);
    }

    private void aktivera() {
        boolean redigerbar = kopia != null && vem.har(Rattighet.ADMINISTRERA_ANORDNARE);
        formular.redigerbar(redigerbar);
        auktorisationer.aktivera(redigerbar);
        coacher.aktivera(redigerbar);
        spara.setEnabled(redigerbar);
    }

    /** Another user may not have the right to change the register. */
    @Inject
    void inloggning(@Optional Inloggning ny) {
        vem = ny;
        if (spara != null && !spara.isDisposed() && ny != null) {
            aktivera();
        }
    }

    @Focus
    void fokus() {
        formular.fokus();
    }
}
