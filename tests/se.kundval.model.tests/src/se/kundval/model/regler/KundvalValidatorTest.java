package se.kundval.model.regler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

import se.kundval.model.Anordnare;
import se.kundval.model.Anvandare;
import se.kundval.model.Auktorisation;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.Kundval;
import se.kundval.model.KundvalFactory;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Omrade;
import se.kundval.model.Planaktivitet;
import se.kundval.model.Pris;
import se.kundval.model.Roll;
import se.kundval.model.Undantag;

/** One test per invariant: a valid object passes, the same object with the rule broken fails on the field. */
class KundvalValidatorTest {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;
    private static final LocalDate START = LocalDate.of(2024, 3, 1);

    @Test
    void personnummerMedFelKontrollsiffraUnderkanns() {
        assertRule(kund(), k -> k.setPersonnummer("198112189877"), Literals.KUND__PERSONNUMMER, "kontrollsiffra");
    }

    @Test
    void samordningsnummerGodkanns() {
        Kund kund = kund();
        kund.setPersonnummer("198102781237");
        assertTrue(Personnummer.giltigt(kund.getPersonnummer()));
        assertValid(kund);
        assertEquals(LocalDate.of(1981, 2, 18), kund.getFodelsedatum());
    }

    @Test
    void personnummerMaste_finnas() {
        assertRule(kund(), k -> k.setPersonnummer(null), Literals.KUND__PERSONNUMMER, "saknas");
    }

    @Test
    void arbetsformagaUtanforIntervallUnderkanns() {
        assertRule(kund(), k -> k.setArbetsformaga(101), Literals.KUND__ARBETSFORMAGA, "0–100");
        assertValid(withArbetsformaga(0));
        assertValid(withArbetsformaga(100));
        assertRule(kund(), k -> k.setArbetsformaga(-1), Literals.KUND__ARBETSFORMAGA, "0–100");
    }

    @Test
    void arbetsformagaKanInteBadeVaraAngivenOchOklar() {
        Kund oklar = kund();
        oklar.setArbetsformaga(null);
        oklar.setArbetsformagaOklar(true);
        assertValid(oklar);
        assertRule(kund(), k -> k.setArbetsformagaOklar(true), Literals.KUND__ARBETSFORMAGA_OKLAR, "oklar");
    }

    @Test
    void orgnrMedFelKontrollsiffraUnderkanns() {
        assertRule(anordnare(), a -> a.setOrgnr("5560360794"), Literals.ANORDNARE__ORGNR, "kontrollsiffra");
        assertRule(anordnare(), a -> a.setOrgnr("55603607"), Literals.ANORDNARE__ORGNR, "10 siffror");
    }

    @Test
    void auktorisationSomSlutarForeStartUnderkanns() {
        Auktorisation a = anordnare().getAuktorisationer().get(0);
        assertValid(a);
        assertRule(a, x -> x.setTill(x.getFran().minusDays(1)), Literals.AUKTORISATION__TILL, "före");
    }

    @Test
    void avslutForeStartUnderkanns() {
        Insats insats = insats();
        Avslut avslut = avslut(START.plusDays(10));
        insats.setAvslut(avslut);
        insats.setStatus(InsatsStatus.AVSLUTAD);
        assertValid(insats);
        assertRule(avslut, a -> a.setAvslutsdatum(START.minusDays(1)), Literals.AVSLUT__AVSLUTSDATUM, "före");
    }

    @Test
    void avslutsorsakOchEnkatomradeKravsMenKonFarVaraOkant() {
        assertRule(avslut(START), a -> a.setAvslutsorsak(null), Literals.AVSLUT__AVSLUTSORSAK, "saknas");
        Kund okandKon = kund();
        okandKon.setKon(null);
        assertValid(okandKon);
        assertEquals(null, okandKon.getKon(), "an empty enum stays empty instead of becoming the first literal");
        assertEquals(se.kundval.model.Utbildningsniva.EJ_ANGIVET, okandKon.getUtbildningsniva());
    }

    @Test
    void anordnareMasteVaraAuktoriseradPaStartdagen() {
        assertRule(insats(), i -> i.setStartdatum(LocalDate.of(2023, 12, 31)), Literals.INSATS__ANORDNARE, "inte auktoriserad");
        assertRule(insats(), i -> i.getAnordnare().getAuktorisationer().get(0).setTill(START.minusDays(1)),
                Literals.INSATS__ANORDNARE, "inte auktoriserad");
    }

    @Test
    void langdMasteVaraMinstEnManad() {
        assertRule(insats(), i -> i.setLangdManader(0), Literals.INSATS__LANGD_MANADER, "minst en månad");
    }

    @Test
    void statusMasteStammaMedAvslut() {
        assertRule(insats(), i -> i.setStatus(InsatsStatus.AVSLUTAD), Literals.INSATS__STATUS, "inget avslut");
        assertRule(insats(), i -> i.setAvslut(avslut(START.plusDays(3))), Literals.INSATS__STATUS, "inte avslutad");
    }

    @Test
    void slutdatumForeStartUnderkanns() {
        assertRule(insats(), i -> i.setSlutdatum(START.minusDays(1)), Literals.INSATS__SLUTDATUM, "före");
    }

    @Test
    void enManadsrapportPerManad() {
        Insats insats = insats();
        insats.getManadsrapporter().add(manadsrapport(YearMonth.of(2024, 3)));
        assertValid(insats);
        assertRule(insats, i -> i.getManadsrapporter().add(manadsrapport(YearMonth.of(2024, 3))),
                Literals.INSATS__MANADSRAPPORTER, "redan");
    }

    @Test
    void sjukdagarKanInteOverstigaFranvaro() {
        assertRule(manadsrapport(YearMonth.of(2024, 3)), r -> r.setSjukdagar(5), Literals.MANADSRAPPORT__SJUKDAGAR, "frånvarodagarna");
        assertRule(manadsrapport(YearMonth.of(2024, 3)), r -> r.setSjukdagarMedLakarintyg(3),
                Literals.MANADSRAPPORT__SJUKDAGAR_MED_LAKARINTYG, "sjukdagarna");
    }

    @Test
    void bonusgrundandeKraverLyckat() {
        Avslutsbedomning b = F.createAvslutsbedomning();
        b.setLyckat(true);
        b.setBonusgrundande(true);
        assertRule(b, x -> x.setLyckat(false), Literals.AVSLUTSBEDOMNING__BONUSGRUNDANDE, "lyckat");
    }

    @Test
    void forlangningMasteVaraMinstEnManad() {
        Beslut beslut = F.createBeslut();
        beslut.setTyp(BeslutTyp.FORLANGNING);
        beslut.setDatum(START);
        beslut.setLangdManader(3);
        assertRule(beslut, b -> b.setLangdManader(0), Literals.BESLUT__LANGD_MANADER, "minst en månad");
    }

    @Test
    void undantagKraverMotivering() {
        Undantag u = F.createUndantag();
        u.setRegel("ALDER");
        u.setMotivering("Kunden fyller 18 om två veckor");
        assertRule(u, x -> x.setMotivering("  "), Literals.UNDANTAG__MOTIVERING, "saknas");
    }

    @Test
    void prisFarInteVaraNegativt() {
        Pris pris = F.createPris();
        pris.setInsatstyp(insatstyp());
        pris.setGiltigFran(START);
        pris.setCheckbelopp(new BigDecimal("3800"));
        pris.setBonus(new BigDecimal("20000"));
        assertRule(pris, p -> p.setCheckbelopp(new BigDecimal("-1")), Literals.PRIS__CHECKBELOPP, "negativt");
        pris.setCheckbelopp(new BigDecimal("3800"));
        assertRule(pris, p -> p.setBonus(new BigDecimal("-0.01")), Literals.PRIS__BONUS, "negativt");
    }

    @Test
    void enkatsvarArEttTillFem() {
        Enkatsvar svar = F.createEnkatsvar();
        svar.setAnordnare(anordnare());
        svar.setOmrade(Omrade.MAL);
        svar.setSvar(5);
        assertRule(svar, s -> s.setSvar(6), Literals.ENKATSVAR__SVAR, "1–5");
        svar.setSvar(1);
        assertRule(svar, s -> s.setSvar(0), Literals.ENKATSVAR__SVAR, "1–5");
    }

    @Test
    void effektuppfoljningEfter6_12_24Manader() {
        Effektuppfoljning e = F.createEffektuppfoljning();
        e.setManader(12);
        assertRule(e, x -> x.setManader(9), Literals.EFFEKTUPPFOLJNING__MANADER, "6, 12 eller 24");
    }

    @Test
    void aktivitetSlutarInteForeStart() {
        Planaktivitet a = F.createPlanaktivitet();
        a.setPlaneradStart(START);
        a.setPlaneradSlut(START.plusMonths(1));
        assertRule(a, x -> x.setPlaneradSlut(START.minusDays(1)), Literals.PLANAKTIVITET__PLANERAD_SLUT, "före");
    }

    @Test
    void anordnaranvandareKraverOrgnr() {
        Anvandare u = F.createAnvandare();
        u.setAnvandarnamn("anna");
        u.setRoll(Roll.ANORDNARE);
        u.setOrgnr("5560360793");
        assertRule(u, x -> x.setOrgnr(null), Literals.ANVANDARE__ORGNR, "organisationsnummer");
    }

    @Test
    void insatstypGiltigTillForeFranUnderkanns() {
        assertRule(insatstyp(), t -> t.setGiltigTill(LocalDate.of(2023, 12, 31)), Literals.INSATSTYP__GILTIG_TILL, "före");
    }

    // ---- helpers ----

    private static <T extends EObject> void assertRule(T object, Consumer<T> breakRule, EStructuralFeature feature, String text) {
        assertValid(object);
        breakRule.accept(object);
        Diagnostic d = new KundvalDiagnostician().validate(object);
        assertEquals(Diagnostic.ERROR, d.getSeverity(), () -> "expected an error, got " + d);
        List<Diagnostic> onField = d.getChildren().stream()
                .filter(c -> c.getData().size() > 1 && c.getData().get(1) == feature).toList();
        assertEquals(1, onField.size(), () -> "expected one error on " + feature.getName() + ": " + d.getChildren());
        String message = onField.get(0).getMessage();
        assertTrue(message.contains(text), () -> "message '" + message + "' should contain '" + text + "'");
    }

    private static void assertValid(EObject object) {
        Diagnostic d = new KundvalDiagnostician().validate(object);
        assertEquals(Diagnostic.OK, d.getSeverity(), () -> "expected valid, got " + d.getChildren());
    }

    private static Kund withArbetsformaga(int procent) {
        Kund k = kund();
        k.setArbetsformaga(procent);
        return k;
    }

    static Kund kund() {
        Kund k = F.createKund();
        k.setKundId("K1");
        k.setPersonnummer("198112189876");
        k.setNamn("Test Testsson");
        k.setArbetsformaga(100);
        return k;
    }

    static Insatstyp insatstyp() {
        Kundval kundval = F.createKundval();
        kundval.setKod("AMI");
        Insatstyp t = F.createInsatstyp();
        t.setKod("AMI1");
        t.setKundval(kundval);
        t.setGiltigFran(LocalDate.of(2024, 1, 1));
        return t;
    }

    static Anordnare anordnare() {
        Anordnare a = F.createAnordnare();
        a.setOrgnr("5560360793");
        a.setNamn("Jobbcoach AB");
        Auktorisation auk = F.createAuktorisation();
        auk.setInsatstyp(insatstyp());
        auk.setFran(LocalDate.of(2024, 1, 1));
        a.getAuktorisationer().add(auk);
        return a;
    }

    static Insats insats() {
        Insats i = F.createInsats();
        i.setInsatsId("I1");
        i.setKund(kund());
        Anordnare anordnare = anordnare();
        i.setAnordnare(anordnare);
        i.setInsatstyp(anordnare.getAuktorisationer().get(0).getInsatstyp());
        i.setStartdatum(START);
        i.setLangdManader(3);
        i.setStatus(InsatsStatus.PAGAENDE);
        return i;
    }

    static Avslut avslut(LocalDate datum) {
        Avslut a = F.createAvslut();
        a.setAvslutsdatum(datum);
        a.setAvslutsorsak(Avslutsorsak.FLYTTAT);
        return a;
    }

    static Manadsrapport manadsrapport(YearMonth period) {
        Manadsrapport r = F.createManadsrapport();
        r.setPeriod(period);
        r.setFranvarodagar(2);
        r.setSjukdagar(2);
        return r;
    }
}
