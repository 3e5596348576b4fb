package se.kundval.app;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** Arkiv > Avsluta: closes the workbench, which saves the user's layout. */
public class AvslutaHandler {

    @Execute
    void avsluta(IWorkbench arbetsbank) {
        arbetsbank.close();
    }
}
