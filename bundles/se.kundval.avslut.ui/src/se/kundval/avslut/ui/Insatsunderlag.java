package se.kundval.avslut.ui;

import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.Bedomningsstod;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.model.Insats;
import se.kundval.ui.Bakgrund;
import se.kundval.uppfoljning.ui.insats.Insatsval;

/**
 * What a dialog of this bundle works on: the insats the command names (its parameter, given by the
 * Insats part's buttons) or else the selected one, read fresh while the user waits; and, for a
 * judgement, the §6 support for it.
 *
 * @param insats the insats as stored now
 * @param stod   DOMAIN §6 for its avslut, or null when not asked for
 */
record Insatsunderlag(Insats insats, Bedomningsstod stod) {

    /** The insats's database id from the command parameter, else from the selection; null when neither names one. */
    static Long id(String parameter, Insatsval val) {
        if (parameter != null && !parameter.isBlank()) {
            try {
                return Long.valueOf(parameter.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return val == null ? null : val.insatsId();
    }

    /**
     * Reads the insats (and the support when {@code avslut} is given) off the UI thread, then hands it to
     * {@code visa} (which opens the dialog); a failure is shown by the one error display.
     */
    static void las(Shell skal, UISynchronize ui, Inloggning vem, long id, InsatsService insatser, AvslutService avslut,
            Consumer<Insatsunderlag> visa) {
        new Bakgrund(ui).hamta(Messages.jobbInsats, skal, () -> {
            Insats insats = insatser.hamta(vem, id);
            return new Insatsunderlag(insats, avslut == null ? null : avslut.stod(vem, id));
        }, visa);
    }
}
