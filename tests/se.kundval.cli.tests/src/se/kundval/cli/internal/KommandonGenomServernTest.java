package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.autentisering.Autentisering;
import se.kundval.core.autentisering.Inloggningsforsok;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.testsupport.Engangskoder;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Kundvalserverprov;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * Commands run on the real server ({@code --server}, DOMAIN §11), over H2 and PostgreSQL: the same
 * output as the embedded command on the same database; exit 3 with nothing done for a wrong password,
 * a role without the right and a server not yet trusted; import and export carrying the files' content
 * (decision 0380).
 */
class KommandonGenomServernTest extends Kommandoradstest {

    private static final String KUNDER = "kund_id;personnummer;namn;kon;utbildning;sprak;ekonomiskt_bistand;"
            + "etableringsprogram;etableringsersattning;arbetsformaga;kommun;kv";

    @TempDir
    Path mapp;

    static Stream<Testdatabas> databaser() {
        return Testdatabas.alla().stream();
    }

    private String[] server(Kundvalserverprov server, String anvandare, String losenord) throws Exception {
        Path fil = Files.writeString(mapp.resolve(anvandare + ".losen"), losenord + "\n");
        return new String[] {"--server", server.adress().toString(), "--user", anvandare, "--password-file", fil.toString(),
            "--fingerprint", server.fingeravtryck().toLowerCase(java.util.Locale.ROOT)};
    }

    private static String[] och(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    /** March 2025: a running AMI2 insats, whose monthly checkbelopp is a row of the underlag. */
    private static void marsData() {
        ReferensdataService referens = Tjanster.hamta(ReferensdataService.class);
        List<Insatstyp> typer = referens.insatstyper();
        Anordnare vagen = Tjanster.hamta(se.kundval.core.tjanst.AnordnareService.class).spara(Testfall.ADMIN,
                Insatsbyggare.anordnare("5560360793", "Vägen Vidare AB", typer));
        Kund kund = Tjanster.hamta(KundService.class).spara(Testfall.ADMIN, Insatsbyggare.kund("K-1", "198503121231"));
        Tjanster.hamta(InsatsService.class).spara(Testfall.HANDLAGGARE, Insatsbyggare.insats("I-1", kund, vagen,
                referens.insatstyp("AMI2").orElseThrow(), LocalDate.of(2025, 2, 1), 12).bygg());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void ersattningGenomServernGerSammaRaderSomInbaddat(Testdatabas db) throws Exception {
        Tjanster.starta("se.kundval.cli");
        String genomServern;
        Kundvalserverprov server = new Kundvalserverprov(db, mapp);
        try {
            marsData();
            assertEquals(0, kor(och(server(server, "hl1", Kundvalserverprov.LOSENORD), "ersattning", "--manad", "2025-03")), fel());
            genomServern = ut();
            assertEquals("", fel());
        } finally {
            server.close();
        }
        assertTrue(genomServern.lines().count() > 1, genomServern);
        String[] lokalt = db == Testdatabas.H2
                ? new String[] {"--db", server.databas.jdbcUrl().replaceFirst("^jdbc:h2:file:", "").replaceFirst(";.*$", "")}
                : new String[] {"--jdbc", server.databas.jdbcUrl(), "--user", server.databas.anvandare(), "--password-file",
                    Files.writeString(mapp.resolve("pg"), server.databas.losenord()).toString()};
        assertEquals(0, kor(och(lokalt, "ersattning", "--manad", "2025-03")), fel());
        assertEquals(ut(), genomServern);
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void ingenBehorighetGerTreOchIngentingGors(Testdatabas db) throws Exception {
        Tjanster.starta("se.kundval.cli");
        try (Kundvalserverprov server = new Kundvalserverprov(db, mapp)) {
            Path katalog = mapp.resolve("export");
            assertEquals(3, kor(och(server(server, "anordnare1", Kundvalserverprov.LOSENORD), "export", katalog.toString())), fel());
            assertFalse(Files.exists(katalog), "nothing was written");
            assertEquals("", ut());

            assertEquals(3, kor(och(server(server, "hl1", "fel-losenord"), "ersattning", "--manad", "2025-03")));
            assertEquals("kundval: Fel användarnamn, lösenord eller engångskod, eller spärrat konto.\n", fel());

            assertEquals(3, kor(och(server(server, "kv1", Kundvalserverprov.LOSENORD), "ersattning", "--manad", "2025-03")));
            assertEquals("kundval: kv1 (KARRIARVAGLEDARE) får inte köra kundval ersattning på servern; det får ADMINISTRATOR, "
                    + "HANDLAGGARE. Ingenting gjordes.\n", fel());

            String[] utanAvtryck = List.of(server(server, "hl1", Kundvalserverprov.LOSENORD)).subList(0, 6).toArray(String[]::new);
            assertEquals(3, kor(och(utanAvtryck, "ersattning", "--manad", "2025-03")));
            assertTrue(fel().contains("lägg till --fingerprint " + server.fingeravtryck()), fel());
            assertEquals("", ut());
        }
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void importOchExportGenomServernGerSammaFilerSomInbaddat(Testdatabas db) throws Exception {
        Tjanster.starta("se.kundval.cli");
        Path in = Files.createDirectories(mapp.resolve("in"));
        Files.writeString(in.resolve("anordnare.csv"), "orgnr;namn\n5560360793;Vägen Vidare AB\n");
        Files.writeString(in.resolve("kunder.csv"), KUNDER + "\nK1;198112189876;Åsa Öberg;K;GYMNASIUM;svenska;J;N;N;100;Nacka;kv1\n");
        Path genomServern = mapp.resolve("genom-servern");
        String raderGenomServern;
        Kundvalserverprov server = new Kundvalserverprov(db, mapp);
        try {
            String[] admin = server(server, "admin", Kundvalserverprov.LOSENORD);
            assertEquals(0, kor(och(admin, "import", in.toString())), fel());
            assertEquals("anordnare.csv: 1 rad\nkunder.csv: 1 rad\n", ut());
            assertEquals(0, kor(och(admin, "export", genomServern.toString())), fel());
            raderGenomServern = ut();
            assertTrue(raderGenomServern.startsWith("anordnare.csv: 2 rader\n") && raderGenomServern.contains("kunder.csv: 1 rad\n"),
                    raderGenomServern);
            assertEquals(Files.readString(in.resolve("kunder.csv")), Files.readString(genomServern.resolve("kunder.csv")));
            for (Path fil : filer(genomServern)) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fil)), fil + " is the owner's only");
            }

            assertEquals(1, kor(och(admin, "import", genomServern.toString())), "everything exists already");
            assertTrue(fel().contains("anordnare.csv:3: orgnr '5560360793' finns redan i databasen.\n"), fel());
            assertFalse(fel().contains(System.getProperty("java.io.tmpdir") + "/kundval-utbyte"), fel());
            Files.writeString(in.resolve("kunder.csv"), KUNDER + "\nK2;198112189875;Bo Ek;M;GYMNASIUM;svenska;J;N;N;100;Nacka;kv1\n");
            Files.delete(in.resolve("anordnare.csv"));
            assertEquals(1, kor(och(admin, "import", in.toString())));
            assertEquals("kunder.csv:2: personnummer: '198112189875' har fel kontrollsiffra.\nkundval: ingenting skrevs (1 fel).\n", fel());
        } finally {
            server.close();
        }
        Path lokalt = mapp.resolve("lokalt");
        assertEquals(0, kor(och(lokalt(server, db), "export", lokalt.toString())), fel());
        assertEquals(ut(), raderGenomServern);
        assertEquals(filer(lokalt).stream().map(Path::getFileName).toList(), filer(genomServern).stream().map(Path::getFileName).toList());
        for (Path fil : filer(lokalt)) {
            assertEquals(Files.readString(fil), Files.readString(genomServern.resolve(fil.getFileName())), fil.getFileName().toString());
        }
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void anvandareNyOchEngangskodGenomServernVisarHemlighetenEnGang(Testdatabas db) throws Exception {
        Tjanster.starta("se.kundval.cli");
        try (Kundvalserverprov server = new Kundvalserverprov(db, mapp)) {
            String[] admin = server(server, "admin", Kundvalserverprov.LOSENORD);
            String nytt = Files.writeString(mapp.resolve("nytt"), "Nytt lösen 9\n").toString();
            assertEquals(1, kor(och(admin, "anvandare", "ny", "anordnare9", "--roll", "ANORDNARE", "--orgnr", server.orgnr)));
            assertTrue(fel().contains("--new-password-file"), fel());
            assertEquals(0, kor(och(admin, "anvandare", "ny", "anordnare9", "--roll", "ANORDNARE", "--orgnr", server.orgnr,
                    "--new-password-file", nytt)), fel());
            String hemlighet = hemlighet("anordnare9");
            assertTrue(autentisera("anordnare9", "Nytt lösen 9", hemlighet).isPresent(), "the printed secret gives the codes");

            assertEquals(3, kor(och(server(server, "hl1", Kundvalserverprov.LOSENORD), "anvandare", "engangskod", "anordnare1")));
            assertTrue(fel().contains("får inte köra kundval anvandare engangskod på servern"), fel());
            assertEquals(0, kor(och(admin, "anvandare", "engangskod", "anordnare1")), fel());
            assertTrue(autentisera("anordnare1", Kundvalserverprov.LOSENORD, hemlighet("anordnare1")).isPresent(),
                    "a user made without a secret (as the demo's) can now log in to the server");
            assertEquals(1, kor(och(admin, "anvandare", "engangskod", "hl1")));
            assertEquals("kundval: hl1 är handläggare; bara anordnare loggar in med engångskod.\n", fel());

            assertEquals(0, kor(och(admin, "anvandare", "ny", "chef9", "--roll", "ANORDNARE", "--orgnr", server.orgnr, "--portaladmin",
                    "--new-password-file", nytt)), fel());
            assertEquals(0, kor(och(admin, "anvandare", "lista")), fel());
            List<String> rader = ut().lines().toList();
            assertEquals(Anvandarlistekommando.RUBRIK, rader.get(0));
            assertTrue(rader.contains("chef9;chef9;ANORDNARE;" + server.orgnr + ";ja;ja"), ut());
            assertTrue(rader.contains("anordnare9;anordnare9;ANORDNARE;" + server.orgnr + ";ja;nej"), ut());
        }
    }

    /** The secret printed once, in Base32 and in the otpauth URI. */
    private String hemlighet(String namn) {
        Matcher m = Pattern.compile("Hemlighet \\(Base32\\): ([A-Z2-7]{32})\n(otpauth://totp/Kundval:" + namn
                + "\\?secret=([A-Z2-7]{32})&issuer=Kundval)\n").matcher(ut());
        assertTrue(m.find(), ut());
        assertEquals(m.group(1), m.group(3));
        return m.group(1);
    }

    private static Optional<Inloggning> autentisera(String namn, String losenord, String hemlighet) {
        String kod = Engangskoder.kod(hemlighet, Tjanster.hamta(Clock.class).instant());
        return Tjanster.hamta(Autentisering.class).autentisera(new Inloggningsforsok(namn, losenord.toCharArray(), kod,
                new Klient(Klient.Typ.KOMMANDORAD, "192.0.2.9")));
    }

    private String[] lokalt(Kundvalserverprov server, Testdatabas db) throws Exception {
        return db == Testdatabas.H2
                ? new String[] {"--db", server.databas.jdbcUrl().replaceFirst("^jdbc:h2:file:", "").replaceFirst(";.*$", "")}
                : new String[] {"--jdbc", server.databas.jdbcUrl(), "--user", server.databas.anvandare(), "--password-file",
                    Files.writeString(mapp.resolve("pg"), server.databas.losenord()).toString()};
    }

    private static List<Path> filer(Path katalog) throws Exception {
        try (Stream<Path> filer = Files.list(katalog)) {
            return filer.sorted().toList();
        }
    }
}
