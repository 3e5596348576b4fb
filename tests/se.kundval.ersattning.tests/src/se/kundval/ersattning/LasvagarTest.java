package se.kundval.ersattning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Ersattningsfakta;
import se.kundval.core.ersattning.ErsattningsfaktaService;
import se.kundval.core.ersattning.Radtyp;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.ersattning.Utbetalningsunderlag;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.Insatsfakta;
import se.kundval.core.tjanst.InsatsstatistikService;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.demo.Demoinlasning;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The narrow read path gives the engine exactly what the aggregates gave it (docs/decisions/0320):
 * on the demo database, month by month over two years, the facts read in one query equal the facts
 * taken from the loaded insatser, and the underlag and the period's lines equal those the engine
 * computes from the aggregates, to the öre.
 */
class LasvagarTest {

    private static final YearMonth FORSTA = YearMonth.from(Testklocka.IDAG).minusMonths(23);
    private static final YearMonth SISTA = YearMonth.from(Testklocka.IDAG);

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void smalLasningGerSammaUnderlagSomAggregaten(Testdatabas databas) {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte", "se.kundval.uppfoljning",
                "se.kundval.avslut", "se.kundval.ersattning");
        Tjanster.hamta(Databas.class).anslut(databas.ny());
        Demoinlasning.las(Tjanster::hamta, Testfall.ADMIN, Testklocka.IDAG);
        ErsattningService smal = Tjanster.hamta(ErsattningService.class);
        ErsattningMotor aggregat = new ErsattningMotor();
        aggregat.setInsatsService(Tjanster.hamta(InsatsService.class));
        aggregat.setReferensdataService(Testmiljo.referensdata());
        aggregat.setInsatstypRegister(Tjanster.hamta(InsatstypRegister.class));

        Set<Radtyp> radtyper = EnumSet.noneOf(Radtyp.class);
        Map<YearMonth, BigDecimal> perManad = new HashMap<>();
        int bekraftade = 0;
        for (YearMonth m = FORSTA; !m.isAfter(SISTA); m = m.plusMonths(1)) {
            List<Ersattningsfakta> fakta = smalaFakta(m);
            assertEquals(aggregatensFakta(m), fakta, m.toString());
            bekraftade += (int) fakta.stream().filter(Ersattningsfakta::uppfoljningBekraftad).count();
            Utbetalningsunderlag underlag = smal.underlag(Testfall.HANDLAGGARE, m);
            assertEquals(aggregat.underlag(Testfall.HANDLAGGARE, m).rader(), underlag.rader(), m.toString());
            underlag.rader().forEach(r -> radtyper.add(r.radtyp()));
            perManad.put(m, summa(underlag.rader()));
        }
        Map<YearMonth, BigDecimal> periodensRader = new HashMap<>();
        smal.rader(Testfall.HANDLAGGARE, FORSTA, SISTA, (m, rad) -> periodensRader.merge(m, rad.belopp(), BigDecimal::add));
        assertEquals(perManad, periodensRader);
        // the demo data reach every rule the read path feeds
        assertEquals(EnumSet.allOf(Radtyp.class), radtyper);
        assertTrue(bekraftade > 0, "no confirmed sexmånadersuppföljning in the demo data");
    }

    /**
     * The report's one read (decision 0421) over a period that starts and ends inside months: the
     * statistics get exactly what their own read gives for the period, the engine exactly what its
     * own read gives for the whole months, on every database.
     */
    @ParameterizedTest
    @MethodSource("databaser")
    void rapportensEnaLasningGerBadaLasningarnasFakta(Testdatabas databas) {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte", "se.kundval.uppfoljning",
                "se.kundval.avslut", "se.kundval.ersattning");
        Tjanster.hamta(Databas.class).anslut(databas.ny());
        Demoinlasning.las(Tjanster::hamta, Testfall.ADMIN, Testklocka.IDAG);
        LocalDate fran = FORSTA.plusMonths(6).atDay(15);
        LocalDate till = SISTA.minusMonths(3).atDay(10);
        InsatsstatistikService statistik = Tjanster.hamta(InsatsstatistikService.class);
        List<Insatsfakta> egen = new ArrayList<>();
        statistik.insatserUnder(Testfall.HANDLAGGARE, fran, till, egen::add);

        List<Insatsfakta> rapportens = new ArrayList<>();
        List<Ersattningsfakta> motorns = new ArrayList<>();
        statistik.insatserMedErsattning(Testfall.HANDLAGGARE, fran, till, rapportens::add, motorns::add);

        assertEquals(egen, rapportens);
        List<Ersattningsfakta> manadernas = new ArrayList<>();
        Tjanster.hamta(ErsattningsfaktaService.class).insatserUnder(Testfall.HANDLAGGARE, fran.withDayOfMonth(1),
                YearMonth.from(till).atEndOfMonth(), manadernas::add);
        motorns.sort(Comparator.comparing(Ersattningsfakta::insatsId));
        manadernas.sort(Comparator.comparing(Ersattningsfakta::insatsId));
        assertEquals(manadernas, motorns);
        // the whole months reach insatser the exact period does not, so the two spans were both applied
        assertTrue(motorns.size() > rapportens.size(), motorns.size() + " / " + rapportens.size());
    }

    @Test
    void rapportensEnaLasningKraverRattenAttKoraErsattning() {
        Testmiljo.ny(Testdatabas.H2);
        Inloggning kvalitet = new Inloggning("kvalitet", "Kvalitet", Roll.KVALITETSUTVECKLARE, null);
        InsatsstatistikService statistik = Tjanster.hamta(InsatsstatistikService.class);
        assertThrows(AtkomstNekadException.class, () -> statistik.insatserMedErsattning(kvalitet, FORSTA.atDay(1),
                SISTA.atEndOfMonth(), f -> { }, f -> { }));
    }

    @Test
    void faktanKraverRattenAttKoraErsattning() {
        Testmiljo.ny(Testdatabas.H2);
        Inloggning kvalitet = new Inloggning("kvalitet", "Kvalitet", Roll.KVALITETSUTVECKLARE, null);
        ErsattningsfaktaService fakta = Tjanster.hamta(ErsattningsfaktaService.class);
        assertThrows(AtkomstNekadException.class,
                () -> fakta.insatserUnder(kvalitet, FORSTA.atDay(1), SISTA.atEndOfMonth(), f -> { }));
    }

    private static List<Ersattningsfakta> smalaFakta(YearMonth m) {
        List<Ersattningsfakta> fakta = new ArrayList<>();
        Tjanster.hamta(ErsattningsfaktaService.class).insatserUnder(Testfall.HANDLAGGARE, m.atDay(1), m.atEndOfMonth(), fakta::add);
        fakta.sort(Comparator.comparing(Ersattningsfakta::insatsId));
        return fakta;
    }

    private static List<Ersattningsfakta> aggregatensFakta(YearMonth m) {
        return Tjanster.hamta(InsatsService.class).aktivaUnder(Testfall.HANDLAGGARE, m.atDay(1), m.atEndOfMonth()).stream()
                .map(Ersattningsfakta::av).sorted(Comparator.comparing(Ersattningsfakta::insatsId)).toList();
    }

    private static BigDecimal summa(List<Utbetalningsrad> rader) {
        return rader.stream().map(Utbetalningsrad::belopp).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
