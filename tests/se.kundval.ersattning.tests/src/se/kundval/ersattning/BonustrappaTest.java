package se.kundval.ersattning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.kundval.core.ersattning.Radtyp.RESULTATBONUS;
import static se.kundval.ersattning.Testmiljo.betala;
import static se.kundval.ersattning.Testmiljo.manad;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.model.Avslutsorsak;
import se.kundval.model.Sysselsattningsform;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Testdatabas;

/**
 * DOMAIN §5.4: the resultatbonus of AMI2 falls in steps by the insats month of the avslut (1–6 all,
 * 7–10 half, 11–12 a quarter, later nothing), and AMI1 pays it in full for an avslut on E itself.
 * Each step is tried on both sides of its boundary, since an off-by-one there moves 10 000 kronor.
 */
class BonustrappaTest {

    /** AMI2 from 2024-01-01: insats month n runs through the last day of calendar month n. */
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    static Stream<Arguments> ami2Avslut() {
        return Stream.of(
                Arguments.of("sista dagen i månad 6", LocalDate.of(2024, 6, 30), "20000.00"),
                Arguments.of("första dagen i månad 7", LocalDate.of(2024, 7, 1), "10000.00"),
                Arguments.of("sista dagen i månad 10", LocalDate.of(2024, 10, 31), "10000.00"),
                Arguments.of("första dagen i månad 11", LocalDate.of(2024, 11, 1), "5000.00"),
                Arguments.of("sista dagen i månad 12", LocalDate.of(2024, 12, 31), "5000.00"));
    }

    @ParameterizedTest(name = "AMI2, avslut {0}: {2}")
    @MethodSource("ami2Avslut")
    void ami2BonusEfterInsatsmanad(String namn, LocalDate avslut, String bonus) {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        m.spara(tillArbete(m.insats("I-AMI2", "AMI2", START, 12), avslut));
        assertEquals(List.of(betala(RESULTATBONUS, bonus)), bonusrader(m, "I-AMI2", YearMonth.from(avslut)));
    }

    static Stream<Arguments> forlangdaAmi2() {
        return Stream.of(
                Arguments.of("sista dagen i månad 12", LocalDate.of(2024, 12, 31), List.of(betala(RESULTATBONUS, "5000.00"))),
                Arguments.of("första dagen i månad 13", LocalDate.of(2025, 1, 1), List.of()),
                Arguments.of("sista dagen i månad 14", LocalDate.of(2025, 2, 28), List.of()));
    }

    /** A förlängning moves E' but not the steps: month 13 pays nothing, whatever E' is. */
    @ParameterizedTest(name = "förlängd AMI2, avslut {0}")
    @MethodSource("forlangdaAmi2")
    void forlangdAmi2FoljerSammaTrappa(String namn, LocalDate avslut, List<Testmiljo.Rad> vantad) {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        m.spara(tillArbete(m.insats("I-LANG", "AMI2", START, 12).forlangd(LocalDate.of(2024, 11, 20), 3), avslut));
        assertEquals(vantad, bonusrader(m, "I-LANG", YearMonth.from(avslut)));
    }

    @Test
    void ami1MedAvslutPaPlaneratSlutFarHelBonus() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        // AMI1 from 2024-03-01 for 3 months: E = 2024-05-31, the avslut on that very day
        m.spara(tillArbete(m.insats("I-PA-E", "AMI1", LocalDate.of(2024, 3, 1), 3), LocalDate.of(2024, 5, 31)));
        assertEquals(List.of(betala(RESULTATBONUS, "20000.00")), bonusrader(m, "I-PA-E", manad(2024, 5)));
    }

    @Test
    void ami1MedAvslutDagenEfterPlaneratSlutFarIngenBonus() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        m.spara(tillArbete(m.insats("I-EFTER-E", "AMI1", LocalDate.of(2024, 3, 1), 3)
                .forlangd(LocalDate.of(2024, 5, 20), 1), LocalDate.of(2024, 6, 1)));
        assertEquals(List.of(), bonusrader(m, "I-EFTER-E", manad(2024, 6)));
    }

    private static Insatsbyggare tillArbete(Insatsbyggare insats, LocalDate avslut) {
        return insats.avslut(avslut, Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null).bedomd(true, true);
    }

    private static List<Testmiljo.Rad> bonusrader(Testmiljo m, String insatsId, YearMonth manad) {
        return m.rader(insatsId, manad).stream().filter(r -> r.radtyp() == RESULTATBONUS).toList();
    }
}
