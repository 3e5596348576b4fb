package se.kundval.avslut.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
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

/**
 * Bedöm avslut: opens the judgement dialog for the insats named by the command's parameter or, from
 * the queue, the selected one. A correction of an earlier judgement is the same dialog; what it
 * saves is a new judgement that supersedes the old.
 */
public class BedomAvslutHandler {

    public static final String KOMMANDO = "se.kundval.avslut.ui.command.bedom"; //$NON-NLS-1$
    /** Optional parameter: the insats's database id. */
    public static final String INSATS = KOMMANDO + ".insats"; //$NON-NLS-1$

    @CanExecute
    boolean kan(Inloggning vem, @Optional @Named(INSATS) String insats,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Insatsval val) {
        return vem.har(Rattighet.BEDOMA_AVSLUT) && Insatsunderlag.id(insats, val) != null;
    }

    @Execute
    void bedom(Inloggning vem, InsatsService insatser, AvslutService avslut, IEventBroker handelser, IStylingEngine stil,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell skal, @Optional @Named(INSATS) String insats,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Insatsval val, UISynchronize ui) {
        Long id = Insatsunderlag.id(insats, val);
        if (id == null) {
            return;
        }
        Insatsunderlag.las(skal, ui, vem, id, insatser, avslut, underlag -> {
            if (new Bedomningsdialog(skal, stil, vem, underlag, avslut).open() == Window.OK) {
                handelser.send(Insatshandelser.ANDRAD, id);
            }
        });
    }
}
