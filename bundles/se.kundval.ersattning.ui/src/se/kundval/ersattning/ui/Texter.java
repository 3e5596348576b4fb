package se.kundval.ersattning.ui;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.ersattning.Radstatus;
import se.kundval.core.ersattning.Radtyp;
import se.kundval.export.Svenskformat;

/** How the Ersättning and Prislista parts write codes, organisationsnummer and kronor for users. */
final class Texter {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE"); //$NON-NLS-1$
    private static final DateTimeFormatter MANAD = DateTimeFormatter.ofPattern("LLLL yyyy", SVENSKA); //$NON-NLS-1$

    private Texter() {
    }

    /** A month as Swedish writes it: "maj 2024". */
    static String manad(YearMonth manad) {
        return MANAD.format(manad);
    }

    static String radtyp(Radtyp radtyp) {
        return switch (radtyp) {
            case CHECKBELOPP -> Messages.radtypCheckbelopp;
            case AVSLUTSERSATTNING -> Messages.radtypAvslutsersattning;
            case SNABBHETSPREMIE -> Messages.radtypSnabbhetspremie;
            case RESULTATBONUS -> Messages.radtypResultatbonus;
        };
    }

    static String status(Radstatus status) {
        return status == Radstatus.ATT_BETALA ? Messages.statusAttBetala : Messages.statusVantar;
    }

    /** 5560360793 as 556036-0793, as organisationsnummer are written. */
    static String orgnr(String orgnr) {
        return orgnr != null && orgnr.length() == 10 ? orgnr.substring(0, 6) + '-' + orgnr.substring(6) : orgnr;
    }

    /** Kronor with öre, a space between thousands and a decimal comma: 12 345,50. */
    static String belopp(BigDecimal belopp) {
        return belopp == null ? "" : Svenskformat.tal(belopp, 2, true); //$NON-NLS-1$
    }

    /** As {@link #belopp} followed by "kr". */
    static String kronor(BigDecimal belopp) {
        return NLS.bind(Messages.kronor, belopp(belopp));
    }

    static String antalPoster(int antal) {
        return antal == 1 ? Messages.enPost : NLS.bind(Messages.poster, antal);
    }
}
