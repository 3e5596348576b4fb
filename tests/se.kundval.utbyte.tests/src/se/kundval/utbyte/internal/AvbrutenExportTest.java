package se.kundval.utbyte.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.utbyte.internal.Databasinnehall.ADMIN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.utbyte.Fellista;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.core.utbyte.Utbytesfil;
import se.kundval.core.utbyte.UtbytesfelException;
import se.kundval.core.utbyte.Utbytesrad;
import se.kundval.model.Insats;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * An export that fails half-way (a plugin's file cannot be made after the core's files are written)
 * leaves nothing new: no folder where there was none, an earlier export unchanged byte for byte, no
 * temporary folder beside it; and the message says that nothing was written. On H2 and PostgreSQL.
 */
class AvbrutenExportTest {

    private static UtbytesService utbyte;
    private static Databas databas;
    private static Exportlager lager;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte");
        utbyte = Tjanster.hamta(UtbytesService.class);
        databas = Tjanster.hamta(Databas.class);
        lager = Tjanster.hamta(Exportlager.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enExportSomAvbrytsLamnarIngenNyMapp(Testdatabas typ) throws IOException {
        databas.anslut(typ.ny());
        utbyte.importera(ADMIN, Testmapp.giltig().katalog());
        Path foralder = Files.createTempDirectory("kundval-foralder");
        Path mal = foralder.resolve("export");

        UtbytesfelException fel = assertThrows(UtbytesfelException.class, () -> avbruten().exportera(ADMIN, mal));

        assertEquals(List.of("Exporten till " + mal + " avbr\u00f6ts (IllegalStateException); ingenting skrevs d\u00e4r."),
                fel.fel());
        assertFalse(Files.exists(mal), "no half export where there was none");
        assertEquals(List.of(), innehall(foralder), "no temporary folder left beside it");
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enExportSomAvbrytsLamnarDenForraOrord(Testdatabas typ) throws IOException {
        databas.anslut(typ.ny());
        utbyte.importera(ADMIN, Testmapp.giltig().katalog());
        Path foralder = Files.createTempDirectory("kundval-foralder");
        Path mal = foralder.resolve("export");
        utbyte.exportera(ADMIN, mal);
        Map<String, String> forra = filer(mal);
        assertTrue(forra.containsKey("kunder.csv"), forra.keySet().toString());
        assertEquals(List.of("export"), innehall(foralder), "a complete export leaves nothing beside it");
        utbyte.importera(ADMIN, Testmapp.tom().skriv("anordnare.csv", "orgnr;namn", "5566001235;Tredje AB").katalog());

        assertThrows(UtbytesfelException.class, () -> avbruten().exportera(ADMIN, mal));

        assertEquals(forra, filer(mal), "the earlier export is untouched: the new anordnare is in no file");
        assertEquals(List.of("export"), innehall(foralder));
    }

    /** The core's files first, then a plugin's file that cannot be made: the failure falls mid-export. */
    private static Exportering avbruten() {
        Utbytesfil trasig = new Utbytesfil() {

            @Override
            public String filnamn() {
                return "trasig.csv";
            }

            @Override
            public List<String> kolumner() {
                return List.of("insats_id");
            }

            @Override
            public void las(List<Utbytesrad> rader, Map<String, Insats> insatser, Fellista fel) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<List<String>> skriv(List<Insats> insatser) {
                throw new IllegalStateException("the plugin fails");
            }
        };
        return new Exportering(lager, List.of(trasig));
    }

    private static List<String> innehall(Path katalog) throws IOException {
        try (Stream<Path> filer = Files.list(katalog)) {
            return filer.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> filer(Path katalog) throws IOException {
        Map<String, String> filer = new TreeMap<>();
        for (String namn : innehall(katalog)) {
            filer.put(namn, Files.readString(katalog.resolve(namn)));
        }
        return filer;
    }
}
