package se.kundval.ui;

import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Creatable;
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

    @Inject
    public Kundurval(ESelectionService selektion, ECommandService kommandon, EHandlerService hanterare) {
        this.selektion = selektion;
        this.kommandon = kommandon;
        this.hanterare = hanterare;
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
     * A row opened (double-click, Enter): chosen, then shown in its one editor. The kund is published
     * again even when it already is the selection, so that parts which closed it meanwhile hear of it.
     */
    public void oppna(Long kundId) {
        if (Objects.equals(kundId, selektion.getSelection())) {
            selektion.setSelection(null);
        }
        selektion.setSelection(kundId);
        ParameterizedCommand oppnaKund = kommandon.createCommand(OPPNA_KUND, Map.of());
        if (oppnaKund != null && oppnaKund.getCommand().isDefined() && hanterare.canExecute(oppnaKund)) {
            hanterare.executeHandler(oppnaKund);
        }
    }
}
