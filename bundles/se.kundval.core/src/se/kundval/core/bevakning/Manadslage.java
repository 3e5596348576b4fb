package se.kundval.core.bevakning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import se.kundval.model.Insats;
import se.kundval.model.Manadsrapport;
import se.kundval.model.tid.Insatsperiod;

/**
 * One calendar month of an insats and where its månadsrapport stands (DOMAIN §8). Every month the
 * insats was active up to today has one, so a missing report is seen rather than simply absent. The
 * workbench's månadsrapporter tab and the anordnare portal show the same months from this one
 * record, so a due day or state cannot drift between them.
 *
 * @param period    the calendar month
 * @param rapport   the filed report, or null
 * @param lage      where the month stands
 * @param kanLamnas the first day the report can be filed: the month's end, or the insats's last day
 * @param senast    the day the report is due (DOMAIN §8: the 10th of the next month)
 */
public record Manadslage(YearMonth period, Manadsrapport rapport, Lage lage, LocalDate kanLamnas, LocalDate senast) {

    /** DOMAIN §8: the report for month M is due by the 10th of M+1. */
    public static final int RAPPORTDAG = 10;

    public enum Lage {
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

    /** The months from the insats's start to the earlier of its last active day and today. */
    public static List<Manadslage> under(Insats insats, LocalDate idag) {
        Insatsperiod period = Insatsperiod.av(insats);
        LocalDate sista = period.sistaAktivaDag().isBefore(idag) ? period.sistaAktivaDag() : idag;
        List<Manadslage> rader = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.start()); !m.isAfter(YearMonth.from(sista)); m = m.plusMonths(1)) {
            YearMonth manad = m;
            Manadsrapport rapport = insats.getManadsrapporter().stream().filter(r -> manad.equals(r.getPeriod())).findFirst()
                    .orElse(null);
            LocalDate kanLamnas = period.sistaAktivaDag().isBefore(m.atEndOfMonth()) ? period.sistaAktivaDag() : m.atEndOfMonth();
            LocalDate senast = m.plusMonths(1).atDay(RAPPORTDAG);
            rader.add(new Manadslage(m, rapport, lage(rapport, idag, kanLamnas, senast), kanLamnas, senast));
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

    /** The month is over and has no report waiting for review or approved: something to file (the portal's "att göra"). */
    public boolean kanLamnasIn() {
        return lage == Lage.ATT_LAMNA || lage == Lage.SAKNAS || lage == Lage.KOMPLETTERING_BEGARD;
    }

    /**
     * As {@link #kanLamnasIn()}, and a report still waiting for review may be filed again to correct
     * it (the workbench, where the handläggare registers a report handed in on paper); an approved
     * one is final (docs/decisions/0396-manadens-lage-delat.md).
     */
    public boolean kanLamnasInEllerRattas() {
        return kanLamnasIn() || lage == Lage.INLAMNAD;
    }

    /** The report was (last) filed after its due day. */
    public boolean inlamnadSent() {
        return rapport != null && rapport.getInlamnad() != null && rapport.getInlamnad().isAfter(senast);
    }
}
