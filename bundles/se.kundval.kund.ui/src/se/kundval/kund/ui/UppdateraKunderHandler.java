package se.kundval.kund.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;

/**
 * Visa > Uppdatera kundlistan (F5): reads the kunder again, for changes made by other users or an
 * import. Announced as an event so that the handler needs no reference to the part.
 */
public class UppdateraKunderHandler {

    /** Event topic that makes the Kunder list read its rows again. */
    public static final String AMNE = "se/kundval/kund/ui/uppdatera"; //$NON-NLS-1$

    @Execute
    void uppdatera(IEventBroker handelser) {
        handelser.send(AMNE, Boolean.TRUE);
    }
}
