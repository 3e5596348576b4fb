package se.kundval.insatstyp.kundval2024;

import java.util.List;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Insats;

/** FAI nivå 2: six months for oklar arbetsförmåga without an ongoing insats; a step to AMI or another authority. */
public class Fai2 extends Kundval2024typ {

    @Override
    public List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag) {
        return List.of(Behorighet.arbetsformagaOklar(underlag.kund()), Behorighet.ingenPagaendeInsats(underlag));
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
