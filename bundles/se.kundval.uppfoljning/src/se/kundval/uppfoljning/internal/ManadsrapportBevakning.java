package se.kundval.uppfoljning.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.bevakning.Bevakning;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.bevakning.Bevakningskalla;
import se.kundval.model.Insats;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Manadsrapportstatus;
import se.kundval.model.tid.Insatsperiod;

/**
 * DOMAIN §8: the report for month M is due by the 10th of M+1. Also a report sent back for
 * completion (the anordnare's turn) and one waiting for review (the karriärvägledare's turn, due
 * within the {@code granskning} limit of its submission).
 */
public class ManadsrapportBevakning implements Bevakningskalla {

    @Override
    public List<Bevakning> bevakningar(Insats insats, LocalDate idag, Bevakningsgranser granser) {
        List<Bevakning> resultat = new ArrayList<>();
        Insatsperiod period = Insatsperiod.av(insats);
        YearMonth sista = YearMonth.from(period.sistaAktivaDag());
        for (YearMonth m = YearMonth.from(period.start()); !m.isAfter(sista) && m.atDay(1).isBefore(idag); m = m.plusMonths(1)) {
            Manadsrapport rapport = Manadsrapporter.hitta(insats, m);
            LocalDate forfaller = m.plusMonths(1).atDay(Math.min(Frister.manadsrapportDag(granser), 28));
            if (rapport == null) {
                if (!m.atEndOfMonth().isAfter(idag) || m.equals(sista) && !period.sistaAktivaDag().isAfter(idag)) {
                    resultat.add(Frister.bevakning(insats, "MANADSRAPPORT", NLS.bind(Messages.rapportSaknas, m, forfaller), //$NON-NLS-1$
                            forfaller, idag));
                }
            } else if (rapport.getStatus() == Manadsrapportstatus.KOMPLETTERING_BEGARD) {
                // imported reports may lack review and filing dates: the report's own deadline then stands
                LocalDate begard = rapport.getGranskadDatum() != null ? rapport.getGranskadDatum() : forfaller;
                resultat.add(Frister.bevakning(insats, "MANADSRAPPORT_KOMPLETTERING", //$NON-NLS-1$
                        NLS.bind(Messages.kompletteringBegard, m), begard, idag));
            } else if (rapport.getStatus() == Manadsrapportstatus.INLAMNAD) {
                // a report waiting for review is the karriärvägledare's deadline like any other (decision 0251)
                LocalDate inlamnad = rapport.getInlamnad() != null ? rapport.getInlamnad() : forfaller;
                LocalDate granskas = inlamnad.plusDays(Frister.granskning(granser));
                resultat.add(Frister.bevakning(insats, "MANADSRAPPORT_GRANSKA", //$NON-NLS-1$
                        NLS.bind(Messages.vantarPaGranskning, new Object[] {m, inlamnad, granskas}), granskas, idag));
            }
        }
        return resultat;
    }
}
