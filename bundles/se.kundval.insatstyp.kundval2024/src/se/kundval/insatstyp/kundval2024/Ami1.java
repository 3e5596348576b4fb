package se.kundval.insatstyp.kundval2024;

import java.util.List;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Insats;

/** AMI nivå 1: three months for kunder with full arbetsförmåga; egen försörjning. */
public class Ami1 extends Kundval2024typ {

    @Override
    public List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag) {
        return List.of(Behorighet.arbetsformaga(underlag.kund(), Behorighet.FULL, Behorighet.FULL));
    }

    @Override
    public Ersattningsmodell ersattningsmodell() {
        return Ersattningar.AMI1;
    }

    @Override
    public boolean maluppfyllelse(Insats insats, boolean lyckat) {
        return lyckat;
    }
}
