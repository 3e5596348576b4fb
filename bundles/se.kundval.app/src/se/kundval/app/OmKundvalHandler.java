package se.kundval.app;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

/** Hjälp > Om Kundval: the product's name and version. */
public class OmKundvalHandler {

    @Execute
    void visa(@Named(IServiceConstants.ACTIVE_SHELL) Shell skal) {
        String version = FrameworkUtil.getBundle(OmKundvalHandler.class).getVersion().toString();
        MessageDialog.openInformation(skal, Messages.omRubrik, NLS.bind(Messages.omText, version));
    }
}
