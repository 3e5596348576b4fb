package se.kundval.kund.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.dataskydd.Registerutdrag;
import se.kundval.core.dataskydd.RegisterutdragService;
import se.kundval.core.dataskydd.Registerutdragsskrivare;
import se.kundval.core.dataskydd.Utdragsformat;
import se.kundval.core.tjanst.KundService;
import se.kundval.ui.Filvaljare;

/**
 * Arkiv > Registerutdrag… for the selected kund (handläggare, administratör; GDPR art. 15):
 * everything stored about the person, as a PDF or, when the file is named *.json, as JSON; read and
 * written in the background, the file whole or not at all.
 */
public class RegisterutdragHandler {

    @CanExecute
    boolean kan(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object valt, @Optional Inloggning vem) {
        return valt instanceof Long && vem != null && vem.har(Rattighet.GORA_REGISTERUTDRAG);
    }

    @Execute
    void skriv(@Named(IServiceConstants.ACTIVE_SELECTION) Long kundId, @Named(IServiceConstants.ACTIVE_SHELL) Shell skal,
            Inloggning vem, KundService kunder, RegisterutdragService utdrag, Registerutdragsskrivare skrivare,
            UISynchronize ui, @Optional Filvaljare valjare) {
        Filvaljare val = valjare != null ? valjare : new Filvaljare();
        Path fil = val.sparaSom(skal, Messages.registerutdragRubrik, Messages.registerutdragFilnamn, "pdf"); //$NON-NLS-1$
        if (fil == null) {
            return;
        }
        // a name ending in .json gives the machine-readable utdrag; the dialog offers PDF, which a person reads
        Utdragsformat format = fil.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") //$NON-NLS-1$
                ? Utdragsformat.JSON : Utdragsformat.PDF;
        Job.create(Messages.jobbRegisterutdrag, (IProgressMonitor monitor) -> {
            try {
                String personnummer = kunder.hamta(vem, kundId).getPersonnummer();
                Registerutdrag u = utdrag.utdrag(vem, personnummer)
                        .orElseThrow(() -> new KundvalException(Messages.ingenKundMedNummer));
                skrivHel(skrivare, u, format, fil);
                ui.asyncExec(() -> MessageDialog.openInformation(skal, Messages.registerutdragRubrik,
                        NLS.bind(Messages.registerutdragSparat, fil)));
            } catch (KundvalException e) {
                ui.asyncExec(() -> MessageDialog.openError(skal, Messages.registerutdragRubrik, e.getMessage()));
            } catch (IOException e) {
                ui.asyncExec(() -> MessageDialog.openError(skal, Messages.registerutdragRubrik,
                        NLS.bind(Messages.registerutdragFel, fil, e.getMessage())));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /** Into a file beside the target, then moved: a failure leaves no half utdrag. */
    private static void skrivHel(Registerutdragsskrivare skrivare, Registerutdrag u, Utdragsformat format, Path fil)
            throws IOException {
        Path tillfallig = fil.resolveSibling("." + fil.getFileName() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (OutputStream ut = Files.newOutputStream(tillfallig)) {
                skrivare.skriv(u, format, ut);
            }
            Files.move(tillfallig, fil, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tillfallig);
        }
    }
}
