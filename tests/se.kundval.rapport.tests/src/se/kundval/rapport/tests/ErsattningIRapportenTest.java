package se.kundval.rapport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

import se.kundval.core.Inloggning;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.rapport.Rapportsektion;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * The compensation engine's sections: present when its services are, the payable amounts only for
 * users who may run it, and gone again when the engine is stopped.
 */
class ErsattningIRapportenTest {

    private static final String ERSATTNING = "se.kundval.ersattning";

    private static RapportService rapporter;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.rapport", "se.kundval.insatstyp.kundval2024",
                ERSATTNING);
        rapporter = Tjanster.hamta(RapportService.class);
        Tjanster.hamta(ErsattningService.class);
        Rapportdata.anslut(Testdatabas.H2);
    }

    private static Optional<Rapportsektion> sektion(Kvalitetsrapport r, String nyckel) {
        return r.sektioner().stream().filter(s -> s.nyckel().equals(nyckel)).findFirst();
    }

    @Test
    void budgetprognosForPeriodensPaborjadeInsatser() {
        Rapportsektion budget = sektion(rapporter.kvalitetsrapport(Rapportdata.ADMIN, Rapportperiod.ar(2024)), "budget").orElseThrow();
        // AMI1: I1, I3, I4, I6, I9 started in 2024: 5 × 3 months × 3 800 = 57 000, I1 bonusgrundande: 1 × 20 000
        Map<String, Object> ami1 = budget.rader().get("AMI1");
        assertEquals(5, ami1.get("antal"));
        assertEquals(15, ami1.get("manader"));
        assertEquals(0, new BigDecimal("57000").compareTo((BigDecimal) ami1.get("checkkostnad")));
        assertEquals(0, new BigDecimal("20000").compareTo((BigDecimal) ami1.get("bonuskostnad")));
        assertEquals(0, new BigDecimal("77000").compareTo((BigDecimal) ami1.get("totalt")));
        // AMI2: I2, I7: 2 × 12 × 5 000 = 120 000; ISA1: I5: 1 × 9 × 6 200 = 55 800; in all 252 800
        assertEquals(0, new BigDecimal("120000").compareTo((BigDecimal) budget.rader().get("AMI2").get("totalt")));
        assertEquals(0, new BigDecimal("55800").compareTo((BigDecimal) budget.rader().get("ISA1").get("totalt")));
        assertEquals(0, new BigDecimal("252800").compareTo((BigDecimal) budget.rader().get("TOTALT").get("totalt")));
        assertEquals(List.of("AMI1", "AMI2", "ISA1", "TOTALT"), List.copyOf(budget.rader().keySet()));
    }

    @Test
    void ersattningAttBetalaSummerasPerAnordnareOchTyp() {
        Kvalitetsrapport r = rapporter.kvalitetsrapport(Rapportdata.ADMIN, Rapportperiod.tertial(2024, 1));
        Rapportsektion ersattning = sektion(r, "ersattning").orElseThrow();
        // the engine's own lines for January–April, summed the same way
        Map<String, BigDecimal> vantat = new HashMap<>();
        ErsattningService motor = Tjanster.hamta(ErsattningService.class);
        for (int m = 1; m <= 4; m++) {
            for (Utbetalningsrad rad : motor.underlag(Rapportdata.ADMIN, YearMonth.of(2024, m)).rader()) {
                String kolumn = rad.attBetala() ? rad.insatstyp() : "vantar_pa_bedomning";
                vantat.merge(rad.orgnr() + "/" + kolumn, rad.belopp(), BigDecimal::add);
            }
        }
        assertFalse(vantat.isEmpty());
        vantat.forEach((nyckel, belopp) -> {
            String[] delar = nyckel.split("/");
            assertEquals(0, belopp.compareTo((BigDecimal) ersattning.rader().get(delar[0]).get(delar[1])), nyckel);
        });
        BigDecimal alla = vantat.entrySet().stream().filter(e -> !e.getKey().endsWith("vantar_pa_bedomning"))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, alla.compareTo((BigDecimal) ersattning.rader().get("TOTALT").get("totalt")));
        // A2's AMI1 at 3 800 a month, each month's line rounded: I4 runs 10 January–9 April (ends on E, no
        // avslutsersättning): 2 696.77 + 3 800 + 3 800 + 1 140.00 = 11 436.77; I9 runs from 5 January past April
        // (E' 4 June): 3 309.68 + 3 800 × 3 = 14 709.68; together 26 146.45
        assertEquals(new BigDecimal("26146.45"), ersattning.rader().get(Rapportdata.A2).get("AMI1"));
    }

    @Test
    void ersattningVisasBaraForDenSomFarKoraDen() {
        Inloggning kvalitet = new Inloggning("kval", "Kvalitetsutvecklare", Roll.KVALITETSUTVECKLARE, null);
        Kvalitetsrapport r = rapporter.kvalitetsrapport(kvalitet, Rapportperiod.ar(2024));
        assertTrue(sektion(r, "ersattning").isEmpty(), "a kvalitetsutvecklare may not run the compensation engine");
        assertTrue(sektion(r, "budget").isPresent());
    }

    @Test
    void utanErsattningsmotornFinnsDelarnaInte() throws BundleException {
        Bundle motor = bunt(ERSATTNING);
        motor.stop();
        try {
            Kvalitetsrapport r = rapporter.kvalitetsrapport(Rapportdata.ADMIN, Rapportperiod.ar(2024));
            assertTrue(sektion(r, "ersattning").isEmpty());
            assertTrue(sektion(r, "budget").isEmpty());
            assertEquals(5, r.totalt().resultat().kunder(), "the rest of the report is unchanged");
        } finally {
            motor.start();
        }
        Tjanster.hamta(ErsattningService.class);
        assertTrue(sektion(rapporter.kvalitetsrapport(Rapportdata.ADMIN, Rapportperiod.ar(2024)), "budget").isPresent());
    }

    private static Bundle bunt(String namn) {
        for (Bundle b : FrameworkUtil.getBundle(ErsattningIRapportenTest.class).getBundleContext().getBundles()) {
            if (namn.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError(namn + " is not installed");
    }
}
