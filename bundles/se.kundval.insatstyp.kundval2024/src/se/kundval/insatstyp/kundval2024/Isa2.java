package se.kundval.insatstyp.kundval2024;

import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.model.Insats;

/** ISA nivå 2: twelve months of sfi and arbetsintroduktion; the målsättning is a step to AMI. */
public class Isa2 extends Kundval2024typ {

    @Override
    public Ersattningsmodell ersattningsmodell() {
        return Ersattningar.UTAN_BONUS;
    }

    @Override
    public boolean maluppfyllelse(Insats insats, boolean lyckat) {
        return Maluppfyllelse.avslutTill(insats, Maluppfyllelse.STEGFORFLYTTNING);
    }
}
