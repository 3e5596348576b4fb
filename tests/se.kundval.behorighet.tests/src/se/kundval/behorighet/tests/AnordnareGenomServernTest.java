package se.kundval.behorighet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Anvandarkonton;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.autentisering.NyttKonto;
import se.kundval.klient.Kandaservrar;
import se.kundval.klient.Serversession;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.testsupport.Engangskoder;
import se.kundval.testsupport.Kundvalserverprov;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * Issue 11: the same cases as {@link AnordnareNarBaraEgnaKunderTest}, with anordnare A logged in on
 * the real Kundval server (password and engångskod) and every call of A's going through the client
 * over HTTPS. The {@code Inloggning} A's calls carry never reaches the server; the server puts the
 * session's user in its place, so this shows the server, not the client, is the boundary.
 * <p>
 * A method that takes a call-back, or a file other than an interchange folder, cannot be called over
 * the wire at all (protocol v1: files stay on the client); import and export send the folder's content
 * (decision 0380) and run through the server like the rest. Both lists are checked, so that neither
 * can grow unnoticed.
 */
class AnordnareGenomServernTest {

    private static final String ANORDNARE_A = "anordnare-a";
    private static final String LOSENORD = "A:s lösenord 1";
    private static final Set<String> INTE_OVER_NATET = Set.of(
            "BudgetService.prognos(Inloggning, Path)",
            "ErsattningService.prissattning(Inloggning, YearMonth, YearMonth, BiConsumer)",
            "ErsattningService.rader(Inloggning, YearMonth, YearMonth, BiConsumer)",
            "ErsattningsfaktaService.insatserUnder(Inloggning, LocalDate, LocalDate, Consumer)",
            "InsatsstatistikService.insatserMedErsattning(Inloggning, LocalDate, LocalDate, Consumer, Consumer)",
            "InsatsstatistikService.insatserUnder(Inloggning, LocalDate, LocalDate, Consumer)",
            "Importlager.skriv(Inloggning, Innehall, Rapportkalla)",
            "Exportlager.lasAllt(Inloggning, Mottagare)");
    /** Import and export carry the folder's content, not its path, over their own endpoint (decision 0380). */
    private static final Set<String> FILINNEHALL_OVER_NATET = Set.of(
            "UtbytesService.exportera(Inloggning, Path)",
            "UtbytesService.importera(Inloggning, Path)",
            "UtbytesService.importeraKundundersokning(Inloggning, Path)");

    /** The portal calls these on the server itself; no client is given them (Serversession offers only services). */
    private static final String BARA_PA_SERVERN = "Portalkonton."; //$NON-NLS-1$

    /**
     * Interfaces with cases that only the server's own services call in its process (the interchange's
     * stores, the contributions to a register extract, the portal's accounts); no client calls them.
     */
    private static final Set<String> BARA_SERVERNS_EGNA = Set.of("Exportlager", "Importlager", "Registerutdragsbidrag", "Portalkonton");

    @TempDir
    static Path katalog;
    private static Kundvalserverprov server;
    private static Kandaservrar kanda;

    @BeforeAll
    static void server() throws Exception {
        server = new Kundvalserverprov(Testdatabas.H2, katalog);
        kanda = new Kandaservrar(katalog.resolve("kanda-servrar.properties"));
    }

    @AfterAll
    static void stoppa() throws Exception {
        server.close();
    }

    @Test
    void baraFilerOchAnropTillbakaStannarPaKlienten() {
        Set<String> lokala = new TreeSet<>(AnordnareNarBaraEgnaKunderTest.allaFall().stream().map(Fall::metod)
                .filter(AnordnareGenomServernTest::taFilEllerAnropTillbaka).toList());
        Set<String> vantade = new TreeSet<>(INTE_OVER_NATET);
        vantade.addAll(FILINNEHALL_OVER_NATET);
        assertEquals(vantade, lokala);
    }

    /**
     * The cases below reach the server through {@link Serversession#tjanst}, which makes a proxy of any
     * interface; the workbench and the command line send a call there only for what
     * {@link Serversession#erbjuder} says (decision 0432). So every interface with a case here must be
     * offered, or in shared mode its calls would silently go to the empty embedded service.
     */
    @Test
    void varjeFallGenomServernErbjudsAvKlienten() {
        Set<String> ejErbjudna = new TreeSet<>(AnordnareNarBaraEgnaKunderTest.allaFall().stream().map(Fall::metod)
                .filter(m -> !INTE_OVER_NATET.contains(m) && !BARA_SERVERNS_EGNA.contains(m.substring(0, m.indexOf('.'))))
                .filter(m -> !Serversession.erbjuder(Tjanstemetoder.granssnitt(m))).toList());
        assertEquals(Set.of(), ejErbjudna);
    }

    @TestFactory
    Stream<DynamicTest> anordnareANarInteBsKundGenomServern() {
        List<Fall> fall = AnordnareNarBaraEgnaKunderTest.allaFall().stream().filter(f -> !INTE_OVER_NATET.contains(f.metod()))
                .filter(f -> !f.metod().startsWith(BARA_PA_SERVERN)).toList();
        return fall.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            try (TvaAnordnare varld = new TvaAnordnare(Files.createTempDirectory(katalog, "fall"), AnordnareGenomServernTest::inloggadSomA)) {
                AnordnareNarBaraEgnaKunderTest.kor(f, varld);
            }
        }));
    }

    /** A file, or a call-back: a Consumer, the import's feed of månadsrapporter (decision 0440) or the export's receiver (0481). */
    private static boolean taFilEllerAnropTillbaka(String metod) {
        return metod.contains("Path") || metod.contains("Consumer") || metod.contains("Rapportkalla") || metod.contains("Mottagare");
    }

    /** A's own login, made in the world's fresh database, with the code its authenticator app would show. */
    private static Tjanstekalla inloggadSomA(TvaAnordnare varld) {
        Anvandare konto = KundvalFactory.eINSTANCE.createAnvandare();
        konto.setAnvandarnamn(ANORDNARE_A);
        konto.setNamn("Coach hos A");
        konto.setRoll(Roll.ANORDNARE);
        konto.setOrgnr(varld.anordnareA.getOrgnr());
        konto.setAktiv(true);
        NyttKonto nytt = Tjanster.hamta(Anvandarkonton.class).skapa(Testfall.ADMIN, konto, LOSENORD.toCharArray());
        String kod = Engangskoder.kod(nytt.engangshemlighet(), Tjanster.hamta(Clock.class).instant());
        Serversession session = Serversession.oppna(server.adress(), new Inloggningsforsok(ANORDNARE_A, LOSENORD.toCharArray(),
                kod, Klient.lokal(Klient.Typ.ARBETSBANK)), (adress, avtryck) -> avtryck.equals(server.fingeravtryck()), kanda);
        return new Tjanstekalla() {
            @Override
            public <T> T tjanst(Class<T> typ) {
                return session.tjanst(typ);
            }

            @Override
            public void close() {
                session.close();
            }
        };
    }
}
