package se.kundval.utbyte.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.utbyte.internal.Databasinnehall.ADMIN;
import static se.kundval.utbyte.internal.Testmapp.ORG1;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.KvalitetService;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.core.utbyte.UtbytesService.Filrader;
import se.kundval.core.utbyte.UtbytesfelException;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * The kundundersökning imported alone by the kvalitetsutvecklare: only enkat.csv and
 * enkat_utskick.csv are read (a whole interchange folder may be given), with the same checks and
 * file:line errors as the full import, all or nothing; on H2 and PostgreSQL.
 */
class KundundersokningImportTest {

    private static final Inloggning KVALITET = new Inloggning("kvalitet1", "Kvalitet", Roll.KVALITETSUTVECKLARE, null);
    private static final Inloggning KV = new Inloggning("kv1", "KV", Roll.KARRIARVAGLEDARE, null);
    private static final String ENKAT = "orgnr;ar;respondent;fraga;omrade;svar";

    private static UtbytesService utbyte;
    private static Databas databas;
    private static KvalitetService kvalitet;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte");
        utbyte = Tjanster.hamta(UtbytesService.class);
        databas = Tjanster.hamta(Databas.class);
        kvalitet = Tjanster.hamta(KvalitetService.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    /** A database with the anordnare, and a folder whose other files would not import. */
    private static Testmapp mapp(Testdatabas typ, String... enkat) {
        databas.anslut(typ.ny());
        utbyte.importera(ADMIN, Testmapp.tom().skriv("anordnare.csv", "orgnr;namn", ORG1 + ";Vägen Vidare AB").katalog());
        String[] rader = new String[enkat.length + 1];
        rader[0] = ENKAT;
        System.arraycopy(enkat, 0, rader, 1, enkat.length);
        return Testmapp.tom()
                .skriv("kunder.csv", "trasig rubrik", "x")
                .skriv("okand.csv", "a;b", "1;2")
                .skriv("enkat.csv", rader)
                .skriv("enkat_utskick.csv", "orgnr;ar;antal", ORG1 + ";2024;12");
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void kvalitetsutvecklarenImporterarBaraEnkaten(Testdatabas typ) {
        Testmapp mapp = mapp(typ, ORG1 + ";2024;R1;Jag blir bemött med respekt;VARDEGRUND;4", ORG1 + ";2024;R1;Jag vet vad målet med min insats är;MAL;5", ORG1 + ";2024;R2;Jag blir bemött med respekt;VARDEGRUND;3");
        assertEquals(List.of(new Filrader("enkat.csv", 3), new Filrader("enkat_utskick.csv", 1)),
                utbyte.importeraKundundersokning(KVALITET, mapp.katalog()));
        assertEquals(List.of(4, 5, 3), kvalitet.enkatsvar(ADMIN, 2024).stream().map(Enkatsvar::getSvar).toList());
        assertEquals(12, kvalitet.enkatutskick(ADMIN, 2024).get(0).getAntal());
        UtbytesfelException igen = assertThrows(UtbytesfelException.class,
                () -> utbyte.importeraKundundersokning(KVALITET, mapp.katalog()));
        assertTrue(igen.fel().get(0).startsWith("enkat.csv:2: "), igen.fel().toString());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void ettFelaktigtSvarGerFilOchRadOchIngenting(Testdatabas typ) {
        Testmapp mapp = mapp(typ, ORG1 + ";2024;R1;Jag blir bemött med respekt;VARDEGRUND;4", ORG1 + ";2024;R1;Jag vet vad målet med min insats är;MAL;9", "5566778899;2024;R9;Jag vet vad målet med min insats är;MAL;3");
        UtbytesfelException fel = assertThrows(UtbytesfelException.class, () -> utbyte.importeraKundundersokning(KVALITET, mapp.katalog()));
        assertEquals(2, fel.fel().size(), fel.fel().toString());
        assertTrue(fel.fel().get(0).startsWith("enkat.csv:3: "), fel.fel().toString());
        assertTrue(fel.fel().get(1).startsWith("enkat.csv:4: "), fel.fel().toString());
        assertEquals(List.of(), kvalitet.enkatsvar(ADMIN, 2024));
        assertEquals(List.of(), kvalitet.enkatutskick(ADMIN, 2024));
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void rattighetenAttHanteraKvalitetKravsOchRackerBaraForEnkaten(Testdatabas typ) {
        Testmapp mapp = mapp(typ, ORG1 + ";2024;R1;Jag blir bemött med respekt;VARDEGRUND;4");
        assertThrows(AtkomstNekadException.class, () -> utbyte.importeraKundundersokning(KV, mapp.katalog()));
        Testmapp anordnare = Testmapp.tom().skriv("anordnare.csv", "orgnr;namn", "5567123459;Ny AB");
        assertThrows(AtkomstNekadException.class, () -> utbyte.importera(KVALITET, anordnare.katalog()));
        assertEquals(List.of(), kvalitet.enkatsvar(ADMIN, 2024));
    }
}
