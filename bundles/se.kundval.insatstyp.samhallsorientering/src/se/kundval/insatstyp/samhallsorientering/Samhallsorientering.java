package se.kundval.insatstyp.samhallsorientering;

import java.math.BigDecimal;
import java.util.List;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.core.typ.Insatstypmodell;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Insats;

/** Samhällsorientering: a course; paid per month it runs, no avslutsersättning and no bonus. */
public class Samhallsorientering implements Insatstypmodell {

    private static final Ersattningsmodell ERSATTNING = period -> BigDecimal.ZERO;

    @Override
    public List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag) {
        return List.of();
    }

    @Override
    public Ersattningsmodell ersattningsmodell() {
        return ERSATTNING;
    }

    @Override
    public boolean maluppfyllelse(Insats insats, boolean lyckat) {
        return false;
    }
}
