package se.kundval.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small document with every column type, an uncertain value and a chart. */
final class Provdokument {

    static final String TITEL = "Provrapport åäö";

    private Provdokument() {
    }

    static Tabell resultat() {
        List<Kolumn> kolumner = List.of(Kolumn.text("Anordnare"), Kolumn.heltal("Kunder"), Kolumn.andel("Andel lyckade"),
                Kolumn.decimal("Snittdagar", 1), Kolumn.belopp("Utbetalt"), Kolumn.datum("Senast"));
        List<List<Object>> rader = new ArrayList<>();
        rader.add(rad("Vägen; Vidare \"AB\"", 1234, new BigDecimal("0.3750"), new BigDecimal("201.25"),
                new BigDecimal("1234567.891"), LocalDate.of(2024, 3, 1)));
        rader.add(rad("Liten Coach", 3, new Osakert(new BigDecimal("0.6667")), null, BigDecimal.ZERO, null));
        return new Tabell("Resultat per anordnare", kolumner, rader, "* = färre än fem personer");
    }

    static Tabell orsaker() {
        return new Tabell("Avslutsorsaker", List.of(Kolumn.text("Orsak"), Kolumn.heltal("Antal")),
                List.of(rad("Arbete", 7), rad("Flyttat", 2)), null);
    }

    static Dokument dokument() {
        Map<String, BigDecimal> staplar = new LinkedHashMap<>();
        staplar.put("JOBBPENG_GRUND", new BigDecimal("0.42"));
        staplar.put("SAI", new BigDecimal("0.22"));
        return new Dokument(TITEL, "Period 2024-01-01 – 2024-12-31", List.of(resultat(),
                new Stapeldiagram("Andel lyckade per insatstyp", Kolumntyp.ANDEL, staplar, new BigDecimal("0.65")), orsaker()));
    }

    static List<Object> rad(Object... varden) {
        return new ArrayList<>(Arrays.asList(varden));
    }
}
