package se.kundval.insatstyp.kundval2024;

import java.util.List;

import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.Insatstypmodell;
import se.kundval.core.typ.Regelutfall;

/** What the 2024 types share: their own eligibility rules and compensation are per type. */
abstract class Kundval2024typ implements Insatstypmodell {

    @Override
    public List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag) {
        return List.of();
    }
}
