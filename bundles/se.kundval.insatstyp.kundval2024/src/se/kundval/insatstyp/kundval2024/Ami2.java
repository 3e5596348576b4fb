package se.kundval.insatstyp.kundval2024;

import java.util.List;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Insats;

/** AMI nivå 2: twelve months for kunder with 25–99 % arbetsförmåga; egen försörjning. */
public class Ami2 extends Kundval2024typ {

    @Override
    public List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag) {
        return List.of(Behorighet.arbetsformaga(underlag.kund(), Behorighet.AMI_LAGSTA, Behorighet.FULL - 1));
    }

    @Override
    public Ersattningsmodell ersattningsmodell() {
        return Ersattningar.AMI2;
    }

    @Override
    public boolean maluppfyllelse(Insats insats, boolean lyckat) {
        return lyckat;
    }
}
