package se.kundval.insatstyp.kundval2024;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Kundfakta;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Insats;
import se.kundval.model.Kund;

/**
 * The building blocks of the 2024 types' own eligibility rules (NAF-2023-00285): arbetsförmåga,
 * etableringsprogram and -ersättning, sfi, and the kund's earlier insatser. Each rule says what to
 * do when it fails, typically which other nivå fits the kund.
 */
final class Behorighet {

    static final String ARBETSFORMAGA = "ARBETSFORMAGA"; //$NON-NLS-1$
    static final String ARBETSFORMAGA_OKLAR = "ARBETSFORMAGA_OKLAR"; //$NON-NLS-1$
    static final String ETABLERINGSPROGRAM = "ETABLERINGSPROGRAM"; //$NON-NLS-1$
    static final String ETABLERINGSERSATTNING = "ETABLERINGSERSATTNING"; //$NON-NLS-1$
    static final String SFI = "SFI"; //$NON-NLS-1$
    static final String FORLANGD_INSATS = "FORLANGD_INSATS"; //$NON-NLS-1$
    static final String PAGAENDE_INSATS = "PAGAENDE_INSATS"; //$NON-NLS-1$

    /** AMI 2's lower bound: "minst 25 procent arbetsförmåga". */
    static final int AMI_LAGSTA = 25;
    static final int FULL = 100;

    private Behorighet() {
    }

    /** Arbetsförmåga in percent within [min, max]; oklar or missing fails. */
    static Regelutfall arbetsformaga(Kund kund, int min, int max) {
        String krav = min == max ? min + " %" : min + "\u2013" + max + " %"; //$NON-NLS-1$ //$NON-NLS-2$
        String namn = NLS.bind(Messages.arbetsformagaNamn, krav);
        Integer procent = kund.getArbetsformaga();
        if (kund.isArbetsformagaOklar()) {
            return Regelutfall.underkand(ARBETSFORMAGA, namn, NLS.bind(Messages.arbetsformagaOklarMenKrav, krav));
        }
        if (procent == null) {
            return Regelutfall.underkand(ARBETSFORMAGA, namn, Messages.arbetsformagaSaknas);
        }
        if (procent < min || procent > max) {
            return Regelutfall.underkand(ARBETSFORMAGA, namn,
                    NLS.bind(Messages.arbetsformagaUtanfor, new Object[] {procent, krav, tips(procent)}));
        }
        return Regelutfall.godkand(ARBETSFORMAGA, namn, NLS.bind(Messages.arbetsformagaGodkand, procent));
    }

    /** FAI: arbetsförmåga bedömd som oklar. */
    static Regelutfall arbetsformagaOklar(Kund kund) {
        if (kund.isArbetsformagaOklar()) {
            return Regelutfall.godkand(ARBETSFORMAGA_OKLAR, Messages.oklarNamn, Messages.oklarGodkand);
        }
        Integer procent = kund.getArbetsformaga();
        if (procent == null) {
            return Regelutfall.underkand(ARBETSFORMAGA_OKLAR, Messages.oklarNamn, Messages.arbetsformagaSaknas);
        }
        return Regelutfall.underkand(ARBETSFORMAGA_OKLAR, Messages.oklarNamn,
                NLS.bind(Messages.oklarUnderkand, procent, tips(procent)));
    }

    private static String tips(int procent) {
        if (procent >= FULL) {
            return Messages.tipsAmi1;
        }
        return procent >= AMI_LAGSTA ? Messages.tipsAmi2 : Messages.tipsFai;
    }

    static Regelutfall etableringsprogram(Kund kund) {
        return kund.isEtableringsprogram()
                ? Regelutfall.godkand(ETABLERINGSPROGRAM, Messages.etableringsprogramNamn, Messages.etableringsprogramGodkand)
                : Regelutfall.underkand(ETABLERINGSPROGRAM, Messages.etableringsprogramNamn, Messages.etableringsprogramUnderkand);
    }

    static Regelutfall utanEtableringsersattning(Kund kund) {
        return kund.isEtableringsersattning()
                ? Regelutfall.underkand(ETABLERINGSERSATTNING, Messages.ersattningNamn, Messages.ersattningUnderkand)
                : Regelutfall.godkand(ETABLERINGSERSATTNING, Messages.ersattningNamn, Messages.ersattningGodkand);
    }

    /** Needs sfi: judged from the modersmål (Kundfakta.sprakbehov); unknown is a warning. */
    static Regelutfall sfiBehov(Kund kund) {
        return switch (Kundfakta.sprakbehov(kund)) {
            case BEHOVER_SFI -> Regelutfall.godkand(SFI, Messages.sfiNamn, NLS.bind(Messages.sfiGodkand, kund.getSprak().strip()));
            case SVENSKA -> Regelutfall.underkand(SFI, Messages.sfiNamn, Messages.sfiUnderkand);
            case OKANT -> Regelutfall.varning(SFI, Messages.sfiNamn, Messages.sfiOkant);
        };
    }

    /** FAI 1: "kunder i förlängda kundvalsinsatser": some insats of the kund was förlängd. */
    static Regelutfall forlangdInsats(Behorighetsunderlag underlag) {
        String forlangda = underlag.kundensInsatser().stream().filter(Kundfakta::forlangd).map(Insats::getInsatsId)
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
        return forlangda.isEmpty()
                ? Regelutfall.underkand(FORLANGD_INSATS, Messages.forlangdNamn, Messages.forlangdUnderkand)
                : Regelutfall.godkand(FORLANGD_INSATS, Messages.forlangdNamn, NLS.bind(Messages.forlangdGodkand, forlangda));
    }

    /** FAI 2: "kunder utan pågående insats": none active between the beslut and the start. */
    static Regelutfall ingenPagaendeInsats(Behorighetsunderlag underlag) {
        LocalDate beslut = underlag.beslutsdatum();
        LocalDate start = underlag.startdatum();
        LocalDate fran = beslut.isAfter(start) ? start : beslut;
        LocalDate till = beslut.isAfter(start) ? beslut : start;
        String pagaende = underlag.kundensInsatser().stream().filter(i -> Kundfakta.pagaende(i, fran, till))
                .map(Insats::getInsatsId).collect(Collectors.joining(", ")); //$NON-NLS-1$
        return pagaende.isEmpty()
                ? Regelutfall.godkand(PAGAENDE_INSATS, Messages.pagaendeNamn, Messages.pagaendeGodkand)
                : Regelutfall.underkand(PAGAENDE_INSATS, Messages.pagaendeNamn, NLS.bind(Messages.pagaendeUnderkand, pagaende));
    }
}
