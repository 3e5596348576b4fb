package se.kundval.rapport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.rapport.Anordnarrad;
import se.kundval.core.rapport.Insatstyprad;
import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.rapport.Resultatrad;
import se.kundval.core.rapport.Tillsynskrav;
import se.kundval.model.Omrade;
import se.kundval.model.Roll;
import se.kundval.model.Uppfyllnadsgrad;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * Every measure of DOMAIN §7 on the data set of {@link Rapportdata} and {@link Kvalitetsdata}, with
 * the expected figures worked out by hand in the comments, on H2 and on PostgreSQL.
 */
class KvalitetsrapportTest {

    private static RapportService rapporter;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.rapport", "se.kundval.insatstyp.kundval2024");
        rapporter = Tjanster.hamta(RapportService.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    private static Kvalitetsrapport ar2024(Testdatabas typ) {
        Rapportdata.anslut(typ);
        return rapporter.kvalitetsrapport(Rapportdata.ADMIN, Rapportperiod.ar(2024));
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void varjeKundRaknasEnGangPerRad(Testdatabas typ) {
        Kvalitetsrapport r = ar2024(typ);
        // I1–I7 and I9 touch 2024 (I8 starts 2025): 8 insatser of K1–K5; K1, K2 and K4 have two each
        Resultatrad totalt = r.totalt().resultat();
        assertEquals(5, totalt.kunder());
        assertEquals(8, totalt.insatser());
        assertEquals(new BigDecimal("1.60"), totalt.insatserPerKund());
        // all eight started in 2024
        assertEquals(8, totalt.startade());
        // AMI1: I1 (K1), I3 (K2), I4 (K3), I6 (K5), I9 (K4)
        assertEquals(5, typ(r, "AMI1").kunder());
        assertEquals(5, typ(r, "AMI1").insatser());
        // AMI2: I2 (K1, overlapping I1 of another type) and I7 (K2)
        assertEquals(2, typ(r, "AMI2").kunder());
        assertEquals(1, typ(r, "ISA1").insatser());
        // A1: I1 and I2 (both K1), I5 (K4), I6 (K5), I7 (K2) → 4 kunder, 5 insatser; A2: I3, I4, I9 → 3 and 3
        assertEquals(4, anordnare(r, Rapportdata.A1).kunder());
        assertEquals(5, anordnare(r, Rapportdata.A1).insatser());
        assertEquals(3, anordnare(r, Rapportdata.A2).kunder());
        // A3 is authorised but had no kunder; A4 is authorised only from 2025 and has no row
        assertEquals(0, anordnare(r, Rapportdata.A3).kunder());
        assertFalse(r.anordnare().containsKey(Rapportdata.A4));
        // every 2024 type is a row, with or without insatser
        assertEquals(List.of("AMI1", "AMI2", "FAI1", "FAI2", "ISA1", "ISA2", "SAMHALLSORIENTERING"), List.copyOf(r.insatstyper().keySet()));
        assertEquals(0, typ(r, "FAI1").kunder());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void avslutRaknasBaraNarDeArDateradeIPerioden(Testdatabas typ) {
        Kvalitetsrapport r = ar2024(typ);
        // I1 03-15, I4 04-09, I5 06-30, I6 10-31, I7 12-01; I3's avslut 2025-01-20 is outside
        Resultatrad totalt = r.totalt().resultat();
        assertEquals(5, totalt.avslut());
        assertEquals(Map.of("ARBETE", 1, "STUDIER", 1, "EGET_FORETAG", 1, "ARBETSFORMEDLINGEN", 1, "INSATSTID_SLUT", 1),
                totalt.avslutsorsaker().antal());
        assertEquals(new BigDecimal("0.2000"), totalt.avslutsorsaker().andel("ARBETE").varde());
        // AMI1: I1, I4, I6 (I3 and I9 have none in 2024)
        assertEquals(3, typ(r, "AMI1").avslut());
        assertEquals(1, typ(r, "AMI1").avslutsorsaker().antal("ARBETE"));
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void lyckatOchMaluppfyllelseRaknasVarForSig(Testdatabas typ) {
        Kvalitetsrapport r = ar2024(typ);
        Resultatrad totalt = r.totalt().resultat();
        // lyckade: I1 and I7 (its second bedömning supersedes the first); I6 is not judged and counts as not lyckat
        assertEquals(2, totalt.lyckade().antal());
        assertEquals(1, totalt.obedomda());
        // only I1 (arbete, tillsvidare) is judged bonusgrundande; I7 is eget företag
        assertEquals(1, totalt.bonusgrundande());
        assertEquals(new BigDecimal("0.4000"), totalt.lyckade().varde());
        // måluppfyllelse: I1 and I7 (egen försörjning = lyckat) and I5, an ISA1 avslut to Arbetsförmedlingen
        assertEquals(3, totalt.maluppfyllelse().antal());
        assertEquals(new BigDecimal("0.6000"), totalt.maluppfyllelse().varde());
        Resultatrad isa1 = typ(r, "ISA1");
        assertEquals(0, isa1.lyckade().antal());
        assertEquals(new BigDecimal("1.0000"), isa1.maluppfyllelse().varde());
        // AMI1: of I1, I4, I6 only I1 is lyckat: 1/3
        assertEquals(new BigDecimal("0.3333"), typ(r, "AMI1").lyckade().varde());
        assertEquals(new BigDecimal("1.0000"), typ(r, "AMI2").lyckade().varde());
        // A1: I1, I5, I6, I7 ended, I1 and I7 lyckade: 2/4
        assertEquals(new BigDecimal("0.5000"), anordnare(r, Rapportdata.A1).lyckade().varde());
        // a row without avslut has no share
        assertNull(typ(r, "FAI1").lyckade().varde());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void snittdagarTillLyckatAvslutMedN(Testdatabas typ) {
        Kvalitetsrapport r = ar2024(typ);
        // I1: 2024-02-01 → 03-15 = 29 + 14 = 43 days; I7: 2024-05-01 → 12-01 = 214 days; (43 + 214) / 2 = 128.5
        assertEquals(new BigDecimal("128.5"), r.totalt().resultat().dagarTillLyckat().varde(1));
        assertEquals(2, r.totalt().resultat().dagarTillLyckat().n());
        assertEquals(new BigDecimal("43.0"), typ(r, "AMI1").dagarTillLyckat().varde(1));
        assertNull(typ(r, "ISA1").dagarTillLyckat().varde(1));
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void konUtbildningOchSprakPerPerson(Testdatabas typ) {
        Resultatrad totalt = ar2024(typ).totalt().resultat();
        // K1, K3 kvinnor; K2, K4 män; K5 annat (K6 is outside the period)
        assertEquals(Map.of("KVINNA", 2, "MAN", 2, "ANNAT", 1), totalt.kon().antal());
        assertEquals(new BigDecimal("0.4000"), totalt.kvinnor().varde());
        assertEquals(new BigDecimal("0.4000"), totalt.man().varde());
        assertEquals(Map.of("GYMNASIUM", 1, "HOGSKOLA", 1, "EJ_ANGIVET", 1, "GRUNDSKOLA_4_9", 1, "EFTERGYMNASIAL", 1),
                totalt.utbildningsniva().antal());
        // "Arabiska" (K1) and "arabiska " (K3) are one language; K4 has none
        assertEquals(Map.of("arabiska", 2, "svenska", 1, "somaliska", 1, "EJ_ANGIVET", 1), totalt.sprak().antal());
        assertEquals("arabiska", totalt.sprak().antal().keySet().iterator().next(), "most spoken first");
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void anordnareAuktoriseradeAktivaOchAndelAvKunder(Testdatabas typ) {
        Kvalitetsrapport r = ar2024(typ);
        Insatstyprad ami1 = r.insatstyper().get("AMI1");
        // AMI1: A1 and A2 authorised (A4 only from 2025), both had kunder
        assertEquals(2, ami1.auktoriseradeAnordnare());
        assertEquals(2, ami1.aktivaAnordnare());
        // AMI2: A1 and A3 authorised, only A1 had kunder
        assertEquals(2, r.insatstyper().get("AMI2").auktoriseradeAnordnare());
        assertEquals(1, r.insatstyper().get("AMI2").aktivaAnordnare());
        assertEquals(3, r.totalt().auktoriseradeAnordnare());
        assertEquals(2, r.totalt().aktivaAnordnare());
        // of the 5 kunder A1 had 4 and A2 3 (K2 and K4 were with both)
        assertEquals(new BigDecimal("0.8000"), r.anordnare().get(Rapportdata.A1).andelAvKunder().varde());
        assertEquals(new BigDecimal("0.6000"), r.anordnare().get(Rapportdata.A2).andelAvKunder().varde());
        assertEquals(new BigDecimal("0.0000"), r.anordnare().get(Rapportdata.A3).andelAvKunder().varde());
        assertEquals(List.of(Rapportdata.A1, Rapportdata.A2, Rapportdata.A3), List.copyOf(r.anordnare().keySet()), "name order");
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void nkiVisasFranFemSvarandeOchSvarsfrekvens(Testdatabas typ) {
        Kvalitetsrapport r = ar2024(typ);
        Anordnarrad a1 = r.anordnare().get(Rapportdata.A1);
        // A1: 5 respondents, answers 21 + 18 = 39 over 10 → 3.90; värdegrund 21/5 = 4.20, mål 18/5 = 3.60
        assertEquals(5, a1.undersokning().nki().svarande());
        assertEquals(new BigDecimal("3.90"), a1.undersokning().nki().varde());
        assertEquals(new BigDecimal("4.20"), a1.undersokning().omraden().get(Omrade.VARDEGRUND).varde());
        assertEquals(new BigDecimal("3.60"), a1.undersokning().omraden().get(Omrade.MAL).varde());
        // svarsfrekvens 5 of 20 invited; the 2023 survey is not in a 2024 report
        assertEquals(new BigDecimal("0.2500"), a1.undersokning().svarsfrekvens().varde());
        // A2: 4 respondents → withheld, though all answered 5
        Anordnarrad a2 = r.anordnare().get(Rapportdata.A2);
        assertEquals(4, a2.undersokning().nki().svarande());
        assertTrue(a2.undersokning().nki().undertryckt());
        assertNull(a2.undersokning().nki().varde());
        assertNull(a2.undersokning().omraden().get(Omrade.VARDEGRUND).varde());
        assertEquals(new BigDecimal("0.5000"), a2.undersokning().svarsfrekvens().varde());
        // all: 9 respondents, (39 + 20) / 14 answers = 4.214 → 4.21; 9 of 28 invited
        assertEquals(9, r.totalt().undersokning().nki().svarande());
        assertEquals(new BigDecimal("4.21"), r.totalt().undersokning().nki().varde());
        assertEquals(new BigDecimal("0.3214"), r.totalt().undersokning().svarsfrekvens().varde());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void tillsynSammanstallsPerKrav(Testdatabas typ) {
        List<Tillsynskrav> krav = ar2024(typ).tillsyn();
        assertEquals(2, krav.size(), "the 2023 tillsyn is not in a 2024 report");
        Tillsynskrav bolag = krav.get(0);
        assertEquals(Kvalitetsdata.BOLAG, bolag.krav());
        assertEquals(2, bolag.antal(Uppfyllnadsgrad.UPPNATT));
        assertTrue(bolag.atgarder().isEmpty());
        Tillsynskrav plan = krav.get(1);
        assertEquals(1, plan.antal(Uppfyllnadsgrad.DELVIS));
        assertEquals(1, plan.antal(Uppfyllnadsgrad.EJ_UPPNATT));
        assertEquals(2, plan.bedomda());
        assertEquals(List.of("Upprätta planer", "Planer saknas"), plan.atgarder().stream().map(Tillsynskrav.Atgard::atgard).toList());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void tertialMedForlangdInsats(Testdatabas typ) {
        Rapportdata.anslut(typ);
        Kvalitetsrapport r = rapporter.kvalitetsrapport(Rapportdata.ADMIN, Rapportperiod.tertial(2024, 2));
        assertEquals(new Rapportperiod(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 8, 31)), r.period());
        // May–August: I2 (runs), I5 (ends 06-30), I7 (from 05-01), I9 (E' = 06-04 after its förlängning);
        // I1 and I4 ended before May, I6 and I3 start later
        Resultatrad totalt = r.totalt().resultat();
        assertEquals(4, totalt.insatser());
        assertEquals(3, totalt.kunder());
        // of those only I7 started in May–August
        assertEquals(1, totalt.startade());
        assertEquals(1, totalt.avslut());
        assertEquals(1, totalt.maluppfyllelse().antal());
        // without the förlängning I9 would have ended 04-04; it is the only AMI1 insats of the tertial
        assertEquals(1, typ(r, "AMI1").insatser());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void figurerPaFarreAnFemPersonerArOsakra(Testdatabas typ) {
        Kvalitetsrapport r = ar2024(typ);
        // 5 avslut in all: not uncertain; AMI1's 3 avslut and A1's 4 are
        assertFalse(r.totalt().resultat().lyckade().osaker());
        assertTrue(typ(r, "AMI1").lyckade().osaker());
        assertTrue(anordnare(r, Rapportdata.A1).lyckade().osaker());
        // 5 kunder in all: the shares of women and men are not uncertain; snittdagar on 2 lyckade is
        assertFalse(r.totalt().resultat().kvinnor().osaker());
        assertTrue(r.totalt().resultat().dagarTillLyckat().osaker());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void rapportenKraverRattAttLasaRapporter(Testdatabas typ) {
        Rapportdata.anslut(typ);
        Inloggning anordnare = new Inloggning("a1", "A1", Roll.ANORDNARE, Rapportdata.A1);
        assertThrows(AtkomstNekadException.class, () -> rapporter.kvalitetsrapport(anordnare, Rapportperiod.ar(2024)));
        Inloggning kv = new Inloggning("kv", "KV", Roll.KARRIARVAGLEDARE, null);
        assertEquals(5, rapporter.kvalitetsrapport(kv, Rapportperiod.ar(2024)).totalt().resultat().kunder());
    }

    private static Resultatrad typ(Kvalitetsrapport r, String kod) {
        return r.insatstyper().get(kod).resultat();
    }

    private static Resultatrad anordnare(Kvalitetsrapport r, String orgnr) {
        return r.anordnare().get(orgnr).resultat();
    }
}
