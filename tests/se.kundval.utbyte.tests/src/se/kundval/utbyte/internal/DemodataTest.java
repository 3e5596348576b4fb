package se.kundval.utbyte.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.utbyte.internal.Databasinnehall.ADMIN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.demo.Demodata;
import se.kundval.demo.Demouppfoljning;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Kund;
import se.kundval.model.regler.Bedomningar;
import se.kundval.model.regler.Personnummer;
import se.kundval.testsupport.Exportinnehall;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/** The demo data: the same every time, and realistic in every respect the brief names; imported through the import. */
class DemodataTest {

    private static final LocalDate IDAG = LocalDate.of(2025, 11, 20);
    private static final LocalDate JOBBPENG_SLUT = LocalDate.of(2024, 6, 30);

    private static UtbytesService utbyte;
    private static Databas databas;
    private static ReferensdataService referensdata;
    private static Exportlager export;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte");
        utbyte = Tjanster.hamta(UtbytesService.class);
        databas = Tjanster.hamta(Databas.class);
        referensdata = Tjanster.hamta(ReferensdataService.class);
        export = Tjanster.hamta(Exportlager.class);
    }

    private static Path generera() throws IOException {
        Path katalog = Files.createTempDirectory("kundval-demo");
        new Demodata(Demodata.FRO, Demodata.KUNDER, Demodata.INSATSER, IDAG).skriv(katalog, referensdata.insatstyper(),
                referensdata.priser());
        return katalog;
    }

    @Test
    void sammaFroGerSammaFiler() throws IOException {
        databas.anslut(Testdatabas.H2.ny());
        Path a = generera();
        Path b = generera();
        for (Karnfil fil : Karnfil.values()) {
            assertArrayEquals(Files.readAllBytes(a.resolve(fil.filnamn())), Files.readAllBytes(b.resolve(fil.filnamn())),
                    fil.filnamn());
        }
    }

    @Test
    void demodatanArRealistiskOchGarAttImportera() throws IOException {
        databas.anslut(Testdatabas.H2.ny());
        int priser = referensdata.priser().size();
        utbyte.importera(ADMIN, generera());
        Exportinnehall allt = Exportinnehall.av(export, ADMIN);
        assertTrue(allt.kunder().size() >= 500);
        assertTrue(allt.anordnare().size() >= 10);
        assertTrue(allt.insatser().size() >= 1_000);
        Set<Integer> ankomstar = allt.insatser().stream().map(i -> i.getStartdatum().getYear()).collect(Collectors.toSet());
        assertTrue(ankomstar.containsAll(Set.of(2019, 2020, 2021, 2022, 2023, 2024, 2025)), ankomstar.toString());
        assertTrue(allt.kunder().stream().map(Kund::getKommun).filter("Nacka"::equals).count() > allt.kunder().size() * 0.9);
        assertTrue(allt.kunder().stream().anyMatch(k -> Personnummer.arSamordningsnummer(k.getPersonnummer())));
        assertTrue(allt.kunder().stream().map(Kund::getSprak).distinct().count() >= 8);
        assertTrue(allt.kunder().stream().map(Kund::getUtbildningsniva).distinct().count() >= 6);
        for (Insats i : allt.insatser()) {
            String kundval = i.getInsatstyp().getKundval().getKod();
            if (kundval.equals("JOBBPENG")) {
                assertTrue(!i.getStartdatum().isAfter(JOBBPENG_SLUT), i.getInsatsId());
            } else if (!kundval.equals("SAMHALLSORIENTERING")) {
                assertTrue(!i.getStartdatum().isBefore(LocalDate.of(2024, 1, 1)), i.getInsatsId());
            }
        }
        assertTrue(allt.insatser().stream().filter(i -> i.getInsatstyp().getKod().equals("SAMHALLSORIENTERING"))
                .filter(i -> i.getTypdata() != null).count() >= 10, "samhällsorientering courses with their course data");
        List<Avslut> avslut = allt.insatser().stream().map(Insats::getAvslut).filter(a -> a != null).toList();
        assertEquals(EnumSet.allOf(Avslutsorsak.class), avslut.stream().map(Avslut::getAvslutsorsak)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Avslutsorsak.class))));
        assertTrue(avslut.stream().anyMatch(a -> a.getBedomningar().isEmpty()), "some avslut wait for a judgement");
        assertTrue(avslut.stream().anyMatch(a -> !a.getBedomningar().isEmpty() && a.getBedomningar().get(0).isBonusgrundande()));
        assertTrue(avslut.stream().anyMatch(a -> !a.getBedomningar().isEmpty() && a.getBedomningar().get(0).isLyckat()
                && !a.getBedomningar().get(0).isBonusgrundande()));
        assertTrue(allt.insatser().stream().mapToInt(i -> i.getManadsrapporter().size()).sum() > allt.insatser().size());
        Map<String, Set<String>> respondenter = new HashMap<>();
        allt.enkatsvar().forEach(e -> respondenter.computeIfAbsent(e.getAnordnare().getOrgnr() + e.getAr(), k -> new java.util.HashSet<>())
                .add(e.getRespondent()));
        assertTrue(respondenter.values().stream().anyMatch(r -> r.size() < 5), "some anordnare have fewer than 5 respondents");
        assertTrue(respondenter.values().stream().anyMatch(r -> r.size() >= 5));
        assertEquals(priser, allt.priser().size(), "the demo's files change no price in force (decision 0221)");
    }

    @Test
    void planerOchUppfoljningarArGjordaUtomDenSenasteManadens() throws IOException {
        databas.anslut(Testdatabas.H2.ny());
        utbyte.importera(ADMIN, generera());
        InsatsService insatser = Tjanster.hamta(InsatsService.class);
        assertTrue(Demouppfoljning.registrera(insatser, ADMIN, Demodata.FRO, IDAG) > 0);
        LocalDate gjordaFore = IDAG.minusMonths(1);
        int lyckade = 0;
        int planerade = 0;
        for (Insats insats : insatser.arbetslista(ADMIN, 25)) {
            if (insats.getStatus() != InsatsStatus.AVSLUTAD && insats.getStartdatum().isBefore(gjordaFore)) {
                assertFalse(insats.getGenomforandeplan() == null || insats.getGenomforandeplan().getMal().isEmpty(),
                        insats.getInsatsId() + " has its plan");
                planerade++;
            }
            if (insats.getAvslut() == null
                    || !Bedomningar.aktuell(insats.getAvslut()).map(Avslutsbedomning::isLyckat).orElse(false)) {
                assertTrue(insats.getEffektuppfoljningar().isEmpty(), insats.getInsatsId());
                continue;
            }
            lyckade++;
            for (int manader : new int[] {6, 12, 24}) {
                boolean forfallen = insats.getAvslut().getAvslutsdatum().plusMonths(manader).isBefore(gjordaFore);
                assertEquals(forfallen, insats.getEffektuppfoljningar().stream().anyMatch(e -> e.getManader() == manader),
                        insats.getInsatsId() + " " + manader);
            }
        }
        assertTrue(lyckade > 0 && planerade > 0);
        assertEquals(0, Demouppfoljning.registrera(insatser, ADMIN, Demodata.FRO, IDAG), "nothing left to add");
    }
}
