package se.kundval.uppfoljning.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.tjanst.DokumentService;
import se.kundval.core.tjanst.UppfoljningService;
import se.kundval.ui.Bakgrund;
import se.kundval.ui.Faltfel;
import se.kundval.ui.Felvisning;
import se.kundval.ui.Filvaljare;
import se.kundval.ui.Formular;
import se.kundval.uppfoljning.ui.insats.Insatshandelser;

/**
 * What the tabs of the Insats part share: the services, the theme, and one way to save. A save is a
 * single short service call made while the user waits; its outcome is announced as
 * {@link Insatshandelser#ANDRAD}, which makes the part (and any other view of the insats) read the
 * insats again, so every tab shows what the service stored.
 */
final class Flikstod {

    final UppfoljningService uppfoljning;
    final IStylingEngine stil;
    /** The six-month evidence's documents, and where a document is saved (a test's chooser, or null for the platform's). */
    DokumentService dokument;
    Supplier<Filvaljare> filvaljare = () -> null;
    private final Clock klocka;
    private final IEventBroker handelser;
    private final ECommandService kommandon;
    private final EHandlerService hanterare;
    private final Shell skal;
    private final Runnable omforma;
    private final Bakgrund bakgrund;

    Flikstod(UppfoljningService uppfoljning, IStylingEngine stil, IEventBroker handelser, ECommandService kommandon,
            EHandlerService hanterare, Shell skal, Runnable omforma, Clock klocka, Bakgrund bakgrund) {
        this.bakgrund = bakgrund;
        this.omforma = omforma;
        this.klocka = klocka;
        this.uppfoljning = uppfoljning;
        this.stil = stil;
        this.handelser = handelser;
        this.kommandon = kommandon;
        this.hanterare = hanterare;
        this.skal = skal;
    }

    /**
     * A red line, hidden until it says why an action was not done: a new label styled once with the
     * CSS class {@code fel}, as the prislista's form messages are, so it is red in either theme.
     */
    Label hinderrad(Composite yta, String id) {
        Label rad = new Label(yta, SWT.WRAP);
        rad.setData(Formular.NYCKEL, id);
        stil.setClassname(rad, "fel"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(rad);
        Formular.dolj(rad, false);
        return rad;
    }

    /** Today in the part's clock: what a tab offers (which months, whether a form is open yet) depends on it. */
    LocalDate idag() {
        return LocalDate.now(klocka);
    }

    /**
     * Runs a service call for the insats; on failure shows the service's message and returns false
     * (the user's input stays in the form so it can be corrected).
     */
    boolean spara(long insatsId, Runnable anrop) {
        return spara(insatsId, anrop, null);
    }

    /** As {@link #spara(long, Runnable)}, marking the fields the domain validator rejected. */
    boolean spara(long insatsId, Runnable anrop, Faltfel faltfel) {
        // the call runs off the UI thread; the tab waits for it because what follows depends on it
        try {
            bakgrund.vanta(Messages.jobbSparar, skal, () -> {
                anrop.run();
                return null;
            });
        } catch (RuntimeException fel) {
            if (faltfel != null) {
                faltfel.rensa();
                faltfel.markera(fel);
            }
            Felvisning.visa(skal, fel);
            return false;
        }
        if (faltfel != null) {
            faltfel.rensa();
        }
        handelser.send(Insatshandelser.ANDRAD, insatsId);
        return true;
    }

    Bakgrund bakgrund() {
        return bakgrund;
    }

    /** Lays the tabs out again after a tab showed or hid some of its rows. */
    void omforma() {
        omforma.run();
    }

    /** True when another bundle contributes the command (the avslut UI may be left out of a product). */
    boolean finns(String kommandoId) {
        return kommandon.getCommand(kommandoId) != null && kommandon.getCommand(kommandoId).isDefined();
    }

    /** Runs a command of another bundle with one parameter, as its menu item or key binding would. */
    void kor(String kommandoId, Map<String, Object> parametrar) {
        ParameterizedCommand kommando = kommandon.createCommand(kommandoId, parametrar);
        if (kommando != null && hanterare.canExecute(kommando)) {
            hanterare.executeHandler(kommando);
        }
    }
}
