package se.kundval.insatstyp.jobbpeng;

import java.util.List;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Regelutfall;

/** Språk och arbetsintroduktion: twelve months where Swedish is the obstacle. */
public class Sai extends Jobbpengtyp {

    @Override
    public List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag) {
        return List.of(Malgrupp.sprakhinder(underlag.kund()));
    }
}
