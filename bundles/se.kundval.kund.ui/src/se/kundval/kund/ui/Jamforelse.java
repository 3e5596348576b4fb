package se.kundval.kund.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;

import se.kundval.model.Kund;
import se.kundval.model.KundvalPackage.Literals;

/**
 * Three versions of one kund after a save conflict: what the user opened (bas), what the user has
 * now (mina) and what someone else saved meanwhile (deras). Nothing of the user's is lost either way
 * the user decides; keeping it takes the other's changes in every field the user did not touch.
 */
final class Jamforelse {

    /** The attributes a user edits; id, version and derived values are not compared. */
    static final List<EAttribute> FALT = List.of(Literals.KUND__NAMN, Literals.KUND__PERSONNUMMER, Literals.KUND__KON,
            Literals.KUND__KOMMUN, Literals.KUND__SPRAK, Literals.KUND__UTBILDNINGSNIVA, Literals.KUND__ARBETSFORMAGA,
            Literals.KUND__ARBETSFORMAGA_OKLAR, Literals.KUND__ANSVARIG_KARRIARVAGLEDARE, Literals.KUND__EKONOMISKT_BISTAND,
            Literals.KUND__TOLKBEHOV, Literals.KUND__ETABLERINGSPROGRAM, Literals.KUND__ETABLERINGSERSATTNING);

    /**
     * One field that either side changed.
     *
     * @param falt  the attribute
     * @param mitt  the user's value
     * @param deras the value the other user saved
     * @param krock both changed it, to different values: keeping the user's overwrites the other's
     */
    record Andring(EAttribute falt, Object mitt, Object deras, boolean krock) {
    }

    private Jamforelse() {
    }

    static List<Andring> andringar(Kund bas, Kund mina, Kund deras) {
        List<Andring> andringar = new ArrayList<>();
        for (EAttribute a : FALT) {
            boolean minAndrad = !Objects.equals(mina.eGet(a), bas.eGet(a));
            boolean derasAndrad = !Objects.equals(deras.eGet(a), bas.eGet(a));
            if (minAndrad || derasAndrad) {
                andringar.add(new Andring(a, mina.eGet(a), deras.eGet(a),
                        minAndrad && derasAndrad && !Objects.equals(mina.eGet(a), deras.eGet(a))));
            }
        }
        return andringar;
    }

    /**
     * Makes the user's kund the newest version with the user's changes on top: fields only the other
     * user changed take the other's value, and the version becomes the saved one, so that the next
     * save succeeds. Set directly, not as commands: these are not the user's edits to undo.
     */
    static void behallMina(Kund bas, Kund mina, Kund deras) {
        for (EAttribute a : FALT) {
            if (Objects.equals(mina.eGet(a), bas.eGet(a)) && !Objects.equals(deras.eGet(a), bas.eGet(a))) {
                mina.eSet(a, deras.eGet(a));
            }
        }
        mina.setVersion(deras.getVersion());
    }
}
