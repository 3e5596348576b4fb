package se.kundval.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.Inloggning;
import se.kundval.core.KonfliktException;
import se.kundval.core.rapport.Enkatfraga;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.KvalitetService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Anvandare;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.Entitet;
import se.kundval.model.Faltandring;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Manadsrapportstatus;
import se.kundval.model.Omrade;
import se.kundval.model.Pris;
import se.kundval.model.Roll;
import se.kundval.model.Tillsyn;
import se.kundval.model.Tillsynspunkt;
import se.kundval.model.Uppfyllnadsgrad;
import se.kundval.persistence.internal.Sessionskalla;
import se.kundval.persistence.internal.orm.Hamtplan;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The complete audit of DOMAIN §12, on H2 and PostgreSQL: every aggregate the model has, saved new
 * and changed through its service, leaves one entry with the user, the clock's time and each field
 * before and after (parts of the aggregate included); a save that fails leaves none.
 */
class GranskningTest {

    private static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
    private static final Inloggning ADMIN2 = new Inloggning("admin2", "Admin Två", Roll.ADMINISTRATOR, null);
    /** Beslut and bedömningar are the handläggare's (DOMAIN §12, separation of duties). */
    private static final Inloggning HL = new Inloggning("hl1", "Hanna", Roll.HANDLAGGARE, null);
    private static final Inloggning KVALITET = new Inloggning("kvalitet", "Kvalitet", Roll.KVALITETSUTVECKLARE, null);
    /** Registered by the installed plugins, never edited by a user: kept, not audited as saves. */
    private static final Set<String> REFERENSDATA = Set.of("Kundval", "Niva", "Insatstyp");

    private static Databas databas;

    /** A field change the entry must hold: the object's class, the field, before and after (null: none). */
    private record Andring(String objekttyp, String falt, String fore, String efter) {
    }

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        databas = Tjanster.hamta(Databas.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void varjeAggregatGranskasMedVemNarOchFaltForeOchEfter(Testdatabas typ) {
        databas.anslut(typ.ny());
        Insatstyp test1 = Tjanster.hamta(ReferensdataService.class).insatstyp("TEST1").orElseThrow();
        Set<String> granskade = new TreeSet<>();

        AnordnareService register = Tjanster.hamta(AnordnareService.class);
        Anordnare anordnare = register.spara(ADMIN, Testdata.anordnare(test1));
        granskade.add(kontrollera(anordnare, "ANORDNARE_SKAPAD", ADMIN, new Andring("Anordnare", "namn", null, "Vägen Vidare AB"),
                new Andring("Auktorisation", "insatstyp", null, "TEST1"), new Andring("Coach", "epost", null, "sara@vagenvidare.se")));
        Anordnare lasad = register.hamtaMedOrgnr(ADMIN, anordnare.getOrgnr()).orElseThrow();
        lasad.getAuktorisationer().get(0).setTill(LocalDate.of(2027, 12, 31));
        lasad.getCoacher().clear();
        register.spara(ADMIN, lasad);
        kontrollera(lasad, "ANORDNARE_ANDRAD", ADMIN, new Andring("Auktorisation", "till", "2026-12-31", "2027-12-31"),
                new Andring("Coach", "namn", "Sara Coach", null));

        KundService kunder = Tjanster.hamta(KundService.class);
        Kund kund = kunder.spara(ADMIN, Testdata.kund("K-1", "198112189876"));
        granskade.add(kontrollera(kund, "KUND_SKAPAD", ADMIN, new Andring("Kund", "kon", null, "KVINNA")));
        Kund andrad = kunder.hamta(ADMIN, kund.getId());
        andrad.setNamn("Åsa Berg");
        andrad.setPersonnummer("198112189884");
        kunder.spara(ADMIN, andrad);
        kontrollera(andrad, "KUND_ANDRAD", ADMIN, new Andring("Kund", "namn", "Åsa Öberg", "Åsa Berg"),
                new Andring("Kund", "personnummer", "198112189876", "198112189884"));
        List<Faltandring> somKvalitet = kunder.historik(KVALITET, kund.getId()).get(1).getAndringar();
        assertTrue(somKvalitet.stream().filter(a -> a.getFalt().equals("personnummer"))
                .allMatch(a -> a.getFore().endsWith("****") && a.getEfter().endsWith("****")), "masked as the kund is");

        InsatsService insatser = Tjanster.hamta(InsatsService.class);
        Insats insats = insatser.spara(HL, Testdata.insats(andrad, anordnare, test1));
        granskade.add(kontrollera(insats, "INSATS_SKAPAD", HL, new Andring("Insats", "startdatum", null, "2024-02-29"),
                new Andring("Beslut", "typ", null, "BEVILJANDE"), new Andring("Manadsrapport", "period", null, "2024-03")));
        Insats lasadInsats = insatser.hamta(ADMIN, insats.getId());
        lasadInsats.getManadsrapporter().get(0).setStatus(Manadsrapportstatus.KOMPLETTERING_BEGARD);
        lasadInsats.getGenomforandeplan().getMal().clear();
        insatser.spara(HL, lasadInsats);
        kontrollera(lasadInsats, "INSATS_ANDRAD", HL, new Andring("Manadsrapport", "status", "GODKAND", "KOMPLETTERING_BEGARD"),
                new Andring("Planmal", "beskrivning", "Anställning inom lager och logistik", null));

        AnvandareService anvandare = Tjanster.hamta(AnvandareService.class);
        Anvandare ny = anvandare.spara(ADMIN, Testdata.anvandare(), "hemligt".toCharArray());
        granskade.add(kontrollera(ny, "ANVANDARE_SKAPAD", ADMIN, new Andring("Anvandare", "roll", null, "ANORDNARE"),
                new Andring("Anvandare", "losenordHash", null, "******")));
        ny.setAktiv(false);
        anvandare.spara(ADMIN, ny, null);
        kontrollera(ny, "ANVANDARE_ANDRAD", ADMIN, new Andring("Anvandare", "aktiv", "true", "false"));

        ReferensdataService referensdata = Tjanster.hamta(ReferensdataService.class);
        Pris pris = KundvalPackage.eINSTANCE.getKundvalFactory().createPris();
        pris.setInsatstyp(test1);
        pris.setGiltigFran(Testklocka.IDAG.plusMonths(1).withDayOfMonth(1));
        pris.setCheckbelopp(new BigDecimal("1300"));
        referensdata.foreslaPris(ADMIN, pris);
        granskade.add(kontrollera(pris, "PRIS_FORESLAGET", ADMIN, new Andring("Pris", "checkbelopp", null, "1300"),
                new Andring("Pris", "status", null, "FORESLAGEN"), new Andring("Pris", "foreslagenAv", null, "admin")));
        referensdata.godkannPris(ADMIN2, pris.getId());
        kontrollera(pris, "PRIS_GODKANT", ADMIN2, new Andring("Pris", "status", "FORESLAGEN", "GODKAND"),
                new Andring("Pris", "godkandAv", null, "admin2"));

        KvalitetService kvalitet = Tjanster.hamta(KvalitetService.class);
        Enkatsvar svar = KundvalPackage.eINSTANCE.getKundvalFactory().createEnkatsvar();
        svar.setAnordnare(anordnare);
        svar.setAr(2024);
        svar.setRespondent("R1");
        svar.setFraga(Enkatfraga.PLANERAT.text());
        svar.setOmrade(Omrade.DELAKTIGHET);
        svar.setSvar(4);
        kvalitet.sparaEnkatsvar(KVALITET, List.of(svar));
        granskade.add(kontrollera(svar, "ENKATSVAR_SKAPAD", KVALITET, new Andring("Enkatsvar", "svar", null, "4")));
        Enkatutskick utskick = KundvalPackage.eINSTANCE.getKundvalFactory().createEnkatutskick();
        utskick.setAnordnare(anordnare);
        utskick.setAr(2024);
        utskick.setAntal(40);
        kvalitet.sparaEnkatutskick(KVALITET, utskick);
        granskade.add(kontrollera(utskick, "ENKATUTSKICK_SKAPAD", KVALITET, new Andring("Enkatutskick", "antal", null, "40")));
        Tillsyn tillsyn = KundvalPackage.eINSTANCE.getKundvalFactory().createTillsyn();
        tillsyn.setAnordnare(anordnare);
        tillsyn.setAr(2024);
        Tillsynspunkt punkt = KundvalPackage.eINSTANCE.getKundvalFactory().createTillsynspunkt();
        punkt.setKrav("Genomförandeplan finns för varje kund");
        punkt.setUppfyllnadsgrad(Uppfyllnadsgrad.DELVIS);
        tillsyn.getPunkter().add(punkt);
        kvalitet.sparaTillsyn(KVALITET, tillsyn);
        granskade.add(kontrollera(tillsyn, "TILLSYN_SKAPAD", KVALITET, new Andring("Tillsynspunkt", "uppfyllnadsgrad", null, "DELVIS")));
        Tillsyn lasadTillsyn = kvalitet.tillsyn(KVALITET, anordnare.getOrgnr(), 2024).orElseThrow();
        lasadTillsyn.getPunkter().get(0).setUppfyllnadsgrad(Uppfyllnadsgrad.UPPNATT);
        kvalitet.sparaTillsyn(KVALITET, lasadTillsyn);
        kontrollera(lasadTillsyn, "TILLSYN_ANDRAD", KVALITET, new Andring("Tillsynspunkt", "uppfyllnadsgrad", "DELVIS", "UPPNATT"));

        assertEquals(aggregatrotter(), granskade, "every aggregate of the model is saved audited here; a new one needs its case");
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enSparningSomMisslyckasSkriverIngenGranskning(Testdatabas typ) {
        databas.anslut(typ.ny());
        KundService kunder = Tjanster.hamta(KundService.class);
        Kund kund = kunder.spara(ADMIN, Testdata.kund("K-1", "198112189876"));
        long fore = antalHandelser();

        // the same kund-id again: the database refuses the row, after the entry was written in the transaction
        assertThrows(RuntimeException.class, () -> kunder.spara(ADMIN, Testdata.kund("K-1", "198112189884")));
        assertEquals(fore, antalHandelser(), "a refused insert leaves no audit entry");

        Kund a = kunder.hamta(ADMIN, kund.getId());
        Kund b = kunder.hamta(ADMIN, kund.getId());
        a.setNamn("Namn från A");
        kunder.spara(ADMIN, a);
        b.setNamn("Namn från B");
        assertThrows(KonfliktException.class, () -> kunder.spara(ADMIN, b));
        assertEquals(fore + 1, antalHandelser(), "only A's save is audited, not B's conflicting one");

        Kund oforandrad = kunder.hamta(ADMIN, kund.getId());
        kunder.spara(ADMIN, oforandrad);
        assertEquals(fore + 1, antalHandelser(), "a save that changes no field is no change");
    }

    /**
     * Checks the entry the save wrote last for the aggregate: its code, the user, the test clock's
     * time and the field changes; returns the aggregate's class.
     */
    private static String kontrollera(Entitet rot, String handelse, Inloggning vem, Andring... andringar) {
        String klass = rot.eClass().getName();
        List<Granskningshandelse> historik = historik(klass, rot.getId());
        Granskningshandelse senaste = historik.get(historik.size() - 1);
        assertEquals(handelse, senaste.getHandelse(), klass);
        assertEquals(vem.anvandarnamn(), senaste.getAnvandare(), klass);
        assertEquals(Testklocka.NU, senaste.getTidpunkt(), klass);
        Set<Andring> skrivna = senaste.getAndringar().stream()
                .map(a -> new Andring(a.getObjekttyp(), a.getFalt(), a.getFore(), a.getEfter())).collect(Collectors.toSet());
        for (Andring a : andringar) {
            assertTrue(skrivna.contains(a), klass + ": " + a + " in " + skrivna);
        }
        return klass;
    }

    private static List<Granskningshandelse> historik(String objekttyp, long id) {
        Sessionskalla s = Tjanster.hamta(Sessionskalla.class);
        return s.lasa(x -> {
            List<Granskningshandelse> h = x.createSelectionQuery("from Granskningshandelse h where h.objekttyp = :t "
                    + "and h.objektId = :id order by h.id", Granskningshandelse.class).setParameter("t", objekttyp)
                    .setParameter("id", id).getResultList();
            s.aggregat().fyll(x, h, Hamtplan.bara(Literals.GRANSKNINGSHANDELSE__ANDRINGAR));
            return h;
        });
    }

    private static long antalHandelser() {
        return Tjanster.hamta(Sessionskalla.class).lasa(x -> x.createSelectionQuery("select count(h) from Granskningshandelse h",
                Long.class).getSingleResult());
    }

    /** The model's aggregate roots: concrete classes no containment holds, less reference data and the audit itself. */
    private static Set<String> aggregatrotter() {
        List<EClass> klasser = KundvalPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
                .map(EClass.class::cast).toList();
        Set<String> rotter = new TreeSet<>();
        for (EClass k : klasser) {
            boolean innehallen = klasser.stream().flatMap(c -> c.getEReferences().stream()).filter(EReference::isContainment)
                    .anyMatch(r -> r.getEReferenceType().isSuperTypeOf(k));
            if (!k.isAbstract() && !innehallen && !REFERENSDATA.contains(k.getName()) && k != Literals.GRANSKNINGSHANDELSE) {
                rotter.add(k.getName());
            }
        }
        return rotter;
    }
}
