package se.kundval.ersattning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;
import se.kundval.core.typ.InsatstypBeskrivning;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.model.Pris;

/**
 * The prislista read once per payment run: for a type and a day, the row with the latest
 * giltigFran on or before the day (DOMAIN §4: a month is paid at the price valid on its first day).
 */
final class Prislista {

    private final Map<String, NavigableMap<LocalDate, Pris>> perTyp = new HashMap<>();
    private final InsatstypRegister typer;

    /** The register names a type that has no price row at all, where no row could lend its name. */
    Prislista(List<Pris> priser, InsatstypRegister typer) {
        this.typer = typer;
        for (Pris pris : priser) {
            perTyp.computeIfAbsent(pris.getInsatstyp().getKod(), k -> new TreeMap<>()).put(pris.getGiltigFran(), pris);
        }
    }

    /** The row valid on the day; a missing price stops the run rather than paying nothing. */
    Pris pa(String insatstyp, LocalDate dag) {
        NavigableMap<LocalDate, Pris> rader = perTyp.get(insatstyp);
        Map.Entry<LocalDate, Pris> rad = rader == null ? null : rader.floorEntry(dag);
        if (rad == null) {
            throw new KundvalException(NLS.bind(Messages.prisSaknas, namn(insatstyp), dag));
        }
        return rad.getValue();
    }

    /** The type's name as the prislista shows it (decision 0426); the code only if no plugin knows it. */
    private String namn(String insatstyp) {
        return typer.typ(insatstyp).map(InsatstypBeskrivning::namn).orElse(insatstyp);
    }

    BigDecimal checkbelopp(String insatstyp, LocalDate dag) {
        return pa(insatstyp, dag).getCheckbelopp();
    }

    /** The resultatbonus valid on the day; zero for a row without bonus. */
    BigDecimal bonus(String insatstyp, LocalDate dag) {
        BigDecimal bonus = pa(insatstyp, dag).getBonus();
        return bonus == null ? BigDecimal.ZERO : bonus;
    }
}
