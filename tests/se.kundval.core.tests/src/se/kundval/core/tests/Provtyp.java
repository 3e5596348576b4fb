package se.kundval.core.tests;

import java.math.BigDecimal;
import java.util.List;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.core.typ.Insatstypmodell;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Insats;

/** The dummy insats type of the test fragment: one rule that fails for kunder without ekonomiskt bistånd. */
public class Provtyp implements Insatstypmodell {

    @Override
    public List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag) {
        return List.of(underlag.kund().isEkonomisktBistand()
                ? Regelutfall.godkand("BISTAND", "Ekonomiskt bistånd", "Kunden har ekonomiskt bistånd.")
                : Regelutfall.underkand("BISTAND", "Ekonomiskt bistånd", "Kunden har inte ekonomiskt bistånd."));
    }

    @Override
    public Ersattningsmodell ersattningsmodell() {
        return period -> new BigDecimal("0.5");
    }

    @Override
    public boolean maluppfyllelse(Insats insats, boolean lyckat) {
        return lyckat;
    }
}
