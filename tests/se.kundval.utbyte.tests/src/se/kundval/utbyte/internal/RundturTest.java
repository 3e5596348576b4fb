package se.kundval.utbyte.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.kundval.utbyte.internal.Databasinnehall.ADMIN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.core.utbyte.UtbytesfelException;
import se.kundval.demo.Demodata;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/** Export, import into a new database and export again give the same bytes; on H2 and PostgreSQL. */
class RundturTest {

    private static UtbytesService utbyte;
    private static Databas databas;
    private static ReferensdataService referensdata;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte");
        utbyte = Tjanster.hamta(UtbytesService.class);
        databas = Tjanster.hamta(Databas.class);
        referensdata = Tjanster.hamta(ReferensdataService.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void exportImportExportGerSammaByte(Testdatabas typ) throws IOException {
        databas.anslut(typ.ny());
        Path genererad = Files.createTempDirectory("kundval-genererad");
        new Demodata(4711, 150, 400, LocalDate.of(2025, 6, 15)).skriv(genererad, referensdata.insatstyper(), referensdata.priser());
        utbyte.importera(ADMIN, genererad);
        Path forsta = Files.createTempDirectory("kundval-export1");
        utbyte.exportera(ADMIN, forsta);

        databas.anslut(typ.ny());
        utbyte.importera(ADMIN, forsta);
        Path andra = Files.createTempDirectory("kundval-export2");
        utbyte.exportera(ADMIN, andra);

        assertEquals(filer(forsta), filer(andra));
        for (String fil : filer(forsta)) {
            assertArrayEquals(Files.readAllBytes(forsta.resolve(fil)), Files.readAllBytes(andra.resolve(fil)), fil);
        }
        // the generator writes these files in the export's order and form, so the import kept every value
        for (Karnfil fil : List.of(Karnfil.KUNDER, Karnfil.INSATSER, Karnfil.MANADSRAPPORTER, Karnfil.ANORDNARE)) {
            List<String> genererat = Files.readAllLines(genererad.resolve(fil.filnamn()));
            List<String> exporterat = Files.readAllLines(forsta.resolve(fil.filnamn()));
            assertEquals(genererat.stream().sorted().toList(), exporterat.stream().sorted().toList(), fil.filnamn());
        }
    }

    @Test
    void tomDatabasExporterasMedRubrikerIVarjeFil() throws IOException {
        databas.anslut(Testdatabas.H2.ny());
        Path katalog = Files.createTempDirectory("kundval-tom");
        utbyte.exportera(ADMIN, katalog.resolve("ny"));
        for (Karnfil fil : List.of(Karnfil.ANORDNARE, Karnfil.KUNDER, Karnfil.INSATSER, Karnfil.ENKAT)) {
            assertEquals(List.of(fil.rubrik()), Files.readAllLines(katalog.resolve("ny").resolve(fil.filnamn())));
        }
        assertEquals(referensdata.priser().size() + 1, Files.readAllLines(katalog.resolve("ny/priser.csv")).size());
    }

    @Test
    void exportTillEnFilOchUtanRattighetAvvisas() throws IOException {
        databas.anslut(Testdatabas.H2.ny());
        Path fil = Files.createTempFile("kundval", ".csv");
        UtbytesfelException e = assertThrows(UtbytesfelException.class, () -> utbyte.exportera(ADMIN, fil));
        assertEquals(List.of(fil + " är en fil; export behöver en katalog."), e.fel());
        Inloggning anordnare = new Inloggning("a1", "Anordnare", Roll.ANORDNARE, "5560360793");
        assertThrows(AtkomstNekadException.class, () -> utbyte.exportera(anordnare, Files.createTempDirectory("x")));
    }

    private static List<String> filer(Path katalog) throws IOException {
        try (Stream<Path> s = Files.list(katalog)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
