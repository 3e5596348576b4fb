package se.kundval.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.KvalitetService;
import se.kundval.model.Tillsyn;
import se.kundval.model.Tillsynspunkt;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.testsupport.Delbilder;
import se.kundval.ui.testsupport.Synkontroll;
import se.kundval.ui.testsupport.WorkbenchExtension;
import se.kundval.ui.Filvaljare;

/**
 * The Kvalitetsrapport, Underlag, Kundundersökning and Tillsyn parts in the real workbench: the
 * report of 2024 with every figure's n and the uncertain ones marked, drill-down from a table
 * figure and from a chart's bar to the insatser behind it, the survey import with its file:line
 * errors and NKI withheld below five respondents, and a tillsyn saved through the service.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KvalitetUiTest {

    private static final Duration VANTETID = Duration.ofSeconds(60);
    private static final char NBSP = '\u00a0';

    @RegisterExtension
    static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi")
            .beforeStart(Kvalitetsdata::skapa);

    /** After every step: what a person sees is whole (issue 10), and each part is kept as a screenshot in both themes. */
    @AfterEach
    void synligt(TestInfo steg) throws IOException {
        String namn = steg.getTestMethod().map(Method::getName).orElse("steg");
        Synkontroll.kontrollera(WB, namn);
        Delbilder.spara(WB, "kvalitet-" + namn);
    }

    @TempDir
    static Path mapp;

    private static KvalitetsrapportPart rapport;

    @Test
    @Order(1)
    void rapportenForEttArMedVarjeSiffrasN() throws Exception {
        // issue 10: the kvalitetsutvecklare's right-hand stack was empty until a figure was chosen
        EModelService modell = WB.context().get(EModelService.class);
        MUIElement perspektiv = modell.find("se.kundval.app.perspektiv.kvalitet", WB.application());
        assertTrue(modell.findElements(perspektiv, null, MPlaceholder.class).stream()
                .anyMatch(p -> p.getRef() != null && UnderlagPart.ID.equals(p.getRef().getElementId()) && p.isToBeRendered()),
                "Insatserna bakom siffran is open from the start, waiting for a figure");
        WB.setContextValue(Inloggning.class, Kvalitetsdata.KVALITET);
        WB.executeCommand("se.kundval.app.command.visaDel", Map.of("se.kundval.app.command.visaDel.del", KvalitetsrapportPart.ID));
        // issue 10: waiting for a figure, the empty list beside the report read "Insats-i" and "Planera"
        WB.executeCommand("se.kundval.app.command.visaDel", Map.of("se.kundval.app.command.visaDel.del", UnderlagPart.ID));
        WB.spin();
        Synkontroll.rubrikernaHela(WB.findControl(Table.class, UnderlagPart.TABELL), "Insatserna bakom siffran, empty");
        rapport = (KvalitetsrapportPart) WB.activatePart(KvalitetsrapportPart.ID).getObject();
        Combo forval = WB.findControl(Combo.class, Periodval.FORVAL);
        forval.select(Periodval.HELT_AR);
        forval.notifyListeners(SWT.Selection, new Event());
        Spinner ar = WB.findControl(Spinner.class, Periodval.AR);
        ar.setSelection(2024);
        ar.notifyListeners(SWT.Selection, new Event());
        WB.findControl(Button.class, KvalitetsrapportPart.VISA).notifyListeners(SWT.Selection, new Event());
        Label sammanfattning = WB.findControl(Label.class, KvalitetsrapportPart.SAMMANFATTNING);
        WB.spinUntil("the report of 2024", () -> sammanfattning.getText().startsWith("2024-01-01 – 2024-12-31:"), VANTETID);
        assertEquals("2024-01-01 – 2024-12-31: 7 kunder, 7 insatser, 6 avslut; andel lyckade 50,0" + NBSP + "% (3 av 6) (mål 65,0"
                + NBSP + "%)", sammanfattning.getText());
        WB.screenshot("kvalitetsrapport");

        Rapporttabell resultat = rapport.flikar().resultat();
        Rapporttabell.Traff totalt = figur(resultat, null, Mattkolumn.LYCKADE);
        assertEquals("50,0" + NBSP + "% (3 av 6)", totalt.cell().text());
        assertFalse(totalt.cell().osaker());
        Rapporttabell.Traff ami1 = figur(resultat, "AMI1", Mattkolumn.LYCKADE);
        assertEquals("66,7" + NBSP + "% (2 av 3) osäker", ami1.cell().text(), "fewer than five avslut behind it");
        assertTrue(ami1.cell().osaker());
        assertEquals("3", figur(resultat, "AMI1", Mattkolumn.AVSLUT).cell().text());
        assertEquals("4", figur(resultat, Kvalitetsdata.NASTA, Mattkolumn.KUNDER).cell().text());
        assertEquals("1", figur(resultat, Kvalitetsdata.NASTA, Mattkolumn.OBEDOMDA).cell().text());

        // issue 10: at 1 600 points the budget section's tab read "Budgetprognos: periodens påbörjade insatser som fulla i…"
        CTabFolder flikar = (CTabFolder) rapport.flikar().kontroll();
        Point fore = WB.shell().getSize();
        try {
            WB.shell().setSize(1600, 1000);
            WB.spin();
            assertTrue(Arrays.stream(flikar.getItems()).anyMatch(f -> f.getText().equals("Budgetprognos")
                    && f.getToolTipText().startsWith("Budgetprognos: ")), "the section's tab by the head of its title");
            Synkontroll.flikarnaHela(flikar, "the report at 1600 \u00d7 1000");
        } finally {
            WB.shell().setSize(fore);
            WB.spin();
        }
        assertTrue(resultat.natTable().getConfigLabelsByPosition(1, 1).hasLabel(Rapportstilar.TOTALT), "the total in bold");
        assertEquals("Alla insatser", resultat.natTable().getDataValueByPosition(0, 1), "the row names are the row header");
    }

    @Test
    @Order(2)
    void enSiffraITabellenVisarInsatsernaBakomDen() {
        Rapporttabell resultat = rapport.flikar().resultat();
        figur(resultat, "AMI1", Mattkolumn.LYCKADE);
        WB.findControl(Button.class, KvalitetsrapportPart.VISA_UNDERLAG).notifyListeners(SWT.Selection, new Event());
        assertEquals(UnderlagPart.ID, WB.activePartId());
        Table insatser = vantaPaUnderlag(2);
        assertEquals(List.of("I-1", "K-1", "Kund 1", "AMI1", "Vägen Vidare AB", "2024-01-10", "2024-04-09", "2024-03-01", "Arbete", "Ja"),
                texter(insatser.getItem(0)));
        assertEquals("I-2", insatser.getItem(1).getText(0));
        assertEquals("Andel lyckade – AMI nivå 1, 2024-01-01 – 2024-12-31: 2 insatser",
                WB.findControl(Label.class, UnderlagPart.RUBRIK).getText());

        rapport.flikar().valjFlik(1);
        Rapporttabell fordelning = rapport.flikar().fordelning();
        fordelning.valj(0, 0);
        Rapporttabell.Traff arbete = fordelning.markerad().orElseThrow();
        assertEquals("Arbete", arbete.kolumn().rubrik());
        assertEquals("4 av 6 (66,7" + NBSP + "%)", arbete.cell().text());
        WB.findControl(Button.class, KvalitetsrapportPart.VISA_UNDERLAG).notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of("I-1", "I-2", "I-5", "I-6"), kolumn(vantaPaUnderlag(4), 0));
        rapport.flikar().valjFlik(0);
    }

    @Test
    @Order(3)
    void enStapelIDiagrammetVisarInsatsernaBakomDen() throws Exception {
        WB.activatePart(KvalitetsrapportPart.ID);
        rapport.flikar().valjFlik(2);
        Diagramyta lyckade = rapport.flikar().diagram().yta(0);
        // the types by the names their plugin gives them, not their codes
        assertEquals(List.of("AMI niv\u00e5 1", "AMI niv\u00e5 2"), lyckade.data().staplar().stream().map(Diagramdata.Stapel::etikett).toList());
        WB.spinUntil("the chart drawn", () -> {
            lyckade.kontroll().redraw();
            return lyckade.mitt(1).isPresent();
        }, VANTETID);
        WB.screenshot("kvalitetsrapport-diagram");
        assertFalse(mork(pixel(lyckade.kontroll())), "the light theme's chart on light paper");
        IThemeEngine temamotor = WB.context().get(IThemeEngine.class);
        try {
            temamotor.setTheme("se.kundval.app.tema.morkt", false);
            temamotor.applyStyles(WB.shell(), true);
            WB.spinUntil("the chart on the dark theme's paper", () -> {
                lyckade.kontroll().redraw();
                return lyckade.mitt(1).isPresent() && mork(pixel(lyckade.kontroll()));
            }, VANTETID);
            WB.screenshot("kvalitetsrapport-diagram-morkt");
        } finally {
            temamotor.setTheme("se.kundval.app.tema.ljust", false);
            temamotor.applyStyles(WB.shell(), true);
        }
        WB.spinUntil("the chart light again", () -> {
            lyckade.kontroll().redraw();
            return lyckade.mitt(1).isPresent() && !mork(pixel(lyckade.kontroll()));
        }, VANTETID);
        Point stapel = lyckade.mitt(1).orElseThrow();
        Event klick = new Event();
        klick.x = stapel.x;
        klick.y = stapel.y;
        klick.button = 1;
        lyckade.kontroll().notifyListeners(SWT.MouseUp, klick);
        WB.spin();
        assertEquals(List.of("I-5"), kolumn(vantaPaUnderlag(1), 0), "the one lyckat AMI2 avslut");
        assertTrue(WB.findControl(Label.class, UnderlagPart.RUBRIK).getText().startsWith("Andel lyckade per insatstyp (mål 65" + NBSP + "%) – AMI niv\u00e5 2, "));
    }

    @Test
    @Order(4)
    void exportAvRapportenSomPdf() throws Exception {
        WB.activatePart(KvalitetsrapportPart.ID);
        Path pdf = mapp.resolve("rapport.pdf");
        WB.setContextValue(Filvaljare.class, new Filvaljare() {
            @Override
            public Path sparaSom(Shell skal, String rubrik, String forslag, String filandelse) {
                assertEquals("kvalitetsrapport-2024-01-01-2024-12-31.pdf", forslag);
                return pdf;
            }
        });
        WB.findControl(Button.class, KvalitetsrapportPart.EXPORT + "pdf").notifyListeners(SWT.Selection, new Event());
        Label meddelande = WB.findControl(Label.class, KvalitetsrapportPart.MEDDELANDE);
        WB.spinUntil("the report saved", () -> meddelande.getText().startsWith("Sparat:"), VANTETID);
        assertEquals("%PDF", new String(Arrays.copyOf(Files.readAllBytes(pdf), 4), StandardCharsets.ISO_8859_1));
    }

    @Test
    @Order(5)
    void kundundersokningenImporterasOchVisarNkiMedAnonymitet() throws IOException {
        WB.executeCommand("se.kundval.app.command.visaDel",
                Map.of("se.kundval.app.command.visaDel.del", KundundersokningPart.ID));
        Spinner ar = WB.findControl(Spinner.class, KundundersokningPart.AR);
        ar.setSelection(2024);
        ar.notifyListeners(SWT.Selection, new Event());
        Path fel = Files.createDirectories(mapp.resolve("fel"));
        Files.writeString(fel.resolve("enkat.csv"), "orgnr;ar;respondent;fraga;omrade;svar\n"
                + Kvalitetsdata.VAGEN + ";2024;R1;Jag blir bemött med respekt;VARDEGRUND;4\n" + Kvalitetsdata.VAGEN + ";2024;R1;Jag vet vad målet med min insats är;MAL;9\n");
        Text resultat = importera(fel);
        assertTrue(resultat.getText().startsWith("Ingenting importerades (1 fel):\nenkat.csv:3: "), resultat.getText());

        Path ratt = Files.createDirectories(mapp.resolve("ratt"));
        StringBuilder enkat = new StringBuilder("orgnr;ar;respondent;fraga;omrade;svar\n");
        for (int r = 1; r <= 5; r++) {
            enkat.append(Kvalitetsdata.VAGEN).append(";2024;R").append(r).append(";Jag blir bemött med respekt;VARDEGRUND;4\n");
            enkat.append(Kvalitetsdata.VAGEN).append(";2024;R").append(r).append(";Jag vet vad målet med min insats är;MAL;").append(r == 1 ? 5 : 4).append('\n');
        }
        for (int r = 1; r <= 3; r++) {
            enkat.append(Kvalitetsdata.NASTA).append(";2024;S").append(r).append(";Jag blir bemött med respekt;VARDEGRUND;3\n");
        }
        Files.writeString(ratt.resolve("enkat.csv"), enkat);
        Files.writeString(ratt.resolve("enkat_utskick.csv"), "orgnr;ar;antal\n" + Kvalitetsdata.VAGEN + ";2024;10\n");
        assertEquals("Importerat: enkat.csv (13 rader), enkat_utskick.csv (1 rad).", importera(ratt).getText());
        Table nki = WB.findControl(Table.class, KundundersokningPart.TABELL);
        WB.spinUntil("NKI of both anordnare", () -> nki.getItemCount() == 3, VANTETID);
        TableItem vagen = rad(nki, "Vägen Vidare AB");
        assertEquals("4,10 (n=5)", vagen.getText(1), "41 / 10 answers");
        assertEquals("50,0" + NBSP + "% (5 av 10)", vagen.getText(7));
        assertEquals("dolt (n=3)", rad(nki, "Nästa Steg AB").getText(1), "withheld below five respondents");
        WB.screenshot("kundundersokning");
    }

    @Test
    @Order(6)
    void enNyTillsynSparasGenomTjansten() {
        WB.executeCommand("se.kundval.app.command.visaDel", Map.of("se.kundval.app.command.visaDel.del", TillsynPart.ID));
        Combo anordnare = WB.findControl(Combo.class, TillsynPart.ANORDNARE);
        WB.spinUntil("the anordnare listed", () -> anordnare.getItemCount() == 2, VANTETID);
        Spinner ar = WB.findControl(Spinner.class, TillsynPart.AR);
        ar.setSelection(2024);
        anordnare.select(Arrays.asList(anordnare.getItems()).indexOf("Vägen Vidare AB (" + Kvalitetsdata.VAGEN + ")"));
        anordnare.notifyListeners(SWT.Selection, new Event());
        Label status = WB.findControl(Label.class, TillsynPart.STATUS);
        WB.spinUntil("no tillsyn yet", () -> status.getText().startsWith("Anordnaren har ingen tillsyn 2024"), VANTETID);
        WB.findControl(Button.class, TillsynPart.NY).notifyListeners(SWT.Selection, new Event());
        WB.spinUntil("a new tillsyn", () -> status.getText().startsWith("Tillsyn 2024: 0 krav"), VANTETID);
        WB.findControl(Button.class, TillsynPart.LAGG_TILL).notifyListeners(SWT.Selection, new Event());
        WB.findControl(Button.class, TillsynPart.LAGG_TILL).notifyListeners(SWT.Selection, new Event());
        assertEquals(2, WB.findControl(Table.class, Tillsynspunkter.TABELL).getItemCount());
        WB.findControl(Button.class, TillsynPart.SPARA).notifyListeners(SWT.Selection, new Event());
        WB.spinUntil("saved", () -> status.getText().startsWith("Sparat."), VANTETID);
        assertEquals("Sparat. Tillsyn 2024: 2 krav, 0 uppnått, 0 delvis, 0 ej uppnått, 2 ej bedömt.", status.getText());
        Tillsyn sparad = Tjanster.hamta(KvalitetService.class).tillsyn(Kvalitetsdata.KVALITET, Kvalitetsdata.VAGEN, 2024).orElseThrow();
        assertEquals(List.of("Nytt krav", "Nytt krav"), sparad.getPunkter().stream().map(Tillsynspunkt::getKrav).toList());
        assertFalse(WB.findControl(Button.class, TillsynPart.NY).isEnabled(), "one tillsyn per anordnare and year");
    }

    @Test
    @Order(7)
    void trattdiagrammetVisarAnordnarnasJusteradeKvot() throws Exception {
        WB.executeCommand("se.kundval.app.command.visaDel", Map.of("se.kundval.app.command.visaDel.del", KvalitetsrapportPart.ID));
        WB.activatePart(KvalitetsrapportPart.ID);
        Spinner ar = WB.findControl(Spinner.class, Periodval.AR);
        ar.setSelection(2023);
        ar.notifyListeners(SWT.Selection, new Event());
        WB.findControl(Button.class, KvalitetsrapportPart.VISA).notifyListeners(SWT.Selection, new Event());
        Label sammanfattning = WB.findControl(Label.class, KvalitetsrapportPart.SAMMANFATTNING);
        WB.spinUntil("the report of 2023", () -> sammanfattning.getText().startsWith("2023-01-01 – 2023-12-31:"), VANTETID);
        rapport.flikar().valjFlik(3);
        Trattyta tratt = rapport.flikar().jamforelse().tratt();
        assertEquals(List.of("Vägen Vidare AB", "Nästa Steg AB"),
                tratt.diagram().punkter().stream().map(p -> p.etikett()).sorted(Comparator.reverseOrder()).toList());
        WB.spinUntil("the funnel plot drawn", () -> {
            tratt.kontroll().redraw();
            return tratt.mitt(0).isPresent() && tratt.mitt(1).isPresent();
        }, VANTETID);
        WB.screenshot("kvalitetsrapport-jamforelse");
        // what a person sees: the plot fills a good part of the tab, and both points lie inside it
        Rectangle duk = tratt.kontroll().getClientArea();
        assertTrue(tratt.kontroll().isVisible() && duk.width > 300 && duk.height > 200, duk::toString);
        for (int i = 0; i < 2; i++) {
            Point punkt = tratt.mitt(i).orElseThrow();
            assertTrue(duk.contains(punkt), punkt + " outside " + duk);
        }
        Label modell = WB.findControl(Label.class, Jamforelseflik.MODELL);
        assertTrue(modell.getText().startsWith("Modellen är skattad på 80 bedömda avslut"), modell.getText());

        // pointing at a point lists that anordnare's figures beside the plot and selects its row
        int vagen = tratt.diagram().punkter().get(0).etikett().equals("Vägen Vidare AB") ? 0 : 1;
        Point punkt = tratt.mitt(vagen).orElseThrow();
        Event pekare = new Event();
        pekare.x = punkt.x;
        pekare.y = punkt.y;
        tratt.kontroll().notifyListeners(SWT.MouseMove, pekare);
        WB.spin();
        Label detalj = WB.findControl(Label.class, Jamforelseflik.DETALJ);
        assertTrue(detalj.getText().startsWith("Vägen Vidare AB: 40 bedömda avslut, 30 lyckade (75,0" + NBSP + "%)."), detalj.getText());
        assertTrue(detalj.getText().contains("fler lyckade än väntat"), detalj.getText());
        Table anordnare = WB.findControl(Table.class, Jamforelseflik.ANORDNARE);
        assertEquals("Vägen Vidare AB", anordnare.getSelection()[0].getText(0));
        assertEquals(List.of("Nästa Steg AB", "0,50", "0,19–0,81", "färre än väntat", "40", "10", "20,0"),
                texter(rad(anordnare, "Nästa Steg AB")));
        assertTrue(detalj.getSize().y >= detalj.computeSize(detalj.getSize().x, SWT.DEFAULT).y, "the figures are not cut");
        Table oddskvoter = WB.findControl(Table.class, Jamforelseflik.ODDSKVOTER);
        assertTrue(Arrays.stream(oddskvoter.getItems()).anyMatch(r -> r.getText(0).equals("Ekonomiskt bistånd") && r.getText(1).equals("Ja")));
        WB.screenshot("kvalitetsrapport-jamforelse-vald");
    }

    private static Text importera(Path katalog) {
        WB.setContextValue(Filvaljare.class, new Filvaljare() {
            @Override
            public Path katalog(Shell skal, String rubrik, String meddelande) {
                return katalog;
            }
        });
        Text resultat = WB.findControl(Text.class, KundundersokningPart.RESULTAT);
        resultat.setText("");
        WB.findControl(Button.class, KundundersokningPart.IMPORTERA).notifyListeners(SWT.Selection, new Event());
        WB.spinUntil("the import done", () -> resultat.getText().startsWith("Ingenting") || resultat.getText().startsWith("Importerat"),
                VANTETID);
        return resultat;
    }

    /** Selects the figure of the row (null: the total) and column as a click does, and returns it. */
    private static Rapporttabell.Traff figur(Rapporttabell tabell, String nyckel, Mattkolumn kolumn) {
        List<Rapportrad> rader = tabell.rader();
        for (int i = 0; i < rader.size(); i++) {
            if (rader.get(i) instanceof Rapportrad.Matrad m && Objects.equals(m.nyckel(), nyckel)) {
                tabell.valj(i, kolumn.ordinal());
                return tabell.markerad().orElseThrow();
            }
        }
        throw new AssertionError("no row " + nyckel);
    }

    private static Table vantaPaUnderlag(int antal) {
        Table tabell = WB.findControl(Table.class, UnderlagPart.TABELL);
        assertNotNull(tabell);
        WB.spinUntil(antal + " insatser behind the figure", () -> tabell.getItemCount() == antal
                && WB.findControl(Label.class, UnderlagPart.RUBRIK).getText().contains(antal == 1 ? "en insats" : antal + " insatser"),
                VANTETID);
        return tabell;
    }

    private static List<String> kolumn(Table tabell, int kolumn) {
        return Arrays.stream(tabell.getItems()).map(r -> r.getText(kolumn)).toList();
    }

    private static List<String> texter(TableItem rad) {
        return IntStream.range(0, rad.getParent().getColumnCount()).mapToObj(rad::getText).toList();
    }

    private static TableItem rad(Table tabell, String namn) {
        return Arrays.stream(tabell.getItems()).filter(r -> r.getText(0).equals(namn)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + namn));
    }

    /**
     * Issue 10: in the dark theme the year, switched off for an own period, read exactly like one that
     * can be changed. Off it is dimmed, still legible (contrast at least 4.5:1), and on again as before.
     */
    @Test
    @Order(8)
    void avstangtArIMorktTemaArDampatMenLasbart() throws Exception {
        WB.executeCommand("se.kundval.app.command.visaDel", Map.of("se.kundval.app.command.visaDel.del", KvalitetsrapportPart.ID));
        WB.activatePart(KvalitetsrapportPart.ID);
        IThemeEngine temamotor = WB.context().get(IThemeEngine.class);
        Combo forval = WB.findControl(Combo.class, Periodval.FORVAL);
        Spinner ar = WB.findControl(Spinner.class, Periodval.AR);
        try {
            temamotor.setTheme("se.kundval.app.tema.morkt", false);
            temamotor.applyStyles(WB.shell(), true);
            WB.spin();
            RGB pa = ar.getForeground().getRGB();
            forval.select(Periodval.EGEN_PERIOD);
            forval.notifyListeners(SWT.Selection, new Event());
            WB.spinUntil("the year dimmed", () -> !ar.getForeground().getRGB().equals(pa), VANTETID);
            assertFalse(ar.isEnabled());
            double kontrast = kontrast(ar.getForeground().getRGB(), ar.getBackground().getRGB());
            assertTrue(kontrast >= 4.5, "the switched-off year is legible: contrast " + kontrast);
            WB.screenshot("kvalitetsrapport-egen-period-morkt");
            forval.select(Periodval.HELT_AR);
            forval.notifyListeners(SWT.Selection, new Event());
            WB.spinUntil("the year as before", () -> ar.getForeground().getRGB().equals(pa), VANTETID);
        } finally {
            temamotor.setTheme("se.kundval.app.tema.ljust", false);
            temamotor.applyStyles(WB.shell(), true);
            WB.spin();
        }
    }

    /** WCAG's contrast ratio of two colours. */
    private static double kontrast(RGB a, RGB b) {
        double la = luminans(a);
        double lb = luminans(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminans(RGB f) {
        double[] k = {f.red / 255.0, f.green / 255.0, f.blue / 255.0};
        for (int i = 0; i < 3; i++) {
            k[i] = k[i] <= 0.03928 ? k[i] / 12.92 : Math.pow((k[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * k[0] + 0.7152 * k[1] + 0.0722 * k[2];
    }

    /** What the screen shows near the top left corner of a control (a chart's paper). */
    private static RGB pixel(Control kontroll) {
        Image bild = new Image(kontroll.getDisplay(), 4, 4);
        GC gc = new GC(kontroll);
        try {
            gc.copyArea(bild, 2, 2);
            ImageData data = bild.getImageData();
            return data.palette.getRGB(data.getPixel(1, 1));
        } finally {
            gc.dispose();
            bild.dispose();
        }
    }

    private static boolean mork(RGB farg) {
        return (farg.red * 299 + farg.green * 587 + farg.blue * 114) / 1000 < 128;
    }
}
