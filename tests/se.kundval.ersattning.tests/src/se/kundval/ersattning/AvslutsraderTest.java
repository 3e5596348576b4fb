package se.kundval.ersattning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.kundval.core.ersattning.Radtyp.AVSLUTSERSATTNING;
import static se.kundval.core.ersattning.Radtyp.CHECKBELOPP;
import static se.kundval.core.ersattning.Radtyp.RESULTATBONUS;
import static se.kundval.core.ersattning.Radtyp.SNABBHETSPREMIE;
import static se.kundval.ersattning.Testmiljo.betala;
import static se.kundval.ersattning.Testmiljo.manad;
import static se.kundval.ersattning.Testmiljo.vantar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Sysselsattningsform;
import se.kundval.testsupport.Testdatabas;

/** DOMAIN §5.2–5.5: the lines that depend on the avslut, in the avslut month. */
class AvslutsraderTest {

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void kallansExempelAmi2BonusgrundandeEfterNioManader(Testdatabas databas) {
        Testmiljo m = Testmiljo.ny(databas);
        // AMI2, 12 months from 2024-01-01 (E = 2024-12-31), to work on 2024-09-30, the last day of month 9
        m.spara(m.insats("I-EX", "AMI2", LocalDate.of(2024, 1, 1), 12)
                .avslut(LocalDate.of(2024, 9, 30), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null)
                .bedomd(true, true));
        BigDecimal check = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        for (YearMonth m0 = manad(2024, 1); !m0.isAfter(manad(2025, 1)); m0 = m0.plusMonths(1)) {
            for (Utbetalningsrad rad : m.underlag(m0).rader()) {
                if (rad.radtyp() == RESULTATBONUS) {
                    bonus = bonus.add(rad.belopp());
                } else {
                    check = check.add(rad.belopp());
                }
            }
        }
        // January-September 9 × 5 000 + snabbhetspremie October-December 3 × 5 000 = 12 × 5 000
        assertEquals(new BigDecimal("60000.00"), check);
        // avslut in insats month 9 (7-10): 50 % of 20 000
        assertEquals(new BigDecimal("10000.00"), bonus);
        assertEquals(List.of(betala(CHECKBELOPP, "5000.00"), betala(SNABBHETSPREMIE, "15000.00"),
                betala(RESULTATBONUS, "10000.00")), m.rader("I-EX", manad(2024, 9)));
        assertEquals(List.of(), m.rader("I-EX", manad(2024, 10)));
    }

    @Test
    void bonusenVantarTillsSexmanadersuppfoljningenArBekraftad() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        // the same AMI1 as below, judged bonusgrundande but with no confirmed six-month evidence yet:
        // checkbelopp is payable, snabbhetspremie and bonus wait (decision 0060)
        m.spara(m.insats("I-VANTAR", "AMI1", LocalDate.of(2024, 3, 1), 3)
                .avslut(LocalDate.of(2024, 5, 10), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null)
                .bedomdUtanSexmanadersuppfoljning(true, true));
        assertEquals(List.of(betala(CHECKBELOPP, "1225.81"), vantar(SNABBHETSPREMIE, "2574.19"),
                vantar(RESULTATBONUS, "20000.00")), m.rader("I-VANTAR", manad(2024, 5)));
    }

    @Test
    void snabbhetspremienOchCheckbeloppetGerTillsammansHelaManaden() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        // AMI1 from 2024-03-01 (E = 2024-05-31), to work on 2024-05-10
        m.spara(m.insats("I-AMI1", "AMI1", LocalDate.of(2024, 3, 1), 3)
                .avslut(LocalDate.of(2024, 5, 10), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null)
                .bedomd(true, true));
        // May: 3 800 × 10 / 31 = 1 225.806... -> 1 225.81; premie 3 800 × 21 / 31 = 2 574.193... -> 2 574.19
        // (together the whole month, 3 800.00); bonus 20 000 since the avslut is on or before E
        assertEquals(List.of(betala(CHECKBELOPP, "1225.81"), betala(SNABBHETSPREMIE, "2574.19"),
                betala(RESULTATBONUS, "20000.00")), m.rader("I-AMI1", manad(2024, 5)));
    }

    @Test
    void snabbhetspremienRaknasManadForManadMedVarjeManadsPris() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        m.laggTillPris("AMI2", LocalDate.of(2025, 1, 1), "5200", "20000");
        // AMI2 from 2024-11-15 (E = 2025-11-14), to work on 2024-12-20 (insats month 2: full bonus)
        m.spara(m.insats("I-PREMIE", "AMI2", LocalDate.of(2024, 11, 15), 12)
                .avslut(LocalDate.of(2024, 12, 20), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null)
                .bedomd(true, true));
        // December: 5 000 × 20 / 31 = 3 225.806... -> 3 225.81
        // premie: December 21-31 5 000 × 11 / 31 = 1 774.19, January-October 2025 10 × 5 200 = 52 000.00,
        // November 1-14 5 200 × 14 / 30 = 2 426.67; 1 774.19 + 52 000.00 + 2 426.67 = 56 200.86
        assertEquals(List.of(betala(CHECKBELOPP, "3225.81"), betala(SNABBHETSPREMIE, "56200.86"),
                betala(RESULTATBONUS, "20000.00")), m.rader("I-PREMIE", manad(2024, 12)));
    }

    @Test
    void ami1MedAvslutEfterPlaneratSlutFarVarkenBonusEllerPremie() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        // AMI1 from 2024-03-01: E = 2024-05-31, förlängd one month: E' = 2024-06-30; avslut 2024-06-10 > E
        m.spara(m.insats("I-SENT", "AMI1", LocalDate.of(2024, 3, 1), 3).forlangd(LocalDate.of(2024, 5, 20), 1)
                .avslut(LocalDate.of(2024, 6, 10), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null)
                .bedomd(true, true));
        // June: 3 800 × 10 / 30 = 1 266.666... -> 1 266.67; bonusgrundande, so no avslutsersättning either
        assertEquals(List.of(betala(CHECKBELOPP, "1266.67")), m.rader("I-SENT", manad(2024, 6)));
    }

    @Test
    void byteAvAnordnareGerIngenAvslutsersattningMenFlyttGor() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        m.spara(m.insats("I-BYTE", "AMI2", LocalDate.of(2024, 1, 1), 12)
                .avslut(LocalDate.of(2024, 3, 10), Avslutsorsak.BYTE_AV_ANORDNARE, null, null).bedomd(false, false));
        m.spara(m.insats("I-FLYTT", "AMI2", LocalDate.of(2024, 1, 1), 12)
                .avslut(LocalDate.of(2024, 3, 10), Avslutsorsak.FLYTTAT, null, null).bedomd(false, false));
        // March: 5 000 × 10 / 31 = 1 612.903... -> 1 612.90; avslutsersättning 0.5 × 5 000 = 2 500.00
        assertEquals(List.of(betala(CHECKBELOPP, "1612.90")), m.rader("I-BYTE", manad(2024, 3)));
        assertEquals(List.of(betala(CHECKBELOPP, "1612.90"), betala(AVSLUTSERSATTNING, "2500.00")),
                m.rader("I-FLYTT", manad(2024, 3)));
    }

    @Test
    void egetForetagandeArLyckatMenGerIngenBonus() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        // AMI2 from 2024-01-01, own business from 2024-05-31: lyckat, never bonusgrundande
        m.spara(m.insats("I-EGET", "AMI2", LocalDate.of(2024, 1, 1), 12)
                .avslut(LocalDate.of(2024, 5, 31), Avslutsorsak.EGET_FORETAG, Sysselsattningsform.EGET_FORETAG, null)
                .bedomd(true, false));
        // an early avslut that is not bonusgrundande: avslutsersättning 0.5 × 5 000, no premie, no bonus
        assertEquals(List.of(betala(CHECKBELOPP, "5000.00"), betala(AVSLUTSERSATTNING, "2500.00")),
                m.rader("I-EGET", manad(2024, 5)));
    }

    @Test
    void obedomtAvslutListasSomVantandeOchBetalasNarDetBedomts() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        // AMI2 from 2024-01-01 (E = 2024-12-31), to a 12-month job on 2024-03-31, not yet judged
        m.spara(m.insats("I-VANTA", "AMI2", LocalDate.of(2024, 1, 1), 12)
                .avslut(LocalDate.of(2024, 3, 31), Avslutsorsak.ARBETE, Sysselsattningsform.VISSTIDSANSTALLNING, 12));
        // the report points to bonusgrundande: premie April-December 9 × 5 000, bonus month 3 -> 100 %
        assertEquals(List.of(betala(CHECKBELOPP, "5000.00"), vantar(SNABBHETSPREMIE, "45000.00"),
                vantar(RESULTATBONUS, "20000.00")), m.rader("I-VANTA", manad(2024, 3)));
        assertEquals(new BigDecimal("5000.00"), m.underlag(manad(2024, 3)).attBetala());
        assertEquals(new BigDecimal("65000.00"), m.underlag(manad(2024, 3)).vantarPaBedomning());

        var insats = m.spara(m.insats("I-VANTA2", "AMI2", LocalDate.of(2024, 1, 1), 12)
                .avslut(LocalDate.of(2024, 3, 31), Avslutsorsak.ARBETE, Sysselsattningsform.VISSTIDSANSTALLNING, 12)
                .bedomd(true, true));
        assertEquals(List.of(betala(CHECKBELOPP, "5000.00"), betala(SNABBHETSPREMIE, "45000.00"),
                betala(RESULTATBONUS, "20000.00")), m.rader(insats.getInsatsId(), manad(2024, 3)));
    }

    @Test
    void obedomtAvbrottListarAvslutsersattningenSomVantande() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        m.spara(m.insats("I-SJUK", "FAI2", LocalDate.of(2024, 2, 1), 6)
                .avslut(LocalDate.of(2024, 4, 15), Avslutsorsak.SJUKDOM_MISSBRUK, null, null));
        // April: 8 000 × 15 / 30 = 4 000.00; avslutsersättning 0.5 × 8 000, waiting for the bedömning
        assertEquals(List.of(betala(CHECKBELOPP, "4000.00"), vantar(AVSLUTSERSATTNING, "4000.00")),
                m.rader("I-SJUK", manad(2024, 4)));
    }

    @Test
    void senasteBedomningenGaller() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        // first judged bonusgrundande, then corrected: not bonusgrundande (a 12-month job that ended at once)
        m.spara(m.insats("I-RATT", "AMI2", LocalDate.of(2024, 1, 1), 12)
                .avslut(LocalDate.of(2024, 3, 31), Avslutsorsak.ARBETE, Sysselsattningsform.VISSTIDSANSTALLNING, 12)
                .bedomd(true, true).bedomd(true, false));
        assertEquals(List.of(betala(CHECKBELOPP, "5000.00"), betala(AVSLUTSERSATTNING, "2500.00")),
                m.rader("I-RATT", manad(2024, 3)));
    }

    @Test
    void avslutRapporteratEfterSlutetHorTillAvslutsmanaden() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        // jobbpeng grund from 2024-01-10 for 3 months: E' = 2024-04-09; the avslut is dated 2024-05-03
        m.spara(m.insats("I-SEN", "JOBBPENG_GRUND", LocalDate.of(2024, 1, 10), 3)
                .avslut(LocalDate.of(2024, 5, 3), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null)
                .bedomd(true, true));
        // April: 3 686 × 9 / 30 = 1 105.80
        assertEquals(List.of(betala(CHECKBELOPP, "1105.80")), m.rader("I-SEN", manad(2024, 4)));
        // May: no checkbelopp (not active), the flat jobbpeng bonus in the avslut month
        assertEquals(List.of(betala(RESULTATBONUS, "18000.00")), m.rader("I-SEN", manad(2024, 5)));
    }
}
