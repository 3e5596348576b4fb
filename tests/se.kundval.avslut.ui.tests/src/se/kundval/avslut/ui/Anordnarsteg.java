package se.kundval.avslut.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

import se.kundval.testsupport.Testklocka;
import se.kundval.ui.Filvaljare;
import se.kundval.ui.testsupport.Synkontroll;
import se.kundval.ui.testsupport.WorkbenchExtension;

/** What the anordnare does in the journey, through the Insats part and the avslut dialog. */
final class Anordnarsteg {

    static final String MANADER = "se.kundval.uppfoljning.ui.rapport.manader";
    static final String RAPPORT = "se.kundval.uppfoljning.ui.rapport.";
    static final int STATUS = 1;
    private static final String PLAN = "se.kundval.uppfoljning.ui.plan.";
    private static final String SEX = "se.kundval.uppfoljning.ui.sexmanader.";
    private static final String AVSLUT = "se.kundval.uppfoljning.ui.avslut.";
    private static final String DIALOG = "se.kundval.avslut.ui.rapport.";

    private final WorkbenchExtension wb;
    private final Styrning ui;
    private final Resa resa;

    Anordnarsteg(WorkbenchExtension wb, Resa resa) {
        this.wb = wb;
        this.ui = new Styrning(wb);
        this.resa = resa;
    }

    private void visa(String flik) {
        ui.loggaIn(resa.anordnaren);
        ui.visaInsats(resa.omar, resa.insats, flik);
    }

    /** Writes the plan; a second save is a revision and needs its text. */
    void upprattarOchReviderarPlanen() {
        visa("Plan");
        assertTrue(ui.text(PLAN + "lage").startsWith("Det finns ingen genomförandeplan"), ui.text(PLAN + "lage"));
        ui.skriv(PLAN + "mal", "Anställning inom lager och logistik\nTruckkort");
        ui.klicka(PLAN + "aktivitet.ny");
        ui.valj(PLAN + "aktivitet.typ", "Praktik");
        ui.skriv(PLAN + "aktivitet.beskrivning", "Praktik på lager, tre dagar i veckan");
        ui.datum(PLAN + "aktivitet.slut", Resa.START.plusMonths(3));
        assertEquals("Praktik", ui.cell(PLAN + "aktiviteter", 0, 0));
        ui.klicka(PLAN + "spara");
        ui.vanta("the plan saved", () -> ui.text(PLAN + "lage").startsWith("Upprättad " + Testklocka.IDAG));

        ui.skriv(PLAN + "mal", "Anställning inom lager och logistik\nTruckkort A och B");
        ui.klicka(PLAN + "spara");
        assertEquals(List.of("Kundval: Planen finns redan: beskriv vad som ändras i revisionen."), wb.closedDialogs());
        ui.skriv(PLAN + "revision", "Truckkortet gäller A och B");
        ui.klicka(PLAN + "spara");
        ui.vanta("the revision listed", () -> ui.rader(PLAN + "revisioner") == 1);
        assertEquals("Truckkortet gäller A och B", ui.cell(PLAN + "revisioner", 0, 2));
        ui.bild("insats-plan");
    }

    /** Files the first two months; a report the validator refuses marks nothing as filed. */
    void lamnarInTvaManadsrapporter() {
        visa("Månadsrapporter");
        assertEquals("Saknas", ui.cell(MANADER, 0, STATUS), "a month past its due day without a report");
        ui.valjRad(MANADER, 0);
        fyllRapport("Praktik och jobbsök", 14, 1, 0);
        ui.klicka(RAPPORT + "lamnaIn");
        ui.vanta("month 1 filed", () -> "Inlämnad".equals(ui.cell(MANADER, 0, STATUS)));

        ui.valjRad(MANADER, 1);
        fyllRapport("Praktik", 12, 1, 3);
        ui.klicka(RAPPORT + "lamnaIn");
        List<String> fel = wb.closedDialogs();
        assertEquals(1, fel.size(), fel.toString());
        assertTrue(fel.get(0).contains("Sjukdagar kan inte vara fler än frånvarodagarna (1)"), fel.get(0));
        assertEquals("Saknas", ui.cell(MANADER, 1, STATUS), "nothing filed");
        ui.tal(RAPPORT + "franvarodagar", 4);
        ui.klicka(RAPPORT + "lamnaIn");
        ui.vanta("month 2 filed", () -> "Inlämnad".equals(ui.cell(MANADER, 1, STATUS)));
        assertFalse(ui.synlig(RAPPORT + "godkann"), "the anordnare does not review");
        ui.bild("insats-manadsrapporter");
        allaKolumnerUtanRullning();
    }

    /**
     * At 1 600 points every column of the month list is read without scrolling sideways (issue 10); the
     * running month's status, which made it too wide, is checked in {@code ManadsmarkeringTest}.
     */
    private void allaKolumnerUtanRullning() {
        Table manader = ui.falt(Table.class, MANADER);
        Point fore = wb.shell().getSize();
        try {
            wb.shell().setSize(1600, 1000);
            wb.spin();
            Synkontroll.utanSidledsrullning(manader, "the month list at 1600 \u00d7 1000");
        } finally {
            wb.shell().setSize(fore);
            wb.spin();
        }
    }

    private void fyllRapport(String aktiviteter, int narvaro, int franvaro, int sjuk) {
        ui.skriv(RAPPORT + "aktiviteter", aktiviteter);
        ui.tal(RAPPORT + "narvarodagar", narvaro);
        ui.skriv(RAPPORT + "progression", "Närmare målet: fungerar väl på praktiken");
        ui.tal(RAPPORT + "franvarodagar", franvaro);
        ui.tal(RAPPORT + "sjukdagar", sjuk);
        ui.tal(RAPPORT + "sjukdagarMedLakarintyg", 0);
    }

    /** Reports the avslut to a twelve-month job; a date in the future is refused inside the dialog. */
    void rapporterarAvslutTillArbete() {
        visa("Avslut");
        assertEquals("Inget avslut är rapporterat.", ui.text(AVSLUT + "lage"));
        assertFalse(ui.synlig(AVSLUT + "bedom"), "the anordnare does not judge");
        ui.besvara(() -> ui.klicka(AVSLUT + "rapportera"), skal -> {
            Styrning dialog = ui.i(skal);
            dialog.datum(DIALOG + "datum", Testklocka.IDAG.plusDays(2));
            dialog.valj(DIALOG + "orsak", "Arbete");
            dialog.valj(DIALOG + "sysselsattning", "Visstidsanställning");
            dialog.tal(DIALOG + "varaktighet", 12);
            dialog.klicka(DIALOG + "rapportera");
            assertFalse(skal.isDisposed(), "a refused avslut keeps the dialog open");
            assertTrue(dialog.allaTexter().stream().anyMatch(t -> t.contains("ligger i framtiden")), dialog.allaTexter().toString());
            dialog.datum(DIALOG + "datum", Resa.AVSLUT);
            dialog.klicka(DIALOG + "rapportera");
        });
        ui.vanta("the avslut shown", () -> ui.text(AVSLUT + "lage").equals("Avslutet väntar på handläggarens bedömning."));
        assertEquals("Arbete", ui.text(AVSLUT + "orsak"));
        assertEquals("Visstidsanställning", ui.text(AVSLUT + "sysselsattning"));
        assertEquals("12 månader", ui.text(AVSLUT + "varaktighet"));
    }

    /** Six months after the avslut: the employment contract as evidence. */
    void lamnarInSexmanadersunderlaget() {
        visa("Sex månader");
        assertTrue(ui.text(SEX + "lage").startsWith("Underlaget kan lämnas"), ui.text(SEX + "lage"));
        ui.valj(SEX + "underlag", "Anställningsavtal (minst sex månader)");
        ui.skriv(SEX + "beskrivning", "Visstidsanställning på tolv månader hos Lagerhuset AB, påbörjad efter avslutet.");
        Path avtal = avtal();
        wb.setContextValue(Filvaljare.class, new Filvaljare() {
            @Override
            public Path oppna(Shell skal, String rubrik, String filandelse) {
                return avtal;
            }
        });
        ui.klicka(SEX + "bifoga");
        assertEquals("anstallningsavtal.pdf", ui.text(SEX + "bifogade"), "the attached contract is named");
        ui.klicka(SEX + "lamnaIn");
        ui.vanta("the evidence submitted", () -> ui.text(SEX + "lage").startsWith("Underlaget är inlämnat"));
        assertFalse(ui.synlig(SEX + "bekrafta"), "the anordnare does not confirm");
    }

    private static Path avtal() {
        try {
            return Files.write(Files.createTempDirectory("kundval-avtal").resolve("anstallningsavtal.pdf"),
                    "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
