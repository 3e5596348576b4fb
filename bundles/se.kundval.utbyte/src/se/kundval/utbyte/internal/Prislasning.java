package se.kundval.utbyte.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.Utbytesrad;
import se.kundval.model.Insatstyp;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Pris;

/**
 * priser.csv against the prislista (docs/decisions/0010-utbytesformat.md): a row with the type
 * and date of an existing price and the same amounts changes nothing, one with other amounts
 * replaces the amounts (the file wins), and a new type and date is added. Prices the file does
 * not mention stay.
 */
final class Prislasning {

    private record Prisnyckel(String insatstyp, LocalDate fran) {
    }

    private final Importkontext k;
    private final Map<Prisnyckel, Pris> befintliga = new HashMap<>();

    Prislasning(Importkontext kontext, List<Pris> prislista) {
        this.k = kontext;
        prislista.forEach(p -> befintliga.put(new Prisnyckel(p.getInsatstyp().getKod(), p.getGiltigFran()), p));
    }

    void las(List<Utbytesrad> rader) {
        Dubbletter<Prisnyckel> sedda = new Dubbletter<>();
        for (Utbytesrad rad : rader) {
            Falt f = k.falt(Karnfil.PRISER, rad);
            Insatstyp typ = k.typ(f, "insatstyp"); //$NON-NLS-1$
            LocalDate fran = f.kravDatum("fran"); //$NON-NLS-1$
            BigDecimal belopp = f.krav("belopp") == null ? null : f.belopp("belopp"); //$NON-NLS-1$ //$NON-NLS-2$
            BigDecimal bonus = f.belopp("bonus"); //$NON-NLS-1$
            Prisnyckel nyckel = typ == null || fran == null ? null : new Prisnyckel(typ.getKod(), fran);
            if (nyckel != null) {
                sedda.kontrollera(f, nyckel, Set.of(),
                        Importkontext.nyckel("insatstyp", typ.getKod(), "fran", fran.toString())); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (!f.ok()) {
                continue;
            }
            Pris pris = befintliga.get(nyckel);
            if (pris == null) {
                pris = KundvalFactory.eINSTANCE.createPris();
                pris.setInsatstyp(typ);
                pris.setGiltigFran(fran);
            } else if (lika(pris.getCheckbelopp(), belopp) && lika(pris.getBonus(), bonus)) {
                continue;
            }
            pris.setCheckbelopp(belopp);
            pris.setBonus(bonus);
            k.priser.add(pris);
            k.kalla(pris, Karnfil.PRISER, rad.rad());
        }
    }

    private static boolean lika(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
