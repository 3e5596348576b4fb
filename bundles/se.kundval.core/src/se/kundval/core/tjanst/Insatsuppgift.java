package se.kundval.core.tjanst;

import java.time.LocalDate;

import se.kundval.model.Avslutsorsak;

/**
 * What a list of insatser shows of each (the insatser behind a figure of the kvalitetsrapport),
 * read in bulk without loading the aggregates.
 *
 * @param id           the insats's database id
 * @param insatsId     the insats-id users know it by
 * @param kundId       the kund's kund-id
 * @param kundnamn     the kund's name
 * @param insatstyp    the type's code
 * @param orgnr        the anordnare's organisationsnummer
 * @param anordnare    the anordnare's name
 * @param startdatum   S
 * @param slut         E', the planned end after förlängningar
 * @param avslutsdatum the avslut, or null
 * @param avslutsorsak the reported avslutsorsak, or null
 * @param lyckat       the current bedömning: lyckat or not; null while not judged or without avslut
 */
public record Insatsuppgift(long id, String insatsId, String kundId, String kundnamn, String insatstyp, String orgnr,
        String anordnare, LocalDate startdatum, LocalDate slut, LocalDate avslutsdatum, Avslutsorsak avslutsorsak,
        Boolean lyckat) {
}
