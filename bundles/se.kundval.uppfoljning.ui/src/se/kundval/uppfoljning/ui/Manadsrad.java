package se.kundval.uppfoljning.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import se.kundval.model.Insats;
import se.kundval.model.Manadsrapport;
import se.kundval.model.tid.Insatsperiod;

/**
 * One calendar month of an insats in the månadsrapporter tab: its report, if filed, and where it
 * stands. Every month the insats was active up to today has a row, so a month without a report is
 * seen rather than simply absent.
 *
 * @param period    the calendar month
 * @param rapport   the filed report, or null
 * @param lage      where the month stands
 * @param kanLamnas the first day the report can be filed: the month's end, or the insats's last day
 * @param senast    the day the report is due (DOMAIN §8: the 10th of the next month)
 */
record Manadsrad(YearMonth period, Manadsrapport rapport, Lage lage, LocalDate kanLamnas, LocalDate senast) {

    /** DOMAIN §8: the report for month M is due by the 10th of M+1. */
    static final int RAPPORTDAG = 10;

    enum Lage {
        /** The month is not over: nothing to file yet. */
        PAGAR,
        /** Can be filed and is not yet due. */
        ATT_LAMNA,
        /** Not filed and past its due day. */
        SAKNAS,
        INLAMNAD,
        GODKAND,
        KOMPLETTERING_BEGARD
    }

    /** The rows of every month from the insats's start to the earlier of its last active day and today. */
    static List<Manadsrad> under(Insats insats, LocalDate idag) {
        Insatsperiod period = Insatsperiod.av(insats);
        LocalDate sista = period.sistaAktivaDag().isBefore(idag) ? period.sistaAktivaDag() : idag;
        List<Manadsrad> rader = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.start()); !m.isAfter(YearMonth.from(sista)); m = m.plusMonths(1)) {
            YearMonth manad = m;
            Manadsrapport rapport = insats.getManadsrapporter().stream().filter(r -> manad.equals(r.getPeriod())).findFirst()
                    .orElse(null);
            LocalDate kanLamnas = period.sistaAktivaDag().isBefore(m.atEndOfMonth()) ? period.sistaAktivaDag() : m.atEndOfMonth();
            LocalDate senast = m.plusMonths(1).atDay(RAPPORTDAG);
            rader.add(new Manadsrad(m, rapport, lage(rapport, idag, kanLamnas, senast), kanLamnas, senast));
        }
        return rader;
    }

    private static Lage lage(Manadsrapport rapport, LocalDate idag, LocalDate kanLamnas, LocalDate senast) {
        if (rapport != null && rapport.getStatus() != null) {
            return switch (rapport.getStatus()) {
                case INLAMNAD -> Lage.INLAMNAD;
                case GODKAND -> Lage.GODKAND;
                case KOMPLETTERING_BEGARD -> Lage.KOMPLETTERING_BEGARD;
            };
        }
        if (idag.isBefore(kanLamnas)) {
            return Lage.PAGAR;
        }
        return idag.isAfter(senast) ? Lage.SAKNAS : Lage.ATT_LAMNA;
    }

    /** The anordnare may file (or re-file) the month: it is over and its report is not approved. */
    boolean kanLamnasIn() {
        return lage != Lage.PAGAR && lage != Lage.GODKAND;
    }
}
