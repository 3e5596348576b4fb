package se.kundval.model.tid;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import se.kundval.model.Avslut;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Insats;

/**
 * The dates of an insats as DOMAIN §3 defines them. Month n (1-based) of an insats starting S is
 * {@code [S + (n-1) months, S + n months)}; the planned end of L months is {@code S + L months - 1 day};
 * E' is the end after förlängningar; the insats is active on D when {@code S <= D <= min(E', avslut)}.
 *
 * @param start        S
 * @param planeratSlut E, the end of the originally granted length
 * @param slut         E', the end after förlängningar
 * @param avslutsdatum the reported avslut, or null while the insats runs
 */
public record Insatsperiod(LocalDate start, LocalDate planeratSlut, LocalDate slut, LocalDate avslutsdatum) {

    public static Insatsperiod av(Insats insats) {
        LocalDate start = insats.getStartdatum();
        int forlangt = 0;
        for (Beslut beslut : insats.getBeslut()) {
            if (beslut.getTyp() == BeslutTyp.FORLANGNING) {
                forlangt += beslut.getLangdManader();
            }
        }
        LocalDate e = slutEfter(start, insats.getLangdManader());
        LocalDate ePrim = insats.getSlutdatum() != null ? insats.getSlutdatum() : slutEfter(start, insats.getLangdManader() + forlangt);
        Avslut avslut = insats.getAvslut();
        return new Insatsperiod(start, e, ePrim, avslut == null ? null : avslut.getAvslutsdatum());
    }

    /** The last day of month L: {@code S + L months - 1 day}. */
    public static LocalDate slutEfter(LocalDate start, int manader) {
        return start.plusMonths(manader).minusDays(1);
    }

    /** First day of insats month n (1-based). */
    public static LocalDate manadensForstaDag(LocalDate start, int n) {
        return start.plusMonths(n - 1L);
    }

    /** The insats month (1-based) that day D falls in; 0 for a day before the start. */
    public static int insatsmanad(LocalDate start, LocalDate dag) {
        if (dag.isBefore(start)) {
            return 0;
        }
        int n = (int) ChronoUnit.MONTHS.between(start, dag) + 1;
        // plusMonths clamps to the month's end, so the estimate can be one too high or too low
        while (!dag.isBefore(manadensForstaDag(start, n + 1))) {
            n++;
        }
        while (dag.isBefore(manadensForstaDag(start, n))) {
            n--;
        }
        return n;
    }

    /** The last day the insats is active: min(E', avslutsdatum). */
    public LocalDate sistaAktivaDag() {
        return avslutsdatum != null && avslutsdatum.isBefore(slut) ? avslutsdatum : slut;
    }

    public boolean aktiv(LocalDate dag) {
        return !dag.isBefore(start) && !dag.isAfter(sistaAktivaDag());
    }

    /** True when the active period shares at least one day with [fran, till]. */
    public boolean overlappar(LocalDate fran, LocalDate till) {
        return !start.isAfter(till) && !sistaAktivaDag().isBefore(fran);
    }

    /** DAYS.between(start, avslut): the duration DOMAIN §3 uses for reports. */
    public long dagarTillAvslut() {
        return ChronoUnit.DAYS.between(start, avslutsdatum);
    }

    public boolean avslutadForePlaneratSlut() {
        return avslutsdatum != null && avslutsdatum.isBefore(planeratSlut);
    }

    public boolean avslutadForeSlut() {
        return avslutsdatum != null && avslutsdatum.isBefore(slut);
    }
}
