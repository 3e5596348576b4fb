package se.kundval.insatstyp.jobbpeng;

import java.util.List;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Regelutfall;

/** Förstärkt jobbpeng: twelve months for a complex situation needing coordinated support. */
public class JobbpengForstarkt extends Jobbpengtyp {

    @Override
    public List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag) {
        return List.of(Malgrupp.jobbpeng(underlag));
    }
}
