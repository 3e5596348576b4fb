package se.kundval.utbyte.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.ersattning.Prisregel;
import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.Utbytesrad;
import se.kundval.model.Insatstyp;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Pris;
import se.kundval.model.Prisstatus;

/**
 * priser.csv against the prislista in force (decision 0221): a row with the amounts in force on its
 * day for its type changes nothing; a row that would change what a month before the current one was
 * paid at is an error at its line (history is not rewritten, DOMAIN §12); any other row is a new
 * price that arrives as a proposal by the importing user, in force only once a second administratör
 * approves it in the prislista. No stored row is ever changed; prices the file does not mention stay.
 */
final class Prislasning {

    private record Prisnyckel(String insatstyp, LocalDate fran) {
    }

    private final Importkontext k;
    private final List<Pris> iKraft;
    private final Map<Prisnyckel, Pris> befintliga = new HashMap<>();
    private final String importerandeAnvandare;

    Prislasning(Importkontext kontext, List<Pris> iKraft, String importerandeAnvandare) {
        this.k = kontext;
        this.iKraft = iKraft;
        this.importerandeAnvandare = importerandeAnvandare;
        iKraft.forEach(p -> befintliga.put(new Prisnyckel(p.getInsatstyp().getKod(), p.getGiltigFran()), p));
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
            Pris samma = befintliga.get(nyckel);
            if (samma != null && Prisregel.lika(samma.getCheckbelopp(), belopp) && Prisregel.lika(samma.getBonus(), bonus)) {
                continue;
            }
            if (Prisregel.andrarForfluten(iKraft, typ.getKod(), fran, belopp, bonus, k.idag)) {
                f.fel(NLS.bind(Messages.prisForfluten, new Object[] {typ.getKod(), fran, k.idag.withDayOfMonth(1)}));
                continue;
            }
            Pris pris = KundvalFactory.eINSTANCE.createPris();
            pris.setInsatstyp(typ);
            pris.setGiltigFran(fran);
            pris.setCheckbelopp(belopp);
            pris.setBonus(bonus);
            pris.setStatus(Prisstatus.FORESLAGEN);
            pris.setForeslagenAv(importerandeAnvandare);
            pris.setForeslagenTid(k.nu);
            k.priser.add(pris);
            k.kalla(pris, Karnfil.PRISER, rad.rad());
        }
    }
}
