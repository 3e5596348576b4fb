package se.kundval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The export's pages (decision 0481): in the files' order, cut by rows and by the child rows they bring. */
class ExportsidorTest {

    @Test
    void ordningenArJavasOchInteDatabasens() {
        // PostgreSQL's sv_SE collation puts "a" before "B" and "Å" after "Z"; the files sort by String.compareTo
        Exportsidor sidor = Exportsidor.av(Stream.of(nyckel("a", 1), nyckel("B", 2), nyckel("Å", 3), nyckel("10", 4),
                nyckel("9", 5), nyckel("Z", 6)), 100, 100);
        assertEquals(List.of(List.of(4L, 5L, 2L, 6L, 1L, 3L)), sidor(sidor));
        assertEquals(6, sidor.antal());
    }

    @Test
    void enSidaHarHogstSaMangaRader() {
        Exportsidor sidor = Exportsidor.av(Stream.of(nyckel("e", 5), nyckel("d", 4), nyckel("c", 3), nyckel("b", 2),
                nyckel("a", 1)), 2, 100);
        assertEquals(List.of(List.of(1L, 2L), List.of(3L, 4L), List.of(5L)), sidor(sidor));
    }

    @Test
    void enSidaBarHogstSaMangaBarnraderOchEnTyngreRadArEnSidaForSig() {
        Exportsidor sidor = Exportsidor.av(Stream.of(new Exportsidor.Nyckel("a", 1, 6), new Exportsidor.Nyckel("b", 2, 4),
                new Exportsidor.Nyckel("c", 3, 25), new Exportsidor.Nyckel("d", 4, 0), new Exportsidor.Nyckel("e", 5, 10)), 100, 10);
        assertEquals(List.of(List.of(1L, 2L), List.of(3L), List.of(4L, 5L)), sidor(sidor));
    }

    @Test
    void ingaRaderGerIngaSidor() {
        Exportsidor sidor = Exportsidor.av(Stream.empty(), 100, 100);
        assertEquals(List.of(), sidor(sidor));
        assertEquals(0, sidor.antal());
    }

    private static Exportsidor.Nyckel nyckel(String nyckel, long id) {
        return new Exportsidor.Nyckel(nyckel, id, 1);
    }

    private static List<List<Long>> sidor(Exportsidor sidor) {
        List<List<Long>> alla = new ArrayList<>();
        sidor.varjeSida(alla::add);
        return alla;
    }
}
