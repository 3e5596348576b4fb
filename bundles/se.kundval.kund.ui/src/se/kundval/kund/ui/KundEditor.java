package se.kundval.kund.ui;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import se.kundval.core.Inloggning;
import se.kundval.core.KonfliktException;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Kund;
import se.kundval.ui.Felvisning;
import se.kundval.ui.Handelser;

/**
 * The Kund editor: one part per kund (see {@link Kundeditorer}), its fields edited through an EMF
 * command stack ({@link Kundredigering}) so that Ctrl+Z / Ctrl+Y and the dirty marker follow every
 * change, validated as the service validates, saved with Ctrl+S through {@link KundService#spara}.
 * A save over someone else's newer version opens {@link Konfliktdialog}; nothing is lost either way.
 * <p>
 * Saving is synchronous, as E4's {@code @Persist} contract requires (closing a dirty editor saves
 * and then closes); it is one row, reading is the slow part and runs as a job.
 */
public class KundEditor {

    /** The persisted state key holding the kund's database id; absent for a new, unsaved kund. */
    public static final String KUND_ID = "se.kundval.kund.ui.kundId"; //$NON-NLS-1$
    /** Topic of the event other bundles send, with the kund's database id, after they changed its insatser. */
    public static final String INSATSER_ANDRADE = Handelser.INSATSER_ANDRADE;

    private Inloggning vem;
    @Inject private KundService kunder;
    @Inject private UISynchronize ui;
    @Inject private IStylingEngine styling;
    @Inject private IEventBroker handelser;
    @Inject private ESelectionService selektion;
    @Inject private EPartService delar;
    @Inject private MPart del;
    @Inject private MWindow fonster;
    @Inject private IEclipseContext kontext;

    private Kundredigering redigering;
    private Editorvy vy;
    private Kundlasning last;
    /** The kund as last read or saved: the base a conflict is compared against. */
    private Kund bas;
    private boolean redigerbar;

    /**
     * Another user logged in: the previous user's kund is not left open for the next one (Logga ut
     * has already offered to save). Removed from the model on the next turn of the event loop, not
     * while the context is still telling its parts about the new user; by then the new role's
     * perspective may be shown, where the part service no longer reaches this editor.
     */
    @Inject
    void inloggning(@Optional Inloggning ny) {
        boolean bytt = vem != null && !vem.equals(ny);
        vem = ny;
        if (bytt) {
            ui.asyncExec(() -> {
                MElementContainer<MUIElement> behallare = del.getParent();
                if (behallare != null) {
                    del.setToBeRendered(false);
                    behallare.getChildren().remove(del);
                }
            });
        }
    }

    @PostConstruct
    void skapa(Composite parent) {
        vy = new Editorvy(parent, styling, () -> del.setDirty(redigering.osparad() || vy.formular().okvitterad()));
        redigering = new Kundredigering(vy.formular()::verkstall);
        redigering.lyssna(h -> ui.asyncExec(this::andrad));
        kontext.set(Kundredigering.class, redigering);
        // E4 asks in English before a dirty part closes; the window gets the Swedish question once
        if (!(fonster.getContext().getLocal(ISaveHandler.class) instanceof Sparfraga)) {
            fonster.getContext().set(ISaveHandler.class, new Sparfraga(parent.getShell()));
        }
        String id = del.getPersistedState().get(KUND_ID);
        las(id == null ? null : Long.valueOf(id));
    }

    private void las(Long kundId) {
        vy.upplysning(Messages.hamtarKund);
        Inloggning anvandare = vem;
        Job.create(Messages.jobbKund, (IProgressMonitor monitor) -> {
            monitor.beginTask(Messages.jobbKund, IProgressMonitor.UNKNOWN);
            try {
                Kundlasning l = kundId == null ? Kundlasning.ny(kunder) : Kundlasning.las(anvandare, kunder, kundId);
                ui.asyncExec(() -> visa(l));
            } catch (RuntimeException e) {
                ui.asyncExec(() -> {
                    if (!vy.borta()) {
                        vy.upplysning(e.getMessage());
                        Felvisning.visa(vy.skal(), e);
                    }
                });
            } finally {
                monitor.done();
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void visa(Kundlasning l) {
        if (vy.borta()) {
            return;
        }
        last = l;
        bas = EcoreUtil.copy(l.kund());
        redigerbar = vem.har(Rattighet.REDIGERA_KUNDER) && !String.valueOf(l.kund().getPersonnummer()).contains("*"); //$NON-NLS-1$
        redigering.borjaOm();
        vy.visa(l, redigering.doman(), redigerbar);
        andrad();
        if (l.kund().getId() != null && delar.getActivePart() == del) {
            selektion.setSelection(l.kund().getId());
        }
    }

    /** The command stack changed (or a kund was shown): dirty marker, derived values, problems, label. */
    private void andrad() {
        if (vy.borta() || last == null) {
            return;
        }
        del.setDirty(redigering.osparad() || vy.formular().okvitterad());
        vy.uppdatera(last.kund(), redigerbar);
        Kund k = last.kund();
        del.setLabel(k.getNamn() == null || k.getNamn().isBlank() ? Messages.nyKund : k.getNamn());
        del.setTooltip(k.getKundId());
    }

    @Persist
    void spara() {
        if (last == null || !redigerbar) {
            return;
        }
        redigering.verkstall();
        Kund kund = last.kund();
        List<Problemvisning.Problem> fel = vy.problem().kontrollera(kund).stream().filter(Problemvisning.Problem::fel).toList();
        if (!fel.isEmpty()) {
            MessageDialog.openError(vy.skal(), Messages.kanInteSparasRubrik, NLS.bind(Messages.kanInteSparas,
                    fel.stream().map(Problemvisning.Problem::meddelande).collect(Collectors.joining("\n")))); //$NON-NLS-1$
            return;
        }
        boolean ny = kund.getId() == null;
        try {
            kunder.spara(vem.vid(Kundlasning.PLATS), kund);
        } catch (KonfliktException e) {
            konflikt(kund);
            return;
        } catch (RuntimeException e) {
            Felvisning.visa(vy.skal(), e);
            return;
        }
        bas = EcoreUtil.copy(kund);
        redigering.sparad();
        if (ny) {
            del.getPersistedState().put(KUND_ID, kund.getId().toString());
            del.getTags().add(Kundeditorer.tagg(kund.getId()));
            selektion.setSelection(kund.getId());
        }
        handelser.post(UppdateraKunderHandler.AMNE, Boolean.TRUE);
        andrad();
        lasHistorik();
    }

    /** After a save: the kund's history read again, so the change just made is there with who and when. */
    private void lasHistorik() {
        Kundlasning fore = last;
        Inloggning anvandare = vem;
        Job.create(Messages.jobbKund, (IProgressMonitor monitor) -> {
            try {
                Kundlasning ny = fore.medKundhistorik(anvandare, kunder);
                ui.asyncExec(() -> {
                    if (!vy.borta() && last == fore) {
                        last = ny;
                        vy.visaInsatser(ny);
                    }
                });
            } catch (RuntimeException e) {
                ui.asyncExec(() -> Felvisning.visa(vy.skal(), e));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /** Someone else saved the kund after it was read: show both, let the user choose, lose nothing. */
    private void konflikt(Kund mina) {
        Kund deras;
        try {
            deras = kunder.hamta(vem.vid(Kundlasning.PLATS), mina.getId());
        } catch (RuntimeException e) {
            Felvisning.visa(vy.skal(), e);
            return;
        }
        List<Jamforelse.Andring> andringar = Jamforelse.andringar(bas, mina, deras);
        String vilken = NLS.bind(Messages.rubrikKund, mina.getNamn(), mina.getKundId());
        if (new Konfliktdialog(vy.skal(), vilken, andringar).open() == Konfliktdialog.LADDA_OM) {
            visa(new Kundlasning(deras, last.kundhistorik(), last.insatser(), last.historik()));
        } else {
            Jamforelse.behallMina(bas, mina, deras);
            bas = EcoreUtil.copy(deras);
            andrad();
        }
    }

    /** A beslut or another change to the kund's insatser: read them again, leaving the edited fields alone. */
    @Inject
    @Optional
    void insatserAndrade(@UIEventTopic(INSATSER_ANDRADE) Long kundId) {
        if (last == null || vy.borta() || !kundId.equals(last.kund().getId())) {
            return;
        }
        Kundlasning fore = last;
        Inloggning anvandare = vem;
        Job.create(Messages.jobbKund, (IProgressMonitor monitor) -> {
            try {
                Kundlasning ny = fore.medInsatser(anvandare, kunder);
                ui.asyncExec(() -> {
                    if (!vy.borta() && last == fore) {
                        last = ny;
                        vy.visaInsatser(ny);
                    }
                });
            } catch (RuntimeException e) {
                ui.asyncExec(() -> Felvisning.visa(vy.skal(), e));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    @Focus
    void fokus() {
        vy.fokus();
        if (last != null && last.kund().getId() != null) {
            selektion.setSelection(last.kund().getId());
        }
    }

    @PreDestroy
    void stang() {
        vy.formular().losgor();
        redigering.stang();
    }

    /** The edited kund, for tests; null until read. */
    Kund kund() {
        return last == null ? null : last.kund();
    }

    Editorvy vy() {
        return vy;
    }
}
