package se.kundval.core.ersattning;

import java.time.LocalDate;
import java.time.YearMonth;

import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Sysselsattningsform;
import se.kundval.model.Uppfoljningsstatus;
import se.kundval.model.regler.Bedomningar;
import se.kundval.model.tid.Insatsperiod;

/**
 * What the compensation engine needs of one insats (DOMAIN §5), and nothing more: a payment run
 * or a yearly report reads one such row per insats instead of its whole aggregate
 * (docs/decisions/0320-ersattningens-smala-lasvag.md).
 *
 * @param insatsId           the insats's id as the underlag shows it
 * @param orgnr              the anordnare's organisationsnummer
 * @param anordnare          the anordnare's name
 * @param insatstyp          the type's code
 * @param period             S, E, E' after förlängningar and the avslutsdatum (DOMAIN §3)
 * @param avslutsorsak       the reported avslutsorsak, or null
 * @param sysselsattning     the form of work or studies after the avslut, or null
 * @param varaktighetManader its expected duration, or null
 * @param bonusgrundande     the current (highest löpnummer) bedömning: bonusgrundande or not; null while not judged
 * @param uppfoljningBekraftad a sexmånadersuppföljning of the insats is confirmed
 */
public record Ersattningsfakta(String insatsId, String orgnr, String anordnare, String insatstyp, Insatsperiod period,
        Avslutsorsak avslutsorsak, Sysselsattningsform sysselsattning, Integer varaktighetManader, Boolean bonusgrundande,
        boolean uppfoljningBekraftad) {

    /** The same facts from a loaded aggregate, for services that hand out insatser but no facts. */
    public static Ersattningsfakta av(Insats insats) {
        Avslut avslut = insats.getAvslut();
        Avslutsbedomning bedomning = Bedomningar.aktuell(avslut).orElse(null);
        boolean bekraftad = insats.getSexmanadersuppfoljningar().stream()
                .anyMatch(s -> s.getStatus() == Uppfoljningsstatus.BEKRAFTAD);
        return new Ersattningsfakta(insats.getInsatsId(), insats.getAnordnare().getOrgnr(), insats.getAnordnare().getNamn(),
                insats.getInsatstyp().getKod(), Insatsperiod.av(insats), avslut == null ? null : avslut.getAvslutsorsak(),
                avslut == null ? null : avslut.getSysselsattning(), avslut == null ? null : avslut.getVaraktighetManader(),
                bedomning == null ? null : bedomning.isBonusgrundande(), bekraftad);
    }

    /**
     * A detached avslut holding what a type's rules read of it (orsak, sysselsättning, varaktighet),
     * so that the rules stay the plugins' own; null for an insats without avslut.
     */
    public Avslut avslut() {
        if (period.avslutsdatum() == null) {
            return null;
        }
        Avslut avslut = KundvalFactory.eINSTANCE.createAvslut();
        avslut.setAvslutsdatum(period.avslutsdatum());
        avslut.setAvslutsorsak(avslutsorsak);
        avslut.setSysselsattning(sysselsattning);
        avslut.setVaraktighetManader(varaktighetManader);
        return avslut;
    }

    /** The insats belongs to the month's underlag: active some day of it, or its avslut dated in it. */
    public boolean horTill(YearMonth manad) {
        LocalDate dag = period.avslutsdatum();
        return period.overlappar(manad.atDay(1), manad.atEndOfMonth()) || dag != null && YearMonth.from(dag).equals(manad);
    }
}
