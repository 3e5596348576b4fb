package se.kundval.avslut.ui;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.services.IStylingEngine;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.uppfoljning.ui.insats.Insatshandelser;
import se.kundval.uppfoljning.ui.insats.Insatsval;

/** Rapportera avslut: the anordnare reports (or, before it is judged, corrects) the avslut of its insats. */
public class RapporteraAvslutHandler {

    public static final String KOMMANDO = "se.kundval.avslut.ui.command.rapportera"; //$NON-NLS-1$
    /** Optional parameter: the insats's database id. */
    public static final String INSATS = KOMMANDO + ".insats"; //$NON-NLS-1$

    @CanExecute
    boolean kan(Inloggning vem, @Optional @Named(INSATS) String insats,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Insatsval val) {
        return vem.har(Rattighet.RAPPORTERA_SOM_ANORDNARE) && Insatsunderlag.id(insats, val) != null;
    }

    @Execute
    void rapportera(Inloggning vem, InsatsService insatser, AvslutService avslut, IEventBroker handelser, IStylingEngine stil,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell skal, @Optional @Named(INSATS) String insats,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Insatsval val, @Service Clock klocka, UISynchronize ui) {
        Long id = Insatsunderlag.id(insats, val);
        if (id == null) {
            return;
        }
        Insatsunderlag.las(skal, ui, vem, id, insatser, null, underlag -> {
            if (new Avslutsdialog(skal, stil, vem, underlag.insats(), avslut, LocalDate.now(klocka)).open() == Window.OK) {
                handelser.send(Insatshandelser.ANDRAD, id);
            }
        });
    }
}
