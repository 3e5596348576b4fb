package se.kundval.insatstyp.jobbpeng;

import java.util.OptionalInt;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Kundfakta;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Kund;

/**
 * The jobbpeng target groups (quality reports 2017 and 2019): jobbpeng grund and förstärkt are for
 * young people 18–24, kunder with ekonomiskt bistånd, and nyanlända where language is not the
 * main obstacle; SAI is for kunder where Swedish is the obstacle. Whether language is the main
 * obstacle for a nyanländ is the handläggare's judgement, so that case is a warning to confirm.
 */
final class Malgrupp {

    static final String MALGRUPP = "MALGRUPP"; //$NON-NLS-1$
    static final String SPRAKHINDER = "SPRAKHINDER"; //$NON-NLS-1$

    static final int UNG_FRAN = 18;
    static final int UNG_TILL = 24;

    private Malgrupp() {
    }

    /** Grund and förstärkt: 18–24 years, or ekonomiskt bistånd, or nyanländ (to confirm). */
    static Regelutfall jobbpeng(Behorighetsunderlag underlag) {
        Kund kund = underlag.kund();
        OptionalInt alder = Kundfakta.alder(kund, underlag.beslutsdatum());
        if (alder.isPresent() && alder.getAsInt() >= UNG_FRAN && alder.getAsInt() <= UNG_TILL) {
            return Regelutfall.godkand(MALGRUPP, Messages.malgruppNamn, NLS.bind(Messages.malgruppUng, alder.getAsInt()));
        }
        if (kund.isEkonomisktBistand()) {
            return Regelutfall.godkand(MALGRUPP, Messages.malgruppNamn, Messages.malgruppBistand);
        }
        if (Kundfakta.nyanland(kund)) {
            return Regelutfall.varning(MALGRUPP, Messages.malgruppNamn, Messages.malgruppNyanland);
        }
        return Regelutfall.underkand(MALGRUPP, Messages.malgruppNamn, Messages.malgruppIngen);
    }

    /** SAI: Swedish is the obstacle, judged from the modersmål. */
    static Regelutfall sprakhinder(Kund kund) {
        return switch (Kundfakta.sprakbehov(kund)) {
            case BEHOVER_SFI -> Regelutfall.godkand(SPRAKHINDER, Messages.sprakNamn,
                    NLS.bind(Messages.sprakGodkand, kund.getSprak().strip()));
            case SVENSKA -> Regelutfall.underkand(SPRAKHINDER, Messages.sprakNamn, Messages.sprakSvenska);
            case OKANT -> Regelutfall.varning(SPRAKHINDER, Messages.sprakNamn, Messages.sprakOkant);
        };
    }
}
