package se.kundval.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import se.kundval.model.Avslutsorsak;
import se.kundval.model.Manadsrapportstatus;

/**
 * How insatser end and are followed: every avslutsorsak occurs, with the proportions of the
 * quality reports; most avslut are judged, the recent ones often not yet; månadsrapporter come in
 * by the 10th of the next month and are mostly approved, the latest often still waiting.
 */
final class Avslutsgenerator {

    private static final Set<Avslutsorsak> EGEN_FORSORJNING = Set.of(Avslutsorsak.ARBETE, Avslutsorsak.STUDIER,
            Avslutsorsak.EGET_FORETAG);

    /** Reasons for an avslut before the planned end, per hundred. */
    private static final List<Namnlistor.Viktat<Avslutsorsak>> TIDIGT = Arrays.stream(Avslutsorsak.values())
            .map(o -> new Namnlistor.Viktat<>(o, switch (o) {
                case ARBETE -> 26;
                case STUDIER -> 10;
                case SJUKDOM_MISSBRUK -> 8;
                case ANNAN_INSATS_AF, OVRIGT -> 6;
                case ANNAN_INSATS_KOMMUN, STEGFORFLYTTNING, ARBETSFORMEDLINGEN, FLYTTAT, BYTE_AV_ANORDNARE -> 5;
                case FORALDRALEDIG -> 4;
                case EGET_FORETAG -> 3;
                case ANNAN_INSATS_SAMORDNINGSFORBUND, SAKNAR_BARNOMSORG -> 2;
                case INSATSTID_SLUT -> 1;
            })).toList();

    /** Reasons for an avslut at the planned end. */
    private static final List<Namnlistor.Viktat<Avslutsorsak>> VID_SLUT = List.of(
            new Namnlistor.Viktat<>(Avslutsorsak.INSATSTID_SLUT, 75), new Namnlistor.Viktat<>(Avslutsorsak.ARBETE, 14),
            new Namnlistor.Viktat<>(Avslutsorsak.STUDIER, 5), new Namnlistor.Viktat<>(Avslutsorsak.STEGFORFLYTTNING, 6));

    private final Random slump;
    private final LocalDate idag;

    Avslutsgenerator(Random slump, LocalDate idag) {
        this.slump = slump;
        this.idag = idag;
    }

    Avslutsorsak orsak(boolean tidigt) {
        return Namnlistor.valj(slump, tidigt ? TIDIGT : VID_SLUT);
    }

    /**
     * The handläggare's judgement, or null while it waits: often for avslut of the last six weeks, now
     * and then for one of the last year that was forgotten; older ones have all been judged.
     */
    Boolean lyckat(Avslutsorsak orsak, LocalDate avslut) {
        boolean nyligen = avslut.isAfter(idag.minusWeeks(6));
        boolean iAr = avslut.isAfter(idag.minusYears(1));
        if (slump.nextInt(100) < (nyligen ? 60 : iAr ? 3 : 0)) {
            return null;
        }
        return EGEN_FORSORJNING.contains(orsak) && slump.nextInt(100) < 88;
    }

    /** Lyckat through arbete or studier lasting more than six months; eget företag never is. */
    boolean bonusgrundande(Avslutsorsak orsak, boolean lyckat) {
        return lyckat && orsak != Avslutsorsak.EGET_FORETAG && slump.nextInt(100) < 75;
    }

    /** The månadsrapporter of every calendar month the insats has touched, up to last month. */
    void rapporter(Demoinsats insats) {
        YearMonth sista = YearMonth.from(insats.sistaDag());
        YearMonth forraManaden = YearMonth.from(idag).minusMonths(1);
        if (sista.isAfter(forraManaden)) {
            sista = forraManaden;
        }
        for (YearMonth m = YearMonth.from(insats.start()); !m.isAfter(sista); m = m.plusMonths(1)) {
            boolean avgjord = m.plusMonths(1).atDay(10).isBefore(idag.minusDays(30));
            int r = slump.nextInt(100);
            LocalDate inlamnad = m.plusMonths(1).atDay(slump.nextInt(100) < 4 ? 13 + slump.nextInt(12) : 1 + slump.nextInt(12));
            Manadsrapportstatus status;
            if (avgjord) {
                // a month settled long ago is nearly always approved; now and then one was left hanging
                status = r < 98 ? Manadsrapportstatus.GODKAND : r < 99 ? Manadsrapportstatus.KOMPLETTERING_BEGARD
                        : Manadsrapportstatus.INLAMNAD;
            } else {
                status = r < 55 ? Manadsrapportstatus.INLAMNAD : r < 70 ? Manadsrapportstatus.GODKAND : null;
            }
            if (status != null && !inlamnad.isAfter(idag)) {
                insats.rapporter().add(new Demoinsats.Rapport(m, status, inlamnad));
            }
        }
    }
}
