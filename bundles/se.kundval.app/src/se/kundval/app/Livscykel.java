package se.kundval.app;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;

/** Connects the workbench to its database before the first part is created. */
public class Livscykel {

    @PostContextCreate
    void anslut(IEclipseContext kontext) {
        Databas databas = kontext.get(Databas.class);
        String fil = System.getProperty("kundval.db", Path.of(System.getProperty("user.home"), ".kundval", "demo").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        databas.anslut(Databasanslutning.inbaddad(Path.of(fil)));
    }
}
