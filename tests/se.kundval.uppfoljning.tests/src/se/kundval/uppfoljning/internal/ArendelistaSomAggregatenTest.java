package se.kundval.uppfoljning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.atkomst.Atkomstpost;
import se.kundval.core.atkomst.Loggfraga;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.bevakning.Bevakningsregister;
import se.kundval.core.tjanst.ArendelistaService;
import se.kundval.core.tjanst.Arenderad;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.demo.Demoinlasning;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The caseload from the read made for its deadlines (docs/decisions/0475) is the caseload the whole
 * aggregates gave: on the demo database, for a user of every role, the same rows in the same order,
 * the same bevakningar, the same masked names, and the same access-log entries, one per kund.
 */
class ArendelistaSomAggregatenTest {

    private static final Inloggning GRANSKARE = new Inloggning("granskare", "Gustav", Roll.LOGGRANSKARE, null);

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void sammaRaderBevakningarOchLoggposterSomUrHelaAggregaten(Testdatabas databas) {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte", "se.kundval.uppfoljning",
                "se.kundval.avslut");
        Tjanster.hamta(Databas.class).anslut(databas.ny());
        Demoinlasning demo = Demoinlasning.las(Tjanster::hamta, Testfall.ADMIN, Testklocka.IDAG);
        ArendelistaService smal = Tjanster.hamta(ArendelistaService.class);
        ArendelistaTjanst hela = new ArendelistaTjanst();
        hela.setInsatsService(medHelaAggregaten(Tjanster.hamta(InsatsService.class)));
        hela.setBevakningsregister(Tjanster.hamta(Bevakningsregister.class));
        hela.setClock(Tjanster.hamta(Clock.class));
        Bevakningsgranser granser = Bevakningsgranser.standard();
        // a kund of the caseload with a protected identity, so that the masking is compared too
        Arenderad skyddad = smal.arenden(Testfall.KARRIARVAGLEDARE, granser).get(0);
        Tjanster.hamta(KundService.class).markeraSkyddad(Testfall.KARRIARVAGLEDARE, skyddad.kundId(), true);
        for (Inloggning vem : List.of(Testfall.KARRIARVAGLEDARE, Testfall.HANDLAGGARE, Testfall.ADMIN,
                Testfall.anordnare(demo.anordnare().get(0)))) {
            String roll = vem.roll().getName();
            Loggat<List<Arenderad>> vantat = loggat(() -> hela.arenden(vem, granser));
            Loggat<List<Arenderad>> fatt = loggat(() -> smal.arenden(vem, granser));
            assertFalse(vantat.svar().isEmpty(), roll);
            assertTrue(vantat.svar().stream().anyMatch(r -> !r.bevakningar().isEmpty()), roll + " has no deadline to compare");
            assertEquals(vantat.svar(), fatt.svar(), roll);
            // one entry per kund read, also for a kund left out because nothing of hers is running or due
            List<Object> lasta = vantat.poster().stream().map(p -> p.get(2)).toList();
            assertEquals(Set.copyOf(lasta).size(), lasta.size(), roll + ": one entry per kund");
            assertTrue(lasta.containsAll(vantat.svar().stream().map(Arenderad::kund).toList()), roll);
            assertEquals(vantat.poster(), fatt.poster(), roll);
        }
        assertTrue(smal.arenden(Testfall.ADMIN, granser).stream().anyMatch(r -> "Skyddad".equals(r.namn())), "masked for the administrator");
        assertTrue(smal.arenden(Testfall.KARRIARVAGLEDARE, granser).contains(skyddad), "shown to her karriärvägledare");
    }

    /** A call's answer and the access-log entries it wrote, without their ids and times. */
    private record Loggat<T>(T svar, List<List<Object>> poster) {
    }

    private static <T> Loggat<T> loggat(Supplier<T> anrop) {
        AtkomstloggService logg = Tjanster.hamta(AtkomstloggService.class);
        Loggfraga fraga = Loggfraga.period(Testklocka.IDAG.minusYears(1), Testklocka.IDAG.plusYears(1));
        int fore = logg.sok(GRANSKARE, fraga).size();
        T svar = anrop.get();
        List<Atkomstpost> poster = logg.sok(GRANSKARE, fraga);
        return new Loggat<>(svar, poster.subList(fore, poster.size()).stream().map(p -> List.<Object>of(p.anvandare(), p.roll(),
                p.kundId(), p.handling(), p.plats(), p.iLista(), p.skyddad(), p.utanforAnsvar())).toList());
    }

    /** The service as it was before: the caseload's read gives the whole aggregates of {@code arbetslista}. */
    private static InsatsService medHelaAggregaten(InsatsService tjanst) {
        return (InsatsService) Proxy.newProxyInstance(InsatsService.class.getClassLoader(), new Class<?>[] {InsatsService.class},
                (proxy, metod, argument) -> {
                    Method anropad = "arbetslistaForBevakningar".equals(metod.getName())
                            ? InsatsService.class.getMethod("arbetslista", Inloggning.class, int.class) : metod;
                    return anropad.invoke(tjanst, argument);
                });
    }
}
