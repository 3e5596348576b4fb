package se.kundval.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.kundval.core.autentisering.Inloggningsmetodbidrag;
import se.kundval.core.autentisering.Inloggningsmetoder;
import se.kundval.core.bevakning.Bevakning;
import se.kundval.core.bevakning.Bevakningsgranser;
import se.kundval.core.bevakning.Bevakningsregister;
import se.kundval.core.rapport.Rapportdelsregister;
import se.kundval.core.rapport.Rapportunderlag;
import se.kundval.core.typ.Behorighetsunderlag;
import se.kundval.core.typ.InsatstypBeskrivning;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.core.typ.KundvalBeskrivning;
import se.kundval.core.typ.Prisforslag;
import se.kundval.core.utbyte.Utbytesfil;
import se.kundval.core.utbyte.Utbytesfilregister;
import se.kundval.core.utbyte.Utbytesrad;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Malsattning;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/** The registries read what plugins contribute to the five extension points, and skip what is broken. */
class RegisterTest {

    private static InsatstypRegister typer;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core");
        typer = Tjanster.hamta(InsatstypRegister.class);
    }

    @Test
    void insatstypenLasesMedAllaAttribut() {
        InsatstypBeskrivning prov = typer.typ("PROV1").orElseThrow();
        assertEquals("Provinsats", prov.namn());
        assertEquals("PROVKV", prov.kundval());
        assertEquals(2, prov.niva());
        assertEquals(6, prov.langdManader());
        assertEquals(Malsattning.STEGFORFLYTTNING, prov.malsattning());
        assertEquals(LocalDate.of(2021, 3, 1), prov.giltigFran());
        assertEquals(LocalDate.of(2025, 12, 31), prov.giltigTill());
        // the registry names a fragment's host as the contributor
        assertEquals("se.kundval.core", prov.bidragsgivare());
        assertNull(prov.typdata());
        assertTrue(prov.giltigPa(LocalDate.of(2021, 3, 1)));
        assertFalse(prov.giltigPa(LocalDate.of(2021, 2, 28)));
        assertFalse(prov.giltigPa(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void typensModellArPluginetsKlass() {
        InsatstypBeskrivning prov = typer.typ("PROV1").orElseThrow();
        assertInstanceOf(Provtyp.class, prov.modell());
        Kund kund = KundvalFactory.eINSTANCE.createKund();
        Behorighetsunderlag underlag = new Behorighetsunderlag(kund, Testklocka.IDAG, Testklocka.IDAG, List.of(), "Nacka");
        assertTrue(prov.modell().provaBehorighet(underlag).get(0).underkand());
        kund.setEkonomisktBistand(true);
        assertFalse(prov.modell().provaBehorighet(underlag).get(0).underkand());
        assertEquals(0, new BigDecimal("0.5").compareTo(prov.modell().ersattningsmodell().bonusandel(null)));
    }

    @Test
    void felaktigtBidragUtelamnasMenInteDeAndra() {
        assertTrue(typer.typ("TRASIG").isEmpty(), "langdManader='tre' is not a number");
        assertTrue(typer.typ("PROV1").isPresent());
    }

    @Test
    void kundvalMedNivaerOchPrisforslag() {
        KundvalBeskrivning kundval = typer.kundval().stream().filter(k -> k.kod().equals("PROVKV")).findFirst().orElseThrow();
        assertEquals(List.of(new KundvalBeskrivning.Niva(1, "Nivå ett"), new KundvalBeskrivning.Niva(2, "Nivå två")), kundval.nivaer());
        assertEquals(LocalDate.of(2030, 12, 31), kundval.giltigTill());
        Prisforslag pris = typer.prisforslag().stream().filter(p -> p.insatstyp().equals("PROV1")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("1234.50"), pris.checkbelopp());
        assertEquals(new BigDecimal("999"), pris.bonus());
    }

    @Test
    void bevakningarRapportdelarOchUtbytesfilerLases() {
        Insats insats = KundvalFactory.eINSTANCE.createInsats();
        insats.setStartdatum(LocalDate.of(2024, 1, 1));
        List<Bevakning> b = Tjanster.hamta(Bevakningsregister.class).kallor().stream()
                .flatMap(k -> k.bevakningar(insats, LocalDate.of(2024, 1, 20), new Bevakningsgranser(Map.of("prov", 10))).stream())
                .toList();
        assertEquals(1, b.size());
        assertEquals(LocalDate.of(2024, 1, 11), b.get(0).forfaller());
        assertEquals(Bevakning.Niva.FORSENAD, b.get(0).niva());
        assertEquals(-9, b.get(0).dagarKvar(LocalDate.of(2024, 1, 20)));

        var delar = Tjanster.hamta(Rapportdelsregister.class).delar();
        assertEquals(1, delar.size());
        assertEquals("prov", delar.get(0).berakna(new Rapportunderlag(null, null, List.of(insats), null)).nyckel());

        Utbytesfil fil = Tjanster.hamta(Utbytesfilregister.class).filer().get(0);
        assertEquals("prov.csv", fil.filnamn());
        List<String> fel = new ArrayList<>();
        fil.las(List.of(new Utbytesrad(2, List.of("I9"))), Map.of(), (rad, meddelande) -> fel.add(rad + ": " + meddelande));
        assertEquals(List.of("2: okänd insats I9"), fel);
    }

    @Test
    void inloggningsmetodLasesOchEnUtanIdUtelamnas() {
        List<Inloggningsmetodbidrag> metoder = Tjanster.hamta(Inloggningsmetoder.class).metoder();
        assertEquals(List.of("prov-eid"), metoder.stream().map(Inloggningsmetodbidrag::id).toList());
        Inloggningsmetodbidrag eid = metoder.get(0);
        assertEquals("Prov-e-legitimation", eid.namn());
        assertEquals("se.kundval.core", eid.bidragsgivare());
        assertTrue(eid.metod().galler(Roll.ANORDNARE));
        assertFalse(eid.metod().galler(Roll.HANDLAGGARE));
    }
}
