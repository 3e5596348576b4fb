package se.kundval.ersattning;

import java.math.BigDecimal;
import java.util.List;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.core.typ.Insatstypmodell;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Insats;
import se.kundval.model.tid.Insatsperiod;

/** The fragment's own type: every rule of §5 switched on and three quarters of the bonus. */
public class Fjardetyp implements Insatstypmodell {

    static final BigDecimal ANDEL = new BigDecimal("0.75");

    private static final Ersattningsmodell MODELL = new Ersattningsmodell() {
        @Override
        public boolean avslutsersattning() {
            return true;
        }

        @Override
        public boolean snabbhetspremie() {
            return true;
        }

        @Override
        public BigDecimal bonusandel(Insatsperiod period) {
            return ANDEL;
        }
    };

    @Override
    public List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag) {
        return List.of();
    }

    @Override
    public Ersattningsmodell ersattningsmodell() {
        return MODELL;
    }

    @Override
    public boolean maluppfyllelse(Insats insats, boolean lyckat) {
        return lyckat;
    }
}
