package se.kundval.rapport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.dataskydd.Registerutdrag;
import se.kundval.core.dataskydd.RegisterutdragService;
import se.kundval.core.dataskydd.Registerutdragsbidrag;
import se.kundval.core.dataskydd.Registerutdragsskrivare;
import se.kundval.core.dataskydd.Utdragsdel;
import se.kundval.core.dataskydd.Utdragsformat;
import se.kundval.core.rapport.Enkatfraga;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Granskning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.KvalitetService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Aktivitetstyp;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Genomforandeplan;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Manadsrapportstatus;
import se.kundval.model.Omrade;
import se.kundval.model.Planaktivitet;
import se.kundval.model.Planmal;
import se.kundval.model.Planrevision;
import se.kundval.model.Progressgenomgang;
import se.kundval.model.Progressutfall;
import se.kundval.model.Sysselsattningsform;
import se.kundval.model.Undantag;
import se.kundval.model.regler.Luhn;
import se.kundval.model.regler.Personnummer;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.atkomst.Loggfraga;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * Registerutdrag (GDPR art. 15): every kind of record stored about the person, in JSON and PDF, and
 * nothing about anyone else; a store registered as a {@link Registerutdragsbidrag} adds its part.
 */
class RegisterutdragTest {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;
    private static final Inloggning GRANSKARE = new Inloggning("granskare", "Gun Granskare", Roll.LOGGRANSKARE, null);
    private static final List<String> DELAR = List.of("kund", "insats", "beslut", "undantag", "avslut", "avslutsbedomning",
            "genomforandeplan", "planmal", "planaktivitet", "planrevision", "manadsrapport", "progressgenomgang",
            "sexmanadersuppfoljning", "effektuppfoljning", "enkatsvar", "granskningshandelse");

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.rapport", "se.kundval.insatstyp.kundval2024");
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void utdragetHarVarjeSlagsUppgiftOchIngetOmNagonAnnan(Testdatabas typ) throws Exception {
        Tjanster.hamta(Databas.class).anslut(typ.ny());
        Insatstyp ami1 = Tjanster.hamta(ReferensdataService.class).insatstyp("AMI1").orElseThrow();
        Anordnare a = Tjanster.hamta(AnordnareService.class).spara(Testfall.ADMIN,
                Insatsbyggare.anordnare(orgnr("556036079"), "Alfa Coach AB", List.of(ami1)));
        Kund anna = person("K-ANNA", "198503121234", "Anna Andersson", a, ami1, "I-ANNA");
        Kund bo = person("K-BO", "197911051234", "Bo Bengtsson", a, ami1, "I-BO");
        ServiceRegistration<Registerutdragsbidrag> logg = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(Registerutdragsbidrag.class, (vem, p) -> List.of(new Utdragsdel("provdel", "Provdel",
                        List.of("Kund-id"), List.of(List.of(p.kundId())))), null);
        Registerutdrag utdrag;
        try {
            utdrag = Tjanster.hamta(RegisterutdragService.class).utdrag(Testfall.HANDLAGGARE, Personnummer.formaterat(anna.getPersonnummer()))
                    .orElseThrow();
        } finally {
            logg.unregister();
        }
        Map<String, Utdragsdel> delar = utdrag.delar().stream().collect(Collectors.toMap(Utdragsdel::nyckel, d -> d));
        for (String nyckel : DELAR) {
            assertTrue(delar.containsKey(nyckel) && !delar.get(nyckel).rader().isEmpty(), "no record in the part " + nyckel);
        }
        assertEquals(List.of(List.of("K-ANNA")), delar.get("provdel").rader(), "the contributed part, about this person");
        // the access log's own part: saving Anna was a change of her data (DOMAIN §12), Bo's entries are not hers
        List<List<Object>> atkomst = delar.get("atkomstlogg").rader();
        assertTrue(atkomst.stream().anyMatch(r -> "ANDRA".equals(r.get(5))), String.valueOf(atkomst));
        assertEquals(Tjanster.hamta(AtkomstloggService.class).sok(GRANSKARE,
                Loggfraga.period(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)).medKund("K-ANNA")).size(), atkomst.size(), "every entry about Anna");
        assertTrue(delar.get("kund").rader().contains(List.of("Namn", "Anna Andersson")));
        assertEquals("Månadsrapporter", delar.get("manadsrapport").rubrik());

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        Tjanster.hamta(Registerutdragsskrivare.class).skriv(utdrag, Utdragsformat.JSON, json);
        String text = json.toString(StandardCharsets.UTF_8);
        for (String annan : List.of(bo.getKundId(), bo.getPersonnummer(), bo.getNamn(), "I-BO", "Bo fick jobb")) {
            assertFalse(text.contains(annan), "another person's " + annan + " in the utdrag");
        }
        for (String egen : List.of("K-ANNA", anna.getPersonnummer(), "Anna Andersson", "I-ANNA", "Anna fick jobb", "Kunduppgifter")) {
            assertTrue(text.contains(egen), egen + " missing from the JSON");
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Tjanster.hamta(Registerutdragsskrivare.class).skriv(utdrag, Utdragsformat.PDF, pdf);
        try (PDDocument dokument = Loader.loadPDF(pdf.toByteArray())) {
            String sidor = new PDFTextStripper().getText(dokument);
            assertTrue(sidor.contains("Registerutdrag för " + Personnummer.formaterat(anna.getPersonnummer())), sidor);
            assertTrue(sidor.contains("Anna Andersson") && sidor.contains("Månadsrapporter") && sidor.contains("Anna fick jobb"));
            assertFalse(sidor.contains("Bo Bengtsson"));
        }
        assertTrue(Tjanster.hamta(RegisterutdragService.class).utdrag(Testfall.ADMIN, "190001011234").isEmpty());
        assertThrows(AtkomstNekadException.class,
                () -> Tjanster.hamta(RegisterutdragService.class).utdrag(Testfall.KARRIARVAGLEDARE, anna.getPersonnummer()));
    }

    /** A kund with one insats holding every kind of record, an enkät answer under its kund-id and an audit row. */
    private static Kund person(String kundId, String personnummer, String namn, Anordnare a, Insatstyp typ, String insatsId) {
        Kund k = Insatsbyggare.kund(kundId, personnummer.substring(0, 11) + Luhn.kontrollsiffra(personnummer.substring(2, 11)));
        k.setNamn(namn);
        Kund kund = Tjanster.hamta(KundService.class).spara(Testfall.ADMIN, k);
        String fornamn = namn.split(" ")[0];
        LocalDate start = LocalDate.of(2024, 2, 1);
        Insats i = Insatsbyggare.insats(insatsId, kund, a, typ, start, 3)
                .avslut(LocalDate.of(2024, 4, 15), Avslutsorsak.ARBETE, Sysselsattningsform.TILLSVIDAREANSTALLNING, null)
                .bedomd(true, true).bygg();
        Undantag u = F.createUndantag();
        u.setRegel("ALDER");
        u.setMotivering(fornamn + " är nästan 18");
        i.getBeslut().get(0).getUndantag().add(u);
        Genomforandeplan plan = F.createGenomforandeplan();
        plan.setUpprattad(start.plusDays(5));
        Planmal mal = F.createPlanmal();
        mal.setBeskrivning(fornamn + " ska få jobb");
        plan.getMal().add(mal);
        Planaktivitet akt = F.createPlanaktivitet();
        akt.setTyp(Aktivitetstyp.PRAKTIK);
        akt.setBeskrivning("Praktik");
        plan.getAktiviteter().add(akt);
        Planrevision rev = F.createPlanrevision();
        rev.setDatum(start.plusDays(30));
        rev.setBeskrivning("Reviderad");
        plan.getRevisioner().add(rev);
        i.setGenomforandeplan(plan);
        Manadsrapport m = F.createManadsrapport();
        m.setPeriod(YearMonth.of(2024, 2));
        m.setStatus(Manadsrapportstatus.INLAMNAD);
        m.setInlamnad(LocalDate.of(2024, 3, 5));
        m.setAktiviteter(fornamn + " praktiserade");
        i.getManadsrapporter().add(m);
        Progressgenomgang p = F.createProgressgenomgang();
        p.setDatum(LocalDate.of(2024, 3, 1));
        p.setUtfall(Progressutfall.FORTSATT);
        i.getProgressgenomgangar().add(p);
        i.getEffektuppfoljningar().add(Gallringshistorik.effekt(LocalDate.of(2024, 10, 15), fornamn + " fick jobb"));
        Tjanster.hamta(InsatsService.class).spara(Testfall.HANDLAGGARE, i, new Granskning("TEST", "sparad för " + fornamn));
        Tjanster.hamta(KvalitetService.class).sparaEnkatsvar(Testfall.ADMIN,
                List.of(Kvalitetsdata.svar(a, 2024, kundId, Enkatfraga.MALET.text(), Omrade.MAL, 4)));
        return kund;
    }

    private static String orgnr(String nio) {
        return nio + Luhn.kontrollsiffra(nio);
    }
}
