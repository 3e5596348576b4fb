package se.kundval.insatstyp.kundval2024;

import java.util.List;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Ersattningsmodell;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Insats;

/**
 * ISA nivå 2: twelve months of sfi and arbetsintroduktion for kunder without etableringsersättning
 * who need sfi; the målsättning is a step to AMI.
 */
public class Isa2 extends Kundval2024typ {

    @Override
    public List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag) {
        return List.of(Behorighet.utanEtableringsersattning(underlag.kund()), Behorighet.sfiBehov(underlag.kund()));
    }

    @Override
    public Ersattningsmodell ersattningsmodell() {
        return Ersattningar.UTAN_BONUS;
    }

    @Override
    public boolean maluppfyllelse(Insats insats, boolean lyckat) {
        return Maluppfyllelse.avslutTill(insats, Maluppfyllelse.STEGFORFLYTTNING);
    }
}
