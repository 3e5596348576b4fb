package se.kundval.rapport.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.ValideringException;
import se.kundval.core.rapport.Enkatfraga;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.KvalitetService;
import se.kundval.model.Anordnare;
import se.kundval.model.Enkatutskick;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Omrade;
import se.kundval.model.Roll;
import se.kundval.model.Tillsyn;
import se.kundval.model.Tillsynsdel;
import se.kundval.model.Uppfyllnadsgrad;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/** The kvalitetsuppföljning's data through KvalitetService, on H2 and PostgreSQL. */
class KvalitetServiceTest {

    private static final Inloggning KVALITET = new Inloggning("kval", "Kvalitetsutvecklare", Roll.KVALITETSUTVECKLARE, null);
    private static final Inloggning KV = new Inloggning("kv", "Karriärvägledare", Roll.KARRIARVAGLEDARE, null);

    private static KvalitetService kvalitet;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.insatstyp.kundval2024");
        kvalitet = Tjanster.hamta(KvalitetService.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enkatsvarOchUtskickPerAr(Testdatabas typ) {
        Rapportdata.anslut(typ);
        // the data set has 5 × 2 + 4 answers in 2024 and 1 in 2023
        assertEquals(14, kvalitet.enkatsvar(KV, 2024).size());
        assertEquals(1, kvalitet.enkatsvar(KV, 2023).size());
        assertEquals(Rapportdata.A1, kvalitet.enkatsvar(KV, 2023).get(0).getAnordnare().getOrgnr());
        assertEquals(List.of(20, 8), kvalitet.enkatutskick(KV, 2024).stream()
                .sorted((a, b) -> a.getAnordnare().getOrgnr().compareTo(b.getAnordnare().getOrgnr())).map(Enkatutskick::getAntal).toList());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void nyttAntalInbjudnaErsatterDetTidigare(Testdatabas typ) {
        Tjanster.hamta(Databas.class).anslut(typ.ny());
        Anordnare a = anordnare();
        kvalitet.sparaEnkatutskick(KVALITET, Kvalitetsdata.utskick(a, 2024, 10));
        Enkatutskick rattat = kvalitet.sparaEnkatutskick(KVALITET, Kvalitetsdata.utskick(a, 2024, 12));
        List<Enkatutskick> utskick = kvalitet.enkatutskick(KV, 2024);
        assertEquals(1, utskick.size());
        assertEquals(12, utskick.get(0).getAntal());
        assertEquals(rattat.getId(), utskick.get(0).getId());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void tillsynSparasMedPunkterOchEnPerAnordnareOchAr(Testdatabas typ) {
        Tjanster.hamta(Databas.class).anslut(typ.ny());
        Anordnare a = anordnare();
        Tillsyn t = Kvalitetsdata.tillsyn(a, 2024, Kvalitetsdata.punkt(Tillsynsdel.C, "Lex Sarah", Uppfyllnadsgrad.DELVIS,
                "Skriv rutin", LocalDate.of(2024, 10, 1)));
        kvalitet.sparaTillsyn(KVALITET, t);
        Tillsyn laddad = kvalitet.tillsyn(KV, a.getOrgnr(), 2024).orElseThrow();
        assertEquals(1, laddad.getPunkter().size());
        assertEquals("Skriv rutin", laddad.getPunkter().get(0).getAtgard());
        laddad.getPunkter().get(0).setUppfyllnadsgrad(Uppfyllnadsgrad.UPPNATT);
        kvalitet.sparaTillsyn(KVALITET, laddad);
        assertEquals(Uppfyllnadsgrad.UPPNATT, kvalitet.tillsyn(KV, 2024).get(0).getPunkter().get(0).getUppfyllnadsgrad());
        KundvalException dubblett = assertThrows(KundvalException.class,
                () -> kvalitet.sparaTillsyn(KVALITET, Kvalitetsdata.tillsyn(a, 2024)));
        assertTrue(dubblett.getMessage().contains(a.getOrgnr()), dubblett.getMessage());
        assertTrue(kvalitet.tillsyn(KV, 2023).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void rattigheterOchValidering(Testdatabas typ) {
        Tjanster.hamta(Databas.class).anslut(typ.ny());
        Anordnare a = anordnare();
        assertThrows(AtkomstNekadException.class,
                () -> kvalitet.sparaEnkatsvar(KV, List.of(Kvalitetsdata.svar(a, 2024, "R1", Enkatfraga.MALET.text(), Omrade.MAL, 4))));
        assertThrows(AtkomstNekadException.class,
                () -> kvalitet.enkatsvar(new Inloggning("a", "A", Roll.ANORDNARE, a.getOrgnr()), 2024));
        // one answer outside 1–5 rejects them all
        assertThrows(ValideringException.class, () -> kvalitet.sparaEnkatsvar(KVALITET,
                List.of(Kvalitetsdata.svar(a, 2024, "R1", Enkatfraga.MALET.text(), Omrade.MAL, 4), Kvalitetsdata.svar(a, 2024, "R2", Enkatfraga.MALET.text(), Omrade.MAL, 6))));
        assertTrue(kvalitet.enkatsvar(KV, 2024).isEmpty());
    }

    /** As the import (decision 0411): a text outside the catalogue, or a known question in another area, writes nothing. */
    @ParameterizedTest
    @MethodSource("databaser")
    void baraKundundersokningensFragorISinaOmraden(Testdatabas typ) {
        Tjanster.hamta(Databas.class).anslut(typ.ny());
        Anordnare a = anordnare();
        ValideringException okand = assertThrows(ValideringException.class, () -> kvalitet.sparaEnkatsvar(KVALITET,
                List.of(Kvalitetsdata.svar(a, 2024, "R1", Enkatfraga.MALET.text(), Omrade.MAL, 4),
                        Kvalitetsdata.svar(a, 2024, "R1", "Jag vet vad  målet med min insats är", Omrade.MAL, 4))));
        assertEquals("fraga: 'Jag vet vad  målet med min insats är' är ingen fråga i kundundersökningen; frågorna är '"
                + Enkatfraga.RESPEKT.text() + "', '" + Enkatfraga.TRYGGHET.text() + "', '" + Enkatfraga.MALET.text() + "', '"
                + Enkatfraga.NARMARE_ARBETE.text() + "', '" + Enkatfraga.PLANERAT.text() + "', '" + Enkatfraga.SYNPUNKTER.text() + "', '"
                + Enkatfraga.ARBETSGIVARE.text() + "', '" + Enkatfraga.SOKA_ARBETE.text() + "'.", okand.getMessage());
        ValideringException annatOmrade = assertThrows(ValideringException.class, () -> kvalitet.sparaEnkatsvar(KVALITET,
                List.of(Kvalitetsdata.svar(a, 2024, "R1", Enkatfraga.RESPEKT.text(), Omrade.MAL, 4))));
        assertEquals("omrade: frågan '" + Enkatfraga.RESPEKT.text() + "' hör till området " + Omrade.VARDEGRUND.getName() + ", inte "
                + Omrade.MAL.getName() + ".", annatOmrade.getMessage());
        assertTrue(kvalitet.enkatsvar(KV, 2024).isEmpty());
        for (Enkatfraga f : Enkatfraga.values()) {
            kvalitet.sparaEnkatsvar(KVALITET, List.of(Kvalitetsdata.svar(a, 2024, "R1", f.text(), f.omrade(), 4)));
        }
        assertEquals(Enkatfraga.values().length, kvalitet.enkatsvar(KV, 2024).size());
    }

    private static Anordnare anordnare() {
        Anordnare a = KundvalFactory.eINSTANCE.createAnordnare();
        a.setOrgnr(Rapportdata.A1);
        a.setNamn("Alfa Coach AB");
        return Tjanster.hamta(AnordnareService.class).spara(Rapportdata.ADMIN, a);
    }
}
