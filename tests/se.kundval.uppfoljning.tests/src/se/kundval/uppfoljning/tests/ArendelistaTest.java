package se.kundval.uppfoljning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kundval.core.Inloggning;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.tjanst.ArendelistaService;
import se.kundval.core.tjanst.Arenderad;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Genomforandeplan;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Manadsrapportstatus;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/** The caseload shows each user her own kunder with the deadlines of their insatser. */
class ArendelistaTest {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;
    private static ArendelistaService arendelista;
    private final Testfall testfall = new Testfall();
    private Anordnare egen;
    private Anordnare annan;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.uppfoljning", "se.kundval.avslut",
                "se.kundval.insatstyp.kundval2024");
        arendelista = Tjanster.hamta(ArendelistaService.class);
    }

    @BeforeEach
    void data() {
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        egen = testfall.anordnare("Egen AB", "AMI1", "AMI2");
        annan = testfall.anordnare("Annan AB", "AMI1");
        Kund mia = testfall.kund("Mia Ström", LocalDate.of(1992, 1, 1));
        Kund ola = testfall.kund("Ola Dahl", LocalDate.of(1979, 3, 3));
        Kund per = testfall.kund("Per Holm", LocalDate.of(1970, 7, 7));
        per.setAnsvarigKarriarvagledare("kv2");
        Tjanster.hamta(KundService.class).spara(Testfall.ADMIN, per);
        testfall.insats(mia, egen, "AMI2", Testklocka.IDAG.minusDays(40));
        testfall.insats(ola, annan, "AMI1", Testklocka.IDAG.minusDays(70));
        testfall.insats(per, egen, "AMI1", Testklocka.IDAG.minusDays(10));
    }

    @Test
    void karriarvagledarenSerSinaKunderMedFristerna() {
        List<Arenderad> rader = arendelista.arenden(Testfall.KARRIARVAGLEDARE, Bevakningsgranser.standard());
        assertEquals(List.of("Ola Dahl", "Mia Ström"), rader.stream().map(Arenderad::namn).toList(),
                "kv1's kunder, the one with the oldest overdue deadline first");
        Arenderad mia = rader.get(1);
        assertEquals("AMI niv\u00e5 2", mia.insatstyp(), "the type by its name, not its code");
        assertEquals("Egen AB", mia.anordnare());
        assertTrue(mia.bevakningar().stream().anyMatch(b -> b.typ().equals("GENOMFORANDEPLAN")), "plan due 30 days after start");
        assertTrue(mia.forsenade() >= 1);
        Arenderad ola = rader.get(0);
        assertTrue(ola.dagarKvar() >= 0 && ola.dagarKvar() <= 22, "AMI1 of three months started 70 days ago: " + ola.dagarKvar());
        assertTrue(ola.bevakningar().stream().anyMatch(b -> b.typ().equals("INSATSEN_SLUTAR")));
    }

    @Test
    void avslutadInsatsUtanNagotKvarAttGoraSynsInte() {
        Kund eva = testfall.kund("Eva Lund", LocalDate.of(1985, 5, 5));
        LocalDate start = Testklocka.IDAG.minusMonths(14);
        Insats insats = testfall.insats(eva, egen, "AMI1", start);
        Genomforandeplan plan = F.createGenomforandeplan();
        plan.setUpprattad(start.plusDays(5));
        insats.setGenomforandeplan(plan);
        Manadsrapport rapport = F.createManadsrapport();
        rapport.setPeriod(YearMonth.from(start));
        rapport.setStatus(Manadsrapportstatus.GODKAND);
        rapport.setInlamnad(start.plusDays(12));
        insats.getManadsrapporter().add(rapport);
        Avslut avslut = F.createAvslut();
        avslut.setAvslutsdatum(start.plusDays(10));
        avslut.setAvslutsorsak(Avslutsorsak.FLYTTAT);
        avslut.setRapporteradDatum(start.plusDays(10));
        Avslutsbedomning bedomning = F.createAvslutsbedomning();
        bedomning.setLyckat(false);
        bedomning.setBonusgrundande(false);
        bedomning.setMotivering("Flyttat från kommunen.");
        bedomning.setBedomdAv("hl1");
        bedomning.setTidpunkt(start.plusDays(12).atStartOfDay());
        avslut.getBedomningar().add(bedomning);
        insats.setAvslut(avslut);
        insats.setStatus(InsatsStatus.AVSLUTAD);
        Tjanster.hamta(InsatsService.class).spara(Testfall.HANDLAGGARE, insats);
        Inloggning handlaggare = new Inloggning("hl9", "HL", Roll.HANDLAGGARE, null);
        List<String> namn = arendelista.arenden(handlaggare, Bevakningsgranser.standard()).stream().map(Arenderad::namn).toList();
        assertFalse(namn.contains("Eva Lund"), "ended, judged, every report approved: nothing due " + namn);
        assertEquals(3, namn.size(), namn.toString());
    }

    @Test
    void anordnarenSerBaraSinaEgnaInsatser() {
        Inloggning egenAnordnare = Testfall.anordnare(egen.getOrgnr());
        assertEquals(List.of("Mia Ström", "Per Holm"),
                arendelista.arenden(egenAnordnare, Bevakningsgranser.standard()).stream().map(Arenderad::namn).sorted().toList());
        Inloggning handlaggare = new Inloggning("hl9", "HL", Roll.HANDLAGGARE, null);
        assertEquals(3, arendelista.arenden(handlaggare, Bevakningsgranser.standard()).size());
    }
}
