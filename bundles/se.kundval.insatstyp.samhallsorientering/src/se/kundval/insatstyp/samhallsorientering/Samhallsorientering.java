package se.kundval.insatstyp.samhallsorientering;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.core.typ.Insatstypmodell;
import se.kundval.core.typ.Kundfakta;
import se.kundval.core.typ.Regelutfall;
import se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande;
import se.kundval.model.Insats;
import se.kundval.model.Kund;

/**
 * Samhällsorientering: a course of 6–10 weeks, paid per month it runs, with no avslutsersättning
 * and no bonus. Its målsättning is the course completed without avbrott. Eligibility follows the
 * 2017 follow-up (seed 002): the course is for nyanlända, most of them in etableringsprogrammet,
 * and is given in the kund's hemspråk (docs/decisions/0022-samhallsorientering-behorighet.md).
 */
public class Samhallsorientering implements Insatstypmodell {

    /** The type's code in plugin.xml. */
    public static final String KOD = "SAMHALLSORIENTERING"; //$NON-NLS-1$

    static final String NYANLAND = "NYANLAND"; //$NON-NLS-1$
    static final String HEMSPRAK = "HEMSPRAK"; //$NON-NLS-1$

    private static final Ersattningsmodell ERSATTNING = period -> BigDecimal.ZERO;

    @Override
    public List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag) {
        return List.of(nyanland(underlag.kund()), hemsprak(underlag.kund()));
    }

    /** Nyanländ is known from etablering; otherwise the handläggare confirms it. */
    static Regelutfall nyanland(Kund kund) {
        return Kundfakta.nyanland(kund)
                ? Regelutfall.godkand(NYANLAND, Messages.nyanlandNamn, Messages.nyanlandGodkand)
                : Regelutfall.varning(NYANLAND, Messages.nyanlandNamn, Messages.nyanlandVarning);
    }

    /** The course is held in the kund's hemspråk: it must be known, and not Swedish. */
    static Regelutfall hemsprak(Kund kund) {
        return switch (Kundfakta.sprakbehov(kund)) {
            case BEHOVER_SFI -> Regelutfall.godkand(HEMSPRAK, Messages.hemsprakNamn,
                    NLS.bind(Messages.hemsprakGodkand, kund.getSprak().strip()));
            case SVENSKA -> Regelutfall.underkand(HEMSPRAK, Messages.hemsprakNamn, Messages.hemsprakSvenska);
            case OKANT -> Regelutfall.varning(HEMSPRAK, Messages.hemsprakNamn, Messages.hemsprakOkant);
        };
    }

    @Override
    public Ersattningsmodell ersattningsmodell() {
        return ERSATTNING;
    }

    /** Måluppfyllelse: the course completed (kursslut recorded) without avbrott. */
    @Override
    public boolean maluppfyllelse(Insats insats, boolean lyckat) {
        return insats.getTypdata() instanceof Kursdeltagande kurs && genomford(kurs);
    }

    /** Completed: a kursslut is recorded and the course was not broken off. */
    public static boolean genomford(Kursdeltagande kurs) {
        return kurs.getKursslut() != null && !Boolean.TRUE.equals(kurs.getAvbrott());
    }
}
