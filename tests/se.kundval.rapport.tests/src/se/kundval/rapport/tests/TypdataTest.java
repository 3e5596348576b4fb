package se.kundval.rapport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kundval.core.rapport.Kvalitetsrapport;
import se.kundval.core.rapport.RapportService;
import se.kundval.core.rapport.Rapportperiod;
import se.kundval.core.rapport.Rapportsektion;
import se.kundval.core.rapport.Resultatrad;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.model.Anordnare;
import se.kundval.model.Auktorisation;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Insatstyp;
import se.kundval.model.Insatstypdata;
import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.regler.Luhn;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * Måluppfyllelse judged on a type's own data: samhällsorientering counts a completed course without
 * avbrott, which the report can only know by loading the Kursdeltagande of the period's avslut.
 */
class TypdataTest {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;
    private static final String SO = "SAMHALLSORIENTERING";

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.rapport", "se.kundval.insatstyp.samhallsorientering");
    }

    @Test
    void genomfordKursUtanAvbrottArMaluppfyllelse() {
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        Insatstyp typ = Tjanster.hamta(ReferensdataService.class).insatstyp(SO).orElseThrow();
        Anordnare a = F.createAnordnare();
        a.setOrgnr(Rapportdata.orgnr("556611223"));
        a.setNamn("Kursgivaren AB");
        Auktorisation auk = F.createAuktorisation();
        auk.setInsatstyp(typ);
        auk.setFran(LocalDate.of(2016, 1, 1));
        a.getAuktorisationer().add(auk);
        Tjanster.hamta(AnordnareService.class).spara(Rapportdata.ADMIN, a);
        // S1: course 1 February – 10 April, completed; S2: started 1 March, broken off 20 March
        spara(insats("S1", kund("S1", "19900101"), typ, a, "2024-02-01", "2024-04-10", kurs("2024-02-01", "2024-04-10", false)));
        spara(insats("S2", kund("S2", "19910202"), typ, a, "2024-03-01", "2024-03-20", kurs("2024-03-01", null, true)));

        Kvalitetsrapport rapport = Tjanster.hamta(RapportService.class).kvalitetsrapport(Rapportdata.ADMIN, Rapportperiod.ar(2024));
        Resultatrad so = rapport.insatstyper().get(SO).resultat();
        assertEquals(2, so.avslut());
        // neither avslut is judged, so neither is lyckat; måluppfyllelse is S1's completed course only
        assertEquals(2, so.obedomda());
        assertEquals(0, so.lyckade().antal());
        assertEquals(1, so.maluppfyllelse().antal());
        // the plugin's own section, which gets the insatser of its own type without declaring them
        Rapportsektion kurser = rapport.sektioner().stream().filter(s -> s.nyckel().equals("samhallsorientering")).findFirst()
                .orElseThrow();
        assertEquals(2, kurser.rader().get(a.getOrgnr()).get("deltagare"));
        assertEquals(1, kurser.rader().get(a.getOrgnr()).get("avbrott"));
    }

    private static Insatstypdata kurs(String start, String slut, boolean avbrott) {
        EClass klass = Tjanster.hamta(InsatstypRegister.class).typ(SO).orElseThrow().typdata();
        EObject kurs = EcoreUtil.create(klass);
        kurs.eSet(klass.getEStructuralFeature("anmalningsdatum"), LocalDate.parse(start).minusDays(10));
        kurs.eSet(klass.getEStructuralFeature("kursstart"), LocalDate.parse(start));
        kurs.eSet(klass.getEStructuralFeature("kursslut"), slut == null ? null : LocalDate.parse(slut));
        kurs.eSet(klass.getEStructuralFeature("avbrott"), avbrott);
        return (Insatstypdata) kurs;
    }

    private static Kund kund(String kundId, String fodd) {
        Kund k = F.createKund();
        k.setKundId(kundId);
        String utan = fodd.substring(2) + "123";
        k.setPersonnummer(fodd + "123" + Luhn.kontrollsiffra(utan));
        k.setKon(Kon.KVINNA);
        k.setKommun("Nacka");
        return Tjanster.hamta(KundService.class).spara(Rapportdata.ADMIN, k);
    }

    private static Insats insats(String id, Kund kund, Insatstyp typ, Anordnare a, String start, String avslutsdatum,
            Insatstypdata kurs) {
        Insats i = F.createInsats();
        i.setInsatsId(id);
        i.setKund(kund);
        i.setInsatstyp(typ);
        i.setAnordnare(a);
        i.setStartdatum(LocalDate.parse(start));
        i.setLangdManader(3);
        i.setStatus(InsatsStatus.AVSLUTAD);
        Avslut avslut = F.createAvslut();
        avslut.setAvslutsdatum(LocalDate.parse(avslutsdatum));
        avslut.setAvslutsorsak(Avslutsorsak.OVRIGT);
        i.setAvslut(avslut);
        i.setTypdata(kurs);
        return i;
    }

    private static void spara(Insats insats) {
        Tjanster.hamta(InsatsService.class).spara(Testfall.HANDLAGGARE, insats);
    }
}
