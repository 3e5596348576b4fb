package se.kundval.avslut.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.atkomst.Loggfraga;
import se.kundval.core.dokument.Bifogadfil;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.DokumentService;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.model.Sysselsattningsform;
import se.kundval.model.Underlagstyp;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.Filvaljare;
import se.kundval.ui.testsupport.Delbilder;
import se.kundval.ui.testsupport.Synkontroll;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * The handläggare sees the documents the anordnare uploaded from the portal in the Insats part's Sex
 * månader tab — name, type, size, who and when — and saves one where it chooses; the opening is in
 * the access log (DOMAIN §12, §14).
 */
class SexmanadersdokumentUiTest {

    private static final String SEX = "se.kundval.uppfoljning.ui.sexmanader.";
    private static final String TABELL = SEX + "dokument";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static Kund kund;
    private static Insats insats;
    private static Inloggning anordnaren;

    @RegisterExtension
    static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi")
            .beforeStart(SexmanadersdokumentUiTest::underlagMedDokument);

    /** An avslut to arbete eight months ago, judged lyckat; the anordnare's evidence with a PDF and a photo. */
    private static void underlagMedDokument() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.uppfoljning", "se.kundval.avslut",
                "se.kundval.insatstyp.kundval2024");
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        Testfall testfall = new Testfall();
        Anordnare vagen = testfall.anordnare("Vägen Vidare AB", "AMI2");
        anordnaren = Testfall.anordnare(vagen.getOrgnr());
        kund = testfall.kund("Omar Ek", LocalDate.of(1985, 8, 8));
        insats = testfall.insats(kund, vagen, "AMI2", Testklocka.IDAG.minusMonths(14));
        Avslut arbete = KundvalFactory.eINSTANCE.createAvslut();
        arbete.setAvslutsdatum(Testklocka.IDAG.minusMonths(8));
        arbete.setAvslutsorsak(Avslutsorsak.ARBETE);
        arbete.setSysselsattning(Sysselsattningsform.TILLSVIDAREANSTALLNING);
        AvslutService avslut = Tjanster.hamta(AvslutService.class);
        avslut.rapportera(anordnaren, insats.getId(), arbete);
        avslut.bedom(Testfall.HANDLAGGARE, insats.getId(), true, false, "Lyckat; bonus efter sexmånadersuppföljningen.");
        Tjanster.hamta(DokumentService.class).lamnaUnderlag(anordnaren, insats.getId(), Underlagstyp.ANSTALLNINGSAVTAL,
                "Tillsvidareanställd som lagerarbetare", List.of(new Bifogadfil("anstallningsavtal.pdf", PDF),
                        new Bifogadfil("underskrifter.png", PNG)));
    }

    @Test
    void handlaggarenSerDokumentenOchSpararEtt() throws Exception {
        Styrning ui = new Styrning(WB);
        ui.loggaIn(Testfall.HANDLAGGARE);
        Path mal = Files.createTempDirectory("kundval-sparat").resolve("avtal.pdf");
        WB.setContextValue(Filvaljare.class, new Filvaljare() {
            @Override
            public Path sparaSom(Shell skal, String rubrik, String forslag, String filandelse) {
                assertEquals("anstallningsavtal.pdf", forslag);
                return mal;
            }
        });
        ui.visaInsats(kund, insats, "Sex månader");
        ui.vanta("the two documents listed", () -> ui.rader(TABELL) == 2);
        assertEquals(List.of("anstallningsavtal.pdf", "PDF", PDF.length + " B", anordnaren.anvandarnamn()),
                List.of(0, 1, 2, 3).stream().map(k -> ui.cell(TABELL, 0, k)).toList());
        assertEquals("underskrifter.png", ui.cell(TABELL, 1, 0));
        assertEquals("PNG", ui.cell(TABELL, 1, 1));
        assertTrue(ui.synlig(TABELL), "the list is shown");
        Synkontroll.kontrollera(WB, "Sex månader med dokument");
        Delbilder.spara(WB, "insats-sexmanader-dokument");

        ui.klicka(SEX + "sparaSom");
        ui.vanta("the document saved", () -> Files.exists(mal) && ui.text(SEX + "dokumentBesked").startsWith("Dokumentet är sparat"));
        assertArrayEquals(PDF, Files.readAllBytes(mal));
        Inloggning granskare = new Inloggning("granskare", "Gustav", Roll.LOGGRANSKARE, null);
        assertTrue(Tjanster.hamta(AtkomstloggService.class).sok(granskare, Loggfraga.period(Testklocka.IDAG, Testklocka.IDAG)).stream()
                .anyMatch(p -> p.anvandare().equals("hl1") && p.handling() == Atkomsthandling.LASA
                        && p.plats().endsWith("dokument anstallningsavtal.pdf")), "the opening is in the access log");
    }
}
