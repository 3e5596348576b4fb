package se.kundval.insatstyp.samhallsorientering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.kundval.core.utbyte.Utbytesrad;
import se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.KundvalFactory;

/** samhallsorientering.csv read onto the insatser and written back (DOMAIN §9). */
class KursfilTest {

    private final Kursfil fil = new Kursfil();
    private final List<String> fel = new ArrayList<>();
    private final Map<String, Insats> insatser = new LinkedHashMap<>();

    KursfilTest() {
        insatser.put("SO-1", insats("SO-1", Samhallsorientering.KOD));
        insatser.put("SO-2", insats("SO-2", Samhallsorientering.KOD));
        insatser.put("AMI-1", insats("AMI-1", "AMI1"));
    }

    private static Insats insats(String id, String kod) {
        Insatstyp typ = KundvalFactory.eINSTANCE.createInsatstyp();
        typ.setKod(kod);
        Insats insats = KundvalFactory.eINSTANCE.createInsats();
        insats.setInsatsId(id);
        insats.setInsatstyp(typ);
        return insats;
    }

    @SafeVarargs
    private void las(List<String>... rader) {
        List<Utbytesrad> utbytesrader = new ArrayList<>();
        for (int i = 0; i < rader.length; i++) {
            utbytesrader.add(new Utbytesrad(i + 2, rader[i]));
        }
        fil.las(utbytesrader, insatser, (rad, meddelande) -> fel.add(rad + ": " + meddelande));
    }

    @Test
    void kolumnerSomDomanenAnger() {
        assertEquals("samhallsorientering.csv", fil.filnamn());
        assertEquals(List.of("insats_id", "anmalningsdatum", "kursstart", "kursslut", "avbrott"), fil.kolumner());
    }

    @Test
    void radernaLasesTillInsatsernasTypdataOchSkrivsTillbaka() {
        las(List.of("SO-2", "2024-02-19", "2024-03-04", "", ""), List.of("SO-1", "2024-01-08", "2024-01-15", "2024-03-01", "N"));
        assertEquals(List.of(), fel);
        Kursdeltagande pagar = (Kursdeltagande) insatser.get("SO-2").getTypdata();
        assertEquals(LocalDate.of(2024, 3, 4), pagar.getKursstart());
        assertNull(pagar.getKursslut());
        assertNull(pagar.getAvbrott());
        Kursdeltagande klar = (Kursdeltagande) insatser.get("SO-1").getTypdata();
        assertEquals(Boolean.FALSE, klar.getAvbrott());
        // written in insats_id order, empty fields stay empty, so an export imports to the same data
        assertEquals(List.of(List.of("SO-1", "2024-01-08", "2024-01-15", "2024-03-01", "N"),
                List.of("SO-2", "2024-02-19", "2024-03-04", "", "")), fil.skriv(List.copyOf(insatser.values())));
    }

    @Test
    void varjeFelRapporterasMedRad() {
        las(List.of("SAKNAS", "2024-01-08", "", "", ""),
                List.of("AMI-1", "2024-01-08", "", "", ""),
                List.of("SO-1", "2024-13-08", "2024-01-15", "", "N"),
                List.of("SO-2", "2024-02-19", "2024-02-01", "", "ja"),
                List.of("SO-2", "2024-02-19", "2024-03-04", "", ""));
        assertEquals(List.of(
                "2: insats_id 'SAKNAS' finns inte bland insatserna.",
                "3: Insatsen AMI-1 är av typen AMI1, inte samhällsorientering.",
                "4: anmalningsdatum: '2024-13-08' är inte ett datum på formen ÅÅÅÅ-MM-DD.",
                "5: avbrott: 'ja' ska vara J, N eller tomt.",
                "6: insats_id 'SO-2' finns redan på rad 5."), fel);
    }

    @Test
    void datumIFelOrdning() {
        las(List.of("SO-1", "2024-02-19", "2024-02-01", "", ""), List.of("SO-2", "2024-02-19", "", "2024-04-01", "N"));
        assertEquals(List.of("2: kursstart 2024-02-01 ligger före anmalningsdatum 2024-02-19.",
                "3: kursslut är angivet men kursstart saknas."), fel);
        assertNull(insatser.get("SO-1").getTypdata());
        assertNull(insatser.get("SO-2").getTypdata());
    }
}
