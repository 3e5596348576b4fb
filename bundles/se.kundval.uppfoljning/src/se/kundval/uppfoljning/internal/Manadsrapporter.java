package se.kundval.uppfoljning.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;
import se.kundval.model.Insats;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Manadsrapportstatus;
import se.kundval.model.tid.Insatsperiod;

/**
 * Månadsrapporter (DOMAIN §2): one per insats and calendar month the insats is active, filed when
 * the month is over (or the insats has ended in it); an approved report is final, a report sent
 * back for completion is filed again.
 */
final class Manadsrapporter {

    private Manadsrapporter() {
    }

    static Manadsrapport lamnaIn(Insats insats, Manadsrapport ny, LocalDate idag) {
        YearMonth period = ny.getPeriod();
        if (period == null) {
            throw new KundvalException(Messages.periodKravs);
        }
        Insatsperiod aktiv = Insatsperiod.av(insats);
        if (!aktiv.overlappar(period.atDay(1), period.atEndOfMonth())) {
            throw new KundvalException(NLS.bind(Messages.periodUtanforInsatsen, period, insats.getInsatsId()));
        }
        LocalDate kanLamnas = aktiv.sistaAktivaDag().isBefore(period.atEndOfMonth()) ? aktiv.sistaAktivaDag() : period.atEndOfMonth();
        if (idag.isBefore(kanLamnas)) {
            throw new KundvalException(NLS.bind(Messages.periodInteSlut, period, kanLamnas));
        }
        Manadsrapport befintlig = hitta(insats, period);
        if (befintlig != null && befintlig.getStatus() == Manadsrapportstatus.GODKAND) {
            throw new KundvalException(NLS.bind(Messages.redanGodkand, period));
        }
        Manadsrapport rapport = befintlig != null ? befintlig : ny;
        if (befintlig != null) {
            kopieraUppgifter(ny, befintlig);
        } else {
            insats.getManadsrapporter().add(ny);
        }
        rapport.setStatus(Manadsrapportstatus.INLAMNAD);
        rapport.setInlamnad(idag);
        return rapport;
    }

    static Manadsrapport granska(Insats insats, YearMonth period, boolean godkand, String kommentar, String av, LocalDate idag) {
        Manadsrapport rapport = hitta(insats, period);
        if (rapport == null) {
            throw new KundvalException(NLS.bind(Messages.ingenRapport, period));
        }
        if (rapport.getStatus() != Manadsrapportstatus.INLAMNAD) {
            throw new KundvalException(NLS.bind(Messages.inteInlamnad, period));
        }
        if (!godkand && (kommentar == null || kommentar.isBlank())) {
            throw new KundvalException(Messages.kommentarKravs);
        }
        rapport.setStatus(godkand ? Manadsrapportstatus.GODKAND : Manadsrapportstatus.KOMPLETTERING_BEGARD);
        rapport.setKommentar(kommentar == null ? null : kommentar.strip());
        rapport.setGranskadAv(av);
        rapport.setGranskadDatum(idag);
        return rapport;
    }

    static Manadsrapport hitta(Insats insats, YearMonth period) {
        return insats.getManadsrapporter().stream().filter(r -> period.equals(r.getPeriod())).findFirst().orElse(null);
    }

    private static void kopieraUppgifter(Manadsrapport fran, Manadsrapport till) {
        till.setAktiviteter(fran.getAktiviteter());
        till.setNarvarodagar(fran.getNarvarodagar());
        till.setProgression(fran.getProgression());
        till.setFranvarodagar(fran.getFranvarodagar());
        till.setSjukdagar(fran.getSjukdagar());
        till.setSjukdagarMedLakarintyg(fran.getSjukdagarMedLakarintyg());
        till.setAvvikelser(fran.getAvvikelser());
    }
}
