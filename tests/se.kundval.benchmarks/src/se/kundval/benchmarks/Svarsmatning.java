package se.kundval.benchmarks;

import static se.kundval.benchmarks.Servertabeller.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectReader;

import se.kundval.core.Inloggning;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.ersattning.Utbetalningsunderlag;
import se.kundval.core.json.Jsonkodek;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.testsupport.Tjanster;

/**
 * What the JSON of the largest answer costs by itself, apart from HTTP and TLS: the month's
 * utbetalningsunderlag written as the server writes it and read as the client reads it (straight
 * from the bytes by its type, without the check for repeated keys), and whether gzip could pay on loopback: packing and unpacking it
 * must cost less than carrying the bytes it saves, which on loopback takes next to nothing.
 */
final class Svarsmatning {

    private Svarsmatning() {
    }

    /** One sentence for below the municipal table: the medians of {@code varv} rounds after as many to warm up. */
    static String underlag(YearMonth manad, int varv) throws IOException {
        Inloggning hl1 = Tjanster.hamta(AnvandareService.class).loggaIn("hl1", Serverdata.DEMOLOSENORD.toCharArray()).orElseThrow();
        Utbetalningsunderlag underlag = Tjanster.hamta(ErsattningService.class).underlag(hl1, manad);
        Jsonkodek kodek = new Jsonkodek();
        ObjectReader lasare = kodek.lasare(Utbetalningsunderlag.class).without(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        Object svar = Collections.singletonMap("varde", underlag);
        double[] skriv = new double[varv];
        double[] las = new double[varv];
        double[] packa = new double[varv];
        double[] packaUpp = new double[varv];
        byte[] json = new byte[0];
        byte[] packad = new byte[0];
        for (int i = -varv; i < varv; i++) {
            long t0 = System.nanoTime();
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            kodek.skrivMeddelande(svar, ut);
            json = ut.toByteArray();
            long t1 = System.nanoTime();
            kodek.lasFalt(new ByteArrayInputStream(json), "varde", lasare);
            long t2 = System.nanoTime();
            packad = gzip(json);
            long t3 = System.nanoTime();
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packad))) {
                in.readAllBytes();
            }
            long t4 = System.nanoTime();
            if (i >= 0) {
                skriv[i] = (t1 - t0) / 1e6;
                las[i] = (t2 - t1) / 1e6;
                packa[i] = (t3 - t2) / 1e6;
                packaUpp[i] = (t4 - t3) / 1e6;
            }
        }
        return text("The underlag's answer alone (%,d lines, %.1f MB of JSON, median of %d): written in %.0f ms, "
                + "read in %.0f ms; gzip at its fastest level packs it to %.1f MB in %.0f ms and unpacks it in %.0f ms.",
                Integer.valueOf(underlag.rader().size()), json.length / 1e6, Integer.valueOf(varv), median(skriv), median(las),
                packad.length / 1e6, median(packa), median(packaUpp));
    }

    private static byte[] gzip(byte[] json) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(ut, 64 * 1024) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gz.write(json);
        }
        return ut.toByteArray();
    }

    private static double median(double[] ms) {
        double[] ordnade = ms.clone();
        Arrays.sort(ordnade);
        return ordnade[(ordnade.length - 1) / 2];
    }
}
