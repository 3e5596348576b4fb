package se.kundval.uppfoljning.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.PersistState;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.DokumentService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.UppfoljningService;
import se.kundval.model.Insats;
import se.kundval.ui.Bakgrund;
import se.kundval.ui.Felvisning;
import se.kundval.ui.Filvaljare;
import se.kundval.ui.Formular;
import se.kundval.ui.Rullyta;
import se.kundval.uppfoljning.ui.insats.Insatshandelser;
import se.kundval.uppfoljning.ui.insats.Insatsval;

/**
 * The Insats part: the follow-up of one insats in tabs (genomförandeplan, månadsrapporter,
 * sexmånadersuppföljning, avstämning and effekt, avslut). It follows the selection: a kund id
 * (Long, from the kund lists) shows that kund's current insats, an {@link Insatsval} (from the
 * avslutsbedömning queue) exactly that insats; the header lets the user switch between the kund's
 * insatser.
 */
public class InsatsPart {

    /** Element id of the part in the application model. */
    public static final String ID = "se.kundval.uppfoljning.ui.part.insats"; //$NON-NLS-1$
    static final String FLIKAR = "se.kundval.uppfoljning.ui.insats.flikar"; //$NON-NLS-1$
    private static final String VALD_FLIK = "flik"; //$NON-NLS-1$

    @Inject
    private volatile InsatsService insatser;
    @Inject
    private UppfoljningService uppfoljning;
    @Inject
    private UISynchronize ui;
    @Inject
    private IStylingEngine stil;
    @Inject
    private Bakgrund bakgrund;
    @Inject
    private IEventBroker handelser;
    @Inject
    private ECommandService kommandon;
    @Inject
    private EHandlerService hanterare;
    @Inject
    private MPart del;
    @Inject
    @Service
    private Clock klocka;
    @Inject
    private DokumentService dokument;
    @Inject
    @Optional
    private Filvaljare filvaljare;

    private Inloggning vem;
    private Insatshuvud huvud;
    private CTabFolder flikar;
    private Planflik plan;
    private final List<Flik> allaFlikar = new ArrayList<>();
    private final List<Rullyta> rullytor = new ArrayList<>();
    private Insatsladdare laddare;

    @PostConstruct
    void skapa(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(10, 8).spacing(0, 8).applyTo(parent);
        huvud = new Insatshuvud(parent, stil, vald -> visaInsats(vald));
        flikar = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        flikar.setData(Formular.NYCKEL, FLIKAR);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(flikar);
        Flikstod stod = new Flikstod(uppfoljning, stil, handelser, kommandon, hanterare, parent.getShell(), this::anpassa,
                klocka, bakgrund);
        stod.dokument = dokument;
        // the chooser is read when it is used: a test may put its own into the context after the part exists
        stod.filvaljare = () -> filvaljare;
        plan = new Planflik(flik(Messages.flikPlan, Messages.flikPlanTips), stod, andrad -> del.setDirty(andrad));
        allaFlikar.add(plan);
        allaFlikar.add(new Rapportflik(flik(Messages.flikManadsrapporter, Messages.flikManadsrapporterTips), stod));
        allaFlikar.add(new Sexmanadersflik(flik(Messages.flikSexmanader, Messages.flikSexmanaderTips), stod));
        allaFlikar.add(new Avstamningsflik(flik(Messages.flikAvstamning, Messages.flikAvstamningTips), stod));
        allaFlikar.add(new Avslutsflik(flik(Messages.flikAvslut, Messages.flikAvslutTips), stod));
        flikar.setSelection(sparadFlik());
        laddarenNar().borja();
    }

    private Composite flik(String rubrik, String tips) {
        CTabItem flik = new CTabItem(flikar, SWT.NONE);
        flik.setText(rubrik);
        flik.setToolTipText(tips);
        Rullyta yta = new Rullyta(flikar);
        flik.setControl(yta.kontroll());
        rullytor.add(yta);
        return yta.innehall();
    }

    private void anpassa() {
        rullytor.forEach(Rullyta::anpassa);
    }

    /** Another user starts from nothing chosen: the previous user's kund is not left on screen. */
    @Inject
    void inloggning(Inloggning inloggad) {
        boolean bytt = vem != null && !vem.equals(inloggad);
        vem = inloggad;
        if (flikar != null && !flikar.isDisposed()) {
            if (bytt) {
                laddare.glom();
            } else {
                laddare.lasOm();
            }
        }
    }

    /** A kund chosen in a kund list: show its current insats (kept if it already shows one of the kund's). */
    @Inject
    @Optional
    void valjKund(@Named(IServiceConstants.ACTIVE_SELECTION) Long kundId) {
        if (kundId != null && bytaTill()) {
            laddarenNar().kund(kundId);
        }
    }

    /** An insats chosen in a list of insatser, e.g. the avslutsbedömning queue. */
    @Inject
    @Optional
    void valjInsats(@Named(IServiceConstants.ACTIVE_SELECTION) Insatsval val) {
        if (val != null && bytaTill()) {
            laddarenNar().insats(val);
        }
    }

    /** A save anywhere (a tab, a dialog of another bundle) of an insats this part shows: read it again. */
    @Inject
    @Optional
    void andrad(@UIEventTopic(Insatshandelser.ANDRAD) Long insatsId) {
        if (insatsId != null && laddare != null && laddare.visar(insatsId)) {
            laddare.lasOm();
        }
    }

    /** Selections may arrive before the part is built: the loader is created lazily for them. */
    private Insatsladdare laddarenNar() {
        if (laddare == null) {
            laddare = new Insatsladdare(() -> insatser, ui, () -> vem, this::visa, this::visaFel);
        }
        return laddare;
    }

    /** Unsaved plan changes are not thrown away silently when the user moves on. */
    private boolean bytaTill() {
        return plan == null || !del.isDirty() || plan.fragaOmAndringar();
    }

    private void visaInsats(Insats vald) {
        if (bytaTill()) {
            laddare.valj(vald);
        }
    }

    private void visa(List<Insats> kundensInsatser, Insats vald, String upplysning) {
        if (flikar.isDisposed()) {
            return;
        }
        huvud.visa(kundensInsatser.stream().sorted(Comparator.comparing(Insats::getStartdatum).reversed()).toList(), vald,
                upplysning);
        for (Flik f : allaFlikar) {
            f.visa(vald, vem);
        }
        flikar.setVisible(vald != null);
        flikar.getParent().layout(true, true);
        anpassa();
    }

    private void visaFel(RuntimeException fel) {
        if (!flikar.isDisposed()) {
            visa(List.of(), null, Felvisning.text(fel));
        }
    }

    @Persist
    void spara() {
        plan.spara();
    }

    @PersistState
    void sparaLage() {
        if (flikar != null && !flikar.isDisposed()) {
            del.getPersistedState().put(VALD_FLIK, Integer.toString(flikar.getSelectionIndex()));
        }
    }

    private int sparadFlik() {
        try {
            int i = Integer.parseInt(del.getPersistedState().getOrDefault(VALD_FLIK, "0")); //$NON-NLS-1$
            return i >= 0 && i < flikar.getItemCount() ? i : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Focus
    void fokus() {
        Control vald = flikar.getSelection() == null ? null : flikar.getSelection().getControl();
        (vald != null ? vald : flikar).setFocus();
    }
}
