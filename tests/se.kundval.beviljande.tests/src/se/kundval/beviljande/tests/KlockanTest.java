package se.kundval.beviljande.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.Avslutsarende;
import se.kundval.core.tjanst.Beviljande;
import se.kundval.core.tjanst.BeviljandeService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Sysselsattningsform;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The services take "today" from the Clock service and never from the wall clock: with the clock
 * set to a day in 2031, everything they stamp or decide by the day is 2031 (a wall clock would say
 * the insats starting in March 2031 has not begun and that an avslut that day is in the future).
 */
class KlockanTest {

    private static final LocalDateTime NU = LocalDateTime.of(2031, 3, 14, 9, 30);
    private static final LocalDate IDAG = NU.toLocalDate();
    private static BeviljandeService beviljande;
    private static InsatsService insatser;
    private static AvslutService avslut;
    private final Testfall testfall = new Testfall();
    private Anordnare anordnare;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.beviljande", "se.kundval.avslut",
                "se.kundval.insatstyp.kundval2024");
        beviljande = Tjanster.hamta(BeviljandeService.class);
        insatser = Tjanster.hamta(InsatsService.class);
        avslut = Tjanster.hamta(AvslutService.class);
    }

    @BeforeEach
    void data() {
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        anordnare = testfall.anordnare("Steget AB", "AMI2");
    }

    /** Grants AMI2 from the day, with a motivering for any rule the kund fails, so only the clock decides. */
    private Insats bevilja(String namn, LocalDate start) {
        Kund kund = testfall.kund(namn, LocalDate.of(1990, 4, 4));
        Map<String, String> undantag = new LinkedHashMap<>();
        LocalDate beslutsdatum = start.minusDays(7);
        beviljande.prova(Testfall.HANDLAGGARE, kund.getId(), "AMI2", beslutsdatum, start).underkanda()
                .forEach(r -> undantag.put(r.regel(), "Prövat i test."));
        return beviljande.bevilja(Testfall.HANDLAGGARE, new Beviljande(kund.getId(), "AMI2", anordnare.getOrgnr(), beslutsdatum,
                start, "Kunden behöver stöd.", undantag));
    }

    @Test
    void beslutetsStatusTidpunktOchArendenummerFoljerKlockan() {
        try (var klocka = Testklocka.stall(NU)) {
            Insats startad = insatser.hamta(Testfall.ADMIN, bevilja("Lina Berg", IDAG.minusDays(4)).getId());
            Insats kommande = insatser.hamta(Testfall.ADMIN, bevilja("Omar Ek", IDAG.plusDays(1)).getId());
            assertEquals(InsatsStatus.PAGAENDE, startad.getStatus(), "started before the clock's day");
            assertEquals(InsatsStatus.BEVILJAD, kommande.getStatus(), "starts after the clock's day");
            assertEquals(NU, startad.getBeslut().get(0).getTidpunkt());
            assertTrue(startad.getInsatsId().startsWith("I2031-"), startad.getInsatsId());
            assertTrue(Tjanster.hamta(KundService.class).nyttKundId().startsWith("K2031-"));
            List<Granskningshandelse> historik = insatser.historik(Testfall.ADMIN, startad.getId());
            assertEquals(NU, historik.get(0).getTidpunkt());
        }
        String efter = insatser.nyttInsatsId();
        assertTrue(efter.startsWith("I" + Testklocka.IDAG.getYear() + "-"), "the standard test clock again: " + efter);
    }

    @Test
    void avslutetRapporterasPaKlockansDagOchVantarFranDen() {
        long id;
        Inloggning anordnaren = Testfall.anordnare(anordnare.getOrgnr());
        try (var klocka = Testklocka.stall(NU)) {
            long beviljad = bevilja("Sara Lind", IDAG.minusMonths(2)).getId();
            assertThrows(KundvalException.class, () -> avslut.rapportera(anordnaren, beviljad, arbete(IDAG.plusDays(1))),
                    "the day after the clock's day is in the future");
            avslut.rapportera(anordnaren, beviljad, arbete(IDAG));
            assertEquals(IDAG, insatser.hamta(Testfall.ADMIN, beviljad).getAvslut().getRapporteradDatum());
            id = beviljad;
        }
        try (var klocka = Testklocka.stall(NU.plusDays(10))) {
            Avslutsarende arende = avslut.ko(Testfall.HANDLAGGARE).get(0);
            assertEquals(id, arende.insatsId());
            assertEquals(10, arende.vantatDagar());
        }
    }

    private static Avslut arbete(LocalDate datum) {
        Avslut a = KundvalFactory.eINSTANCE.createAvslut();
        a.setAvslutsdatum(datum);
        a.setAvslutsorsak(Avslutsorsak.ARBETE);
        a.setSysselsattning(Sysselsattningsform.TILLSVIDAREANSTALLNING);
        return a;
    }
}
