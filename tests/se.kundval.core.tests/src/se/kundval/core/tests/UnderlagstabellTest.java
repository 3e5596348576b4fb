package se.kundval.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import se.kundval.core.ersattning.Radstatus;
import se.kundval.core.ersattning.Radtyp;
import se.kundval.core.ersattning.Utbetalningsrad;
import se.kundval.core.ersattning.Utbetalningsunderlag;
import se.kundval.core.json.Jsonfel;
import se.kundval.core.json.Jsonkodek;

/**
 * An utbetalningsunderlag in the server's messages is a table, the column names once and each line
 * an array of its values, {@code true} for a value as the line above's (decision 0471): read back it
 * is the same underlag to the öre and the scale, its columns are found by name, and a table that does
 * not fit is refused with what is wrong.
 */
class UnderlagstabellTest {

    private static final String HUVUD = "{\"varde\":{\"manad\":\"2026-03\",\"kolumner\":"; //$NON-NLS-1$

    private final Jsonkodek kodek = new Jsonkodek();
    private final ObjectReader lasare = kodek.lasare(Utbetalningsunderlag.class);

    @Test
    void tabellenLasesTillSammaUnderlagTillOret() throws IOException {
        Utbetalningsunderlag underlag = new Utbetalningsunderlag(YearMonth.of(2026, 3), List.of(
                rad("5560000001", "Vägen AB", "I1", "AMI2", Radtyp.CHECKBELOPP, "5000.00", Radstatus.ATT_BETALA),
                rad("5560000001", "Vägen AB", "I1", "AMI2", Radtyp.AVSLUTSERSATTNING, "2500.50", Radstatus.VANTAR_PA_BEDOMNING),
                rad("5560000019", "\"Steget\" & Co\n", "I2", "KV24", Radtyp.RESULTATBONUS, "-1234567.05", Radstatus.ATT_BETALA),
                rad(null, null, null, null, Radtyp.SNABBHETSPREMIE, "0.00", Radstatus.ATT_BETALA),
                rad("5560000027", "Å", "I3", "AMI1", Radtyp.CHECKBELOPP, "7", Radstatus.ATT_BETALA),
                rad("5560000027", "Å", "I4", "AMI1", Radtyp.CHECKBELOPP, "7.00", Radstatus.ATT_BETALA)));
        byte[] json = skriv(underlag);
        Utbetalningsunderlag last = las(json);
        assertEquals(underlag, last, "every line, value and scale as written");
        assertEquals(List.of("5000.00", "2500.50", "-1234567.05", "0.00", "7", "7.00"),
                last.rader().stream().map(r -> r.belopp().toPlainString()).toList());
        JsonNode tabell = kodek.lasTrad(json).get("varde");
        assertEquals(Arrays.stream(Utbetalningsrad.class.getRecordComponents()).map(k -> k.getName()).toList(),
                kodek.mapper().convertValue(tabell.get("kolumner"), List.class), "a column for each of the line's components");
        assertTrue(tabell.get("rader").get(0).isArray(), "a line is an array of values: " + tabell.get("rader").get(0));
        assertEquals("[true,true,true,true,\"AVSLUTSERSATTNING\",2500.50,\"VANTAR_PA_BEDOMNING\"]", tabell.get("rader").get(1).toString(),
                "a value as the line above's is written true");
        assertEquals("[true,true,\"I4\",true,true,7.00,true]", tabell.get("rader").get(5).toString(), "7.00 is not 7");
    }

    @Test
    void kolumnernaHittasMedSinaNamn() throws IOException {
        Utbetalningsunderlag last = las(text(HUVUD + "[\"belopp\",\"status\",\"radtyp\",\"insatstyp\",\"insatsId\",\"anordnare\","
                + "\"orgnr\"],\"rader\":[[100.10,\"ATT_BETALA\",\"CHECKBELOPP\",\"AMI1\",\"I9\",\"Vägen AB\",\"5560000001\"]]}}"));
        assertEquals(new Utbetalningsunderlag(YearMonth.of(2026, 3), List.of(rad("5560000001", "Vägen AB", "I9", "AMI1",
                Radtyp.CHECKBELOPP, "100.10", Radstatus.ATT_BETALA))), last);
    }

    @Test
    void enTabellSomInteStammerNekasMedVadSomArFel() {
        String alla = "[\"orgnr\",\"anordnare\",\"insatsId\",\"insatstyp\",\"radtyp\",\"belopp\",\"status\"]";
        String rad = "[\"5560000001\",\"Vägen AB\",\"I1\",\"AMI1\",\"CHECKBELOPP\",1.00,\"ATT_BETALA\"]";
        assertEquals("okänt fält \"moms\" i Utbetalningsrad.", fel(HUVUD + alla.replace("]", ",\"moms\"]") + ",\"rader\":[]}}"));
        assertEquals("fältet \"status\" saknas i Utbetalningsrad.", fel(HUVUD + alla.replace(",\"status\"", "") + ",\"rader\":[]}}"));
        assertEquals("fel värde för Utbetalningsrad.belopp: 1.00.",
                fel(HUVUD + alla + ",\"rader\":[" + rad.replace("1.00", "\"1.00\"") + "]}}"));
        assertEquals("fel värde för Utbetalningsrad.radtyp: BONUS.", fel(HUVUD + alla + ",\"rader\":[" + rad.replace("CHECKBELOPP", "BONUS") + "]}}"));
        assertEquals("rad 2 i underlaget ska vara en lista med 7 värden, ett för varje kolumn.",
                fel(HUVUD + alla + ",\"rader\":[" + rad + "," + rad.replace(",\"ATT_BETALA\"", "") + "]}}"));
        assertEquals("fel värde för Utbetalningsrad.orgnr: true.", fel(HUVUD + alla + ",\"rader\":[" + rad.replace("\"5560000001\"", "true") + "]}}"));
        assertEquals("i Utbetalningsunderlag ska kolumnerna stå före raderna.", fel("{\"varde\":{\"manad\":\"2026-03\",\"rader\":[]}}"));
        assertEquals("fel värde för Utbetalningsunderlag.kolumner: orgnr.", fel(HUVUD + alla.replace("]", ",\"orgnr\"]") + ",\"rader\":[]}}"));
        assertEquals("fältet \"manad\" saknas i Utbetalningsunderlag.", fel("{\"varde\":{\"kolumner\":" + alla + ",\"rader\":[]}}"));
    }

    private String fel(String json) {
        Jsonfel e = assertThrows(Jsonfel.class, () -> las(text(json)));
        return Jsonfel.beskriv(e).replaceFirst(" \\(vid .*\\)$", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private byte[] skriv(Utbetalningsunderlag underlag) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        kodek.skrivMeddelande(Map.of("varde", underlag), ut);
        return ut.toByteArray();
    }

    private Utbetalningsunderlag las(byte[] json) throws IOException {
        return las(new ByteArrayInputStream(json));
    }

    private Utbetalningsunderlag las(InputStream json) throws IOException {
        return (Utbetalningsunderlag) kodek.lasFalt(json, "varde", lasare);
    }

    private static InputStream text(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Utbetalningsrad rad(String orgnr, String anordnare, String insatsId, String typ, Radtyp radtyp, String belopp,
            Radstatus status) {
        return new Utbetalningsrad(orgnr, anordnare, insatsId, typ, radtyp, new BigDecimal(belopp), status);
    }
}
