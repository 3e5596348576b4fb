package se.kundval.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The one CSV codec: RFC 4180 quoting with a semicolon both ways, line breaks kept inside quotes,
 * the guard against formulas undone exactly by the reader, line numbers and Swedish errors.
 */
class CsvTest {

    private static String skriv(List<List<String>> rader) throws IOException {
        StringBuilder ut = new StringBuilder();
        Csvskrivare csv = new Csvskrivare(ut);
        for (List<String> rad : rader) {
            csv.rad(rad);
        }
        csv.flush();
        return ut.toString();
    }

    private static Csvlasning las(String text) {
        return Csvlasare.las(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> falt(Csvlasning lasning) {
        return lasning.rader().stream().map(Csvrad::falt).toList();
    }

    @Test
    void semikolonCitatOchRadbrytningarCiterasOchLasesTillbaka() throws IOException {
        List<List<String>> rader = List.of(List.of("a", "b", "c"), List.of("Lotsen; Nacka AB", "\"Citat\" AB", ""),
                List.of("två\nrader", "CR LF\r\nmitt i", "sist\n"));
        String text = skriv(rader);
        assertEquals("a;b;c\n\"Lotsen; Nacka AB\";\"\"\"Citat\"\" AB\";\n\"två\nrader\";\"CR LF\r\nmitt i\";\"sist\n\"\n", text);
        Csvlasning l = las(text);
        assertTrue(l.hel());
        assertEquals(rader, falt(l));
        assertEquals(List.of(1, 2, 3), l.rader().stream().map(Csvrad::rad).toList());
    }

    @Test
    void formlerSkyddasOchLasesTillbakaLikadana() throws IOException {
        List<String> varden = List.of("=SUMMA(A1:A3)", "+46 8 123", "-rubrik", "@cmd", "\tTabb", "\rCR", "'citat", "'=redan",
                "''", "'", "vanlig", "-12,5", "+3", "-37,5 %", "66,7 % *", "2024-03-01", "");
        String text = skriv(List.of(varden));
        assertEquals("'=SUMMA(A1:A3);'+46 8 123;'-rubrik;'@cmd;'\tTabb;\"'\rCR\";''citat;''=redan;''';'';vanlig;"
                + "-12,5;+3;-37,5 %;66,7 % *;2024-03-01;\n", text);
        assertEquals(List.of(varden), falt(las(text)));
    }

    @Test
    void apostrofSomInteSkyddarNagotLamnasKvar() {
        assertEquals(List.of(List.of("'Anna'", "'=x", "='y")), falt(las("'Anna';''=x;'='y\n")));
    }

    @Test
    void radnummerRaknarTommaRaderOchFaltOverFleraRader() {
        Csvlasning l = las("\uFEFFa;b\r\n1;\"två\r\nrader\"\r\n\r\n\n3;4\r\n");
        assertEquals(List.of(List.of("a", "b"), List.of("1", "två\r\nrader"), List.of("3", "4")), falt(l));
        assertEquals(List.of(1, 2, 6), l.rader().stream().map(Csvrad::rad).toList());
    }

    @Test
    void oavslutatCitatNamnerRadOchFalt() {
        Csvlasning l = las("orgnr;namn\n5560360793;Vägen\n5567123459;\"Lotsen; Nacka AB\n5566001235;Tredje\n");
        assertEquals(List.of(List.of("orgnr", "namn"), List.of("5560360793", "Vägen")), falt(l));
        assertEquals(List.of(new Csvfel(3, "citattecknet i fält 2 avslutas aldrig.")), l.fel());
    }

    @Test
    void teckenEfterAvslutandeCitatNamnerRaden() {
        Csvlasning l = las("a;b\n1;2\n\n\"x\"y;z\n3;4\n");
        assertEquals(2, l.rader().size());
        assertEquals(1, l.fel().size());
        assertEquals(4, l.fel().get(0).rad());
        assertTrue(l.fel().get(0).meddelande().startsWith("ett citerat fält har tecken efter sitt avslutande citattecken"));
    }

    @Test
    void ogiltigUtf8NamnerVarjeRadOchLaserIngenting() {
        byte[] latin1 = "a;b\nBjörn;1\nok;2\nÅsa;3\n".getBytes(StandardCharsets.ISO_8859_1);
        Csvlasning l = Csvlasare.las(latin1);
        assertEquals(List.of(), l.rader());
        assertEquals(List.of(new Csvfel(2, "raden är inte giltig UTF-8."), new Csvfel(4, "raden är inte giltig UTF-8.")), l.fel());
    }

    @Test
    void tomRadOchTomtForstaFalt() throws IOException {
        StringBuilder ut = new StringBuilder();
        Csvskrivare csv = new Csvskrivare(ut);
        csv.rad("Titel");
        csv.tomRad();
        csv.rad(Arrays.asList(null, "x"));
        csv.flush();
        assertEquals("Titel\n\n\"\";x\n", ut.toString());
        assertEquals(List.of(List.of("Titel"), List.of("", "x")), falt(las(ut.toString())));
    }
}
