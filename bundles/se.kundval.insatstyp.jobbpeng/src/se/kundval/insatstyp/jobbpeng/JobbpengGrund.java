package se.kundval.insatstyp.jobbpeng;

import java.util.List;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Regelutfall;

/** Jobbpeng grund: three months for kunder close to the labour market. */
public class JobbpengGrund extends Jobbpengtyp {

    @Override
    public List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag) {
        return List.of(Malgrupp.jobbpeng(underlag));
    }
}
