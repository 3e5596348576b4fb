package se.kundval.behorighet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.behorighet.tests.Fall.filtreras;
import static se.kundval.behorighet.tests.Fall.nekas;
import static se.kundval.behorighet.tests.Fall.oppen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.dataskydd.Utdragsperson;
import se.kundval.core.dataskydd.Registerutdragsbidrag;
import se.kundval.core.dataskydd.RegisterutdragService;
import se.kundval.core.dataskydd.GallringService;
import se.kundval.core.atkomst.Loggfraga;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.autentisering.Anvandarkonton;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.ArendelistaService;
import se.kundval.core.tjanst.Arenderad;
import se.kundval.core.tjanst.Granskning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.Kundfraga;
import se.kundval.core.tjanst.Kundkolumn;
import se.kundval.core.tjanst.Kundsida;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anvandare;
import se.kundval.model.Beslut;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Pris;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testklocka;

/** The cases of the kund, insats, caseload, register, user and reference data services. */
final class KundOchInsatsfall {

    private static final Granskning GRANSKNING = new Granskning("TEST", "anordnare A sparar");

    private KundOchInsatsfall() {
    }

    static List<Fall> alla() {
        return List.of(
                filtreras("KundService.sok(Inloggning, Kundfraga)", "alla kunder: bara den egna", v -> {
                    Kundsida sida = v.somA(KundService.class).sok(v.a, Kundfraga.alla(0, 100));
                    assertEquals(1, sida.totalt(), "the count must not give B's kunder away either");
                    assertEquals(TvaAnordnare.EGEN_KUND, sida.kunder().get(0).getNamn());
                    return sida;
                }),
                filtreras("KundService.sok(Inloggning, Kundfraga)", "sökning på B:s kunds namn", v -> {
                    Kundsida sida = v.somA(KundService.class).sok(v.a, new Kundfraga(Map.of(Kundkolumn.NAMN, TvaAnordnare.ANDRAS_KUND),
                            null, false, 0, 100));
                    assertEquals(0, sida.totalt());
                    return sida;
                }),
                nekas("KundService.hamta(Inloggning, long)", "B:s kund med id", v -> v.somA(KundService.class).hamta(v.a, v.kundB.getId())),
                nekas("KundService.hamtaMedKundId(Inloggning, String)", "B:s kund med kund-id",
                        v -> v.somA(KundService.class).hamtaMedKundId(v.a, v.kundB.getKundId())),
                nekas("KundService.spara(Inloggning, Kund)", "B:s kund med nytt namn", v -> {
                    Kund kund = v.andrasKund();
                    kund.setNamn("Ändrad av A");
                    return v.somA(KundService.class).spara(v.a, kund);
                }),
                nekas("KundService.markeraSkyddad(Inloggning, long, boolean)", "B:s kund markerad skyddad",
                        v -> v.somA(KundService.class).markeraSkyddad(v.a, v.kundB.getId(), true)),
                nekas("GallringService.provkor(Inloggning, LocalDate)", "en torrkörning av gallringen",
                        v -> v.somA(GallringService.class).provkor(v.a, Testklocka.IDAG)),
                nekas("GallringService.gallra(Inloggning, LocalDate)", "en gallring",
                        v -> v.somA(GallringService.class).gallra(v.a, Testklocka.IDAG)),
                nekas("GallringService.rapporter(Inloggning)", "gallringsrapporterna",
                        v -> v.somA(GallringService.class).rapporter(v.a)),
                nekas("RegisterutdragService.utdrag(Inloggning, String)", "B:s kunds registerutdrag",
                        v -> v.somA(RegisterutdragService.class).utdrag(v.a, v.kundB.getPersonnummer())),
                nekas("Registerutdragsbidrag.delar(Inloggning, Utdragsperson)", "B:s kunds åtkomstlogg i ett registerutdrag",
                        v -> v.somA(Registerutdragsbidrag.class).delar(v.a,
                                new Utdragsperson(v.kundB.getId(), v.kundB.getKundId(), v.kundB.getPersonnummer(), List.of()))),
                nekas("AtkomstloggService.sok(Inloggning, Loggfraga)", "åtkomstloggen",
                        v -> v.somA(AtkomstloggService.class).sok(v.a, Loggfraga.period(Testklocka.IDAG, Testklocka.IDAG))),
                nekas("AtkomstloggService.stickprov(Inloggning, Loggfraga, int)", "stickprov ur åtkomstloggen",
                        v -> v.somA(AtkomstloggService.class).stickprov(v.a, Loggfraga.period(Testklocka.IDAG, Testklocka.IDAG), 5)),
                nekas("AtkomstloggService.markeraGranskad(Inloggning, long, String)", "granskning av en loggpost",
                        v -> v.somA(AtkomstloggService.class).markeraGranskad(v.a, 1, "granskad av A")),
                oppen("AtkomstloggService.logga(Inloggning, Atkomsthandling, Collection)",
                        "skriver bara poster om kunder som anroparen redan har läst; läser ingenting ur databasen", v -> {
                            v.somA(AtkomstloggService.class).logga(v.a, Atkomsthandling.SKRIVA_UT, List.of());
                            return List.of();
                        }),
                filtreras("InsatsService.forKund(Inloggning, long)", "B:s kunds insatser", v -> {
                    List<Insats> insatser = v.somA(InsatsService.class).forKund(v.a, v.kundB.getId());
                    assertTrue(insatser.isEmpty(), "A has no insats with B's kund");
                    return insatser;
                }),
                nekas("InsatsService.hamta(Inloggning, long)", "B:s insats", v -> v.somA(InsatsService.class).hamta(v.a, v.insatsB.getId())),
                filtreras("InsatsService.aktivaUnder(Inloggning, LocalDate, LocalDate)", "aktiva i år",
                        v -> egnaInsatser(v.somA(InsatsService.class).aktivaUnder(v.a, Testklocka.IDAG.minusYears(1), Testklocka.IDAG))),
                filtreras("InsatsService.arbetslista(Inloggning, int)", "arbetslistan",
                        v -> egnaInsatser(v.somA(InsatsService.class).arbetslista(v.a, 25))),
                filtreras("InsatsService.arbetslistaForBevakningar(Inloggning, int)", "arbetslistan för bevakningarna",
                        v -> egnaInsatser(v.somA(InsatsService.class).arbetslistaForBevakningar(v.a, 25))),
                nekas("InsatsService.historik(Inloggning, long)", "B:s insats historik",
                        v -> v.somA(InsatsService.class).historik(v.a, v.insatsB.getId())),
                nekas("KundService.historik(Inloggning, long)", "B:s kunds historik",
                        v -> v.somA(KundService.class).historik(v.a, v.kundB.getId())),
                nekas("KundService.akt(Inloggning, long)", "B:s kunds akt i Kund-editorn",
                        v -> v.somA(KundService.class).akt(v.a, v.kundB.getId())),
                filtreras("InsatsService.medObedomtAvslut(Inloggning)", "obedömda avslut (B:s är obedömt)",
                        v -> v.somA(InsatsService.class).medObedomtAvslut(v.a)),
                nekas("InsatsService.spara(Inloggning, Insats)", "B:s insats som den är",
                        v -> v.somA(InsatsService.class).spara(v.a, v.andrasInsats())),
                nekas("InsatsService.spara(Inloggning, Insats)", "B:s insats flyttad till A", v -> v.somA(InsatsService.class).spara(v.a, flyttad(v))),
                nekas("InsatsService.spara(Inloggning, Insats)", "A:s insats flyttad till B:s kund",
                        v -> v.somA(InsatsService.class).spara(v.a, tillAndrasKund(v))),
                nekas("InsatsService.spara(Inloggning, Insats)", "ny insats hos A för B:s kund", v -> v.somA(InsatsService.class).spara(v.a, ny(v))),
                nekas("InsatsService.spara(Inloggning, Insats, Granskning)", "B:s insats som den är",
                        v -> v.somA(InsatsService.class).spara(v.a, v.andrasInsats(), GRANSKNING)),
                nekas("InsatsService.spara(Inloggning, Insats, Granskning)", "B:s insats flyttad till A",
                        v -> v.somA(InsatsService.class).spara(v.a, flyttad(v), GRANSKNING)),
                nekas("InsatsService.spara(Inloggning, Insats, Granskning)", "A:s insats flyttad till B:s kund",
                        v -> v.somA(InsatsService.class).spara(v.a, tillAndrasKund(v), GRANSKNING)),
                nekas("InsatsService.spara(Inloggning, Insats, Granskning)", "ny insats hos A för B:s kund",
                        v -> v.somA(InsatsService.class).spara(v.a, ny(v), GRANSKNING)),
                filtreras("ArendelistaService.arenden(Inloggning, Bevakningsgranser)", "ärendelistan", v -> {
                    List<Arenderad> rader = v.somA(ArendelistaService.class).arenden(v.a, Bevakningsgranser.standard());
                    assertEquals(List.of(TvaAnordnare.EGEN_KUND), rader.stream().map(Arenderad::namn).toList());
                    return rader;
                }),
                oppen("ReferensdataService.prislista(Inloggning)", "prislistan (typ, datum, belopp, vem som föreslog och "
                        + "godkände) är kommunens offentliga priser och rymmer inga kunder",
                        v -> v.somA(ReferensdataService.class).prislista(v.a)),
                oppen("AnordnareService.alla(Inloggning)", "anordnarregistret (namn, orgnr, auktorisationer, coacher) "
                        + "är offentligt för alla roller (0083) och rymmer inga kunder", v -> v.somA(AnordnareService.class).alla(v.a)),
                oppen("AnordnareService.hamtaMedOrgnr(Inloggning, String)", "samma register, en rad: B:s namn och "
                        + "auktorisationer men inget om B:s kunder", v -> v.somA(AnordnareService.class).hamtaMedOrgnr(v.a, v.anordnareB.getOrgnr())),
                nekas("AnordnareService.spara(Inloggning, Anordnare)", "B:s anordnare", v -> v.somA(AnordnareService.class).spara(v.a, v.anordnareB)),
                nekas("AnordnareService.senasteInsatsstart(Inloggning)", "B:s senaste start avslöjar B:s insatser",
                        v -> v.somA(AnordnareService.class).senasteInsatsstart(v.a)),
                nekas("AnvandareService.alla(Inloggning)", "användarna", v -> v.somA(AnvandareService.class).alla(v.a)),
                nekas("AnvandareService.spara(Inloggning, Anvandare, char[])", "en användare hos B",
                        v -> v.somA(AnvandareService.class).spara(v.a, anvandareHosB(v), "hemligt".toCharArray())),
                nekas("Anvandarkonton.skapa(Inloggning, Anvandare, char[])", "en inloggning hos B med engångskodens hemlighet",
                        v -> v.somA(Anvandarkonton.class).skapa(v.a, anvandareHosB(v), "hemligt".toCharArray())),
                nekas("ReferensdataService.foreslaPris(Inloggning, Pris)", "ett pris", v -> {
                    Pris pris = KundvalFactory.eINSTANCE.createPris();
                    pris.setInsatstyp(v.insatsA.getInsatstyp());
                    pris.setGiltigFran(LocalDate.of(2031, 1, 1));
                    pris.setCheckbelopp(new BigDecimal("1.00"));
                    return v.somA(ReferensdataService.class).foreslaPris(v.a, pris);
                }),
                nekas("ReferensdataService.godkannPris(Inloggning, long)", "ett pris",
                        v -> v.somA(ReferensdataService.class).godkannPris(v.a, 1L)),
                nekas("ReferensdataService.aterkallaPris(Inloggning, long)", "ett pris",
                        v -> v.somA(ReferensdataService.class).aterkallaPris(v.a, 1L)));
    }

    /** A list of A's own insatser: the filter must keep them, not only drop B's. */
    private static List<Insats> egnaInsatser(List<Insats> insatser) {
        assertEquals(List.of(TvaAnordnare.EGEN_KUND), insatser.stream().map(i -> i.getKund().getNamn()).toList());
        return insatser;
    }

    /** B's insats, as a handläggare read it, handed over to A. */
    private static Insats flyttad(TvaAnordnare v) {
        Insats insats = v.andrasInsats();
        insats.setAnordnare(v.somA(AnordnareService.class).hamtaMedOrgnr(v.a, v.anordnareA.getOrgnr()).orElseThrow());
        return insats;
    }

    /** A's own insats, pointed at B's kund: would bring B's kund within A's reach. */
    private static Insats tillAndrasKund(TvaAnordnare v) {
        Insats insats = v.egenInsats();
        insats.setKund(v.andrasKund());
        return insats;
    }

    /** A new insats with A for B's kund: an anordnare does not grant insatser, and would reach the kund through it. */
    private static Insats ny(TvaAnordnare v) {
        Insats egen = v.egenInsats();
        Insats ny = KundvalFactory.eINSTANCE.createInsats();
        ny.setInsatsId("I-A-" + v.kundB.getKundId());
        ny.setKund(v.andrasKund());
        ny.setAnordnare(egen.getAnordnare());
        ny.setInsatstyp(egen.getInsatstyp());
        ny.setStartdatum(egen.getStartdatum());
        ny.setLangdManader(egen.getLangdManader());
        ny.setStatus(egen.getStatus());
        Beslut beslut = EcoreUtil.copy(egen.getBeslut().get(0));
        beslut.setId(null);
        beslut.setVersion(0);
        ny.getBeslut().add(beslut);
        return ny;
    }

    private static Anvandare anvandareHosB(TvaAnordnare v) {
        Anvandare anvandare = KundvalFactory.eINSTANCE.createAnvandare();
        anvandare.setAnvandarnamn("b2");
        anvandare.setNamn("B två");
        anvandare.setRoll(Roll.ANORDNARE);
        anvandare.setOrgnr(v.anordnareB.getOrgnr());
        return anvandare;
    }
}
