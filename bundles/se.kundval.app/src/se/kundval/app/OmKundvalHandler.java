package se.kundval.app;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** Hjälp > Om Kundval: the product's name and version. */
public class OmKundvalHandler {

    @Execute
    void visa(@Named(IServiceConstants.ACTIVE_SHELL) Shell skal) {
        Version v = FrameworkUtil.getBundle(OmKundvalHandler.class).getVersion();
        String version = v.getMajor() + "." + v.getMinor() + "." + v.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
        MessageDialog.openInformation(skal, Messages.omRubrik, NLS.bind(Messages.omText, version));
    }
}
