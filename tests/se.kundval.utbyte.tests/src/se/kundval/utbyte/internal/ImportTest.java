package se.kundval.utbyte.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.utbyte.internal.Databasinnehall.ADMIN;
import static se.kundval.utbyte.internal.Testmapp.ORG1;
import static se.kundval.utbyte.internal.Testmapp.ORG2;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Pris;
import se.kundval.model.Prisstatus;
import se.kundval.model.Roll;
import se.kundval.testsupport.Exportinnehall;
import se.kundval.testsupport.Testklocka;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.core.utbyte.UtbytesService.Filrader;
import se.kundval.core.utbyte.Utbytesfilregister;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.Manadsrapportstatus;
import se.kundval.model.Omrade;
import se.kundval.model.Utbildningsniva;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/** A valid folder is written whole, each column where the mapping decision puts it; on H2 and PostgreSQL. */
class ImportTest {

    private static UtbytesService utbyte;
    private static Databas databas;
    private static Exportlager export;
    private static ReferensdataService referensdata;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte");
        utbyte = Tjanster.hamta(UtbytesService.class);
        databas = Tjanster.hamta(Databas.class);
        export = Tjanster.hamta(Exportlager.class);
        referensdata = Tjanster.hamta(ReferensdataService.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void giltigMappSkrivsHel(Testdatabas typ) {
        databas.anslut(typ.ny());
        Testmapp mapp = Testmapp.giltig().skriv(Testkursfil.FIL, "insats_id;kurs", "I4;Samhällsorientering vår");
        List<Filrader> antal = utbyte.importera(ADMIN, mapp.katalog());
        assertEquals(List.of(new Filrader("anordnare.csv", 2), new Filrader("auktorisationer.csv", 3),
                new Filrader("kunder.csv", 4), new Filrader("insatser.csv", 4), new Filrader("manadsrapporter.csv", 3),
                new Filrader("enkat.csv", 2), new Filrader("enkat_utskick.csv", 1), new Filrader("priser.csv", 3),
                new Filrader("testkurs.csv", 1)), antal);
        Testkursfil kursfil = Tjanster.hamta(Utbytesfilregister.class).filer().stream().filter(Testkursfil.class::isInstance)
                .map(Testkursfil.class::cast).findFirst().orElseThrow();
        assertEquals(Map.of("I4", "Samhällsorientering vår"), kursfil.lasta());

        Exportinnehall allt = Exportinnehall.av(export, ADMIN);
        Map<String, Anordnare> anordnare = perNyckel(allt.anordnare(), Anordnare::getOrgnr);
        assertEquals("Lotsen; Nacka AB", anordnare.get(ORG2).getNamn());
        assertEquals(2, anordnare.get(ORG1).getAuktorisationer().size());

        Map<String, Kund> kunder = perNyckel(allt.kunder(), Kund::getKundId);
        Kund k1 = kunder.get("K1");
        assertEquals("Åsa Öberg", k1.getNamn());
        assertEquals(Kon.KVINNA, k1.getKon());
        assertEquals(Utbildningsniva.GYMNASIUM, k1.getUtbildningsniva());
        assertTrue(k1.isEkonomisktBistand());
        assertEquals(100, k1.getArbetsformaga());
        assertEquals("kv1", k1.getAnsvarigKarriarvagledare());
        Kund k2 = kunder.get("K2");
        assertEquals(LocalDate.of(1985, 3, 12), k2.getFodelsedatum());
        assertEquals(Utbildningsniva.GRUNDSKOLA_49, k2.getUtbildningsniva());
        assertTrue(k2.isArbetsformagaOklar());
        assertNull(k2.getArbetsformaga());
        assertTrue(k2.isEtableringsprogram() && k2.isEtableringsersattning());
        Kund k3 = kunder.get("K3");
        assertEquals(Kon.ANNAT, k3.getKon());
        assertEquals(Utbildningsniva.EJ_ANGIVET, k3.getUtbildningsniva(), "an unknown utbildning is EJ_ANGIVET");
        assertNull(k3.getSprak());
        assertNull(k3.getAnsvarigKarriarvagledare());
        assertFalse(k3.isEkonomisktBistand() || k3.isArbetsformagaOklar());
        assertNull(kunder.get("K4").getKon(), "an empty kön is unknown");

        Map<String, Insats> insatser = perNyckel(allt.insatser(), Insats::getInsatsId);
        Insats i1 = insatser.get("I1");
        assertEquals(InsatsStatus.AVSLUTAD, i1.getStatus());
        Beslut beslut = i1.getBeslut().get(0);
        assertEquals(BeslutTyp.BEVILJANDE, beslut.getTyp());
        assertEquals(LocalDate.of(2023, 1, 10), beslut.getDatum());
        assertEquals(3, beslut.getLangdManader());
        assertEquals(Insatslasning.IMPORT, beslut.getHandlaggare());
        assertEquals(Avslutsorsak.ARBETE, i1.getAvslut().getAvslutsorsak());
        Avslutsbedomning bedomning = i1.getAvslut().getBedomningar().get(0);
        assertEquals(1, bedomning.getLopnummer());
        assertTrue(bedomning.isLyckat() && bedomning.isBonusgrundande());
        assertEquals(Insatslasning.IMPORT, bedomning.getBedomdAv());
        assertEquals(List.of(YearMonth.of(2023, 1), YearMonth.of(2023, 2)),
                i1.getManadsrapporter().stream().map(r -> r.getPeriod()).toList());
        assertEquals(Manadsrapportstatus.GODKAND, i1.getManadsrapporter().get(0).getStatus());
        assertEquals(InsatsStatus.PAGAENDE, insatser.get("I2").getStatus());
        assertNull(insatser.get("I2").getSlutdatum());
        assertNull(insatser.get("I2").getManadsrapporter().get(0).getInlamnad());
        Insats i3 = insatser.get("I3");
        assertEquals(LocalDate.of(2025, 5, 4), i3.getSlutdatum());
        assertTrue(i3.getAvslut().getBedomningar().isEmpty(), "an empty judgement is a judgement still to come");
        Insats i4 = insatser.get("I4");
        assertEquals(InsatsStatus.BEVILJAD, i4.getStatus());
        assertTrue(i4.getBeslut().isEmpty(), "an empty beslutsdatum gives no beslut");

        assertEquals(2, allt.enkatsvar().size());
        assertEquals(Omrade.DELAKTIGHET, allt.enkatsvar().stream().filter(e -> e.getSvar() == 5).findFirst().orElseThrow().getOmrade());
        assertEquals(12, allt.enkatutskick().get(0).getAntal());
    }

    /**
     * Decision 0221: a row with the price in force changes nothing; a new row arrives as a proposal by
     * the importing user and applies only once another administratör has approved it.
     */
    @ParameterizedTest
    @MethodSource("databaser")
    void importeradePriserArForslagSomEnAnnanAdministratorGodkanner(Testdatabas typ) {
        databas.anslut(typ.ny());
        int fore = referensdata.priser().size();
        utbyte.importera(ADMIN, Testmapp.giltig().katalog());
        assertEquals(fore, referensdata.priser().size(), "nothing applies before it is approved");
        assertEquals(0, new BigDecimal("5000").compareTo(pris("AMI2", LocalDate.of(2027, 6, 1))));
        List<Pris> forslag = referensdata.prislista(ADMIN).stream().filter(p -> p.getStatus() == Prisstatus.FORESLAGEN).toList();
        assertEquals(Set.of("AMI1 2027-01-01", "AMI2 2027-01-01"),
                forslag.stream().map(p -> p.getInsatstyp().getKod() + " " + p.getGiltigFran()).collect(Collectors.toSet()));
        assertTrue(forslag.stream().allMatch(p -> ADMIN.anvandarnamn().equals(p.getForeslagenAv())), "proposed by the importer");
        Inloggning annan = new Inloggning("admin2", "Admin Två", Roll.ADMINISTRATOR, null);
        forslag.forEach(p -> referensdata.godkannPris(annan, p.getId()));
        assertEquals(fore + 2, referensdata.priser().size());
        assertEquals(0, new BigDecimal("3800").compareTo(pris("AMI1", LocalDate.of(2024, 6, 1))));
        assertEquals(0, new BigDecimal("5100").compareTo(pris("AMI2", LocalDate.of(2027, 6, 1))));
        assertEquals(0, new BigDecimal("3914").compareTo(pris("AMI1", LocalDate.of(2027, 1, 1))));
        assertEquals(0, new BigDecimal("6080").compareTo(pris("SAI", LocalDate.of(2020, 1, 1))), "prices the file does not name stay");
    }

    /** The audit of DOMAIN §12: what an import wrote names the importing user and the import as its source. */
    @ParameterizedTest
    @MethodSource("databaser")
    void importenGranskasMedAnvandarenOchImportenSomKalla(Testdatabas typ) {
        databas.anslut(typ.ny());
        utbyte.importera(ADMIN, Testmapp.giltig().katalog());
        Kund kund = Tjanster.hamta(KundService.class).hamtaMedKundId(ADMIN, "K1").orElseThrow();
        List<Granskningshandelse> historik = Tjanster.hamta(KundService.class).historik(ADMIN, kund.getId());
        assertEquals(1, historik.size());
        assertEquals("IMPORT", historik.get(0).getHandelse());
        assertEquals(ADMIN.anvandarnamn(), historik.get(0).getAnvandare());
        assertEquals(Testklocka.NU, historik.get(0).getTidpunkt());
        Insats insats = Tjanster.hamta(InsatsService.class).forKund(ADMIN, kund.getId()).get(0);
        assertEquals(List.of("IMPORT"), Tjanster.hamta(InsatsService.class).historik(ADMIN, insats.getId()).stream()
                .map(Granskningshandelse::getHandelse).toList());
    }

    private static BigDecimal pris(String typ, LocalDate dag) {
        return referensdata.prisPa(typ, dag).orElseThrow().getCheckbelopp();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enSenareMappKanHanvisaTillDatabasensKunderOchAnordnare(Testdatabas typ) {
        databas.anslut(typ.ny());
        utbyte.importera(ADMIN, Testmapp.giltig().katalog());
        Testmapp till = Testmapp.tom()
                .skriv("auktorisationer.csv", "orgnr;insatstyp;fran;till", ORG2 + ";FAI1;2024-01-01;")
                .skriv("insatser.csv",
                        "insats_id;kund_id;insatstyp;orgnr;beslutsdatum;startdatum;langd_manader;slutdatum;avslutsdatum;avslutsorsak;lyckat;bonusgrundande",
                        "I5;K2;FAI1;" + ORG2 + ";2025-01-02;2025-01-13;3;;2025-04-12;INSATSTID_SLUT;N;N")
                .skriv("manadsrapporter.csv", "insats_id;period;status;inlamnad", "I5;2025-01;GODKAND;2025-02-07");
        assertEquals(List.of(new Filrader("auktorisationer.csv", 1), new Filrader("insatser.csv", 1),
                new Filrader("manadsrapporter.csv", 1)), utbyte.importera(ADMIN, till.katalog()));
        Exportinnehall allt = Exportinnehall.av(export, ADMIN);
        Insats i5 = perNyckel(allt.insatser(), Insats::getInsatsId).get("I5");
        assertEquals("K2", i5.getKund().getKundId());
        assertEquals(4, perNyckel(allt.kunder(), Kund::getKundId).size());
        assertEquals(2, perNyckel(allt.anordnare(), Anordnare::getOrgnr).get(ORG2).getAuktorisationer().size());
    }

    private static <T> Map<String, T> perNyckel(List<T> lista, Function<T, String> nyckel) {
        return lista.stream().collect(Collectors.toMap(nyckel, Function.identity()));
    }
}
