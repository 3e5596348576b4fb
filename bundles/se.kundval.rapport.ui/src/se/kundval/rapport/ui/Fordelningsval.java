package se.kundval.rapport.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import se.kundval.core.rapport.Andel;
import se.kundval.core.rapport.Figur.Matt;
import se.kundval.core.rapport.Fordelning;
import se.kundval.core.rapport.Resultatrad;

/**
 * The distributions of DOMAIN §7 (avslutsorsak, kön, utbildningsnivå, språk) as columns: one per
 * category that occurs in any row, each cell the count and share of the row with its n.
 */
enum Fordelningsval {
    AVSLUTSORSAKER(Messages.fordelningAvslutsorsaker, Matt.AVSLUTSORSAK, "Avslutsorsak", Resultatrad::avslutsorsaker), //$NON-NLS-1$
    KON(Messages.fordelningKon, Matt.KON, "Kon", Resultatrad::kon), //$NON-NLS-1$
    UTBILDNING(Messages.fordelningUtbildning, Matt.UTBILDNINGSNIVA, "Utbildningsniva", Resultatrad::utbildningsniva), //$NON-NLS-1$
    SPRAK(Messages.fordelningSprak, Matt.SPRAK, "Sprak", Resultatrad::sprak); //$NON-NLS-1$

    private final String namn;
    private final Matt matt;
    private final String enumnamn;
    private final Function<Resultatrad, Fordelning> fordelning;

    Fordelningsval(String namn, Matt matt, String enumnamn, Function<Resultatrad, Fordelning> fordelning) {
        this.namn = namn;
        this.matt = matt;
        this.enumnamn = enumnamn;
        this.fordelning = fordelning;
    }

    static String[] namn() {
        return Arrays.stream(values()).map(v -> v.namn).toArray(String[]::new);
    }

    /** A column per category, in the order of the total row, then those only other rows have. */
    List<Rapporttabell.Kolumn> kolumner(List<Rapportrad> rader) {
        Set<String> kategorier = new LinkedHashSet<>();
        for (Rapportrad r : rader) {
            if (r instanceof Rapportrad.Matrad m) {
                kategorier.addAll(fordelning.apply(m.resultat()).antal().keySet());
            }
        }
        List<Rapporttabell.Kolumn> kolumner = new ArrayList<>();
        for (String kategori : kategorier) {
            kolumner.add(new Rapporttabell.Kolumn(Siffror.etikett(enumnamn, kategori), 170, m -> cell(m, kategori)));
        }
        return kolumner;
    }

    private Cell cell(Rapportrad.Matrad rad, String kategori) {
        Fordelning f = fordelning.apply(rad.resultat());
        if (f.av() == 0) {
            return Cell.TOM;
        }
        Andel andel = f.andel(kategori);
        String text = Siffror.format(Messages.antalOchAndel, andel.antal(), Siffror.procent(andel.varde()), andel.av());
        return new Cell(Siffror.osaker(text, andel.osaker()), andel.osaker(), rad.figur(matt, kategori));
    }
}
