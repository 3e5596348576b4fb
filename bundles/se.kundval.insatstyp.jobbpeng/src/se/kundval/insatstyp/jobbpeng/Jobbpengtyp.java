package se.kundval.insatstyp.jobbpeng;

import java.math.BigDecimal;

import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.core.typ.Insatstypmodell;
import se.kundval.model.Insats;

/**
 * What the three jobbpeng types share (DOMAIN §4–6): egen försörjning as målsättning, nothing
 * paid for an insats that ended within 14 days, no avslutsersättning or snabbhetspremie, and the
 * prislista's flat bonus (18 000 kr) for every bonusgrundande avslut. Each type has its own
 * eligibility rules ({@link Malgrupp}).
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
    public Ersattningsmodell ersattningsmodell() {
        return ERSATTNING;
    }

    @Override
    public boolean maluppfyllelse(Insats insats, boolean lyckat) {
        return lyckat;
    }
}
