package se.kundval.persistence.tests;

import java.math.BigDecimal;
import java.util.List;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.core.typ.Insatstypmodell;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Insats;

/** The dummy type the test fragment contributes. */
public class Testinsatstyp implements Insatstypmodell {

    @Override
    public List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag) {
        return List.of();
    }

    @Override
    public Ersattningsmodell ersattningsmodell() {
        return period -> BigDecimal.ONE;
    }

    @Override
    public boolean maluppfyllelse(Insats insats, boolean lyckat) {
        return lyckat;
    }
}
