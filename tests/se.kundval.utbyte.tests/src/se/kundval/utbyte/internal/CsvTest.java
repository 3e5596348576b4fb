package se.kundval.utbyte.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kundval.core.csv.Csvskrivare;
import se.kundval.core.utbyte.Fellista;
import se.kundval.core.utbyte.Utbytesrad;

/** The file format itself: quoting, byte order mark, CR LF, empty lines, the rows' line numbers. */
class CsvTest {

    private final List<String> fel = new ArrayList<>();
    private final Fellista fellista = (rad, meddelande) -> fel.add(rad + ": " + meddelande);

    @Test
    void skrivetFaltLasesTillbakaOforandrat() throws IOException {
        List<String> falt = List.of("Lotsen; Nacka AB", "\"Citat\" AB", "", "vanlig");
        Path fil = Files.createTempFile("kundval", ".csv");
        Csvskrivare.skriv(fil, List.of("a", "b", "c", "d"), List.of(falt));
        assertEquals("a;b;c;d\n\"Lotsen; Nacka AB\";\"\"\"Citat\"\" AB\";;vanlig\n", Files.readString(fil));
        Fillasning.Lasning l = Fillasning.las(fil, List.of("a", "b", "c", "d"), fellista);
        assertEquals(List.of(new Utbytesrad(2, falt)), l.rader());
        assertTrue(fel.isEmpty());
    }

    @Test
    void radbrytningIFaltCiterasOchLasesTillbaka() throws IOException {
        List<String> falt = List.of("två\nrader", "två\r\nrader");
        Path fil = Files.createTempFile("kundval", ".csv");
        Csvskrivare.skriv(fil, List.of("a", "b"), List.of(falt, List.of("3", "4")));
        assertEquals("a;b\n\"två\nrader\";\"två\r\nrader\"\n3;4\n", Files.readString(fil));
        Fillasning.Lasning l = Fillasning.las(fil, List.of("a", "b"), fellista);
        assertEquals(List.of(new Utbytesrad(2, falt), new Utbytesrad(5, List.of("3", "4"))), l.rader());
        assertTrue(fel.isEmpty());
    }

    @Test
    void byteOrderMarkCrLfOchTommaRaderGarBra() throws IOException {
        Path fil = Files.createTempFile("kundval", ".csv");
        byte[] text = "\uFEFFa;b\r\n1;2\r\n\r\n3;4\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(fil, text);
        Fillasning.Lasning l = Fillasning.las(fil, List.of("a", "b"), fellista);
        assertEquals(List.of(new Utbytesrad(2, List.of("1", "2")), new Utbytesrad(4, List.of("3", "4"))), l.rader());
        assertTrue(fel.isEmpty());
    }

    @Test
    void teckenEfterAvslutandeCitatAvvisas() throws IOException {
        Path fil = Files.writeString(Files.createTempFile("kundval", ".csv"), "a;b\n1;2\n\n\n\n\n\"a\"b;c\n");
        Fillasning.Lasning l = Fillasning.las(fil, List.of("a", "b"), fellista);
        assertEquals(List.of(new Utbytesrad(2, List.of("1", "2"))), l.rader());
        assertFalse(l.lasbar());
        assertEquals(List.of("7: ett citerat fält har tecken efter sitt avslutande citattecken (ett citattecken inuti ett fält skrivs dubbelt: \"\")."), fel);
    }
}
