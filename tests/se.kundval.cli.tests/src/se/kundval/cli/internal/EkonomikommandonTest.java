package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.Inloggning;
import se.kundval.core.csv.Csvlasare;
import se.kundval.core.csv.Csvlasning;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.Roll;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * The commands ersattning, rapport kvalitet and budget of DOMAIN §10, run in-process on a database
 * made through the services: their formats exactly, exit code 1 for bad input with nothing
 * written, 2 when the database cannot be reached.
 */
class EkonomikommandonTest extends Kommandoradstest {

    private static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);

    private static Path db;

    @TempDir
    Path mapp;

    /**
     * February 2024 (as in the compensation engine's own tests): at 5560360793 I-A2 (AMI2, running)
     * and I-A1 (AMI2 from 1 February, avslut FLYTTAT on the 29th, not judged), at 5566778899 I-B (ISA1).
     */
    @BeforeAll
    static void databas() throws IOException {
        Tjanster.starta("se.kundval.cli");
        db = Files.createTempDirectory("kundval-cli-ekonomi").resolve("db");
        Databas databas = Tjanster.hamta(Databas.class);
        databas.anslut(Databasanslutning.inbaddad(db));
        try {
            ReferensdataService referens = Tjanster.hamta(ReferensdataService.class);
            List<Insatstyp> typer = referens.insatstyper();
            AnordnareService anordnare = Tjanster.hamta(AnordnareService.class);
            Anordnare vagen = anordnare.spara(ADMIN, Insatsbyggare.anordnare("5560360793", "Vägen Vidare AB", typer));
            Anordnare nasta = anordnare.spara(ADMIN, Insatsbyggare.anordnare("5566778899", "Nästa Steg AB", typer));
            Kund kund = Tjanster.hamta(KundService.class).spara(ADMIN, Insatsbyggare.kund("K-1", "198503121231"));
            InsatsService insatser = Tjanster.hamta(InsatsService.class);
            Insatstyp ami2 = referens.insatstyp("AMI2").orElseThrow();
            insatser.spara(Testfall.HANDLAGGARE, Insatsbyggare.insats("I-B", kund, nasta, referens.insatstyp("ISA1").orElseThrow(),
                    LocalDate.of(2024, 1, 1), 9).bygg());
            insatser.spara(Testfall.HANDLAGGARE, Insatsbyggare.insats("I-A2", kund, vagen, ami2, LocalDate.of(2024, 1, 1), 12).bygg());
            insatser.spara(Testfall.HANDLAGGARE, Insatsbyggare.insats("I-A1", kund, vagen, ami2, LocalDate.of(2024, 2, 1), 12)
                    .avslut(LocalDate.of(2024, 2, 29), Avslutsorsak.FLYTTAT, null, null).bygg());
        } finally {
            databas.stang();
        }
    }

    @Test
    void ersattningSomCsvEnRadPerPost() {
        assertEquals(0, kor("ersattning", "--manad", "2024-02", "--db", db.toString()), fel());
        assertEquals("""
                orgnr;insats_id;insatstyp;radtyp;belopp;status
                5560360793;I-A1;AMI2;CHECKBELOPP;5000.00;ATT_BETALA
                5560360793;I-A1;AMI2;AVSLUTSERSATTNING;2500.00;VANTAR_PA_BEDOMNING
                5560360793;I-A2;AMI2;CHECKBELOPP;5000.00;ATT_BETALA
                5566778899;I-B;ISA1;CHECKBELOPP;6200.00;ATT_BETALA
                """, ut());
        assertEquals("", fel());
        assertEquals(0, kor("ersattning", "--manad=2023-12", "--format", "CSV", "--db", db.toString()), fel());
        assertEquals("orgnr;insats_id;insatstyp;radtyp;belopp;status\n", ut(), "a month without insatser has only the header");
    }

    @Test
    void ersattningSomJson() {
        assertEquals(0, kor("ersattning", "--manad", "2024-02", "--format", "json", "--db", db.toString()), fel());
        assertEquals("""
                [
                  {"orgnr":"5560360793","insats_id":"I-A1","insatstyp":"AMI2","radtyp":"CHECKBELOPP","belopp":5000.00,"status":"ATT_BETALA"},
                  {"orgnr":"5560360793","insats_id":"I-A1","insatstyp":"AMI2","radtyp":"AVSLUTSERSATTNING","belopp":2500.00,"status":"VANTAR_PA_BEDOMNING"},
                  {"orgnr":"5560360793","insats_id":"I-A2","insatstyp":"AMI2","radtyp":"CHECKBELOPP","belopp":5000.00,"status":"ATT_BETALA"},
                  {"orgnr":"5566778899","insats_id":"I-B","insatstyp":"ISA1","radtyp":"CHECKBELOPP","belopp":6200.00,"status":"ATT_BETALA"}
                ]
                """, ut());
        assertEquals(0, kor("ersattning", "--manad", "2023-12", "--format", "json", "--db", db.toString()), fel());
        assertEquals("[]\n", ut());
    }

    @Test
    void ersattningMedFelaktigIndataGerEtt() {
        assertEquals(1, kor("ersattning", "--db", db.toString()));
        assertEquals("kundval: ersattning kräver --manad (kundval ersattning --help).\n", fel());
        assertEquals(1, kor("ersattning", "--manad", "2024-13", "--db", db.toString()));
        assertEquals("kundval: --manad '2024-13' är ingen månad; skriv ÅÅÅÅ-MM, t.ex. 2024-05.\n", fel());
        assertEquals(1, kor("ersattning", "--manad", "2024-02", "--format", "xml", "--db", db.toString()));
        assertEquals("kundval: --format 'xml' finns inte; välj csv|json.\n", fel());
        assertEquals("", ut());
    }

    @Test
    void databasSomInteNasGerTva() throws IOException {
        Path losenord = Files.writeString(mapp.resolve("pw"), "hemligt\n");
        String[] jdbc = {"--jdbc", "jdbc:postgresql://127.0.0.1:1/kundval", "--user", "kundval", "--password-file", losenord.toString()};
        assertEquals(2, kor(concat(new String[] {"ersattning", "--manad", "2024-02"}, jdbc)));
        assertEquals(2, kor(concat(new String[] {"rapport", "kvalitet", "--fran", "2024-01-01", "--till", "2024-12-31"}, jdbc)));
        assertTrue(fel().startsWith("kundval: Kan inte ansluta till databasen"), fel());
        assertEquals("", ut());
    }

    @Test
    void kvalitetsrapportSomJsonPaStdout() {
        assertEquals(0, kor("rapport", "kvalitet", "--fran", "2024-01-01", "--till", "2024-12-31", "--db", db.toString()), fel());
        String json = ut().replaceAll("\\s+", ""); //$NON-NLS-1$
        assertTrue(json.startsWith("{\"period\":{\"fran\":\"2024-01-01\""), json);
        for (String del : List.of("\"totalt\":{", "\"insatstyper\":{", "\"AMI2\":{", "\"anordnare\":{", "\"5560360793\":{",
                "\"kunder\":1", "\"insatser\":3", "\"avslut\":1", "\"lyckade\":0", "\"FLYTTAT\":1")) {
            assertTrue(json.contains(del), () -> del + " missing in " + json);
        }
        assertEquals("", fel());
    }

    @Test
    void kvalitetsrapportTillFilICsvXlsxOchPdf() throws IOException {
        Path csv = mapp.resolve("rapport.csv");
        assertEquals(0, kor("rapport", "kvalitet", "--fran=2024-01-01", "--till=2024-04-30", "--format", "csv", "--out",
                csv.toString(), "--db", db.toString()), fel());
        assertEquals("", ut(), "the report goes into the file only");
        List<String> rader = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("Kvalitetsrapport", rader.get(0));
        assertTrue(rader.get(1).startsWith("Period 2024-01-01 – 2024-04-30"), rader.get(1));
        Path xlsx = mapp.resolve("rapport.xlsx");
        assertEquals(0, kor("rapport", "kvalitet", "--fran", "2024-01-01", "--till", "2024-12-31", "--format", "xlsx", "--out",
                xlsx.toString(), "--db", db.toString()), fel());
        assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(Files.readAllBytes(xlsx), 2));
        Path pdf = mapp.resolve("rapport.pdf");
        assertEquals(0, kor("rapport", "kvalitet", "--fran", "2024-01-01", "--till", "2024-12-31", "--format", "pdf", "--out",
                pdf.toString(), "--db", db.toString()), fel());
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        try (var filer = Files.list(mapp)) {
            assertEquals(List.of("rapport.csv", "rapport.pdf", "rapport.xlsx"),
                    filer.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left behind");
        }
    }

    @Test
    void kvalitetsrapportMedFelaktigIndataGerEttOchSkriverIngenting() {
        Path ut = mapp.resolve("rapport.json");
        assertEquals(1, kor("rapport", "kvalitet", "--fran", "2024-12-31", "--till", "2024-01-01", "--out", ut.toString(),
                "--db", db.toString()));
        assertEquals("kundval: --till 2024-01-01 är före --fran 2024-12-31.\n", fel());
        assertEquals(1, kor("rapport", "kvalitet", "--fran", "2024-02-30", "--till", "2024-12-31", "--db", db.toString()));
        assertEquals("kundval: --fran '2024-02-30' är inget datum; skriv ÅÅÅÅ-MM-DD.\n", fel());
        assertEquals(1, kor("rapport", "kvalitet", "--till", "2024-12-31", "--db", db.toString()));
        assertEquals("kundval: rapport kvalitet kräver --fran (kundval rapport kvalitet --help).\n", fel());
        assertEquals(1, kor("rapport", "kvalitet", "--fran", "2024-01-01", "--till", "2024-12-31", "--format", "docx",
                "--db", db.toString()));
        assertEquals("kundval: --format 'docx' finns inte; välj json|csv|xlsx|pdf.\n", fel());
        Path saknas = mapp.resolve("finns-inte").resolve("rapport.pdf");
        assertEquals(1, kor("rapport", "kvalitet", "--fran", "2024-01-01", "--till", "2024-12-31", "--format", "pdf", "--out",
                saknas.toString(), "--db", db.toString()));
        assertEquals("kundval: katalogen " + saknas.getParent() + " finns inte.\n", fel());
        assertFalse(Files.exists(ut));
        assertEquals("", ut());
    }

    @Test
    void budgetSkriverKostnadPerRadOchTotalt() throws IOException {
        Path plan = Files.writeString(mapp.resolve("plan.csv"), "insatstyp;antal;ar;bonusgrundande\nAMI1;10;2024;8\nISA1;25;2024\n");
        assertEquals(0, kor("budget", "--plan", plan.toString(), "--db", db.toString()), fel());
        // AMI1: 10 × 3 × 3 800 + 8 × 20 000; ISA1: 25 × 9 × 6 200, no bonus
        assertEquals("""
                insatstyp;antal;ar;manader;checkbelopp;checkkostnad;bonus;bonuskostnad;kostnad
                AMI1;10;2024;30;3800.00;114000.00;20000.00;160000.00;274000.00
                ISA1;25;2024;225;6200.00;1395000.00;0.00;0.00;1395000.00
                totalt;;;;;;;;1669000.00
                """, ut());
        assertEquals("", fel());
    }

    @Test
    void budgetMedFelaktigPlanGerEttMedFilOchRad() throws IOException {
        Path plan = Files.writeString(mapp.resolve("plan.csv"), "insatstyp;antal;ar\nAMI1;tio;2024\nFAI1;4\n");
        assertEquals(1, kor("budget", "--plan", plan.toString(), "--db", db.toString()));
        assertEquals("""
                plan.csv:2: antal 'tio' ska vara ett heltal, 0 eller större.
                plan.csv:3: raden ska ha 3 eller 4 fält (insatstyp;antal;ar;bonusgrundande), inte 2.
                kundval: planen har fel (2); ingenting beräknades.
                """, fel());
        assertEquals("", ut());
        assertEquals(1, kor("budget", "--plan", mapp.resolve("saknas.csv").toString(), "--db", db.toString()));
        assertTrue(fel().startsWith("saknas.csv"), fel());
        assertEquals(1, kor("budget", "--db", db.toString()));
        assertEquals("kundval: budget kräver --plan (kundval budget --help).\n", fel());
    }

    @Test
    void ersattningSomCsvCiterarOchSkyddarInsatsId() throws IOException {
        Path egen = Files.createTempDirectory("kundval-cli-csv").resolve("db");
        Databas databas = Tjanster.hamta(Databas.class);
        databas.anslut(Databasanslutning.inbaddad(egen));
        try {
            ReferensdataService referens = Tjanster.hamta(ReferensdataService.class);
            Anordnare vagen = Tjanster.hamta(AnordnareService.class).spara(ADMIN,
                    Insatsbyggare.anordnare("5560360793", "Vägen Vidare AB", referens.insatstyper()));
            Kund kund = Tjanster.hamta(KundService.class).spara(ADMIN, Insatsbyggare.kund("K-1", "198503121231"));
            Insatstyp ami2 = referens.insatstyp("AMI2").orElseThrow();
            for (String id : List.of("I;\"8\"", "=I-7")) {
                Tjanster.hamta(InsatsService.class).spara(Testfall.HANDLAGGARE,
                        Insatsbyggare.insats(id, kund, vagen, ami2, LocalDate.of(2024, 1, 1), 12).bygg());
            }
        } finally {
            databas.stang();
        }
        assertEquals(0, kor("ersattning", "--manad", "2024-02", "--db", egen.toString()), fel());
        assertEquals("""
                orgnr;insats_id;insatstyp;radtyp;belopp;status
                5560360793;'=I-7;AMI2;CHECKBELOPP;5000.00;ATT_BETALA
                5560360793;"I;""8\"\"\";AMI2;CHECKBELOPP;5000.00;ATT_BETALA
                """, ut());
        Csvlasning lasta = Csvlasare.las(ut().getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("insats_id", "=I-7", "I;\"8\""), lasta.rader().stream().map(r -> r.falt().get(1)).toList());
    }

    @Test
    void budgetplanMedCiteradeFaltGerSammaSomUtanCitat() throws IOException {
        Path plan = Files.writeString(mapp.resolve("plan.csv"), "insatstyp;antal;ar;bonusgrundande\nAMI1;10;2024;8\nISA1;25;2024\n");
        assertEquals(0, kor("budget", "--plan", plan.toString(), "--db", db.toString()), fel());
        String utanCitat = ut();
        Files.writeString(plan, "\"insatstyp\";\"antal\";\"ar\";\"bonusgrundande\"\r\n\"AMI1\";\"10\";2024;\"8\"\r\n\r\nISA1;25;\"2024\"\r\n");
        assertEquals(0, kor("budget", "--plan", plan.toString(), "--db", db.toString()), fel());
        assertEquals(utanCitat, ut());
        assertTrue(utanCitat.startsWith("insatstyp;antal;ar;manader;checkbelopp;checkkostnad;bonus;bonuskostnad;kostnad\nAMI1;10;2024;30;"), utanCitat);
    }

    @Test
    void budgetplanMedOavslutatCitatGerFilOchRad() throws IOException {
        Path plan = Files.writeString(mapp.resolve("plan.csv"), "insatstyp;antal;ar\nAMI1;10;2024\n\"ISA1;25;2024\nFAI1;4;2024\n");
        assertEquals(1, kor("budget", "--plan", plan.toString(), "--db", db.toString()));
        assertEquals("""
                plan.csv:3: citattecknet i fält 1 avslutas aldrig.
                kundval: planen har fel (1); ingenting beräknades.
                """, fel());
        assertEquals("", ut());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] alla = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, alla, a.length, b.length);
        return alla;
    }
}
