package se.kundval.ersattning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.core.ersattning.Radtyp.AVSLUTSERSATTNING;
import static se.kundval.core.ersattning.Radtyp.CHECKBELOPP;
import static se.kundval.core.ersattning.Radtyp.RESULTATBONUS;
import static se.kundval.core.ersattning.Radtyp.SNABBHETSPREMIE;
import static se.kundval.ersattning.Testmiljo.betala;
import static se.kundval.ersattning.Testmiljo.manad;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.ersattning.Anordnarsumma;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Utbetalningsunderlag;
import se.kundval.core.tjanst.Granskning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Insats;
import se.kundval.model.Roll;
import se.kundval.model.Sysselsattningsform;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/** The underlag as a whole: types from plugins, subtotals, order, rights and what stops a run. */
class UnderlagTest {

    @Test
    void enFjardeTypFranEttFragmentPrissattsOchBetalas() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        // FJARDE (fragment.xml): 1 000 kr/month, bonus 4 000 × 0.75; 2 months from 2024-04-01, E = 2024-05-31
        m.spara(m.insats("I-4", "FJARDE", LocalDate.of(2024, 4, 1), 2)
                .avslut(LocalDate.of(2024, 4, 20), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null)
                .bedomd(true, true));
        m.spara(m.insats("I-5", "FJARDE", LocalDate.of(2024, 4, 1), 2)
                .avslut(LocalDate.of(2024, 4, 20), Avslutsorsak.FLYTTAT, null, null).bedomd(false, false));
        // April: 1 000 × 20 / 30 = 666.666... -> 666.67; premie April 21-30 1 000 × 10 / 30 = 333.33 + May 1 000.00;
        // bonus 4 000 × 0.75 = 3 000.00
        assertEquals(List.of(betala(CHECKBELOPP, "666.67"), betala(SNABBHETSPREMIE, "1333.33"),
                betala(RESULTATBONUS, "3000.00")), m.rader("I-4", manad(2024, 4)));
        // the early avslut that is not bonusgrundande: 0.5 × 1 000
        assertEquals(List.of(betala(CHECKBELOPP, "666.67"), betala(AVSLUTSERSATTNING, "500.00")), m.rader("I-5", manad(2024, 4)));
    }

    @Test
    void delsummorPerAnordnareOchRaderISammaOrdning() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        m.spara(Insatsbyggare.insats("I-B", m.kund, m.annanAnordnare, m.typ("ISA1"), LocalDate.of(2024, 1, 1), 9));
        m.spara(m.insats("I-A2", "AMI2", LocalDate.of(2024, 1, 1), 12));
        m.spara(m.insats("I-A1", "AMI2", LocalDate.of(2024, 2, 1), 12)
                .avslut(LocalDate.of(2024, 2, 29), Avslutsorsak.FLYTTAT, null, null));
        Utbetalningsunderlag underlag = m.underlag(manad(2024, 2));
        // anordnare 5560360793: I-A1 5 000 + avslutsersättning 2 500 waiting, I-A2 5 000; 5566778899: I-B 6 200
        assertEquals(List.of("5560360793 I-A1 CHECKBELOPP", "5560360793 I-A1 AVSLUTSERSATTNING",
                "5560360793 I-A2 CHECKBELOPP", "5566778899 I-B CHECKBELOPP"),
                underlag.rader().stream().map(r -> r.orgnr() + ' ' + r.insatsId() + ' ' + r.radtyp()).toList());
        assertEquals(List.of(
                new Anordnarsumma(Testmiljo.ORGNR, "Vägen Vidare AB", new BigDecimal("10000.00"), new BigDecimal("2500.00")),
                new Anordnarsumma(Testmiljo.ANNAT_ORGNR, "Nästa Steg AB", new BigDecimal("6200.00"), new BigDecimal("0.00"))),
                underlag.perAnordnare());
        assertEquals(new BigDecimal("16200.00"), underlag.attBetala());
        assertEquals(new BigDecimal("2500.00"), underlag.vantarPaBedomning());
    }

    @Test
    void utanRattighetenNekas() {
        Testmiljo.ny(Testdatabas.H2);
        ErsattningService tjanst = Tjanster.hamta(ErsattningService.class);
        Inloggning kv = new Inloggning("kv1", "KV", Roll.KARRIARVAGLEDARE, null);
        Inloggning anordnare = new Inloggning("a1", "Anordnare", Roll.ANORDNARE, Testmiljo.ORGNR);
        assertThrows(AtkomstNekadException.class, () -> tjanst.underlag(kv, manad(2024, 1)));
        assertThrows(AtkomstNekadException.class, () -> tjanst.underlag(anordnare, manad(2024, 1)));
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enManadUtanPrisStopparKorningen(Testdatabas databas) {
        Testmiljo m = Testmiljo.ny(databas);
        // FJARDE has a price only from 2020-01-01
        m.spara(m.insats("I-TIDIG", "FJARDE", LocalDate.of(2019, 12, 1), 2));
        KundvalException fel = assertThrows(KundvalException.class, () -> m.underlag(manad(2019, 12)));
        // issue 10: the administratör reads the type's name, as the prislista shows it, never its code
        assertEquals("Prislistan har inget pris för Fjärde insatstypen som gäller den 2019-12-01; lägg till det i prislistan.",
                fel.getMessage());
        assertEquals(List.of(betala(CHECKBELOPP, "1000.00")), m.rader("I-TIDIG", manad(2020, 1)));
    }

    @Test
    void enTypUtanInstalleratInsticksprogramStopparKorningen() {
        Testmiljo m = Testmiljo.ny(Testdatabas.H2);
        Insats insats = m.insats("I-GAMMAL", "AMI1", LocalDate.of(2024, 1, 1), 3).bygg();
        // the type is in the database, but no installed plugin answers for its code
        insats.getInsatstyp().setKod("BORTTAGEN");
        ErsattningMotor motor = new ErsattningMotor();
        motor.setInsatsService(new EnInsats(insats));
        motor.setReferensdataService(Testmiljo.referensdata());
        motor.setInsatstypRegister(Tjanster.hamta(InsatstypRegister.class));
        KundvalException fel = assertThrows(KundvalException.class, () -> motor.underlag(Testmiljo.HANDLAGGARE, manad(2024, 1)));
        assertTrue(fel.getMessage().contains("BORTTAGEN"), fel.getMessage());
    }

    /** An InsatsService holding one insats: the only way to reach a type whose plugin is gone. */
    private record EnInsats(Insats insats) implements InsatsService {

        @Override
        public List<Insats> forKund(Inloggning vem, long kundId) {
            return List.of(insats);
        }

        @Override
        public Insats hamta(Inloggning vem, long id) {
            return insats;
        }

        @Override
        public List<Insats> aktivaUnder(Inloggning vem, LocalDate fran, LocalDate till) {
            return List.of(insats);
        }

        @Override
        public Insats spara(Inloggning vem, Insats ny, Granskning granskning) {
            return ny;
        }

        @Override
        public String nyttInsatsId() {
            return insats.getInsatsId();
        }

        @Override
        public List<Insats> arbetslista(Inloggning vem, int manaderTillbaka) {
            return List.of(insats);
        }

        @Override
        public List<Insats> arbetslistaForBevakningar(Inloggning vem, int manaderTillbaka) {
            return List.of(insats);
        }

        @Override
        public List<Granskningshandelse> historik(Inloggning vem, long insatsId) {
            return List.of();
        }

        @Override
        public List<Insats> medObedomtAvslut(Inloggning vem) {
            return List.of();
        }
    }
}
