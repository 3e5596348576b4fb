package se.kundval.insatstyp.kundval2024;

import java.util.List;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Insats;

/** FAI nivå 1: three months for oklar arbetsförmåga after a prolonged insats; a step to AMI or another authority. */
public class Fai1 extends Kundval2024typ {

    @Override
    public List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag) {
        return List.of(Behorighet.arbetsformagaOklar(underlag.kund()), Behorighet.forlangdInsats(underlag));
    }

    @Override
    public Ersattningsmodell ersattningsmodell() {
        return Ersattningar.UTAN_BONUS;
    }

    @Override
    public boolean maluppfyllelse(Insats insats, boolean lyckat) {
        return Maluppfyllelse.avslutTill(insats, Maluppfyllelse.STEGFORFLYTTNING_ELLER_MYNDIGHET);
    }
}
