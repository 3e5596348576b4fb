package se.kundval.uppfoljning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kundval.core.bevakning.Bevakning;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.bevakning.Bevakningsregister;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Manadsrapportstatus;
import se.kundval.model.regler.Bedomningar;
import se.kundval.testsupport.Tjanster;

/** DOMAIN §8: the deadlines the follow-up and avslut plugins feed the caseload, on fixed days. */
class BevakningarTest {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;
    private static Bevakningsregister register;

    @BeforeAll
    static void register() {
        Tjanster.starta("se.kundval.core", "se.kundval.uppfoljning", "se.kundval.avslut");
        register = Tjanster.hamta(Bevakningsregister.class);
    }

    private static List<Bevakning> bevakningar(Insats insats, LocalDate idag) {
        return bevakningar(insats, idag, Bevakningsgranser.standard());
    }

    private static List<Bevakning> bevakningar(Insats insats, LocalDate idag, Bevakningsgranser granser) {
        return register.kallor().stream().flatMap(k -> k.bevakningar(insats, idag, granser).stream()).toList();
    }

    private static List<Bevakning> avTyp(List<Bevakning> alla, String typ) {
        return alla.stream().filter(b -> b.typ().equals(typ)).toList();
    }

    private static Insats insats(LocalDate start, int manader) {
        Insats i = F.createInsats();
        i.setId(42L);
        i.setStartdatum(start);
        i.setLangdManader(manader);
        i.setStatus(InsatsStatus.PAGAENDE);
        return i;
    }

    private static Manadsrapport rapport(YearMonth period, Manadsrapportstatus status) {
        Manadsrapport r = F.createManadsrapport();
        r.setPeriod(period);
        r.setStatus(status);
        r.setInlamnad(period.plusMonths(1).atDay(5));
        return r;
    }

    @Test
    void allaKallorArRegistrerade() {
        assertTrue(register.kallor().size() >= 6, "uppföljning contributes five sources, avslut one");
    }

    @Test
    void genomforandeplanSenast30DagarEfterStart() {
        Insats i = insats(LocalDate.of(2025, 1, 15), 3);
        Bevakning plan = avTyp(bevakningar(i, LocalDate.of(2025, 2, 20)), "GENOMFORANDEPLAN").get(0);
        assertEquals(LocalDate.of(2025, 2, 14), plan.forfaller());
        assertEquals(Bevakning.Niva.FORSENAD, plan.niva());
        assertEquals(Bevakning.Niva.PAMINNELSE, avTyp(bevakningar(i, LocalDate.of(2025, 2, 1)), "GENOMFORANDEPLAN").get(0).niva());
        i.setGenomforandeplan(F.createGenomforandeplan());
        assertTrue(avTyp(bevakningar(i, LocalDate.of(2025, 2, 20)), "GENOMFORANDEPLAN").isEmpty());
    }

    @Test
    void manadsrapportForMSenastDen10iM1() {
        Insats i = insats(LocalDate.of(2025, 1, 15), 12);
        List<Bevakning> saknas = avTyp(bevakningar(i, LocalDate.of(2025, 3, 12)), "MANADSRAPPORT");
        assertEquals(List.of(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 10)), saknas.stream().map(Bevakning::forfaller).toList());
        assertTrue(saknas.stream().allMatch(b -> b.niva() == Bevakning.Niva.FORSENAD));
        i.getManadsrapporter().add(rapport(YearMonth.of(2025, 1), Manadsrapportstatus.GODKAND));
        i.getManadsrapporter().add(rapport(YearMonth.of(2025, 2), Manadsrapportstatus.KOMPLETTERING_BEGARD));
        List<Bevakning> alla = bevakningar(i, LocalDate.of(2025, 3, 12));
        assertTrue(avTyp(alla, "MANADSRAPPORT").isEmpty());
        assertEquals(1, avTyp(alla, "MANADSRAPPORT_KOMPLETTERING").size());
        Bevakningsgranser den15 = new Bevakningsgranser(Map.of("manadsrapportDag", 15));
        i.getManadsrapporter().clear();
        assertEquals(Bevakning.Niva.PAMINNELSE,
                avTyp(bevakningar(i, LocalDate.of(2025, 3, 12), den15), "MANADSRAPPORT").get(1).niva());
    }

    @Test
    void manadsrapportSomVantarPaGranskningForfallerOchBlirForsenad() {
        Insats i = insats(LocalDate.of(2024, 5, 1), 12);
        Manadsrapport juni = rapport(YearMonth.of(2024, 6), Manadsrapportstatus.INLAMNAD);
        juni.setInlamnad(LocalDate.of(2024, 7, 8));
        i.getManadsrapporter().add(juni);
        Bevakning tidigt = avTyp(bevakningar(i, LocalDate.of(2024, 7, 15)), "MANADSRAPPORT_GRANSKA").get(0);
        assertEquals(LocalDate.of(2024, 7, 18), tidigt.forfaller(), "reviewed within 10 days of its submission");
        assertEquals(Bevakning.Niva.PAMINNELSE, tidigt.niva());
        Bevakning sent = avTyp(bevakningar(i, LocalDate.of(2026, 11, 18)), "MANADSRAPPORT_GRANSKA").get(0);
        assertEquals(Bevakning.Niva.FORSENAD, sent.niva(), "waiting since 2024-07-08");
        assertTrue(sent.text().contains("2024-07-08"), sent.text());
        Bevakningsgranser tjugo = new Bevakningsgranser(Map.of("granskning", 20));
        assertEquals(LocalDate.of(2024, 7, 28),
                avTyp(bevakningar(i, LocalDate.of(2024, 7, 15), tjugo), "MANADSRAPPORT_GRANSKA").get(0).forfaller());
    }

    @Test
    void sjukFranDag8UtanLakarintygGerTrepartssamtal() {
        Insats i = insats(LocalDate.of(2025, 1, 1), 12);
        Manadsrapport sju = rapport(YearMonth.of(2025, 1), Manadsrapportstatus.GODKAND);
        sju.setFranvarodagar(9);
        sju.setSjukdagar(9);
        sju.setSjukdagarMedLakarintyg(2);
        i.getManadsrapporter().add(sju);
        assertTrue(avTyp(bevakningar(i, LocalDate.of(2025, 2, 20)), "TREPARTSSAMTAL_SJUK").isEmpty(), "7 days without certificate");
        sju.setSjukdagarMedLakarintyg(1);
        assertEquals(1, avTyp(bevakningar(i, LocalDate.of(2025, 2, 20)), "TREPARTSSAMTAL_SJUK").size());
    }

    @Test
    void franvaroTvaManaderIRadGerTrepartssamtal() {
        Insats i = insats(LocalDate.of(2025, 1, 1), 12);
        Manadsrapport jan = rapport(YearMonth.of(2025, 1), Manadsrapportstatus.GODKAND);
        jan.setFranvarodagar(2);
        Manadsrapport mar = rapport(YearMonth.of(2025, 3), Manadsrapportstatus.GODKAND);
        mar.setFranvarodagar(1);
        i.getManadsrapporter().add(jan);
        i.getManadsrapporter().add(mar);
        Manadsrapport feb = rapport(YearMonth.of(2025, 2), Manadsrapportstatus.GODKAND);
        i.getManadsrapporter().add(feb);
        assertTrue(avTyp(bevakningar(i, LocalDate.of(2025, 4, 20)), "TREPARTSSAMTAL_FRANVARO").isEmpty(), "no absence in February");
        feb.setFranvarodagar(3);
        assertEquals(2, avTyp(bevakningar(i, LocalDate.of(2025, 4, 20)), "TREPARTSSAMTAL_FRANVARO").size());
    }

    @Test
    void avstamningVidManad6OchInsatsSomSlutarInom30Dagar() {
        Insats i = insats(LocalDate.of(2025, 1, 15), 12);
        Bevakning progress = avTyp(bevakningar(i, LocalDate.of(2025, 7, 1)), "PROGRESSGENOMGANG").get(0);
        assertEquals(LocalDate.of(2025, 7, 14), progress.forfaller());
        i.getProgressgenomgangar().add(F.createProgressgenomgang());
        assertTrue(avTyp(bevakningar(i, LocalDate.of(2025, 7, 1)), "PROGRESSGENOMGANG").isEmpty());
        assertTrue(avTyp(bevakningar(insats(LocalDate.of(2025, 1, 15), 3), LocalDate.of(2025, 3, 1)), "PROGRESSGENOMGANG").isEmpty());

        Insats kort = insats(LocalDate.of(2025, 1, 15), 3);
        assertTrue(avTyp(bevakningar(kort, LocalDate.of(2025, 3, 14)), "INSATSEN_SLUTAR").isEmpty(), "31 days left");
        assertEquals(LocalDate.of(2025, 4, 14), avTyp(bevakningar(kort, LocalDate.of(2025, 3, 15)), "INSATSEN_SLUTAR").get(0).forfaller());
    }

    @Test
    void efterAvslutetSexmanadersOchEffektuppfoljning() {
        Insats i = insats(LocalDate.of(2024, 1, 10), 12);
        i.setStatus(InsatsStatus.AVSLUTAD);
        Avslut a = F.createAvslut();
        a.setAvslutsdatum(LocalDate.of(2024, 6, 30));
        a.setAvslutsorsak(Avslutsorsak.ARBETE);
        a.setRapporteradDatum(LocalDate.of(2024, 7, 1));
        i.setAvslut(a);
        List<Bevakning> vantar = avTyp(bevakningar(i, LocalDate.of(2024, 7, 21)), "AVSLUT_VANTAR_PA_BEDOMNING");
        assertEquals(1, vantar.size());
        assertTrue(vantar.get(0).text().contains("20"), vantar.get(0).text());
        assertEquals(Bevakning.Niva.FORSENAD, vantar.get(0).niva(), "older than the 14-day default");

        Bedomningar.ny(a, true, true, "Tillsvidare", "hl1", LocalDateTime.of(2024, 7, 22, 10, 0));
        assertTrue(avTyp(bevakningar(i, LocalDate.of(2024, 7, 23)), "AVSLUT_VANTAR_PA_BEDOMNING").isEmpty());
        assertEquals(LocalDate.of(2024, 12, 30), avTyp(bevakningar(i, LocalDate.of(2024, 12, 1)), "SEXMANADERSUPPFOLJNING").get(0).forfaller());
        assertTrue(avTyp(bevakningar(i, LocalDate.of(2024, 11, 1)), "SEXMANADERSUPPFOLJNING").isEmpty(), "not yet within 30 days");
        List<Bevakning> effekt = avTyp(bevakningar(i, LocalDate.of(2026, 7, 1)), "EFFEKTUPPFOLJNING");
        assertEquals(List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2026, 6, 30)), effekt.stream().map(Bevakning::forfaller).toList());
    }

    @Test
    void progressgenomgangStoppasAvAvslut() {
        Insats i = insats(LocalDate.of(2025, 1, 15), 12);
        i.setStatus(InsatsStatus.AVSLUTAD);
        assertTrue(avTyp(bevakningar(i, LocalDate.of(2025, 7, 1)), "PROGRESSGENOMGANG").isEmpty());
    }
}
