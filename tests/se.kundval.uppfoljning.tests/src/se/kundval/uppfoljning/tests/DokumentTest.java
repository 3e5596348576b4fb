package se.kundval.uppfoljning.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.atkomst.Atkomstpost;
import se.kundval.core.atkomst.Loggfraga;
import se.kundval.core.dokument.Bifogadfil;
import se.kundval.core.dokument.Dokumentinnehall;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.dataskydd.GallringService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.DokumentService;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.UppfoljningService;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Dokument;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Sysselsattningsform;
import se.kundval.model.Underlagstyp;
import se.kundval.model.Uppfoljningsstatus;
import se.kundval.testsupport.Jdbcoppning;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * DOMAIN §14 and §12, on H2 and PostgreSQL: the anordnare's six-month evidence with documents — the
 * kind read from the content, at most 10 MB, kept with its SHA-256, size and uploader; opened by the
 * handläggare and karriärvägledare, by no other anordnare; every upload and opening in the access log;
 * a komplettering answered by a new submission that keeps the earlier one.
 */
class DokumentTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
    private static final Inloggning GRANSKARE = new Inloggning("granskare", "Gustav", Roll.LOGGRANSKARE, null);
    private static final Inloggning KVALITET = new Inloggning("kvalitet", "Kim", Roll.KVALITETSUTVECKLARE, null);

    private static DokumentService dokument;
    private static UppfoljningService uppfoljning;
    private static InsatsService insatser;
    private final Testfall testfall = new Testfall();
    private Insats insats;
    private Inloggning anordnaren;
    private Databasanslutning anslutning;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.uppfoljning", "se.kundval.avslut",
                "se.kundval.insatstyp.kundval2024");
        dokument = Tjanster.hamta(DokumentService.class);
        uppfoljning = Tjanster.hamta(UppfoljningService.class);
        insatser = Tjanster.hamta(InsatsService.class);
    }

    static List<Testdatabas> databaser() {
        return Testdatabas.alla();
    }

    private void avslutadTillArbete(Testdatabas typ) {
        anslutning = typ.ny();
        Tjanster.hamta(Databas.class).anslut(anslutning);
        Anordnare a = testfall.anordnare("Nästa Steg AB", "AMI2");
        anordnaren = Testfall.anordnare(a.getOrgnr()).vid("portal:/insatser");
        insats = testfall.insats(testfall.kund("Omar Ek", LocalDate.of(1985, 8, 8)), a, "AMI2", Testklocka.IDAG.minusMonths(14));
        Avslut arbete = KundvalFactory.eINSTANCE.createAvslut();
        arbete.setAvslutsdatum(Testklocka.IDAG.minusMonths(8));
        arbete.setAvslutsorsak(Avslutsorsak.ARBETE);
        arbete.setSysselsattning(Sysselsattningsform.TILLSVIDAREANSTALLNING);
        Tjanster.hamta(AvslutService.class).rapportera(anordnaren, insats.getId(), arbete);
    }

    private Sexmanadersuppfoljning lamna(Bifogadfil... filer) {
        return dokument.lamnaUnderlag(anordnaren, insats.getId(), Underlagstyp.ANSTALLNINGSAVTAL, "Tillsvidare sedan mars", List.of(filer));
    }

    private static List<Atkomstpost> logg(String anvandare, Atkomsthandling handling) {
        return Tjanster.hamta(AtkomstloggService.class).sok(GRANSKARE, Loggfraga.period(Testklocka.IDAG, Testklocka.IDAG)).stream()
                .filter(p -> p.anvandare().equals(anvandare) && p.handling() == handling).toList();
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void anordnarenLaddarUppOchHandlaggarenOppnar(Testdatabas typ) throws Exception {
        avslutadTillArbete(typ);
        lamna(new Bifogadfil("avtal.pdf", PDF), new Bifogadfil("Foto av avtal.JPG", JPEG));
        Sexmanadersuppfoljning sparad = insatser.hamta(Testfall.HANDLAGGARE, insats.getId()).getSexmanadersuppfoljningar().get(0);
        assertEquals(2, sparad.getDokument().size());
        Dokument pdf = sparad.getDokument().get(0);
        assertEquals("avtal.pdf", pdf.getFilnamn());
        assertEquals("application/pdf", pdf.getInnehallstyp());
        assertEquals(PDF.length, pdf.getStorlek());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)), pdf.getSha256());
        assertEquals(anordnaren.anvandarnamn(), pdf.getUppladdadAv());
        assertEquals(Testklocka.NU, pdf.getUppladdad());
        assertEquals("image/jpeg", sparad.getDokument().get(1).getInnehallstyp());
        assertTrue(logg(anordnaren.anvandarnamn(), Atkomsthandling.ANDRA).stream()
                .anyMatch(p -> p.plats().contains("avtal.pdf") && p.kundId().equals(insats.getKund().getKundId())));

        Dokumentinnehall oppnad = dokument.las(Testfall.HANDLAGGARE.vid("Insats"), pdf.getId());
        assertArrayEquals(PDF, oppnad.innehall());
        assertEquals("avtal.pdf", oppnad.filnamn());
        assertArrayEquals(JPEG, dokument.las(Testfall.KARRIARVAGLEDARE, sparad.getDokument().get(1).getId()).innehall());
        assertArrayEquals(PDF, dokument.las(anordnaren, pdf.getId()).innehall());
        assertEquals(1, logg(Testfall.HANDLAGGARE.anvandarnamn(), Atkomsthandling.LASA).stream()
                .filter(p -> p.plats().equals("Insats, dokument avtal.pdf")).count());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void underlagUtanDokumentNekasOchIngentingSparas(Testdatabas typ) {
        avslutadTillArbete(typ);
        int loggat = logg(anordnaren.anvandarnamn(), Atkomsthandling.ANDRA).size();
        KundvalException fel = assertThrows(KundvalException.class, this::lamna);
        assertEquals("Bifoga minst ett dokument som visar att kunden försörjer sig, till exempel anställningsavtalet som PDF eller foto.",
                fel.getMessage());
        assertThrows(KundvalException.class, () -> dokument.lamnaUnderlag(anordnaren, insats.getId(), Underlagstyp.CSN_BESLUT, "x", null));
        assertTrue(insatser.hamta(Testfall.ADMIN, insats.getId()).getSexmanadersuppfoljningar().isEmpty(), "nothing saved");
        assertEquals(loggat, logg(anordnaren.anvandarnamn(), Atkomsthandling.ANDRA).size(), "no upload logged");
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void enAnnanAnordnareSerIngetDokument(Testdatabas typ) {
        avslutadTillArbete(typ);
        long id = lamna(new Bifogadfil("avtal.pdf", PDF)).getDokument().get(0).getId();
        Inloggning annan = Testfall.anordnare(testfall.anordnare("Annan AB", "AMI2").getOrgnr());
        KundvalException fel = assertThrows(KundvalException.class, () -> dokument.las(annan, id));
        KundvalException okant = assertThrows(KundvalException.class, () -> dokument.las(annan, id + 1000));
        assertEquals(KundvalException.class, fel.getClass(), "the same 'does not exist' as an unknown id");
        assertEquals(okant.getMessage().replace(String.valueOf(id + 1000), "N"), fel.getMessage().replace(String.valueOf(id), "N"));
        assertThrows(AtkomstNekadException.class, () -> dokument.las(KVALITET, id));
        assertThrows(AtkomstNekadException.class, () -> dokument.las(Testfall.ADMIN, id));
        assertThrows(RuntimeException.class, () -> dokument.lamnaUnderlag(annan, insats.getId(), Underlagstyp.ANSTALLNINGSAVTAL, "x",
                List.of(new Bifogadfil("a.pdf", PDF))));
        assertEquals(1, insatser.hamta(Testfall.HANDLAGGARE, insats.getId()).getSexmanadersuppfoljningar().size());
        assertTrue(logg(annan.anvandarnamn(), Atkomsthandling.LASA).isEmpty(), "a refused read names no kund");
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void typenLasesUrInnehalletOchStorlekenBegransas(Testdatabas typ) {
        avslutadTillArbete(typ);
        assertRefused("bild.pdf", new Bifogadfil("bild.pdf", PNG));
        assertRefused("program.pdf", new Bifogadfil("program.pdf", EXE));
        byte[] stor = Arrays.copyOf(PDF, 11 * 1024 * 1024);
        assertRefused("stor.pdf", new Bifogadfil("stor.pdf", stor));
        assertRefused("tom.pdf", new Bifogadfil("tom.pdf", new byte[0]));
        KundvalException inget = assertThrows(KundvalException.class, () -> lamna());
        assertTrue(inget.getMessage().contains("minst ett dokument"), inget.getMessage());
        assertTrue(insatser.hamta(Testfall.HANDLAGGARE, insats.getId()).getSexmanadersuppfoljningar().isEmpty(), "nothing written");
        byte[] precis = Arrays.copyOf(PDF, 10 * 1024 * 1024);
        assertEquals(10 * 1024 * 1024, lamna(new Bifogadfil("precis.pdf", precis)).getDokument().get(0).getStorlek());
    }

    private void assertRefused(String namn, Bifogadfil fil) {
        KundvalException fel = assertThrows(KundvalException.class, () -> lamna(new Bifogadfil("ok.pdf", PDF), fil));
        assertTrue(fel.getMessage().contains(namn), fel.getMessage());
    }

    @ParameterizedTest
    @MethodSource("databaser")
    void kompletteringBesvarasMedEttNyttUnderlagOchDetForraFinnsKvar(Testdatabas typ) {
        avslutadTillArbete(typ);
        lamna(new Bifogadfil("avtal.pdf", PDF));
        assertThrows(AtkomstNekadException.class, () -> uppfoljning.begarKomplettering(anordnaren, insats.getId(), "x"));
        assertThrows(KundvalException.class, () -> uppfoljning.begarKomplettering(Testfall.HANDLAGGARE, insats.getId(), " "));
        uppfoljning.begarKomplettering(Testfall.KARRIARVAGLEDARE, insats.getId(), "Sidan med underskrifter saknas.");
        lamna(new Bifogadfil("avtal-komplett.pdf", PDF), new Bifogadfil("underskrift.png", PNG));
        assertThrows(KundvalException.class, () -> lamna(new Bifogadfil("igen.pdf", PDF)), "one open submission at a time");
        List<Sexmanadersuppfoljning> alla = insatser.hamta(Testfall.HANDLAGGARE, insats.getId()).getSexmanadersuppfoljningar();
        assertEquals(2, alla.size());
        assertEquals(Uppfoljningsstatus.KOMPLETTERING_BEGARD, alla.get(0).getStatus());
        assertEquals("Sidan med underskrifter saknas.", alla.get(0).getMotivering());
        assertEquals("kv1", alla.get(0).getBedomdAv());
        assertEquals(List.of("avtal.pdf"), alla.get(0).getDokument().stream().map(Dokument::getFilnamn).toList());
        assertEquals(Uppfoljningsstatus.INLAMNAD, alla.get(1).getStatus());
        assertEquals(2, alla.get(1).getDokument().size());
    }

    /** DOMAIN §12: the documents are part of the personakt; gallring takes their rows and their bytes. */
    @ParameterizedTest
    @MethodSource("databaser")
    void gallringTarBortDokumentenOchDerasInnehall(Testdatabas typ) throws SQLException {
        avslutadTillArbete(typ);
        lamna(new Bifogadfil("avtal.pdf", PDF), new Bifogadfil("foto.jpg", JPEG));
        assertEquals(2, antal("select count(*) from dokumentinnehall"));
        Tjanster.hamta(GallringService.class).gallra(Testfall.ADMIN, Testklocka.IDAG.plusYears(6));
        assertEquals(0, antal("select count(*) from dokument"));
        assertEquals(0, antal("select count(*) from dokumentinnehall"));
    }

    private long antal(String sql) throws SQLException {
        try (Connection c = Jdbcoppning.oppna(anslutning); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
