package se.kundval.insatstyp.jobbpeng;

import java.math.BigDecimal;
import java.util.List;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.core.typ.Insatstypmodell;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Insats;

/**
 * What the three jobbpeng types share (DOMAIN §4–6): egen försörjning as målsättning, nothing
 * paid for an insats that ended within 14 days, no avslutsersättning or snabbhetspremie, and the
 * prislista's flat bonus (18 000 kr) for every bonusgrundande avslut.
 */
abstract class Jobbpengtyp implements Insatstypmodell {

    private static final Ersattningsmodell ERSATTNING = new Ersattningsmodell() {
        @Override
        public boolean kraverFjortonDagar() {
            return true;
        }

        @Override
        public BigDecimal bonusandel(se.kundval.model.tid.Insatsperiod period) {
            return BigDecimal.ONE;
        }
    };

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
        return lyckat;
    }
}
