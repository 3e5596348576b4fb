package se.kundval.ersattning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.kundval.core.ersattning.Radtyp.AVSLUTSERSATTNING;
import static se.kundval.core.ersattning.Radtyp.CHECKBELOPP;
import static se.kundval.core.ersattning.Radtyp.RESULTATBONUS;
import static se.kundval.ersattning.Testmiljo.betala;
import static se.kundval.ersattning.Testmiljo.manad;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.ersattning.Utbetalningsunderlag;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Sysselsattningsform;
import se.kundval.testsupport.Testdatabas;

/** DOMAIN §5.1: the checkbelopp of each calendar month touched by the active period. */
class CheckbeloppTest {

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @Test
    void startDen31FarEnDagIJanuariOchSlutarDagenForeSammaDatumTreManaderSenare() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        // AMI1, S = 2024-01-31, L = 3: E = 2024-01-31 + 3 months - 1 day = 2024-04-30 - 1 = 2024-04-29
        m.spara(m.insats("I-31", "AMI1", LocalDate.of(2024, 1, 31), 3));
        // January: 3 800 × 1 / 31 = 122.580... -> 122.58
        assertEquals(List.of(betala(CHECKBELOPP, "122.58")), m.rader("I-31", manad(2024, 1)));
        // February 2024 (29 days) and March: whole months
        assertEquals(List.of(betala(CHECKBELOPP, "3800.00")), m.rader("I-31", manad(2024, 2)));
        assertEquals(List.of(betala(CHECKBELOPP, "3800.00")), m.rader("I-31", manad(2024, 3)));
        // April: days 1-29 of 30: 3 800 × 29 / 30 = 3 673.333... -> 3 673.33
        assertEquals(List.of(betala(CHECKBELOPP, "3673.33")), m.rader("I-31", manad(2024, 4)));
        assertEquals(List.of(), m.rader("I-31", manad(2024, 5)));
    }

    @Test
    void startDen29FebruariSlutarDen27FebruariAretEfter() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        // AMI2, S = 2024-02-29, L = 12: S + 12 months = 2025-02-28 (clamped), E = 2025-02-27
        m.spara(m.insats("I-29", "AMI2", LocalDate.of(2024, 2, 29), 12));
        // February 2024: 5 000 × 1 / 29 = 172.413... -> 172.41
        assertEquals(List.of(betala(CHECKBELOPP, "172.41")), m.rader("I-29", manad(2024, 2)));
        assertEquals(List.of(betala(CHECKBELOPP, "5000.00")), m.rader("I-29", manad(2024, 3)));
        // February 2025: days 1-27 of 28: 5 000 × 27 / 28 = 4 821.428... -> 4 821.43
        assertEquals(List.of(betala(CHECKBELOPP, "4821.43")), m.rader("I-29", manad(2025, 2)));
        assertEquals(List.of(), m.rader("I-29", manad(2025, 3)));
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void varjeManadBetalasMedPrisetSomGallerManadensForstaDag(Testdatabas databas) {
        Testmiljo m = Testmiljo.ny(databas);
        m.laggTillPris("AMI2", LocalDate.of(2025, 1, 1), "5200", "20000");
        // AMI2 from 2024-11-15, E = 2025-11-14
        m.spara(m.insats("I-PRIS", "AMI2", LocalDate.of(2024, 11, 15), 12));
        // November 2024: days 15-30 = 16 of 30 at 5 000: 2 666.666... -> 2 666.67
        assertEquals(List.of(betala(CHECKBELOPP, "2666.67")), m.rader("I-PRIS", manad(2024, 11)));
        assertEquals(List.of(betala(CHECKBELOPP, "5000.00")), m.rader("I-PRIS", manad(2024, 12)));
        // from January 2025 the new price
        assertEquals(List.of(betala(CHECKBELOPP, "5200.00")), m.rader("I-PRIS", manad(2025, 1)));
        // November 2025: days 1-14 of 30 at 5 200: 2 426.666... -> 2 426.67
        assertEquals(List.of(betala(CHECKBELOPP, "2426.67")), m.rader("I-PRIS", manad(2025, 11)));
    }

    @Test
    void forlangningForlangerBetalningenTillNyaSlutet() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        // ISA1 from 2024-03-01 for 9 months: E = 2024-11-30; förlängd 3 months: E' = 2025-02-28
        m.spara(m.insats("I-FORL", "ISA1", LocalDate.of(2024, 3, 1), 9).forlangd(LocalDate.of(2024, 11, 1), 3));
        assertEquals(List.of(betala(CHECKBELOPP, "6200.00")), m.rader("I-FORL", manad(2024, 12)));
        assertEquals(List.of(betala(CHECKBELOPP, "6200.00")), m.rader("I-FORL", manad(2025, 2)));
        assertEquals(List.of(), m.rader("I-FORL", manad(2025, 3)));
    }

    @Test
    void avslutForeForlangdaSlutetGerAvslutsersattning() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        // the same ISA1, E' = 2025-02-28, ended 2025-01-15 (moved away), judged neither lyckat nor bonusgrundande
        m.spara(m.insats("I-FORL", "ISA1", LocalDate.of(2024, 3, 1), 9).forlangd(LocalDate.of(2024, 11, 1), 3)
                .avslut(LocalDate.of(2025, 1, 15), Avslutsorsak.FLYTTAT, null, null).bedomd(false, false));
        // January: 6 200 × 15 / 31 = 3 000.00; avslutsersättning 0.5 × 6 200 = 3 100.00
        assertEquals(List.of(betala(CHECKBELOPP, "3000.00"), betala(AVSLUTSERSATTNING, "3100.00")),
                m.rader("I-FORL", manad(2025, 1)));
        assertEquals(List.of(), m.rader("I-FORL", manad(2025, 2)));
    }

    @Test
    void jobbpengSomSlutadeEfterTioDagarGerIngenting() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        // 2024-03-05 to 2024-03-14: 14 - 5 + 1 = 10 days < 14, even a bonusgrundande avslut earns nothing
        m.spara(m.insats("I-10", "JOBBPENG_GRUND", LocalDate.of(2024, 3, 5), 3)
                .avslut(LocalDate.of(2024, 3, 14), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null)
                .bedomd(true, true));
        // 13 days is still too short: 2024-03-05 to 2024-03-17
        m.spara(m.insats("I-13", "JOBBPENG_GRUND", LocalDate.of(2024, 3, 5), 3)
                .avslut(LocalDate.of(2024, 3, 17), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null)
                .bedomd(true, true));
        // 14 days is paid: 3 686 × 14 / 31 = 1 664.645... -> 1 664.65, and the flat bonus 18 000
        m.spara(m.insats("I-14", "JOBBPENG_GRUND", LocalDate.of(2024, 3, 5), 3)
                .avslut(LocalDate.of(2024, 3, 18), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null)
                .bedomd(true, true));
        assertEquals(List.of(), m.rader("I-10", manad(2024, 3)));
        assertEquals(List.of(), m.rader("I-13", manad(2024, 3)));
        assertEquals(List.of(betala(CHECKBELOPP, "1664.65"), betala(RESULTATBONUS, "18000.00")), m.rader("I-14", manad(2024, 3)));
    }

    @Test
    void summorArSummorAvAvrundadeRader() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        // three AMI2 starting 2024-02-29: each February line is 5 000 / 29 = 172.413... -> 172.41; the
        // total is 3 × 172.41 = 517.23, not 3 × 5 000 / 29 = 517.241... rounded once (517.24)
        for (String id : List.of("A", "B", "C")) {
            m.spara(m.insats(id, "AMI2", LocalDate.of(2024, 2, 29), 12));
        }
        Utbetalningsunderlag underlag = m.underlag(manad(2024, 2));
        assertEquals(new BigDecimal("517.23"), underlag.attBetala());
        assertEquals(new BigDecimal("0.00"), underlag.vantarPaBedomning());
    }
}
