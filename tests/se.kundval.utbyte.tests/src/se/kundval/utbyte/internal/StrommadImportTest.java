package se.kundval.utbyte.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.kundval.utbyte.internal.Databasinnehall.ADMIN;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.core.utbyte.UtbytesService.Filrader;
import se.kundval.core.utbyte.UtbytesfelException;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * The månadsrapporter are written while manadsrapporter.csv is still being read (decision 0440),
 * in slices of 50 000 rows: more rows than several slices are all
 * written, and a bad row after slices have gone to the database leaves it exactly as before.
 */
class StrommadImportTest {

    /** Three slices of the writer and then some, so the write has begun well before the file ends. */
    private static final int RAPPORTER = 160_000;

    private static UtbytesService utbyte;
    private static Databas databas;
    private static Exportlager export;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte");
        utbyte = Tjanster.hamta(UtbytesService.class);
        databas = Tjanster.hamta(Databas.class);
        export = Tjanster.hamta(Exportlager.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    /**
     * The valid folder with its månadsrapporter replaced by {@value #RAPPORTER} months, a quarter for each of
     * its insatser I1–I4 from 1000-01 on (a year keeps four digits), then {@code sista}.
     */
    private static Testmapp mappMedManganRapporter(String... sista) {
        List<String> rader = new ArrayList<>();
        rader.add("insats_id;period;status;inlamnad");
        YearMonth forsta = YearMonth.of(1000, 1);
        for (String insats : List.of("I1", "I2", "I3", "I4")) {
            for (int i = 0; i < RAPPORTER / 4; i++) {
                rader.add(insats + ";" + forsta.plusMonths(i) + ";INLAMNAD;");
            }
        }
        rader.addAll(List.of(sista));
        return Testmapp.giltig().skriv("manadsrapporter.csv", rader.toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void allaStrommadeRapporterSkrivs(Testdatabas typ) {
        databas.anslut(typ.ny());
        List<Filrader> antal = utbyte.importera(ADMIN, mappMedManganRapporter().katalog());
        assertEquals(new Filrader("manadsrapporter.csv", RAPPORTER), antal.get(4));
        Databasinnehall efter = Databasinnehall.av(export);
        assertEquals(RAPPORTER, efter.manadsrapporter());
        assertEquals(4, efter.insatser());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void ettFelEfterSkrivnaSkivorLamnarDatabasenSomForut(Testdatabas typ) {
        databas.anslut(typ.ny());
        Databasinnehall fore = Databasinnehall.av(export);
        Testmapp mapp = mappMedManganRapporter("I2;1000-01;INLAMNAD;");
        UtbytesfelException e = assertThrows(UtbytesfelException.class, () -> utbyte.importera(ADMIN, mapp.katalog()));
        assertEquals(List.of("manadsrapporter.csv:" + (RAPPORTER + 2)
                + ": insats_id 'I2', period '1000-01' förekommer redan på rad " + (RAPPORTER / 4 + 2) + "."), e.fel());
        assertEquals(fore, Databasinnehall.av(export));
    }
}
