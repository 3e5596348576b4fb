package se.kundval.insatstyp.samhallsorientering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.core.utbyte.Utbytesfilregister;
import se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande;
import se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringFactory;
import se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringPackage;
import se.kundval.model.Anordnare;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.Roll;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * The plugin's own table: its migration runs, Hibernate validates it against the plugin's EClass,
 * and an insats with Kursdeltagande typdata saves and loads through InsatsService.
 */
class KursdeltagandeLagringTest {

    private static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void insatsMedKursdeltagandeSparasOchLases(Testdatabas databas) {
        Tjanster.hamta(Databas.class).anslut(databas.ny());
        Insatstyp typ = Tjanster.hamta(ReferensdataService.class).insatstyp(Samhallsorientering.KOD).orElseThrow();
        Anordnare expert = Tjanster.hamta(AnordnareService.class)
                .spara(ADMIN, Insatsbyggare.anordnare("5561234567", "DiSara coaching AB", List.of(typ)));
        Kund kund = Tjanster.hamta(KundService.class).spara(ADMIN, Insatsbyggare.kund("K-SO", "199006152343"));
        Insats insats = Insatsbyggare.insats("SO-1", kund, expert, typ, LocalDate.of(2024, 3, 4), 3).bygg();
        Kursdeltagande kurs = SamhallsorienteringFactory.eINSTANCE.createKursdeltagande();
        kurs.setAnmalningsdatum(LocalDate.of(2024, 2, 19));
        kurs.setKursstart(LocalDate.of(2024, 3, 4));
        kurs.setExpert("Sara Expert");
        insats.setTypdata(kurs);

        InsatsService insatser = Tjanster.hamta(InsatsService.class);
        insatser.spara(Testfall.HANDLAGGARE, insats);
        assertNotNull(kurs.getId());

        Kursdeltagande laddad = (Kursdeltagande) insatser.hamta(ADMIN, insats.getId()).getTypdata();
        assertEquals(kurs.getId(), laddad.getId());
        assertEquals(LocalDate.of(2024, 2, 19), laddad.getAnmalningsdatum());
        assertEquals(LocalDate.of(2024, 3, 4), laddad.getKursstart());
        assertNull(laddad.getKursslut());
        assertNull(laddad.getAvbrott());
        assertEquals("Sara Expert", laddad.getExpert());
        assertEquals(insats.getId(), laddad.getInsats().getId());

        // the course ends: the change is saved in place and the period query brings the typdata too
        Insats andrad = insatser.hamta(ADMIN, insats.getId());
        ((Kursdeltagande) andrad.getTypdata()).setKursslut(LocalDate.of(2024, 4, 12));
        ((Kursdeltagande) andrad.getTypdata()).setAvbrott(Boolean.FALSE);
        insatser.spara(Testfall.HANDLAGGARE, andrad);
        List<Insats> aktiva = insatser.aktivaUnder(ADMIN, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30));
        assertEquals(1, aktiva.size());
        Kursdeltagande avslutad = (Kursdeltagande) aktiva.get(0).getTypdata();
        assertEquals(LocalDate.of(2024, 4, 12), avslutad.getKursslut());
        assertEquals(Boolean.FALSE, avslutad.getAvbrott());
        assertTrue(Samhallsorientering.genomford(avslutad));

        // removing the typdata removes its row
        Insats utan = insatser.hamta(ADMIN, insats.getId());
        utan.setTypdata(null);
        insatser.spara(Testfall.HANDLAGGARE, utan);
        assertNull(insatser.hamta(ADMIN, insats.getId()).getTypdata());
    }

    @Test
    void typenOchUtbytesfilenArRegistrerade() {
        InsatstypRegister register = Tjanster.hamta(InsatstypRegister.class);
        assertSame(SamhallsorienteringPackage.Literals.KURSDELTAGANDE, register.typ(Samhallsorientering.KOD).orElseThrow().typdata());
        assertTrue(register.schemabidrag().stream().anyMatch(s -> s.modul().equals("samhallsorientering")
                && s.paket() == SamhallsorienteringPackage.eINSTANCE && s.migreringar().size() == 1));
        assertTrue(Tjanster.hamta(Utbytesfilregister.class).filer().stream().anyMatch(f -> f instanceof Kursfil));
    }
}
