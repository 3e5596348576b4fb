package se.kundval.portal.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import se.kundval.model.Insats;
import se.kundval.model.Manadsrapport;
import se.kundval.model.tid.Insatsperiod;

/**
 * One calendar month of an insats as the anordnare sees it: its report, if filed, and where it
 * stands. Every month the insats was active up to today has a row, so a missing report is seen
 * rather than simply absent.
 *
 * @param period    the calendar month
 * @param rapport   the filed report, or null
 * @param lage      where the month stands
 * @param senast    the day the report is due (DOMAIN §8: the 10th of the next month)
 */
record Manadslage(YearMonth period, Manadsrapport rapport, Lage lage, LocalDate senast) {

    /** DOMAIN §8: the report for month M is due by the 10th of M+1. */
    static final int RAPPORTDAG = 10;

    enum Lage {
        PAGAR, ATT_LAMNA, SAKNAS, INLAMNAD, GODKAND, KOMPLETTERING_BEGARD
    }

    /** The months from the insats's start to the earlier of its last active day and today. */
    static List<Manadslage> under(Insats insats, LocalDate idag) {
        Insatsperiod period = Insatsperiod.av(insats);
        LocalDate sista = period.sistaAktivaDag().isBefore(idag) ? period.sistaAktivaDag() : idag;
        List<Manadslage> rader = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.start()); !m.isAfter(YearMonth.from(sista)); m = m.plusMonths(1)) {
            YearMonth manad = m;
            Manadsrapport rapport = insats.getManadsrapporter().stream().filter(r -> manad.equals(r.getPeriod()))
                    .findFirst().orElse(null);
            LocalDate kanLamnas = period.sistaAktivaDag().isBefore(m.atEndOfMonth()) ? period.sistaAktivaDag() : m.atEndOfMonth();
            LocalDate senast = m.plusMonths(1).atDay(RAPPORTDAG);
            rader.add(new Manadslage(m, rapport, lage(rapport, idag, kanLamnas, senast), senast));
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

    /** The anordnare may file (or re-file) the month: it is over and its report is not approved or waiting. */
    boolean kanLamnasIn() {
        return lage == Lage.ATT_LAMNA || lage == Lage.SAKNAS || lage == Lage.KOMPLETTERING_BEGARD;
    }

    /** Something for the anordnare to do: a report to file or complete. */
    boolean attGora() {
        return kanLamnasIn();
    }

    /** The report was (last) filed after its due day. */
    boolean inlamnadSent() {
        return rapport != null && rapport.getInlamnad() != null && rapport.getInlamnad().isAfter(senast);
    }
}
