package se.kundval.insatstyp.kundval2024;

import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.model.Insats;

/** FAI nivå 2: six months for oklar arbetsförmåga without an ongoing insats; a step to AMI or another authority. */
public class Fai2 extends Kundval2024typ {

    @Override
    public Ersattningsmodell ersattningsmodell() {
        return Ersattningar.UTAN_BONUS;
    }

    @Override
    public boolean maluppfyllelse(Insats insats, boolean lyckat) {
        return Maluppfyllelse.avslutTill(insats, Maluppfyllelse.STEGFORFLYTTNING_ELLER_MYNDIGHET);
    }
}
