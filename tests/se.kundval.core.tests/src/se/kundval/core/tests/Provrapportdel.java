package se.kundval.core.tests;

import java.util.List;
import java.util.Map;

import se.kundval.core.rapport.Rapportdel;
import se.kundval.core.rapport.Rapportsektion;
import se.kundval.core.rapport.Rapportunderlag;

/** A report section counting the insatser of the period. */
public class Provrapportdel implements Rapportdel {

    @Override
    public Rapportsektion berakna(Rapportunderlag underlag) {
        return new Rapportsektion("prov", "Provdel", List.of("antal"),
                Map.of("totalt", Map.of("antal", underlag.insatser().size())));
    }
}
