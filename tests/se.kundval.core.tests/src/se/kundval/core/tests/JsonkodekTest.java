package se.kundval.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.kundval.core.json.Jsonkodek;
import se.kundval.model.Avslutsorsak;

/** The product's one JSON codec: the exact text it writes, and what it refuses to read. */
class JsonkodekTest {

    private final Jsonkodek kodek = new Jsonkodek();

    /** A model code whose literal is not its name, as EMF allows. */
    private enum Kod implements Enumerator {
        EJ_BEDOMT;

        @Override
        public int getValue() {
            return 0;
        }

        @Override
        public String getName() {
            return name();
        }

        @Override
        public String getLiteral() {
            return "ej bedömt";
        }
    }

    private String skriv(Object varde) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        kodek.skriv(varde, ut);
        return ut.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> karta(Object... nycklarOchVarden) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < nycklarOchVarden.length; i += 2) {
            m.put((String) nycklarOchVarden[i], nycklarOchVarden[i + 1]);
        }
        return m;
    }

    @Test
    void indragetMedTvaBlankaIKartansOrdning() throws IOException {
        Map<String, Object> rot = karta("period", karta("fran", LocalDate.of(2024, 1, 1), "manad", YearMonth.of(2024, 2)),
                "belopp", new BigDecimal("5000.00"), "stort", new BigDecimal("1E+3"), "andel", null, "snitt", 128.5,
                "miljoner", 1.0e7, "ingen", Double.NaN, "orsak", Avslutsorsak.FLYTTAT, "kod", Kod.EJ_BEDOMT, "ja", true,
                "tom", Map.of(), "inga", List.of(), "lista", List.of(1, "två\n\"citat\""));
        assertEquals("""
                {
                  "period": {
                    "fran": "2024-01-01",
                    "manad": "2024-02"
                  },
                  "belopp": 5000.00,
                  "stort": 1000,
                  "andel": null,
                  "snitt": 128.5,
                  "miljoner": 10000000,
                  "ingen": null,
                  "orsak": "FLYTTAT",
                  "kod": "ej bedömt",
                  "ja": true,
                  "tom": {},
                  "inga": [],
                  "lista": [
                    1,
                    "två\\n\\"citat\\""
                  ]
                }
                """, skriv(rot));
    }

    @Test
    void raderEttKompaktObjektPerRad() throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        kodek.skrivRader(List.of(karta("orgnr", "5560360793", "belopp", new BigDecimal("2500.00")), karta("orgnr", null)), ut);
        assertEquals("[\n  {\"orgnr\":\"5560360793\",\"belopp\":2500.00},\n  {\"orgnr\":null}\n]\n", ut.toString(StandardCharsets.UTF_8));
        ut.reset();
        kodek.skrivRader(new ArrayList<>(), ut);
        assertEquals("[]\n", ut.toString(StandardCharsets.UTF_8));
    }

    @Test
    void strommenLamnasOppen() throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the codec closed the caller's stream");
            }
        };
        kodek.skriv(List.of(), ut);
        kodek.skriv(Map.of(), ut);
        assertEquals("[]\n{}\n", ut.toString(StandardCharsets.UTF_8));
    }

    @Test
    void lasningBehallerDecimalernaOchVagrarDubbletter() throws IOException {
        JsonNode trad = kodek.lasTrad("{\"belopp\": 5000.00, \"andel\": 0.4000, \"antal\": 3}");
        assertEquals(new BigDecimal("5000.00"), trad.get("belopp").decimalValue());
        assertEquals(new BigDecimal("0.4000"), trad.get("andel").decimalValue());
        assertEquals(3, trad.get("antal").intValue());
        assertEquals(List.of("belopp", "andel", "antal"), trad.properties().stream().map(Map.Entry::getKey).toList());
        assertThrows(IOException.class, () -> kodek.lasTrad("{\"a\": 1, \"a\": 2}"));
        assertThrows(IOException.class, () -> kodek.lasTrad("{\"a\": 1} x"));
    }
}
