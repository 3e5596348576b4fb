package se.kundval.benchmarks;

import static se.kundval.benchmarks.Servertabeller.ANVANDARE;
import static se.kundval.benchmarks.Servertabeller.VARV_PER_ANVANDARE;
import static se.kundval.benchmarks.Servertabeller.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.ersattning.ErsattningService;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.ArendelistaService;
import se.kundval.core.tjanst.BevakningsgransService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.Kundfraga;
import se.kundval.klient.Kandaservrar;
import se.kundval.klient.Serversession;
import se.kundval.model.Kund;
import se.kundval.testsupport.Kundvalserverprov;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * The calls a workbench makes most, in this process (embedded mode) and through the Kundval server
 * over HTTPS on loopback (shared mode) in the same run: opening a kund, saving one, Mina kunder of a
 * karriärvägledare and one month's utbetalningsunderlag. Each call's median through the server is
 * divided by its median in-process, on the demo database (then also 20 users at once, p95) and at
 * municipal size, on each database {@code kundval.benchmark.databaser} names ({@link Korning}; the
 * demo table on H2 only). Results go to docs/benchmarks/server.md ({@link Servertabeller}); nothing
 * here asserts a time.
 */
class ServerBenchmark {

    private static final int VARV = Integer.getInteger("kundval.benchmark.server.varv", 40);
    /** The municipal size: 100 000 insatser, five for each of 20 000 kunder; few rounds, a call takes long there. */
    private static final int KOMMUN_INSATSER = Integer.getInteger("kundval.benchmark.server.insatser", 100_000);
    private static final int KOMMUN_VARV = Integer.getInteger("kundval.benchmark.server.kommunvarv", 3);
    /** Warm-up stops after this long: Mina kunder at municipal size takes many seconds, and once warms it. */
    private static final long UPPVARMNING_NS = TimeUnit.SECONDS.toNanos(5);
    /**
     * A short call warms up at least this long (decision 0460): after 40 near-empty calls the request's
     * path, on both sides of the connection, still runs largely interpreted, which a workbench that has
     * worked for a while no longer does, and the fixed cost measured was mostly that.
     */
    private static final long MINSTA_UPPVARMNING_NS = TimeUnit.SECONDS.toNanos(2);
    private static final YearMonth MANAD = YearMonth.from(Testklocka.IDAG).minusMonths(1);

    @TempDir
    Path katalog;

    /** One kind of call made by a user through whichever services it is given. */
    private interface Anrop {
        void gor(Anvandarna anvandarna, int varv);
    }

    /** The two demo users of the measured calls, with their services (local or remote). */
    private record Anvandarna(Inloggning hl1, Inloggning kv1, Tjanstekalla hl1s, Tjanstekalla kv1s, List<Long> kunder) {
    }

    /** Where a user's calls go. */
    private interface Tjanstekalla {
        <T> T tjanst(Class<T> typ);
    }

    private record Matt(String namn, Anrop anrop) {
    }

    private static final List<Matt> ANROP = List.of(
            // next to nothing to do: what a request itself costs (TLS, HTTP, JSON frame, the session check)
            new Matt("ett nästan tomt anrop (Databas.arTom)", (a, i) -> a.hl1s().tjanst(Databas.class).arTom()),
            new Matt("öppna en kund (KundService.akt)", (a, i) -> a.hl1s().tjanst(KundService.class).akt(a.hl1(), kund(a, i))),
            new Matt("spara en kund (KundService.hamta + spara)", (a, i) -> {
                KundService kunder = a.hl1s().tjanst(KundService.class);
                Kund kund = kunder.hamta(a.hl1(), kund(a, i));
                kund.setTolkbehov(!kund.isTolkbehov());
                kunder.spara(a.hl1(), kund);
            }),
            new Matt("Mina kunder för kv1 (ArendelistaService.arenden)", (a, i) -> a.kv1s().tjanst(ArendelistaService.class)
                    .arenden(a.kv1(), a.kv1s().tjanst(BevakningsgransService.class).granser(a.kv1()))),
            new Matt("en månads utbetalningsunderlag (ErsattningService.underlag)",
                    (a, i) -> a.hl1s().tjanst(ErsattningService.class).underlag(a.hl1(), MANAD)));

    @Test
    void vanligaAnropLokaltOchGenomServern() throws Exception {
        Servertabeller tabeller = new Servertabeller(
                Path.of(System.getProperty("kundval.benchmarks.resultat", "docs/benchmarks")).resolve("server.md"));
        for (Testdatabas databas : Korning.databaser()) {
            Path egen = Files.createDirectories(katalog.resolve(databas.name()));
            try (Kundvalserverprov server = new Kundvalserverprov(databas, egen)) {
                Databasanslutning anslutning = Serverdata.demo(databas);
                if (databas == Testdatabas.H2) {
                    tabeller.demo(mat(server, egen, VARV, true) + "\n" + Golvmatning.ettLitetAnrop(egen, VARV * 25, MINSTA_UPPVARMNING_NS));
                }
                Serverdata.kommunstorlek(anslutning, KOMMUN_INSATSER, MANAD);
                tabeller.kommun(databas, mat(server, egen, KOMMUN_VARV, false) + "\n" + Svarsmatning.underlag(MANAD, 5));
            }
        }
        tabeller.skriv();
    }

    /** One table: each call's median in-process and through the server, and with 20 users at once when {@code samtidigt}. */
    private static String mat(Kundvalserverprov server, Path egen, int varv, boolean samtidigt) throws Exception {
        AnvandareService konton = Tjanster.hamta(AnvandareService.class);
        Inloggning hl1 = konton.loggaIn("hl1", Serverdata.DEMOLOSENORD.toCharArray()).orElseThrow();
        Inloggning kv1 = konton.loggaIn("kv1", Serverdata.DEMOLOSENORD.toCharArray()).orElseThrow();
        List<Long> kunder = Tjanster.hamta(KundService.class).sok(hl1, Kundfraga.alla(0, 200))
                .kunder().stream().filter(k -> !k.isSkyddad()).map(Kund::getId).toList();
        long antal = Tjanster.hamta(KundService.class).sok(hl1, Kundfraga.alla(0, 1)).totalt();
        Kandaservrar kanda = new Kandaservrar(egen.resolve("kanda-servrar.properties"));
        try (Serversession s1 = logga(server, kanda, "hl1"); Serversession s2 = logga(server, kanda, "kv1")) {
            Anvandarna lokalt = new Anvandarna(hl1, kv1, Tjanster::hamta, Tjanster::hamta, kunder);
            Anvandarna genomServern = new Anvandarna(hl1, kv1, s1::tjanst, s2::tjanst, kunder);
            StringBuilder md = new StringBuilder(Servertabeller.tabellhuvud(antal, varv, samtidigt));
            for (Matt matt : ANROP) {
                double[] l = tider(matt.anrop(), lokalt, varv);
                double[] g = tider(matt.anrop(), genomServern, varv);
                md.append(text("| %s | %,.2f | %,.2f | %,.2f |", matt.namn(), median(l), median(g), median(g) / median(l)));
                if (samtidigt) {
                    double[] lp = samtidigt(matt.anrop(), lokalt);
                    double[] gp = samtidigt(matt.anrop(), genomServern);
                    md.append(text(" %,.1f | %,.1f | %,.2f |", percentil(lp, 95), percentil(gp, 95), percentil(gp, 95) / percentil(lp, 95)));
                }
                md.append('\n');
            }
            return md.toString();
        }
    }

    private static Serversession logga(Kundvalserverprov server, Kandaservrar kanda, String namn) {
        return Serversession.oppna(server.adress(), new Inloggningsforsok(namn, Serverdata.DEMOLOSENORD.toCharArray(), null,
                Klient.lokal(Klient.Typ.ARBETSBANK)), (adress, avtryck) -> avtryck.equals(server.fingeravtryck()), kanda);
    }

    private static long kund(Anvandarna a, int varv) {
        return a.kunder().get(varv % a.kunder().size());
    }

    /**
     * Milliseconds of each call, one after the other, after as many calls to warm up, or more until
     * {@link #MINSTA_UPPVARMNING_NS}, but no longer than {@link #UPPVARMNING_NS}.
     */
    private static double[] tider(Anrop anrop, Anvandarna anvandarna, int varv) {
        long start = System.nanoTime();
        for (int i = 0; (i < varv || System.nanoTime() - start < MINSTA_UPPVARMNING_NS)
                && System.nanoTime() - start < UPPVARMNING_NS; i++) {
            anrop.gor(anvandarna, i);
        }
        double[] ms = new double[varv];
        for (int i = 0; i < varv; i++) {
            long t0 = System.nanoTime();
            anrop.gor(anvandarna, i);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    /**
     * Milliseconds of each call while {@value Servertabeller#ANVANDARE} users make it at once, each on its
     * own kunder. The users share one session, as the single calls do; one unmeasured round of as many
     * calls at once comes first, so that the connections a shared client opens for 20 calls at once (a
     * TLS handshake each) are open before the measured round, as in a workbench that has worked a while.
     */
    private static double[] samtidigt(Anrop anrop, Anvandarna anvandarna) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ANVANDARE);
        try {
            List<Future<?>> oppnande = new ArrayList<>();
            for (int u = 0; u < ANVANDARE; u++) {
                int varv = u * VARV_PER_ANVANDARE;
                oppnande.add(pool.submit(() -> anrop.gor(anvandarna, varv)));
            }
            for (Future<?> f : oppnande) {
                f.get(10, TimeUnit.MINUTES);
            }
            List<Future<double[]>> svar = new ArrayList<>();
            for (int u = 0; u < ANVANDARE; u++) {
                int forsta = u * VARV_PER_ANVANDARE;
                svar.add(pool.submit(() -> {
                    double[] ms = new double[VARV_PER_ANVANDARE];
                    for (int i = 0; i < VARV_PER_ANVANDARE; i++) {
                        long t0 = System.nanoTime();
                        anrop.gor(anvandarna, forsta + i);
                        ms[i] = (System.nanoTime() - t0) / 1e6;
                    }
                    return ms;
                }));
            }
            List<Double> alla = new ArrayList<>();
            for (Future<double[]> f : svar) {
                Arrays.stream(f.get(10, TimeUnit.MINUTES)).forEach(alla::add);
            }
            return alla.stream().mapToDouble(Double::doubleValue).toArray();
        } finally {
            pool.shutdownNow();
        }
    }

    private static double median(double[] ms) {
        return percentil(ms, 50);
    }

    private static double percentil(double[] ms, int p) {
        double[] ordnade = ms.clone();
        Arrays.sort(ordnade);
        return ordnade[Math.min(ordnade.length - 1, (int) Math.ceil(p / 100.0 * ordnade.length) - 1)];
    }
}
