package se.kundval.avslut.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;

import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.ui.Radton;
import se.kundval.ui.Tabellstil;
import se.kundval.ui.testsupport.Delbilder;
import se.kundval.ui.testsupport.Synkontroll;
import se.kundval.ui.testsupport.WorkbenchExtension;

/** What the handläggare does in the journey: judges from the queue, confirms the evidence, corrects a judgement. */
final class Handlaggarsteg {

    private static final String KO = AvslutskoPart.TABELL;
    private static final String DIALOG = "se.kundval.avslut.ui.bedomning.";
    private static final String STOD = "se.kundval.avslut.ui.stod.";
    private static final String AVSLUT = "se.kundval.uppfoljning.ui.avslut.";
    private static final String SEX = "se.kundval.uppfoljning.ui.sexmanader.";
    private static final int INSATS = 1;
    /** Columns of the judgements in the Avslut tab. */
    private static final int GALLER = 1;
    private static final int TIDPUNKT = 4;
    private static final int AV = 5;

    private final WorkbenchExtension wb;
    private final Styrning ui;
    private final Resa resa;

    Handlaggarsteg(WorkbenchExtension wb, Resa resa) {
        this.wb = wb;
        this.ui = new Styrning(wb);
        this.resa = resa;
    }

    /** The queue lists the unjudged avslut oldest first, the journey's reported today last. */
    void serKon() {
        ui.loggaIn(Testfall.HANDLAGGARE);
        wb.clickMenu("Visa", "Avslutsbedömning");
        ui.vanta("four avslut in the queue", () -> ui.rader(KO) == 4);
        assertEquals(List.of("30", "9", "3", "0"), List.of(0, 1, 2, 3).stream().map(r -> ui.cell(KO, r, 0)).toList());
        assertEquals(resa.insats.getInsatsId(), ui.cell(KO, 3, INSATS));
        assertEquals("Omar Ek", ui.cell(KO, 3, 2));
        assertEquals("Arbete", ui.cell(KO, 3, 6));
        assertEquals(resa.insats.getInsatstyp().getNamn(), ui.cell(KO, 3, 3), "the type by its name, not its code");
        assertEquals("Avslut som väntar på bedömning: 4. Äldst först; de som väntat mer än 14 dagar är markerade.",
                ui.text(AvslutskoPart.ANTAL));
        ui.valjRad(KO, 3);
        ui.vanta("the Insats part beside shows the chosen avslut",
                () -> ui.text(Styrning.RUBRIK).contains(resa.insats.getInsatsId()));
        // issue 10: the Insats part's header names the type as a person knows it, not "AMI2"
        String valet = ui.falt(Combo.class, Styrning.VAL).getText();
        assertTrue(valet.startsWith(resa.insats.getInsatsId() + " · AMI nivå 2 · "), valet);
        ui.bild("avslutsbedomning-ko");
        Synkontroll.kontrollera(wb, "Visa > Avslutsbedömning");
        Synkontroll.rubrikernaHela(wb.findControl(Table.class, KO), "Visa > Avslutsbedömning");
        markeringenFoljerTemat();
    }

    /**
     * Issue 10: the avslut that waited too long kept its light tint in the dark theme, under the
     * theme's pale text. It takes the dark variant when the theme changes, and the light one back.
     */
    private void markeringenFoljerTemat() {
        Table ko = wb.findControl(Table.class, KO);
        assertEquals(Radton.VANTAR.farg(false).getRGB(), ko.getItem(0).getBackground(0).getRGB(), "waited 30 days: marked");
        assertEquals(ko.getBackground().getRGB(), ko.getItem(3).getBackground(0).getRGB(), "waited 0 days: not marked");
        IThemeEngine teman = wb.context().get(IThemeEngine.class);
        try {
            teman.setTheme(Delbilder.MORKT, false);
            ui.vanta("the dark tint in the dark theme",
                    () -> ko.getItem(0).getBackground(0).getRGB().equals(Radton.VANTAR.farg(true).getRGB()));
        } finally {
            teman.setTheme(Delbilder.LJUST, false);
        }
        ui.vanta("the light tint again", () -> ko.getItem(0).getBackground(0).getRGB().equals(Radton.VANTAR.farg(false).getRGB()));
        assertFalse(Tabellstil.mork(ko.getBackground().getRGB()), "the table itself is light again after the dark theme");
    }

    /** Judges lyckat and bonusgrundande in the dialog, with the §6 criteria beside the case. */
    void bedomerLyckatOchBonusgrundande() {
        ui.besvara(() -> ui.klicka(AvslutskoPart.BEDOM), skal -> {
            Styrning dialog = ui.i(skal);
            assertEquals("Ja", dialog.text(STOD + "kanVaraLyckat"));
            assertEquals("Ja", dialog.text(STOD + "kanVaraBonusgrundande"));
            assertEquals("Egen försörjning", dialog.text(STOD + "malsattning"));
            assertEquals("Ja", dialog.text(STOD + "maluppfyllelse"));
            assertEquals("Visstidsanställning", dialog.text("se.kundval.uppfoljning.ui.arende.sysselsattning"));
            assertFalse(spara(dialog).isEnabled(), "nothing chosen yet");
            dialog.radio(DIALOG + "lyckat.nej");
            assertFalse(dialog.falt(Button.class, DIALOG + "bonusgrundande.ja").isEnabled(), "bonusgrundande needs lyckat");
            dialog.radio(DIALOG + "lyckat.ja");
            dialog.radio(DIALOG + "bonusgrundande.ja");
            dialog.skriv(DIALOG + "motivering", "Visstidsanställning på tolv månader enligt anställningsavtal.");
            assertTrue(spara(dialog).isEnabled());
            dialog.bild("avslutsbedomning-dialog");
            dialog.klicka(DIALOG + "spara");
        });
        ui.vanta("the judged avslut leaves the queue", () -> ui.rader(KO) == 3);
        ui.flik("Avslut");
        ui.vanta("the judgement in the Insats part", () -> ui.rader(AVSLUT + "bedomningar") == 1);
        assertEquals("Gällande", ui.cell(AVSLUT + "bedomningar", 0, GALLER));
        assertEquals("hl1", ui.cell(AVSLUT + "bedomningar", 0, AV));
    }

    /** Confirms the anordnare's evidence: what makes the bonus payable. */
    void bekraftarSexmanadersunderlaget() {
        ui.loggaIn(Testfall.HANDLAGGARE);
        ui.visaInsats(resa.omar, resa.insats, "Sex månader");
        assertEquals("Anställningsavtal (minst sex månader)", ui.text(SEX + "visat.underlag"));
        ui.skriv(SEX + "motivering", "Avtalet styrker anställningen.");
        ui.klicka(SEX + "bekrafta");
        ui.vanta("the evidence confirmed", () -> ui.text(SEX + "lage").equals(
                "Underlaget bekräftades " + Testklocka.IDAG + "; resultatbonusen kan betalas."));
        ui.bild("insats-sexmanader");
        ui.flik("Avslut");
        assertEquals(1, ui.rader(AVSLUT + "bedomningar"), "already bonusgrundande: no new judgement");
    }

    /** A correction is a new judgement; the earlier one stays, shown as ersatt with who and when. */
    void rattarEnBedomning() {
        ui.loggaIn(Testfall.HANDLAGGARE);
        ui.visaInsats(resa.lina, resa.bedomd, "Avslut");
        assertEquals(1, ui.rader(AVSLUT + "bedomningar"));
        assertEquals("Ny bedömning (rättelse)…", ui.falt(Button.class, AVSLUT + "bedom").getText());
        ui.besvara(() -> ui.klicka(AVSLUT + "bedom"), skal -> {
            Styrning dialog = ui.i(skal);
            assertEquals(1, dialog.rader(DIALOG + "tidigare"));
            dialog.radio(DIALOG + "lyckat.ja");
            dialog.radio(DIALOG + "bonusgrundande.nej");
            dialog.skriv(DIALOG + "motivering", "Anställningen upphörde efter provanställningen.");
            dialog.klicka(DIALOG + "spara");
        });
        ui.vanta("both judgements listed", () -> ui.rader(AVSLUT + "bedomningar") == 2);
        assertEquals(List.of("2", "Gällande", "Ja", "Nej", "hl1"), rad(0));
        assertEquals(List.of("1", "Ersatt", "Ja", "Ja", "hl1"), rad(1));
        assertFalse(ui.cell(AVSLUT + "bedomningar", 1, TIDPUNKT).isBlank(), "when the superseded judgement was made");
        ui.bild("insats-avslut");
    }

    /** Nr, gäller, lyckat, bonusgrundande and who of a judgement in the Avslut tab. */
    private List<String> rad(int rad) {
        return List.of(0, GALLER, 2, 3, AV).stream().map(k -> ui.cell(AVSLUT + "bedomningar", rad, k)).toList();
    }

    private static Button spara(Styrning dialog) {
        return dialog.falt(Button.class, DIALOG + "spara");
    }
}
