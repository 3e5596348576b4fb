package se.kundval.utbyte.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.utbyte.internal.Databasinnehall.ADMIN;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.KonfliktException;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.tjanst.Importlager;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.model.Kund;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * The import's write below Hibernate (decision 0415), on H2 and PostgreSQL: the ids it takes from the
 * shared sequence never meet those Hibernate's own saves take before and after it, and a key someone
 * else wrote meanwhile refuses the whole write as a conflict, leaving nothing of it.
 */
class ImportskrivningTest {

    /** More than one block of the sequence (50 ids), so Hibernate's saves go past the block they began in. */
    private static final int SPARNINGAR = 60;

    private static Databas databas;
    private static UtbytesService utbyte;
    private static Importlager lager;
    private static Exportlager export;
    private static KundService kunder;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte");
        databas = Tjanster.hamta(Databas.class);
        utbyte = Tjanster.hamta(UtbytesService.class);
        lager = Tjanster.hamta(Importlager.class);
        export = Tjanster.hamta(Exportlager.class);
        kunder = Tjanster.hamta(KundService.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void importensIdnKrockarAldrigMedSparningarForeOchEfter(Testdatabas typ) {
        databas.anslut(typ.ny());
        Testfall fall = new Testfall();
        spara(fall, "S0");
        utbyte.importera(ADMIN, Testmapp.giltig().katalog());
        for (int i = 1; i <= SPARNINGAR; i++) {
            spara(fall, "S" + i);
        }
        assertEquals(1 + 4 + SPARNINGAR, Databasinnehall.av(export).kunder());
    }

    /** A kund saved through Hibernate, with a kund_id of its own beside the folder's K1–K4. */
    private static void spara(Testfall fall, String kundId) {
        Kund k = Insatsbyggare.kund(kundId, fall.personnummer(LocalDate.of(1980, 1, 1)));
        k.setAnsvarigKarriarvagledare(Testfall.KARRIARVAGLEDARE.anvandarnamn());
        kunder.spara(ADMIN, k);
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enNyckelSomNagonAnnanSkrevUnderTidenGerKonfliktOchIngentingSkrivs(Testdatabas typ) {
        databas.anslut(typ.ny());
        utbyte.importera(ADMIN, Testmapp.giltig().katalog());
        Databasinnehall fore = Databasinnehall.av(export);
        // the checks saw neither key in the database; K1 was written by someone else since
        Importlager.Innehall innehall = new Importlager.Innehall(List.of(), List.of(),
                List.of(Insatsbyggare.kund("K9", "199001011239"), Insatsbyggare.kund("K1", "198112189876")), List.of(),
                List.of(), List.of(), List.of());
        KonfliktException fel = assertThrows(KonfliktException.class, () -> lager.skriv(ADMIN, innehall, m -> { }));
        assertTrue(fel.getMessage().contains("Ingenting importerades"), fel.getMessage());
        assertEquals(fore, Databasinnehall.av(export));
    }
}
