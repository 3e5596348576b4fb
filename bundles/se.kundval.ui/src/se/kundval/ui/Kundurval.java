package se.kundval.ui;

import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;

/**
 * The one selection contract of every list of kunder (Mina kunder, Kunder, …). A single click
 * publishes the kund's database id ({@code Long}) through the part's {@link ESelectionService}, so
 * the Insats part and the commands follow at once; a double-click or Enter also runs the Kund UI's
 * "Öppna kund", which activates the kund's editor when it is open and opens it otherwise. The id,
 * never the row, is published: other parts read their own copy through the services.
 * <p>
 * Injected into the part ({@code @Inject Kundurval}) so it talks to that part's selection service.
 */
@Creatable
public class Kundurval {

    /** The Kund UI's command; the lists run it without depending on the Kund UI bundle. */
    public static final String OPPNA_KUND = "se.kundval.kund.ui.command.oppnaKund"; //$NON-NLS-1$

    private final ESelectionService selektion;
    private final ECommandService kommandon;
    private final EHandlerService hanterare;
    private final UISynchronize ui;

    @Inject
    public Kundurval(ESelectionService selektion, ECommandService kommandon, EHandlerService hanterare, UISynchronize ui) {
        this.selektion = selektion;
        this.kommandon = kommandon;
        this.hanterare = hanterare;
        this.ui = ui;
    }

    /** A row chosen (click, arrow keys): the kund becomes the selection; nothing when it already is. */
    public void valj(Long kundId) {
        if (kundId != null && !Objects.equals(kundId, selektion.getSelection())) {
            selektion.setSelection(kundId);
        }
    }

    /** Nothing chosen: after another user logged in the previous user's kund is no longer the selection. */
    public void ingen() {
        if (selektion.getSelection() != null) {
            selektion.setSelection(null);
        }
    }

    /**
     * A row opened (double-click, Enter): chosen, then shown in its one editor. The command is given
     * the kund itself rather than left to find it as the active selection, which the workbench may
     * not have passed on yet when the row was chosen by the same double-click. It runs once the
     * gesture's remaining events are handled: the list takes the focus on the double-click's mouse
     * release, and an editor already open, activated before that, was activated and at once left
     * behind the list again (docs/decisions/0333-arbetsbankens-rester.md).
     */
    public void oppna(Long kundId) {
        valj(kundId);
        ui.asyncExec(() -> visa(kundId));
    }

    private void visa(Long kundId) {
        ParameterizedCommand oppnaKund = kommandon.createCommand(OPPNA_KUND, Map.of());
        if (kundId == null || oppnaKund == null || !oppnaKund.getCommand().isDefined()) {
            return;
        }
        IEclipseContext kund = EclipseContextFactory.create();
        try {
            kund.set(IServiceConstants.ACTIVE_SELECTION, kundId);
            if (hanterare.canExecute(oppnaKund, kund)) {
                hanterare.executeHandler(oppnaKund, kund);
            }
        } finally {
            kund.dispose();
        }
    }
}
