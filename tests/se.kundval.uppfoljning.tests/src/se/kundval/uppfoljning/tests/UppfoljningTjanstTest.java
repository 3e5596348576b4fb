package se.kundval.uppfoljning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.UppfoljningService;
import se.kundval.model.Aktivitetstyp;
import se.kundval.model.Anordnare;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Genomforandeplan;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Manadsrapportstatus;
import se.kundval.model.Planaktivitet;
import se.kundval.model.Planmal;
import se.kundval.model.Progressgenomgang;
import se.kundval.model.Progressutfall;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/** Who files, reviews and revises what during an insats (DOMAIN §2, §8). */
class UppfoljningTjanstTest {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;
    private static UppfoljningService uppfoljning;
    private static InsatsService insatser;
    private final Testfall testfall = new Testfall();
    private Insats insats;
    private Inloggning anordnaren;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.uppfoljning", "se.kundval.insatstyp.kundval2024");
        uppfoljning = Tjanster.hamta(UppfoljningService.class);
        insatser = Tjanster.hamta(InsatsService.class);
    }

    @BeforeEach
    void insats() {
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        Anordnare a = testfall.anordnare("Framåt AB", "AMI2", "AMI1");
        anordnaren = Testfall.anordnare(a.getOrgnr());
        insats = testfall.insats(testfall.kund("Sara Lind", LocalDate.of(1988, 2, 2)), a, "AMI2", Testklocka.IDAG.minusMonths(4).withDayOfMonth(3));
    }

    private static Manadsrapport rapport(YearMonth period, int franvaro) {
        Manadsrapport r = F.createManadsrapport();
        r.setPeriod(period);
        r.setAktiviteter("Jobbsök och praktik");
        r.setNarvarodagar(15);
        r.setFranvarodagar(franvaro);
        r.setProgression("Framsteg mot målet");
        return r;
    }

    @Test
    void manadsrapportGodkannsEllerSkickasTillbakaForKomplettering() {
        YearMonth forsta = YearMonth.from(insats.getStartdatum());
        YearMonth andra = forsta.plusMonths(1);
        assertEquals(Manadsrapportstatus.INLAMNAD, uppfoljning.lamnaIn(anordnaren, insats.getId(), rapport(forsta, 0)).getStatus());
        uppfoljning.lamnaIn(anordnaren, insats.getId(), rapport(andra, 2));
        assertEquals(Manadsrapportstatus.GODKAND,
                uppfoljning.granska(Testfall.KARRIARVAGLEDARE, insats.getId(), forsta, true, null).getStatus());
        assertThrows(KundvalException.class, () -> uppfoljning.granska(Testfall.KARRIARVAGLEDARE, insats.getId(), andra, false, ""));
        Manadsrapport tillbaka = uppfoljning.granska(Testfall.KARRIARVAGLEDARE, insats.getId(), andra, false, "Beskriv praktiken");
        assertEquals(Manadsrapportstatus.KOMPLETTERING_BEGARD, tillbaka.getStatus());
        assertEquals("kv1", tillbaka.getGranskadAv());

        Manadsrapport komplettering = rapport(andra, 2);
        komplettering.setAktiviteter("Praktik på lager, 4 dagar i veckan");
        uppfoljning.lamnaIn(anordnaren, insats.getId(), komplettering);
        Insats laddad = insatser.hamta(Testfall.ADMIN, insats.getId());
        assertEquals(2, laddad.getManadsrapporter().size());
        Manadsrapport igen = laddad.getManadsrapporter().stream().filter(r -> r.getPeriod().equals(andra)).findFirst().orElseThrow();
        assertEquals(Manadsrapportstatus.INLAMNAD, igen.getStatus());
        assertEquals("Praktik på lager, 4 dagar i veckan", igen.getAktiviteter());

        KundvalException godkand = assertThrows(KundvalException.class,
                () -> uppfoljning.lamnaIn(anordnaren, insats.getId(), rapport(forsta, 0)));
        assertTrue(godkand.getMessage().contains("godkänd"), godkand.getMessage());
    }

    @Test
    void manadsrapportForEnManadUtanforInsatsenEllerIFramtidenVagras() {
        YearMonth fore = YearMonth.from(insats.getStartdatum()).minusMonths(1);
        assertThrows(KundvalException.class, () -> uppfoljning.lamnaIn(anordnaren, insats.getId(), rapport(fore, 0)));
        // the fixed day is mid-month, so the running month always has days left and cannot be reported yet
        YearMonth pagaende = YearMonth.from(Testklocka.IDAG);
        assertTrue(Testklocka.IDAG.isBefore(pagaende.atEndOfMonth()));
        assertThrows(KundvalException.class, () -> uppfoljning.lamnaIn(anordnaren, insats.getId(), rapport(pagaende, 0)));
        Manadsrapport orimlig = rapport(YearMonth.from(insats.getStartdatum()), 1);
        orimlig.setSjukdagar(3);
        assertThrows(KundvalException.class, () -> uppfoljning.lamnaIn(anordnaren, insats.getId(), orimlig),
                "more sick days than days of absence is refused by the validator");
    }

    @Test
    void rollerOchRackvidd() {
        YearMonth forsta = YearMonth.from(insats.getStartdatum());
        assertThrows(AtkomstNekadException.class, () -> uppfoljning.lamnaIn(Testfall.KARRIARVAGLEDARE, insats.getId(), rapport(forsta, 0)));
        Inloggning annan = Testfall.anordnare(testfall.orgnr());
        assertThrows(AtkomstNekadException.class, () -> uppfoljning.lamnaIn(annan, insats.getId(), rapport(forsta, 0)));
        uppfoljning.lamnaIn(anordnaren, insats.getId(), rapport(forsta, 0));
        assertThrows(AtkomstNekadException.class, () -> uppfoljning.granska(anordnaren, insats.getId(), forsta, true, null));
        assertThrows(AtkomstNekadException.class, () -> uppfoljning.sparaPlan(Testfall.KARRIARVAGLEDARE, insats.getId(), plan("Mål"), null));
    }

    @Test
    void planensRevisionerSparasMedDatum() {
        uppfoljning.sparaPlan(anordnaren, insats.getId(), plan("Anställning inom vården"), null);
        Genomforandeplan forsta = insatser.hamta(Testfall.ADMIN, insats.getId()).getGenomforandeplan();
        assertEquals(Testklocka.IDAG, forsta.getUpprattad());
        assertTrue(forsta.getRevisioner().isEmpty());
        assertThrows(KundvalException.class, () -> uppfoljning.sparaPlan(anordnaren, insats.getId(), plan("Ändrat"), " "));

        uppfoljning.sparaPlan(anordnaren, insats.getId(), plan("Anställning inom äldreomsorgen"), "Målet preciserat efter praktik");
        Genomforandeplan reviderad = insatser.hamta(Testfall.ADMIN, insats.getId()).getGenomforandeplan();
        assertEquals("Anställning inom äldreomsorgen", reviderad.getMal().get(0).getBeskrivning());
        assertEquals(1, reviderad.getMal().size());
        assertEquals(1, reviderad.getRevisioner().size());
        assertEquals(Testklocka.IDAG, reviderad.getRevisioner().get(0).getDatum());
        assertEquals(anordnaren.anvandarnamn(), reviderad.getRevisioner().get(0).getRevideradAv());
    }

    @Test
    void progressgenomgangBaraForTolvmanadersinsats() {
        Progressgenomgang g = F.createProgressgenomgang();
        g.setUtfall(Progressutfall.FORTSATT);
        g.setKommentar("Följer planen");
        uppfoljning.registreraProgress(Testfall.KARRIARVAGLEDARE, insats.getId(), g);
        assertEquals(1, insatser.hamta(Testfall.ADMIN, insats.getId()).getProgressgenomgangar().size());

        Insats kort = testfall.insats(insats.getKund(), insats.getAnordnare(), "AMI1", Testklocka.IDAG.minusMonths(1));
        Progressgenomgang h = F.createProgressgenomgang();
        h.setUtfall(Progressutfall.FORTSATT);
        assertThrows(KundvalException.class, () -> uppfoljning.registreraProgress(Testfall.KARRIARVAGLEDARE, kort.getId(), h));
    }

    @Test
    void effektuppfoljningKraverLyckatAvslut() {
        Effektuppfoljning e = F.createEffektuppfoljning();
        e.setManader(12);
        e.setEgenForsorjning(Boolean.TRUE);
        assertThrows(KundvalException.class, () -> uppfoljning.registreraEffekt(Testfall.KARRIARVAGLEDARE, insats.getId(), e));
        assertFalse(insatser.hamta(Testfall.ADMIN, insats.getId()).getEffektuppfoljningar().iterator().hasNext());
    }

    static Genomforandeplan plan(String mal) {
        Genomforandeplan p = F.createGenomforandeplan();
        Planmal m = F.createPlanmal();
        m.setBeskrivning(mal);
        p.getMal().add(m);
        Planaktivitet a = F.createPlanaktivitet();
        a.setTyp(Aktivitetstyp.PRAKTIK);
        a.setBeskrivning("Praktik");
        a.setPlaneradStart(LocalDate.of(2025, 1, 1));
        a.setPlaneradSlut(LocalDate.of(2025, 2, 1));
        p.getAktiviteter().add(a);
        return p;
    }
}
