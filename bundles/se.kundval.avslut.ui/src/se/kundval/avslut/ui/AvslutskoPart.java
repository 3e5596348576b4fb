package se.kundval.avslut.ui;

import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.Avslutsarende;
import se.kundval.ui.Bakgrund;
import se.kundval.ui.Etiketter;
import se.kundval.ui.Felvisning;
import se.kundval.ui.Formular;
import se.kundval.ui.Radton;
import se.kundval.ui.Tabell;
import se.kundval.ui.Visning;
import se.kundval.uppfoljning.ui.insats.Insatshandelser;
import se.kundval.uppfoljning.ui.insats.Insatsval;

/**
 * The avslutsbedömning queue: every reported avslut without a judgement, oldest first with its age
 * in days (DOMAIN §8). The selected row is published as an {@link Insatsval} and shown in the
 * Insats part; Enter, a double click or the button opens the judgement dialog.
 */
public class AvslutskoPart {

    /** Element id of the part in the application model. */
    public static final String ID = "se.kundval.avslut.ui.part.ko"; //$NON-NLS-1$
    public static final String TABELL = "se.kundval.avslut.ui.ko"; //$NON-NLS-1$
    public static final String ANTAL = "se.kundval.avslut.ui.ko.antal"; //$NON-NLS-1$
    public static final String BEDOM = "se.kundval.avslut.ui.ko.bedom"; //$NON-NLS-1$
    public static final String UPPDATERA = "se.kundval.avslut.ui.ko.uppdatera"; //$NON-NLS-1$
    /** The part that shows the chosen insats beside the queue (the uppföljning UI's). */
    static final String INSATSDEL = "se.kundval.uppfoljning.ui.part.insats"; //$NON-NLS-1$
    /** DOMAIN §8's default limit for a judgement: older avslut are marked. */
    static final int GRANS_DAGAR = 14;

    @Inject
    private AvslutService avslut;
    @Inject
    private Bakgrund bakgrund;
    @Inject
    private ESelectionService selektion;
    @Inject
    private EPartService delar;
    @Inject
    private ECommandService kommandon;
    @Inject
    private EHandlerService hanterare;
    @Inject
    private IStylingEngine stil;

    private volatile Inloggning vem;
    private Label antal;
    private Tabell<Avslutsarende> ko;
    private Formular knappar;
    private Button bedom;
    private int generation;

    @PostConstruct
    void skapa(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(0, 6).applyTo(parent);
        antal = Formular.upplysning(parent, ANTAL, stil);
        ko = new Tabell<>(parent, Avslutsarende.class, TABELL, 12)
                .kolumn(Messages.kolumnVantat, 11, a -> Long.toString(a.vantatDagar()))
                .kolumn(Messages.kolumnInsats, 12, Avslutsarende::insats)
                .kolumn(Messages.kolumnKund, 18, Avslutsarende::kund)
                .kolumn(Messages.kolumnTyp, 8, Avslutsarende::insatstyp)
                .kolumn(Messages.kolumnAnordnare, 20, Avslutsarende::anordnare)
                .kolumn(Messages.kolumnAvslutsdatum, 12, a -> Visning.datum(a.avslutsdatum()))
                .kolumn(Messages.kolumnOrsak, 14, a -> Etiketter.av(a.orsak()))
                .bakgrund(a -> a.vantatDagar() > GRANS_DAGAR ? Radton.VANTAR : null);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(ko.kontroll());
        ko.vidVal(this::publicera);
        ko.vidDubbelklick(a -> bedom());
        knappar = new Formular(parent, stil);
        Composite rad = knappar.knapprad();
        bedom = Formular.knapp(rad, Messages.bedomKnapp, BEDOM, this::bedom);
        Formular.knapp(rad, Messages.uppdatera, UPPDATERA, this::las);
        las();
    }

    @Inject
    void inloggning(Inloggning inloggad) {
        vem = inloggad;
        if (ko != null && !ko.tabell().isDisposed()) {
            las();
        }
    }

    /** A judgement (here or from the Insats part) takes the avslut out of the queue. */
    @Inject
    @Optional
    void andrad(@UIEventTopic(Insatshandelser.ANDRAD) Long insatsId) {
        if (ko != null && !ko.tabell().isDisposed()) {
            las();
        }
    }

    private void las() {
        Inloggning inloggad = vem;
        if (!inloggad.har(Rattighet.BEDOMA_AVSLUT)) {
            visa(List.of(), Messages.bedomsAvHandlaggare);
            return;
        }
        int denna = ++generation;
        bakgrund.hamta(Messages.jobbKo, ko.kontroll().getParent(), () -> avslut.ko(inloggad), arenden -> {
            if (denna == generation) {
                visa(arenden, null);
            }
        }, fel -> {
            if (denna == generation && !ko.tabell().isDisposed()) {
                visa(List.of(), Felvisning.text(fel));
            }
        });
    }

    private void visa(List<Avslutsarende> arenden, String upplysning) {
        Avslutsarende vald = ko.vald();
        ko.visa(arenden);
        arenden.stream().filter(a -> vald != null && a.insatsId() == vald.insatsId()).findFirst().ifPresent(ko::valj);
        antal.setText(upplysning != null ? upplysning
                : arenden.isEmpty() ? Messages.ingaAvslut : NLS.bind(Messages.antalAvslut, arenden.size()));
        Formular.dolj(knappar.yta(), vem.har(Rattighet.BEDOMA_AVSLUT));
        bedom.setEnabled(ko.vald() != null);
    }

    private void publicera(Avslutsarende arende) {
        bedom.setEnabled(arende != null);
        if (arende == null) {
            return;
        }
        if (delar.findPart(INSATSDEL) != null) {
            delar.showPart(INSATSDEL, PartState.VISIBLE);
        }
        selektion.setSelection(new Insatsval(arende.insatsId()));
    }

    private void bedom() {
        Avslutsarende arende = ko.vald();
        if (arende == null) {
            return;
        }
        ParameterizedCommand kommando = kommandon.createCommand(BedomAvslutHandler.KOMMANDO,
                Map.of(BedomAvslutHandler.INSATS, Long.toString(arende.insatsId())));
        if (hanterare.canExecute(kommando)) {
            hanterare.executeHandler(kommando);
        }
    }

    @Focus
    void fokus() {
        ko.tabell().setFocus();
    }
}
