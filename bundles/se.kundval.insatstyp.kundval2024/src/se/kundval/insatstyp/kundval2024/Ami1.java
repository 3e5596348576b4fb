package se.kundval.insatstyp.kundval2024;

import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.model.Insats;

/** AMI nivå 1: three months for kunder with full arbetsförmåga; egen försörjning. */
public class Ami1 extends Kundval2024typ {

    @Override
    public Ersattningsmodell ersattningsmodell() {
        return Ersattningar.AMI1;
    }

    @Override
    public boolean maluppfyllelse(Insats insats, boolean lyckat) {
        return lyckat;
    }
}
