package se.kundval.avslut.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.avslut.ui.Anordnarsteg.MANADER;
import static se.kundval.avslut.ui.Anordnarsteg.RAPPORT;
import static se.kundval.avslut.ui.Anordnarsteg.STATUS;

import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Label;

import se.kundval.testsupport.Testfall;
import se.kundval.ui.testsupport.WorkbenchExtension;

/** What the karriärvägledare does in the journey: reviews the reports, and the reviews around the insats. */
final class Vagledarsteg {

    private static final String AVSTAMNING = "se.kundval.uppfoljning.ui.avstamning.";
    private static final String EFFEKT = "se.kundval.uppfoljning.ui.effekt.";

    private final WorkbenchExtension wb;
    private final Styrning ui;
    private final Resa resa;

    Vagledarsteg(WorkbenchExtension wb, Resa resa) {
        this.wb = wb;
        this.ui = new Styrning(wb);
        this.resa = resa;
    }

    private void visa(String flik) {
        ui.loggaIn(Testfall.KARRIARVAGLEDARE);
        ui.visaInsats(resa.omar, resa.insats, flik);
    }

    /** Approves the first month; the second goes back for completion, which needs a comment. */
    void granskarRapporterna() {
        visa("Månadsrapporter");
        assertFalse(ui.synlig(RAPPORT + "lamnaIn"), "the karriärvägledare does not file");
        ui.valjRad(MANADER, 0);
        ui.klicka(RAPPORT + "godkann");
        ui.vanta("month 1 approved", () -> "Godkänd".equals(ui.cell(MANADER, 0, STATUS)));

        ui.valjRad(MANADER, 1);
        ui.klicka(RAPPORT + "komplettering");
        assertEquals(List.of("Kundval: Skriv vad som ska kompletteras."), wb.closedDialogs());
        ui.skriv(RAPPORT + "kommentar", "Beskriv praktikplatsen och arbetsuppgifterna.");
        ui.klicka(RAPPORT + "komplettering");
        ui.vanta("completion asked for", () -> "Komplettering begärd".equals(ui.cell(MANADER, 1, STATUS)));
        assertTrue(ui.text(RAPPORT + "granskning").contains("Beskriv praktikplatsen"), ui.text(RAPPORT + "granskning"));
        // a report sent back waits for the anordnare: Godkänn says so in red instead of doing nothing
        ui.klicka(RAPPORT + "godkann");
        assertTrue(ui.synlig(RAPPORT + "granskaHinder"), "the reason is on screen");
        assertTrue(ui.text(RAPPORT + "granskaHinder").startsWith("Komplettering \u00e4r beg\u00e4rd f\u00f6r "),
                ui.text(RAPPORT + "granskaHinder"));
        RGB farg = ui.falt(Label.class, RAPPORT + "granskaHinder").getForeground().getRGB();
        assertTrue(farg.red > 150 && farg.green < 100, "in red: " + farg);
        assertEquals("Komplettering beg\u00e4rd", ui.cell(MANADER, 1, STATUS), "nothing saved");
    }

    /** The month-6 review of the twelve-month insats, registered as fortsätt. */
    void registrerarAvstamningen() {
        visa("Avstämning");
        assertTrue(ui.text(AVSTAMNING + "lage").startsWith("Avstämningen ska göras senast"), ui.text(AVSTAMNING + "lage"));
        ui.valj(AVSTAMNING + "utfall", "Fortsätt");
        ui.skriv(AVSTAMNING + "kommentar", "Följer planen; praktiken fungerar.");
        ui.klicka(AVSTAMNING + "registrera");
        ui.vanta("the review listed", () -> ui.rader(AVSTAMNING + "genomgangar") == 1);
        assertEquals("Fortsätt", ui.cell(AVSTAMNING + "genomgangar", 0, 2));
        assertEquals("kv1", ui.cell(AVSTAMNING + "genomgangar", 0, 1));
    }

    /** Six months after the lyckat avslut: still in egen försörjning; 12 and 24 months are not due yet. */
    void registrerarEffektuppfoljningen() {
        visa("Avstämning");
        assertEquals(3, ui.rader(EFFEKT + "tabell"));
        ui.valj(EFFEKT + "manader", "Efter 6 månader");
        ui.radio(EFFEKT + "egenForsorjning.ja");
        ui.skriv(EFFEKT + "kommentar", "Fortfarande anställd.");
        ui.klicka(EFFEKT + "registrera");
        ui.vanta("the effektuppföljning registered", () -> "Ja".equals(ui.cell(EFFEKT + "tabell", 0, 3)));
        assertFalse(ui.synlig(EFFEKT + "registrera"), "12 and 24 months are not due yet");
        ui.bild("insats-avstamning");
    }
}
