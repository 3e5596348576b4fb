package se.kundval.core.tests;

import java.util.List;
import java.util.Map;

import se.kundval.core.utbyte.Fellista;
import se.kundval.core.utbyte.Utbytesfil;
import se.kundval.core.utbyte.Utbytesrad;
import se.kundval.model.Insats;

/** An interchange file that only checks its references. */
public class Provutbytesfil implements Utbytesfil {

    @Override
    public String filnamn() {
        return "prov.csv";
    }

    @Override
    public List<String> kolumner() {
        return List.of("insats_id");
    }

    @Override
    public void las(List<Utbytesrad> rader, Map<String, Insats> insatser, Fellista fel) {
        for (Utbytesrad rad : rader) {
            if (!insatser.containsKey(rad.falt(0))) {
                fel.fel(rad.rad(), "okänd insats " + rad.falt(0));
            }
        }
    }

    @Override
    public List<List<String>> skriv(List<Insats> insatser) {
        return insatser.stream().map(i -> List.of(i.getInsatsId())).toList();
    }
}
