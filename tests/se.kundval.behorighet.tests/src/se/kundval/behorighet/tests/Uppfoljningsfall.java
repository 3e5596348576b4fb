package se.kundval.behorighet.tests;

import static se.kundval.behorighet.tests.Fall.nekas;
import static se.kundval.behorighet.tests.Fall.oppen;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import se.kundval.core.tjanst.BevakningsgransService;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.Beviljande;
import se.kundval.core.tjanst.BeviljandeService;
import se.kundval.core.tjanst.UppfoljningService;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Genomforandeplan;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Progressgenomgang;
import se.kundval.model.Progressutfall;
import se.kundval.testsupport.Testklocka;

/**
 * The cases of the services that work on one insats (follow-up, avslut, beviljande). Each aims at
 * B's insats or kund with input the service would otherwise accept, so that only the reach check
 * can refuse it: the anordnare's own reports are refused because the insats is B's, a handläggare's
 * steps because the anordnare lacks the right as well.
 */
final class Uppfoljningsfall {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;

    private Uppfoljningsfall() {
    }

    static List<Fall> alla() {
        return List.of(
                nekas("UppfoljningService.sparaPlan(Inloggning, long, Genomforandeplan, String)", "plan för B:s insats",
                        v -> v.somA(UppfoljningService.class).sparaPlan(v.a, v.insatsB.getId(), plan(), "A:s plan")),
                nekas("UppfoljningService.lamnaIn(Inloggning, long, Manadsrapport)", "månadsrapport för B:s insats",
                        v -> v.somA(UppfoljningService.class).lamnaIn(v.a, v.insatsB.getId(), manadsrapport())),
                nekas("UppfoljningService.granska(Inloggning, long, YearMonth, boolean, String)", "granska B:s rapport",
                        v -> v.somA(UppfoljningService.class).granska(v.a, v.insatsB.getId(), YearMonth.from(Testklocka.IDAG), true, "ok")),
                nekas("UppfoljningService.bedomUnderlag(Inloggning, long, boolean, String)", "bedöma B:s underlag",
                        v -> v.somA(UppfoljningService.class).bedomUnderlag(v.a, v.insatsB.getId(), true, "ok")),
                nekas("UppfoljningService.registreraProgress(Inloggning, long, Progressgenomgang)", "progress för B:s insats",
                        v -> v.somA(UppfoljningService.class).registreraProgress(v.a, v.insatsB.getId(), progress())),
                nekas("UppfoljningService.registreraEffekt(Inloggning, long, Effektuppfoljning)", "effekt för B:s kund",
                        v -> v.somA(UppfoljningService.class).registreraEffekt(v.a, v.insatsB.getId(), effekt())),
                nekas("AvslutService.rapportera(Inloggning, long, Avslut)", "avslut av B:s insats",
                        v -> v.somA(AvslutService.class).rapportera(v.a, v.insatsB.getId(), TvaAnordnare.arbete(Testklocka.IDAG.minusDays(1)))),
                nekas("AvslutService.ko(Inloggning)", "bedömningskön (B:s avslut väntar)", v -> v.somA(AvslutService.class).ko(v.a)),
                nekas("AvslutService.stod(Inloggning, long)", "bedömningsstöd för B:s avslut",
                        v -> v.somA(AvslutService.class).stod(v.a, v.insatsB.getId())),
                nekas("AvslutService.bedom(Inloggning, long, boolean, boolean, String)", "bedöma B:s avslut",
                        v -> v.somA(AvslutService.class).bedom(v.a, v.insatsB.getId(), false, false, "A bedömer")),
                nekas("BeviljandeService.typerGiltigaPa(Inloggning, LocalDate)", "beviljande är handläggarens",
                        v -> v.somA(BeviljandeService.class).typerGiltigaPa(v.a, Testklocka.IDAG)),
                nekas("BeviljandeService.prova(Inloggning, long, String, LocalDate, LocalDate)", "pröva B:s kund",
                        v -> v.somA(BeviljandeService.class).prova(v.a, v.kundB.getId(), "AMI1", Testklocka.IDAG, Testklocka.IDAG.plusDays(7))),
                nekas("BeviljandeService.anordnare(Inloggning, String, LocalDate)", "anordnarval med B:s resultat",
                        v -> v.somA(BeviljandeService.class).anordnare(v.a, "AMI1", Testklocka.IDAG)),
                nekas("BeviljandeService.bevilja(Inloggning, Beviljande)", "bevilja B:s kund en insats hos A",
                        v -> v.somA(BeviljandeService.class).bevilja(v.a, new Beviljande(v.kundB.getId(), "AMI1", v.anordnareA.getOrgnr(),
                                Testklocka.IDAG, Testklocka.IDAG.plusDays(7), "A beviljar", Map.of()))),
                nekas("BeviljandeService.forlang(Inloggning, long, int, LocalDate, String, String)", "förlänga B:s insats",
                        v -> v.somA(BeviljandeService.class).forlang(v.a, v.insatsB.getId(), 3, Testklocka.IDAG, "A förlänger", null)),
                oppen("BevakningsgransService.granser(Inloggning)", "fristernas gränser är desamma för alla i kundvalet",
                        v -> v.somA(BevakningsgransService.class).granser(v.a)),
                nekas("BevakningsgransService.spara(Inloggning, Map)", "ändra fristernas gränser för alla",
                        v -> v.somA(BevakningsgransService.class).spara(v.a, Map.of("framforhallning", 5))));
    }

    private static Genomforandeplan plan() {
        Genomforandeplan plan = F.createGenomforandeplan();
        plan.setUpprattad(Testklocka.IDAG);
        return plan;
    }

    private static Manadsrapport manadsrapport() {
        Manadsrapport rapport = F.createManadsrapport();
        rapport.setPeriod(YearMonth.from(Testklocka.IDAG.minusMonths(1)));
        return rapport;
    }

    private static Progressgenomgang progress() {
        Progressgenomgang genomgang = F.createProgressgenomgang();
        genomgang.setUtfall(Progressutfall.FORTSATT);
        return genomgang;
    }

    private static Effektuppfoljning effekt() {
        Effektuppfoljning effekt = F.createEffektuppfoljning();
        effekt.setManader(6);
        effekt.setEgenForsorjning(true);
        return effekt;
    }
}
