package se.kundval.core.tjanst;

import java.time.LocalDate;

import se.kundval.model.Avslutsorsak;
import se.kundval.model.Kon;
import se.kundval.model.Sysselsattningsform;
import se.kundval.model.Utbildningsniva;
import se.kundval.model.tid.Insatsperiod;

/**
 * What statistics need of one insats, read in bulk without loading the aggregate.
 *
 * @param insatsId           the insats's database id
 * @param kundId             the kund's database id
 * @param kon                the kund's kön, or null
 * @param utbildningsniva    the kund's utbildningsnivå, or null
 * @param sprak              the kund's språk as registered, or null
 * @param insatstyp          the type's code
 * @param orgnr              the anordnare's organisationsnummer
 * @param startdatum         S
 * @param langdManader       the originally granted length
 * @param slut               E', the end after förlängningar
 * @param avslutsdatum       the avslut, or null
 * @param avslutsorsak       the reported avslutsorsak, or null
 * @param sysselsattning     the form of work or studies after the avslut, or null
 * @param varaktighetManader its expected duration, or null
 * @param lyckat             the current (highest löpnummer) bedömning: lyckat or not; null while not judged
 * @param bonusgrundande     the current bedömning: bonusgrundande or not; null while not judged
 * @param bakgrund           the kund's circumstances the case-mix model adjusts for (DOMAIN §13)
 * @param effekt             egen försörjning at the effektuppföljningar after the avslut
 */
public record Insatsfakta(long insatsId, long kundId, Kon kon, Utbildningsniva utbildningsniva, String sprak,
        String insatstyp, String orgnr, LocalDate startdatum, int langdManader, LocalDate slut, LocalDate avslutsdatum,
        Avslutsorsak avslutsorsak, Sysselsattningsform sysselsattning, Integer varaktighetManader, Boolean lyckat,
        Boolean bonusgrundande, Bakgrund bakgrund, Effektuppfoljt effekt) {

    /** The dates of DOMAIN §3. */
    public Insatsperiod period() {
        return new Insatsperiod(startdatum, Insatsperiod.slutEfter(startdatum, langdManader), slut, avslutsdatum);
    }
}
