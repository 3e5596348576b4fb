package se.kundval.persistence.internal.orm;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;
import se.kundval.model.regler.Meddelanden;
import se.kundval.persistence.internal.Messages;

/** A saved beslut or bedömning was changed or removed; those are append-only. */
public class OforanderligException extends KundvalException {

    private static final long serialVersionUID = 1L;

    OforanderligException(EClass klass) {
        super(NLS.bind(Messages.oforanderlig, Meddelanden.klass(klass.getName())));
    }
}
