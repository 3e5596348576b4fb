package se.kundval.ersattning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import se.kundval.core.ersattning.Radstatus;
import se.kundval.core.ersattning.Radtyp;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.core.typ.Insatstypmodell;
import se.kundval.core.ersattning.Ersattningsfakta;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.tid.Insatsperiod;

/**
 * The lines one insats earns in one calendar month (DOMAIN §5). The type's compensation model
 * says which rules apply; the arithmetic is the same for every type, so no type code appears
 * here. Lines that depend on the avslut belong to the avslut month and are payable once the
 * current avslutsbedömning exists, and snabbhetspremie and bonus once the sexmånadersuppföljning
 * is confirmed as well; before that the outcome the anordnare's report points to is listed as
 * waiting (docs/decisions/0024-obedomt-avslut.md, 0060-bonus-efter-sexmanadersuppfoljning.md).
 */
final class Insatsersattning {

    /** Jobbpeng: an insats that ran fewer days than this (avslut − start + 1) earns nothing. */
    static final int MINSTA_DAGAR = 14;

    private final Ersattningsfakta insats;
    private final Insatstypmodell typ;
    private final Ersattningsmodell modell;
    private final Prislista prislista;
    private final Insatsperiod period;
    private final String kod;

    Insatsersattning(Ersattningsfakta insats, Insatstypmodell typ, Prislista prislista) {
        this.insats = insats;
        this.typ = typ;
        this.modell = typ.ersattningsmodell();
        this.prislista = prislista;
        this.period = insats.period();
        this.kod = insats.insatstyp();
    }

    List<Utbetalningsrad> rader(YearMonth manad) {
        if (modell.kraverFjortonDagar() && kortareAnFjortonDagar()) {
            return List.of();
        }
        List<Utbetalningsrad> rader = new ArrayList<>();
        BigDecimal pris = period.overlappar(manad.atDay(1), manad.atEndOfMonth())
                ? prislista.checkbelopp(kod, manad.atDay(1)) : BigDecimal.ZERO;
        lagg(rader, Radtyp.CHECKBELOPP, Belopp.forManad(pris, manad, period.start(), period.sistaAktivaDag()), Radstatus.ATT_BETALA);
        LocalDate avslutsdag = period.avslutsdatum();
        if (avslutsdag != null && YearMonth.from(avslutsdag).equals(manad)) {
            avslutsrader(rader, avslutsdag);
        }
        return rader;
    }

    private boolean kortareAnFjortonDagar() {
        return period.avslutsdatum() != null
                && ChronoUnit.DAYS.between(period.start(), period.avslutsdatum()) + 1 < MINSTA_DAGAR;
    }

    private void avslutsrader(List<Utbetalningsrad> rader, LocalDate avslutsdag) {
        Boolean bedomning = insats.bonusgrundande();
        Radstatus status = bedomning == null ? Radstatus.VANTAR_PA_BEDOMNING : Radstatus.ATT_BETALA;
        boolean bonusgrundande = bedomning == null ? typ.kanVaraBonusgrundande(insats.avslut()) : bedomning;
        LocalDate avslutsmanad = avslutsdag.withDayOfMonth(1);
        if (bonusgrundande) {
            // the bonus is payable once the handläggare has confirmed the sexmånadersuppföljning
            // (docs/decisions/0060-bonus-efter-sexmanadersuppfoljning.md)
            if (!insats.uppfoljningBekraftad()) {
                status = Radstatus.VANTAR_PA_BEDOMNING;
            }
            if (modell.snabbhetspremie() && avslutsdag.isBefore(period.planeratSlut())) {
                lagg(rader, Radtyp.SNABBHETSPREMIE, snabbhetspremie(avslutsdag.plusDays(1), period.planeratSlut()), status);
            }
            BigDecimal bonus = prislista.bonus(kod, avslutsmanad).multiply(modell.bonusandel(period));
            lagg(rader, Radtyp.RESULTATBONUS, Belopp.ore(bonus), status);
        } else if (modell.avslutsersattning() && avslutsdag.isBefore(period.slut())
                && insats.avslutsorsak() != Avslutsorsak.BYTE_AV_ANORDNARE) {
            BigDecimal halvManad = prislista.checkbelopp(kod, avslutsmanad).multiply(Belopp.HALV);
            lagg(rader, Radtyp.AVSLUTSERSATTNING, Belopp.ore(halvManad), status);
        }
    }

    /**
     * Exactly the checkbelopp lines the insats would still have earned from {@code fran} to
     * {@code till}: each calendar month at its own price, rounded per month as those lines would be.
     */
    private BigDecimal snabbhetspremie(LocalDate fran, LocalDate till) {
        BigDecimal summa = Belopp.NOLL;
        for (YearMonth m = YearMonth.from(fran); !m.isAfter(YearMonth.from(till)); m = m.plusMonths(1)) {
            summa = summa.add(Belopp.forManad(prislista.checkbelopp(kod, m.atDay(1)), m, fran, till));
        }
        return summa;
    }

    private void lagg(List<Utbetalningsrad> rader, Radtyp radtyp, BigDecimal belopp, Radstatus status) {
        if (belopp.signum() != 0) {
            rader.add(new Utbetalningsrad(insats.orgnr(), insats.anordnare(), insats.insatsId(), kod, radtyp, belopp, status));
        }
    }
}
