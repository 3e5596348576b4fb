package se.kundval.app.installningar;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.BevakningsgransService;
import se.kundval.core.tjanst.Databas;

/** Arkiv > Inställningar… */
public class InstallningarHandler {

    @Execute
    void visa(@Named(IServiceConstants.ACTIVE_SHELL) Shell skal, Databas databas, UISynchronize ui,
            @Optional IThemeEngine temamotor, @Optional Inloggning vem, @Optional BevakningsgransService granser,
            IEventBroker handelser) {
        new Installningsdialog(skal, databas, ui, temamotor, vem, granser, handelser).open();
    }
}
