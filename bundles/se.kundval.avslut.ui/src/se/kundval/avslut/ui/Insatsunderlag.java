package se.kundval.avslut.ui;

import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.Bedomningsstod;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.model.Insats;
import se.kundval.ui.Felvisning;
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

    /** Reads the insats (and the support when {@code avslut} is given); shows the service's message and returns null on failure. */
    static Insatsunderlag las(Shell skal, Inloggning vem, long id, InsatsService insatser, AvslutService avslut) {
        Insatsunderlag[] resultat = new Insatsunderlag[1];
        RuntimeException[] fel = new RuntimeException[1];
        BusyIndicator.showWhile(skal.getDisplay(), () -> {
            try {
                Insats insats = insatser.hamta(vem, id);
                resultat[0] = new Insatsunderlag(insats, avslut == null ? null : avslut.stod(vem, id));
            } catch (RuntimeException e) {
                fel[0] = e;
            }
        });
        if (fel[0] != null) {
            Felvisning.visa(skal, fel[0]);
        }
        return resultat[0];
    }
}
