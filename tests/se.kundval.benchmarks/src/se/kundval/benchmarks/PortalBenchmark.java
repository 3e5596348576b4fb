package se.kundval.benchmarks;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Anvandarkonton;
import se.kundval.core.autentisering.Autentisering;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.autentisering.Portalkonton;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.UppfoljningService;
import se.kundval.model.Anordnare;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Roll;
import se.kundval.testsupport.Engangskoder;
import se.kundval.testsupport.Kundvalserverprov;
import se.kundval.testsupport.Portalwebb;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * 50 coaches at once through the anordnare portal on the real Kundval server (HTTPS on loopback, java.net.http,
 * no browser), each {@value #RUNDOR} times through a journey: log in with password and TOTP, the overview, the
 * insats page, a month's report (the form and its submission). The same service calls the portal makes for each
 * page are made in-process by 50 other coaches at once in the same run; the p95 of each page is written beside
 * the p95 of its calls and their ratio to docs/benchmarks/portal.md. Nothing here asserts a time.
 */
class PortalBenchmark {

    private static final int ANVANDARE = 50;
    /** One login per TOTP step the server accepts around the fixed test clock: the one before, now, the one after. */
    private static final int RUNDOR = 3;
    private static final LocalDate START = LocalDate.of(2026, 7, 1);
    private static final String LOSENORD = "portal-benchmark-1";
    private static final List<String> SIDOR = List.of("inloggning", "översikt", "insats", "månadsrapport");

    @TempDir
    Path katalog;

    /** A coach: its login, its secret and its own insats. */
    private record Coach(String namn, String hemlighet, long insats) {
    }

    /** What one coach does in one round of the journey, timed per page (ms, in {@link #SIDOR} order). */
    private interface Resa {
        double[] gor(Coach coach, int runda) throws Exception;
    }

    @Test
    void femtioCoacherGenomPortalenOchITjansterna() throws Exception {
        Tjanster.starta("se.kundval.portal");
        List<Testdatabas> databaser = Korning.databaser();
        StringBuilder md = new StringBuilder(huvud());
        for (Testdatabas databas : databaser) {
            md.append(String.format(Locale.ROOT, "%n## %s%n%n", databas == Testdatabas.H2 ? "H2" : "PostgreSQL"));
            md.append("| page | portal p50 ms | portal p95 ms | same calls in-process p95 ms | p95 ratio |\n| --- | ---: | ---: | ---: | ---: |\n");
            md.append(mat(databas));
        }
        Path fil = Korning.resultatfil("portal", 1, 1, databaser.stream().map(Enum::name).toList());
        Files.createDirectories(fil.getParent());
        Files.writeString(fil, md.append(fot()).toString(), StandardCharsets.UTF_8);
    }

    /** One run on a fresh database of the kind: the table rows, page by page. */
    private String mat(Testdatabas databas) throws Exception {
        Path mapp = Files.createDirectories(katalog.resolve(databas.name()));
        try (Kundvalserverprov server = new Kundvalserverprov(databas, mapp)) {
            // the server's own anordnare (AMI1, AMI2): a second Testfall would number its orgnr from the start again
            Testfall testfall = new Testfall();
            Anordnare anordnare = Tjanster.hamta(AnordnareService.class).hamtaMedOrgnr(Testfall.ADMIN, server.orgnr).orElseThrow();
            List<Coach> portalen = coacher(testfall, anordnare, "p");
            List<Coach> lokalt = coacher(testfall, anordnare, "l");
            Map<String, double[]> genomPortalen = samtidigt(portalen, (c, r) -> genomPortalen(server, c, r));
            Map<String, double[]> iTjansterna = samtidigt(lokalt, (c, r) -> iTjansterna(anordnare.getOrgnr(), c, r));
            StringBuilder rader = new StringBuilder();
            for (String sida : SIDOR) {
                double p = percentil(genomPortalen.get(sida), 95);
                double t = percentil(iTjansterna.get(sida), 95);
                rader.append(String.format(Locale.ROOT, "| %s | %,.1f | %,.1f | %,.1f | %,.2f |%n", sida,
                        percentil(genomPortalen.get(sida), 50), p, t, p / t));
            }
            return rader.toString();
        }
    }

    /** {@value #ANVANDARE} coaches of the anordnare with a TOTP secret each and an AMI2 insats each. */
    private static List<Coach> coacher(Testfall testfall, Anordnare anordnare, String prefix) {
        List<Coach> coacher = new ArrayList<>();
        for (int i = 0; i < ANVANDARE; i++) {
            Anvandare a = KundvalFactory.eINSTANCE.createAnvandare();
            a.setAnvandarnamn(prefix + "coach" + i);
            a.setNamn("Coach " + prefix + i);
            a.setRoll(Roll.ANORDNARE);
            a.setOrgnr(anordnare.getOrgnr());
            a.setAktiv(true);
            String hemlighet = Tjanster.hamta(Anvandarkonton.class).skapa(Testfall.ADMIN, a, LOSENORD.toCharArray()).engangshemlighet();
            long insats = testfall.insats(testfall.kund("Kund " + prefix + i, LocalDate.of(1980, 1, 1).plusDays(i)), anordnare, "AMI2", START)
                    .getId();
            coacher.add(new Coach(a.getAnvandarnamn(), hemlighet, insats));
        }
        return coacher;
    }

    /** Round r uses the TOTP step r − 1 from the clock's: each code once, each newer than the last. */
    private static String kod(Coach coach, int runda) {
        Instant nu = Tjanster.hamta(Clock.class).instant();
        return Engangskoder.kod(coach.hemlighet(), nu.plusSeconds(30L * (runda - 1)));
    }

    private static YearMonth manad(int runda) {
        return YearMonth.from(START).plusMonths(runda);
    }

    private static double[] genomPortalen(Kundvalserverprov server, Coach coach, int runda) {
        Portalwebb w = new Portalwebb(server.adress(), server.fingeravtryck());
        double[] ms = new double[SIDOR.size()];
        long t0 = System.nanoTime();
        w.loggaIn(coach.namn(), LOSENORD, kod(coach, runda));
        ms[0] = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        w.get("/");
        ms[1] = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        w.get("/insatser/" + coach.insats());
        ms[2] = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        String rapport = "/insatser/" + coach.insats() + "/rapport?period=" + manad(runda);
        String csrf = Portalwebb.csrf(w.get(rapport).body());
        HttpResponse<String> svar = w.post(rapport, Portalwebb.falt("csrf", csrf, "period", manad(runda).toString(),
                "aktiviteter", "Praktik och jobbsök", "narvarodagar", "12"));
        ms[3] = (System.nanoTime() - t0) / 1e6;
        if (svar.statusCode() != 303) {
            throw new AssertionError(coach.namn() + " " + manad(runda) + ": " + svar.statusCode() + "\n" + svar.body());
        }
        w.post("/utloggning", Portalwebb.falt("csrf", csrf));
        return ms;
    }

    /** The portal's service calls for each page, in this process; every page also asks whether to show Konton. */
    private static double[] iTjansterna(String orgnr, Coach coach, int runda) {
        double[] ms = new double[SIDOR.size()];
        InsatsService insatser = Tjanster.hamta(InsatsService.class);
        long t0 = System.nanoTime();
        Inloggning vem = Tjanster.hamta(Autentisering.class).autentisera(new Inloggningsforsok(coach.namn(), LOSENORD.toCharArray(),
                kod(coach, runda), new Klient(Klient.Typ.PORTAL, "127.0.0.1"))).orElseThrow();
        ms[0] = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        insatser.arbetslista(vem.vid("portal:/"), 6);
        sidhuvud(vem);
        ms[1] = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        insatser.hamta(vem.vid("portal:/insatser"), coach.insats());
        sidhuvud(vem);
        ms[2] = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        insatser.hamta(vem.vid("portal:/rapport"), coach.insats());
        sidhuvud(vem);
        insatser.hamta(vem.vid("portal:/rapport"), coach.insats());
        Manadsrapport r = KundvalFactory.eINSTANCE.createManadsrapport();
        r.setPeriod(manad(runda));
        r.setAktiviteter("Praktik och jobbsök");
        r.setNarvarodagar(12);
        Tjanster.hamta(UppfoljningService.class).lamnaIn(vem.vid("portal:/rapport"), coach.insats(), r);
        ms[3] = (System.nanoTime() - t0) / 1e6;
        if (!orgnr.equals(vem.orgnr())) {
            throw new AssertionError(vem);
        }
        return ms;
    }

    /** What every page's header asks: whether to offer Konton, and the organisation's name. */
    private static void sidhuvud(Inloggning vem) {
        Tjanster.hamta(Portalkonton.class).arPortaladmin(vem);
        Tjanster.hamta(AnordnareService.class).hamtaMedOrgnr(vem, vem.orgnr());
    }

    /** Every coach on its own thread, {@value #RUNDOR} rounds each; page → the milliseconds of all its visits. */
    private static Map<String, double[]> samtidigt(List<Coach> coacher, Resa resa) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(coacher.size());
        try {
            List<Future<List<double[]>>> svar = new ArrayList<>();
            for (Coach coach : coacher) {
                svar.add(pool.submit(() -> {
                    List<double[]> rundor = new ArrayList<>();
                    for (int r = 0; r < RUNDOR; r++) {
                        rundor.add(resa.gor(coach, r));
                    }
                    return rundor;
                }));
            }
            List<double[]> alla = new ArrayList<>();
            for (Future<List<double[]>> f : svar) {
                alla.addAll(f.get(5, TimeUnit.MINUTES));
            }
            return SIDOR.stream().collect(Collectors.toMap(s -> s, s -> alla.stream().mapToDouble(ms -> ms[SIDOR.indexOf(s)]).toArray()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentil(double[] ms, int p) {
        double[] ordnade = ms.clone();
        Arrays.sort(ordnade);
        return ordnade[Math.min(ordnade.length - 1, (int) Math.ceil(p / 100.0 * ordnade.length) - 1)];
    }

    private static String huvud() {
        return String.format(Locale.ROOT, """
                # Benchmark: the anordnare portal with 50 users at once

                %d coaches of one anordnare at once, each on its own thread and its own AMI2 insats, each %d times through
                a journey on the real Kundval server (HTTPS on loopback, `java.net.http`, no browser, on a fresh H2 or PostgreSQL
                database with the coaches' insatser): log in with password and TOTP (the form and its submission), the overview, the insats
                page, a month's report (the form and its submission, a new month each round), log out. The same service
                calls the portal makes for each page (`Autentisering`, `InsatsService.arbetslista`, `InsatsService.hamta`,
                `UppfoljningService.lamnaIn`, and for the header `Portalkonton.arPortaladmin` and the organisation's name,
                `AnordnareService.hamtaMedOrgnr`) are made in-process by %d other coaches at once in the same run.
                A page's time includes its redirect-free requests only (the 303 after a form is not followed). No
                warm-up: the first round is in the figures. Written by `PortalBenchmark` (tests/se.kundval.benchmarks,
                profile `benchmark`); no test asserts a time.
                """, ANVANDARE, RUNDOR, ANVANDARE);
    }

    private static String fot() {
        return """

                The portal's own work on top of the services is HTTPS, the form parsing, the session and CSRF check and
                rendering the page from its Mustache template. Logging in is dominated by the password hash (PBKDF2,
                600 000 iterations), which both columns pay. The 100 coaches share two cores, so the absolute times are
                mostly queueing for them; the ratios say what the portal adds.
                """;
    }
}
