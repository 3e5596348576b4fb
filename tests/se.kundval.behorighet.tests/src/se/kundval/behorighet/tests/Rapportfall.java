package se.kundval.behorighet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.kundval.behorighet.tests.Fall.filtreras;
import static se.kundval.behorighet.tests.Fall.nekas;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import se.kundval.core.ersattning.BudgetService;
import se.kundval.core.ersattning.Budgetrad;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Ersattningsfakta;
import se.kundval.core.ersattning.ErsattningsfaktaService;
import se.kundval.core.rapport.Figur;
import se.kundval.core.rapport.JamforelseService;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.tjanst.Importlager;
import se.kundval.core.tjanst.InsatsstatistikService;
import se.kundval.core.tjanst.KvalitetService;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Omrade;
import se.kundval.model.Tillsyn;
import se.kundval.testsupport.Exportinnehall;
import se.kundval.testsupport.Testklocka;

/**
 * The cases of the services that work on many kunder at once: statistics, reports, compensation,
 * quality follow-up and interchange files. None of them is for an anordnare (every row of B's
 * would be in the answer), so each is refused outright, except the compensation facts, which an
 * anordnare reads limited to its own organisation for its portal page.
 */
final class Rapportfall {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;

    private Rapportfall() {
    }

    static List<Fall> alla() {
        int ar = Testklocka.IDAG.getYear();
        return List.of(
                nekas("KvalitetService.enkatsvar(Inloggning, int)", "enkätsvar", v -> v.somA(KvalitetService.class).enkatsvar(v.a, ar)),
                nekas("KvalitetService.enkatutskick(Inloggning, int)", "utskick", v -> v.somA(KvalitetService.class).enkatutskick(v.a, ar)),
                nekas("KvalitetService.sparaEnkatsvar(Inloggning, List)", "svar åt B",
                        v -> { v.somA(KvalitetService.class).sparaEnkatsvar(v.a, List.of(svar(v))); return null; }),
                nekas("KvalitetService.sparaEnkatutskick(Inloggning, Enkatutskick)", "utskick åt B", v -> {
                    Enkatutskick utskick = F.createEnkatutskick();
                    utskick.setAnordnare(v.anordnareB);
                    utskick.setAr(ar);
                    utskick.setAntal(10);
                    return v.somA(KvalitetService.class).sparaEnkatutskick(v.a, utskick);
                }),
                nekas("KvalitetService.tillsyn(Inloggning, int)", "alla tillsyner", v -> v.somA(KvalitetService.class).tillsyn(v.a, ar)),
                nekas("KvalitetService.tillsyn(Inloggning, String, int)", "B:s tillsyn",
                        v -> v.somA(KvalitetService.class).tillsyn(v.a, v.anordnareB.getOrgnr(), ar)),
                nekas("KvalitetService.sparaTillsyn(Inloggning, Tillsyn)", "tillsyn av B", v -> {
                    Tillsyn tillsyn = F.createTillsyn();
                    tillsyn.setAnordnare(v.anordnareB);
                    tillsyn.setAr(ar);
                    return v.somA(KvalitetService.class).sparaTillsyn(v.a, tillsyn);
                }),
                nekas("InsatsstatistikService.insatserUnder(Inloggning, LocalDate, LocalDate, Consumer)", "alla insatser",
                        v -> { v.somA(InsatsstatistikService.class).insatserUnder(v.a, Testklocka.IDAG.minusYears(1), Testklocka.IDAG, f -> { }); return null; }),
                nekas("InsatsstatistikService.typdata(Inloggning, Collection)", "B:s typdata",
                        v -> v.somA(InsatsstatistikService.class).typdata(v.a, List.of(v.insatsB.getId()))),
                nekas("InsatsstatistikService.aktivaUnder(Inloggning, LocalDate, LocalDate, Set)", "aktiva AMI2",
                        v -> v.somA(InsatsstatistikService.class).aktivaUnder(v.a, Testklocka.IDAG.minusYears(1), Testklocka.IDAG, Set.of("AMI2"))),
                nekas("InsatsstatistikService.uppgifter(Inloggning, Collection)", "B:s insats i en lista",
                        v -> v.somA(InsatsstatistikService.class).uppgifter(v.a, List.of(v.insatsB.getId()))),
                nekas("Exportlager.lasAllt(Inloggning, Mottagare)", "alla kunder och insatser",
                        v -> Exportinnehall.av(v.somA(Exportlager.class), v.a)),
                nekas("Importlager.befintligt(Inloggning, Nycklar)", "finns B:s kund?",
                        v -> v.somA(Importlager.class).befintligt(v.a, new Importlager.Nycklar(Set.of(),
                                Set.of(v.kundB.getKundId()), Set.of(), Set.of(v.insatsB.getInsatsId())))),
                nekas("Importlager.skriv(Inloggning, Innehall, Rapportkalla)", "B:s kund omskriven", v -> {
                    var kund = v.andrasKund();
                    kund.setNamn("Importerad av A");
                    v.somA(Importlager.class).skriv(v.a, new Importlager.Innehall(List.of(), List.of(), List.of(kund),
                            List.of(), List.of(), List.of(), List.of()), m -> { });
                    return null;
                }),
                nekas("ErsattningService.underlag(Inloggning, YearMonth)", "utbetalningsunderlag med B:s rader",
                        v -> v.somA(ErsattningService.class).underlag(v.a, YearMonth.from(Testklocka.IDAG))),
                nekas("ErsattningService.prissattning(Inloggning, YearMonth, YearMonth, BiConsumer)",
                        "periodens prissättning, B:s rader med", v -> {
                            v.somA(ErsattningService.class).prissattning(v.a, YearMonth.from(Testklocka.IDAG),
                                    YearMonth.from(Testklocka.IDAG), (manad, rad) -> { });
                            return null;
                        }),
                nekas("InsatsstatistikService.insatserMedErsattning(Inloggning, LocalDate, LocalDate, Consumer, Consumer)",
                        "alla insatser med ersättningens fakta", v -> {
                            v.somA(InsatsstatistikService.class).insatserMedErsattning(v.a, Testklocka.IDAG.minusYears(1),
                                    Testklocka.IDAG, f -> { }, e -> { });
                            return null;
                        }),
                nekas("ErsattningService.rader(Inloggning, YearMonth, YearMonth, BiConsumer)", "periodens rader, B:s med", v -> {
                    v.somA(ErsattningService.class).rader(v.a, YearMonth.from(Testklocka.IDAG), YearMonth.from(Testklocka.IDAG),
                            (manad, rad) -> { });
                    return null;
                }),
                filtreras("ErsattningsfaktaService.insatserUnder(Inloggning, LocalDate, LocalDate, Consumer)",
                        "ersättningens fakta om årets insatser: bara A:s egna (portalens underlag, beslut 0375)", v -> {
                            List<Ersattningsfakta> fakta = new ArrayList<>();
                            v.somA(ErsattningsfaktaService.class).insatserUnder(v.a, Testklocka.IDAG.minusYears(1), Testklocka.IDAG,
                                    fakta::add);
                            return fakta;
                        }),
                nekas("BudgetService.prognos(Inloggning, Path)", "budget från fil",
                        v -> v.somA(BudgetService.class).prognos(v.a, v.katalog.resolve("plan.csv"))),
                nekas("BudgetService.prognos(Inloggning, List)", "budget", v -> v.somA(BudgetService.class).prognos(v.a,
                        List.of(new Budgetrad("test", "AMI1", 1, ar, BigDecimal.ZERO)))),
                nekas("RapportService.kvalitetsrapport(Inloggning, Rapportperiod)", "kvalitetsrapport",
                        v -> v.somA(RapportService.class).kvalitetsrapport(v.a, Rapportperiod.ar(ar))),
                nekas("RapportService.insatserBakom(Inloggning, Rapportperiod, Figur)", "insatserna bakom totalen",
                        v -> v.somA(RapportService.class).insatserBakom(v.a, Rapportperiod.ar(ar), Figur.totalt(Figur.Matt.INSATSER))),
                nekas("JamforelseService.justeradeKvoter(Inloggning, LocalDate, LocalDate, String)", "justerad kvot för alla anordnare",
                        v -> v.somA(JamforelseService.class).justeradeKvoter(v.a, Rapportperiod.ar(ar).fran(),
                                Rapportperiod.ar(ar).till(), "AMI1")),
                nekas("UtbytesService.importera(Inloggning, Path)", "import",
                        v -> v.somA(UtbytesService.class).importera(v.a, v.katalog)),
                nekas("UtbytesService.importeraKundundersokning(Inloggning, Path)", "import av enkät",
                        v -> v.somA(UtbytesService.class).importeraKundundersokning(v.a, v.katalog)),
                nekas("UtbytesService.exportera(Inloggning, Path)", "export av allt", v -> {
                    Path ut = Files.createDirectories(v.katalog.resolve("export"));
                    try {
                        return v.somA(UtbytesService.class).exportera(v.a, ut);
                    } finally {
                        assertEquals(0, antalFiler(ut), "a refused export writes no file");
                    }
                }));
    }

    private static Enkatsvar svar(TvaAnordnare v) {
        Enkatsvar svar = F.createEnkatsvar();
        svar.setAnordnare(v.anordnareB);
        svar.setAr(Testklocka.IDAG.getYear());
        svar.setRespondent("r1");
        svar.setFraga("f1");
        svar.setOmrade(Omrade.VARDEGRUND);
        svar.setSvar(1);
        return svar;
    }

    private static long antalFiler(Path katalog) throws IOException {
        try (Stream<Path> filer = Files.list(katalog)) {
            return filer.count();
        }
    }
}
