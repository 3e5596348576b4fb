package se.kundval.rapport.ui;

import java.util.ArrayList;
import java.util.List;


import se.kundval.core.rapport.Andel;
import se.kundval.core.rapport.Anordnarrad;
import se.kundval.core.rapport.Figur;
import se.kundval.core.rapport.Insatstyprad;
import se.kundval.core.rapport.Kundundersokning;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.Resultatrad;

/**
 * A row of the report tables: a heading over a group of rows, or the measures of all insatser, of
 * one insatstyp or of one anordnare (DOMAIN §7).
 */
sealed interface Rapportrad {

    /** "Per insatstyp", "Per anordnare": a heading row without figures. */
    record Avsnitt(String rubrik) implements Rapportrad {
    }

    /**
     * @param rad            the kind of row, as a {@link Figur} names it
     * @param nyckel         the type's code or the anordnare's orgnr; null for the total
     * @param namn           what the row is called on screen
     * @param resultat       its measures
     * @param auktoriserade  anordnare authorised (total and types), or null for an anordnare
     * @param aktiva         anordnare with kunder (total and types), or null for an anordnare
     * @param andelAvKunder  an anordnare's share of all kunder, or null
     * @param undersokning   the kundundersökning (total and anordnare), or null for a type
     */
    record Matrad(Figur.Rad rad, String nyckel, String namn, Resultatrad resultat, Integer auktoriserade, Integer aktiva,
            Andel andelAvKunder, Kundundersokning undersokning) implements Rapportrad {

        /** The figure of this row that counts what {@code matt} counts. */
        Figur figur(Figur.Matt matt) {
            return new Figur(rad, nyckel, matt, null);
        }

        /** The figure of this row that counts one category of a distribution. */
        Figur figur(Figur.Matt matt, String kategori) {
            return new Figur(rad, nyckel, matt, kategori);
        }
    }

    /** The total first, then the types in code order and the anordnare in name order, each under a heading. */
    static List<Rapportrad> av(Kvalitetsrapport rapport) {
        List<Rapportrad> rader = new ArrayList<>();
        rader.add(new Matrad(Figur.Rad.TOTALT, null, Messages.totalt, rapport.totalt().resultat(),
                rapport.totalt().auktoriseradeAnordnare(), rapport.totalt().aktivaAnordnare(), null,
                rapport.totalt().undersokning()));
        if (!rapport.insatstyper().isEmpty()) {
            rader.add(new Avsnitt(Messages.perInsatstyp));
            for (Insatstyprad t : rapport.insatstyper().values()) {
                rader.add(new Matrad(Figur.Rad.INSATSTYP, t.kod(), t.namn(), t.resultat(),
                        t.auktoriseradeAnordnare(), t.aktivaAnordnare(), null, null));
            }
        }
        if (!rapport.anordnare().isEmpty()) {
            rader.add(new Avsnitt(Messages.perAnordnare));
            for (Anordnarrad a : rapport.anordnare().values()) {
                rader.add(new Matrad(Figur.Rad.ANORDNARE, a.orgnr(), a.namn(), a.resultat(), null, null, a.andelAvKunder(),
                        a.undersokning()));
            }
        }
        return rader;
    }
}
