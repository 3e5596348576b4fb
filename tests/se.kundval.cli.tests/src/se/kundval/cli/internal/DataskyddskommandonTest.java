package se.kundval.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.Inloggning;
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
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * {@code gallra} and {@code registerutdrag} (DOMAIN §12) run in-process: what they print, their exit
 * codes, a dry run that leaves everything, a real run after which the gallrad person is not in the
 * register any more.
 */
class DataskyddskommandonTest extends Kommandoradstest {

    private static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
    /** Born 12 March 1985: kept for research only on the 5th, 15th or 25th. */
    private static final String GAMMAL = "198503121231";
    private static final String NY = "197911051238";

    @TempDir
    Path mapp;

    private String db;

    /** K-GAMMAL's only insats ended in 2015; K-NY's in 2024; K-OPPEN's from 2014 has no avslut. */
    @BeforeEach
    void databas() throws IOException {
        Tjanster.starta("se.kundval.cli");
        Path fil = Files.createTempDirectory("kundval-cli-dataskydd").resolve("db");
        db = fil.toString();
        Databas databas = Tjanster.hamta(Databas.class);
        databas.anslut(Databasanslutning.inbaddad(fil));
        try {
            ReferensdataService referens = Tjanster.hamta(ReferensdataService.class);
            Insatstyp ami1 = referens.insatstyp("AMI1").orElseThrow();
            Anordnare ut = Insatsbyggare.anordnare("5560360793", "Vägen Vidare AB", List.of(ami1));
            ut.getAuktorisationer().get(0).setFran(LocalDate.of(2010, 1, 1));
            Anordnare a = Tjanster.hamta(AnordnareService.class).spara(ADMIN, ut);
            KundService kunder = Tjanster.hamta(KundService.class);
            InsatsService insatser = Tjanster.hamta(InsatsService.class);
            // saved on the day of its last entry, so that whatever a save records carries that day
            try (var klocka = Testklocka.stall(LocalDate.of(2015, 6, 1).atTime(12, 0))) {
                Kund gammal = kunder.spara(ADMIN, Insatsbyggare.kund("K-GAMMAL", GAMMAL));
                insatser.spara(Testfall.HANDLAGGARE, Insatsbyggare.insats("I-GAMMAL", gammal, a, ami1, LocalDate.of(2015, 3, 1), 3)
                        .avslut(LocalDate.of(2015, 6, 1), Avslutsorsak.INSATSTID_SLUT, null, null).bedomd(false, false).bygg());
            }
            Kund ny = kunder.spara(ADMIN, Insatsbyggare.kund("K-NY", NY));
            insatser.spara(Testfall.HANDLAGGARE, Insatsbyggare.insats("I-NY", ny, a, ami1, LocalDate.of(2024, 3, 1), 3)
                    .avslut(LocalDate.of(2024, 6, 1), Avslutsorsak.INSATSTID_SLUT, null, null).bedomd(false, false).bygg());
            try (var klocka = Testklocka.stall(LocalDate.of(2014, 3, 3).atTime(12, 0))) {
                Kund oppen = kunder.spara(ADMIN, Insatsbyggare.kund("K-OPPEN", "197001081236"));
                insatser.spara(Testfall.HANDLAGGARE, Insatsbyggare.insats("I-OPPEN", oppen, a, ami1, LocalDate.of(2014, 3, 3), 3).bygg());
            }
        } finally {
            databas.stang();
        }
    }

    @Test
    void torrkorningSkriverVadSomSkulleGallrasOchAndrarIngenting() {
        assertEquals(0, kor("gallra", "--db", db, "--per", "2026-01-01", "--torrkorning"), fel());
        String text = ut();
        assertTrue(text.contains("Torrkörning per 2026-01-01: ingenting ändrades"), text);
        assertTrue(text.contains("  2015: 1"), text);
        assertTrue(text.contains("Personakter: 1, insatser kvar som anonym statistik: 1"), text);
        assertTrue(text.contains("  I-OPPEN AMI1 start 2014-03-03, senaste anteckning 2014-03-03"), text);
        assertEquals(0, kor("registerutdrag", "--db", db, GAMMAL), fel());
        assertTrue(ut().contains("K-GAMMAL"), "the dry run left the akt");
    }

    @Test
    void gallringTarBortAktenOchSpararRapporten() {
        assertEquals(0, kor("gallra", "--db", db, "--per", "2026-01-01"), fel());
        assertTrue(ut().contains("Gallring per 2026-01-01 utförd; gallringsrapport"), ut());
        assertEquals(1, kor("registerutdrag", "--db", db, GAMMAL));
        assertTrue(fel().contains("det finns ingen kund med personnummer " + GAMMAL), fel());
        assertEquals(0, kor("registerutdrag", "--db", db, NY), fel());
        assertEquals(0, kor("registerutdrag", "--db", db, "197001081236"), "an open case is kept");
    }

    @Test
    void felaktigIndataGerEtt() {
        assertEquals(1, kor("gallra", "--db", db));
        assertTrue(fel().contains("--per"), fel());
        assertEquals(1, kor("gallra", "--db", db, "--per", "i morgon"));
        assertEquals(1, kor("registerutdrag", "--db", db, "19850312-1230"));
        assertTrue(fel().contains("'19850312-1230' är inget giltigt personnummer"), fel());
        assertFalse(fel().contains("Exception"));
    }

    @Test
    void registerutdragSomJsonOchPdf() throws IOException {
        assertEquals(0, kor("registerutdrag", "--db", db, "19850312-1231"), fel());
        assertTrue(ut().startsWith("{") && ut().contains("\"Kunduppgifter\"") && ut().contains("I-GAMMAL"), ut());
        assertFalse(ut().contains("K-NY"));
        Path pdf = mapp.resolve("utdrag.pdf");
        assertEquals(0, kor("registerutdrag", "--db", db, GAMMAL, "--format", "pdf", "--ut", pdf.toString()), fel());
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals("", ut());
    }
}
