package se.kundval.arendelista.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.tjanst.Arenderad;

/**
 * The workbench's figures of issue 15, each a ratio in the same run: Mina kunder with 100 000 rows
 * against the same table empty (first paint; the heap after it, after scrolling to the end and back,
 * after a filter), and the start of the product to its login dialog against a bare E4 window of the
 * same product. Runs alternate between the two sides, after one of each that is not counted; the
 * medians are written to docs/benchmarks/arbetsbank.md. Nothing here asserts a time.
 */
class ArbetsbankBenchmark {

    private static final int RADER = Integer.getInteger("kundval.benchmark.arbetsbank.rader", 100_000);
    private static final int VARV = Integer.getInteger("kundval.benchmark.arbetsbank.varv", 5);

    @TempDir
    Path tmp;

    @Test
    void minaKunderOchStartenMotSinaBaslinjer() throws IOException, InterruptedException {
        Display display = Display.getDefault();
        List<Arenderad> rader = Arbetsbanksrader.rader(RADER, LocalDate.of(2026, 12, 7));
        Tabellmatning[] full = new Tabellmatning[VARV];
        Tabellmatning[] tom = new Tabellmatning[VARV];
        Tabellmatning.mat(display, List.of());
        Tabellmatning.mat(display, rader);
        for (int i = 0; i < VARV; i++) {
            tom[i] = Tabellmatning.mat(display, List.of());
            full[i] = Tabellmatning.mat(display, rader);
        }
        Path produkt = Path.of(System.getProperty("kundval.benchmark.produkt"));
        Startmatning kundval = Startmatning.kundval(produkt, Files.createDirectories(tmp.resolve("kundval")));
        Startmatning bar = Startmatning.bar(produkt, Files.createDirectories(tmp.resolve("bar")),
                Path.of(System.getProperty("kundval.benchmark.bar")));
        kundval.starta();
        bar.starta();
        double[] kundvalMs = new double[VARV];
        double[] barMs = new double[VARV];
        for (int i = 0; i < VARV; i++) {
            barMs[i] = bar.starta();
            kundvalMs[i] = kundval.starta();
        }
        Path mapp = Files.createDirectories(Path.of(System.getProperty("kundval.benchmarks.resultat", "docs/benchmarks")));
        Files.writeString(mapp.resolve("arbetsbank.md"), rapport(full, tom, kundvalMs, barMs), StandardCharsets.UTF_8);
    }

    private static String rapport(Tabellmatning[] full, Tabellmatning[] tom, double[] kundval, double[] bar) {
        StringBuilder md = new StringBuilder();
        md.append("# Arbetsbänken: Mina kunder med ").append(text("%,d", RADER)).append(" rader och starten\n\n");
        md.append("Körd med `tests/se.kundval.arbetsbank.benchmarks` (se dess pom.xml), medianer av ").append(VARV)
                .append(" varv per sida, varven växelvis, efter ett varv av varje som inte räknas.\n\n");
        md.append("## Mina kunder mot samma tabell tom\n\n");
        md.append("| mått | ").append(text("%,d", RADER)).append(" rader | tom tabell | kvot |\n| --- | ---: | ---: | ---: |\n");
        rad(md, "första målningen, ms", full, tom, Tabellmatning::forstaMalning, true);
        rad(md, "heap efter första målningen, MB", full, tom, Tabellmatning::heapMalning, false);
        rad(md, "rullning till sista raden och tillbaka (80 målade steg), ms", full, tom, Tabellmatning::rullning, true);
        rad(md, "heap efter rullningen, MB", full, tom, Tabellmatning::heapRullning, false);
        rad(md, "filter i Anordnare-kolumnen, ms", full, tom, Tabellmatning::filtrering, true);
        rad(md, "heap efter filtret, MB", full, tom, Tabellmatning::heapFiltrering, false);
        md.append(text("%nMinnet under rullningen: %+.1f MB mot efter första målningen (det som hålls efter skräpsamling).%n%n",
                median(full, Tabellmatning::heapRullning) - median(full, Tabellmatning::heapMalning)));
        md.append("## Starten till inloggningsdialogen mot ett tomt E4-fönster\n\n");
        md.append("| mått | Kundval | tomt E4-fönster | kvot |\n| --- | ---: | ---: | ---: |\n");
        md.append(text("| från processens start till fönstret på skärmen, ms | %,.0f | %,.0f | %.2f |%n", median(kundval), median(bar),
                median(kundval) / median(bar)));
        md.append(text("%nVarje start: %s ms (Kundval), %s ms (tomt fönster).%n", Arrays.toString(kundval), Arrays.toString(bar)));
        return md.toString();
    }

    private static void rad(StringBuilder md, String matt, Tabellmatning[] full, Tabellmatning[] tom, ToDoubleFunction<Tabellmatning> f,
            boolean kvot) {
        double a = median(full, f);
        double b = median(tom, f);
        md.append(text("| %s | %,.1f | %,.1f | %s |%n", matt, a, b, kvot ? text("%.2f", a / b) : "–"));
    }

    private static double median(Tabellmatning[] m, ToDoubleFunction<Tabellmatning> f) {
        return median(Arrays.stream(m).mapToDouble(f).toArray());
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String text(String format, Object... varden) {
        return String.format(Locale.forLanguageTag("sv-SE"), format, varden);
    }
}
