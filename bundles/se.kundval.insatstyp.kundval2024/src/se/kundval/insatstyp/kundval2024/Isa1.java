package se.kundval.insatstyp.kundval2024;

import java.util.List;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Insats;

/** ISA nivå 1: nine months within etableringsprogrammet; the målsättning is Arbetsförmedlingen. */
public class Isa1 extends Kundval2024typ {

    @Override
    public List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag) {
        return List.of(Behorighet.etableringsprogram(underlag.kund()));
    }

    @Override
    public Ersattningsmodell ersattningsmodell() {
        return Ersattningar.UTAN_BONUS;
    }

    @Override
    public boolean maluppfyllelse(Insats insats, boolean lyckat) {
        return Maluppfyllelse.avslutTill(insats, Maluppfyllelse.TILL_ARBETSFORMEDLINGEN);
    }
}
