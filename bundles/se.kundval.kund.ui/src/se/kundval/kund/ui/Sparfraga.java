package se.kundval.kund.ui;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * The question before a part with unsaved changes closes, in Swedish: E4's own save handler asks in
 * English. Spara runs the part's {@code @Persist}; a part still dirty afterwards (the save was
 * refused or failed) stays open.
 */
final class Sparfraga implements ISaveHandler {

    private final Shell skal;

    Sparfraga(Shell skal) {
        this.skal = skal;
    }

    @Override
    public boolean save(MPart del, boolean fraga) {
        if (fraga) {
            Save svar = promptToSave(del);
            if (svar == Save.NO) {
                return true;
            }
            if (svar == Save.CANCEL) {
                return false;
            }
        }
        ContextInjectionFactory.invoke(del.getObject(), Persist.class, del.getContext(), null);
        return !del.isDirty();
    }

    @Override
    public boolean saveParts(Collection<MPart> delar, boolean fraga) {
        if (fraga) {
            Save svar = promptToSave(delar)[0];
            if (svar == Save.NO) {
                return true;
            }
            if (svar == Save.CANCEL) {
                return false;
            }
        }
        boolean allaSparade = true;
        for (MPart del : delar) {
            allaSparade &= save(del, false);
        }
        return allaSparade;
    }

    @Override
    public Save promptToSave(MPart del) {
        return fraga(NLS.bind(Messages.sparaFragaEn, del.getLocalizedLabel()));
    }

    @Override
    public Save[] promptToSave(Collection<MPart> delar) {
        String namn = delar.stream().map(MPart::getLocalizedLabel).collect(Collectors.joining(", ")); //$NON-NLS-1$
        Save svar = fraga(NLS.bind(Messages.sparaFragaFlera, namn));
        Save[] alla = new Save[delar.size()];
        Arrays.fill(alla, svar);
        return alla;
    }

    private Save fraga(String text) {
        List<String> knappar = List.of(Messages.spara, Messages.sparaInte, Messages.avbryt);
        MessageDialog dialog = new MessageDialog(skal, Messages.sparaRubrik, null, text, MessageDialog.QUESTION,
                0, knappar.toArray(String[]::new));
        return switch (dialog.open()) {
            case 0 -> Save.YES;
            case 1 -> Save.NO;
            default -> Save.CANCEL;
        };
    }
}
