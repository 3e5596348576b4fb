package se.kundval.utbyte.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.kundval.core.utbyte.Fellista;
import se.kundval.core.utbyte.Utbytesfil;
import se.kundval.core.utbyte.Utbytesrad;
import se.kundval.model.Insats;

/** The test fragment's plugin file: remembers what the last import gave it, writes nothing on export. */
public class Testkursfil implements Utbytesfil {

    static final String FIL = "testkurs.csv";

    private final Map<String, String> lasta = new LinkedHashMap<>();

    @Override
    public String filnamn() {
        return FIL;
    }

    @Override
    public List<String> kolumner() {
        return List.of("insats_id", "kurs");
    }

    @Override
    public void las(List<Utbytesrad> rader, Map<String, Insats> insatser, Fellista fel) {
        lasta.clear();
        for (Utbytesrad rad : rader) {
            if (!insatser.containsKey(rad.falt(0))) {
                fel.fel(rad.rad(), "insats_id '" + rad.falt(0) + "' finns inte bland importens insatser.");
            } else {
                lasta.put(rad.falt(0), rad.falt(1));
            }
        }
    }

    @Override
    public List<List<String>> skriv(List<Insats> insatser) {
        return List.of();
    }

    Map<String, String> lasta() {
        return lasta;
    }
}
