package se.kundval.rapport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.kundval.core.json.Jsonkodek;
import se.kundval.core.rapport.Andel;
import se.kundval.core.rapport.Anordnarrad;
import se.kundval.core.rapport.Fallmix;
import se.kundval.core.rapport.JusteradKvot;
import se.kundval.core.rapport.Kundundersokning;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.Oddskvot;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.rapport.Resultatrad;
import se.kundval.core.rapport.Totalrad;

/** The justerad kvot's JSON fields of DOMAIN §13 with values: rounded from 18 judged avslut, null below. */
class JamforelseJsonTest {

    @Test
    @SuppressWarnings("unchecked")
    void anordnarradenBarKvotenMedIntervall() {
        Resultatrad tom = new Radackumulator().resultat();
        Kundundersokning undersokning = new Undersokningsberakning(List.of(), List.of()).totalt();
        Map<String, Anordnarrad> rader = new LinkedHashMap<>();
        rader.put("A", new Anordnarrad("A", "Alfa", tom, new Andel(0, 0), undersokning, new JusteradKvot(40, 24, 20.0, 9.0)));
        rader.put("B", new Anordnarrad("B", "Beta", tom, new Andel(0, 0), undersokning, new JusteradKvot(17, 5, 8.0, 4.0)));
        Fallmix modell = new Fallmix(Fallmix.Status.SKATTAD, 57, 29, 2,
                List.of(new Oddskvot("kon", "KVINNA", 30, true, 1, null, null), new Oddskvot("kon", "MAN", 27, false, 0.8, 0.5, 1.28)));
        Kvalitetsrapport rapport = new Kvalitetsrapport(Rapportperiod.ar(2024), new Totalrad(tom, 0, 0, undersokning), Map.of(), rader,
                List.of(), List.of(), modell);

        Map<String, Object> json = new KvalitetsrapportJson(rapport, new Jsonkodek()).trad();
        Map<String, Object> a = (Map<String, Object>) ((Map<String, Object>) json.get("anordnare")).get("A");
        // O/E = 24/20 = 1.2; (24 ± 1.96·3)/20 = 0.906 and 1.494
        assertEquals(new BigDecimal("20.00"), a.get("forvantade_lyckade"));
        assertEquals(new BigDecimal("1.200"), a.get("justerad_kvot"));
        assertEquals(new BigDecimal("0.906"), a.get("justerad_kvot_lag"));
        assertEquals(new BigDecimal("1.494"), a.get("justerad_kvot_hog"));
        assertEquals("SOM_VANTAT", a.get("justerad_kvot_tolkning"));
        Map<String, Object> b = (Map<String, Object>) ((Map<String, Object>) json.get("anordnare")).get("B");
        for (String falt : List.of("forvantade_lyckade", "justerad_kvot", "justerad_kvot_lag", "justerad_kvot_hog")) {
            assertNull(b.get(falt), falt);
            assertEquals(true, b.containsKey(falt), falt);
        }
        Map<String, Object> effekt = (Map<String, Object>) a.get("effekt");
        assertEquals(List.of("6", "12", "24"), List.copyOf(effekt.keySet()));
        assertEquals(List.of("i_egen_forsorjning", "uppfoljda", "andel", "ej_uppfoljda"),
                List.copyOf(((Map<String, Object>) effekt.get("12")).keySet()));
        Map<String, Object> jamforelse = (Map<String, Object>) json.get("justerad_jamforelse");
        assertEquals("SKATTAD", jamforelse.get("status"));
        Map<String, Object> man = ((List<Map<String, Object>>) jamforelse.get("oddskvoter")).get(1);
        assertEquals(new BigDecimal("0.800"), man.get("oddskvot"));
        assertEquals(new BigDecimal("1.280"), man.get("hog"));
    }
}
