package se.kundval.ersattning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.layer.cell.CellDisplayConversionUtils;
import org.eclipse.nebula.widgets.nattable.tree.command.TreeExpandCollapseCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
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
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.export.XlsxSkrivare;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Roll;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.testsupport.Delbilder;
import se.kundval.ui.testsupport.Synkontroll;
import se.kundval.ui.testsupport.WorkbenchExtension;
import se.kundval.ui.Filvaljare;

/**
 * The Ersättning and Prislista parts in the real workbench: a month is chosen, the
 * utbetalningsunderlag is grouped per anordnare with subtotals, the total and waiting lines
 * marked, and exported to XLSX (read back with POI) and CSV through the part's file chooser; the
 * prislista shows the types, refuses a price for a past month or a negative one at its field, and
 * takes a price into force only when a second administratör approves it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EkonomiUiTest {

    private static final Duration VANTETID = Duration.ofSeconds(60);
    private static final char NBSP = '\u00a0';

    @RegisterExtension
    static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi")
            .beforeStart(Ersattningsdata::skapa);

    /** After every step: what a person sees is whole (issue 10), and each part is kept as a screenshot in both themes. */
    @AfterEach
    void synligt(TestInfo steg) throws IOException {
        String namn = steg.getTestMethod().map(Method::getName).orElse("steg");
        Synkontroll.kontrollera(WB, namn);
        Delbilder.spara(WB, "ekonomi-" + namn);
    }

    @TempDir
    static Path mapp;

    private static NatTable tabell() {
        NatTable t = WB.findControl(NatTable.class, ErsattningPart.TABELL);
        assertNotNull(t, "no NatTable " + ErsattningPart.TABELL);
        return t;
    }

    private static String summa() {
        return WB.findControl(Label.class, ErsattningPart.SUMMA).getText();
    }

    private static Object cell(Underlagskolumn kolumn, int rad) {
        return tabell().getDataValueByPosition(kolumn.ordinal(), 1 + rad);
    }

    private static void valjManad(int ar, int manad) {
        Spinner arval = WB.findControl(Spinner.class, Manadsval.AR);
        arval.setSelection(ar);
        arval.notifyListeners(SWT.Selection, new Event());
        Combo manadsval = WB.findControl(Combo.class, Manadsval.MANAD);
        manadsval.select(manad - 1);
        manadsval.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    @Order(1)
    void manadensUnderlagPerAnordnareMedDelsummorOchTotal() throws Exception {
        WB.setContextValue(Inloggning.class, Ersattningsdata.HANDLAGGARE);
        WB.executeCommand("se.kundval.app.command.visaDel", Map.of("se.kundval.app.command.visaDel.del", ErsattningPart.ID));
        assertEquals(ErsattningPart.ID, WB.activePartId());
        valjManad(2024, 2);
        WB.spinUntil("the underlag of February 2024", () -> summa().startsWith("februari 2024:"), VANTETID);
        assertEquals("februari 2024: att betala 16" + NBSP + "200,00 kr, väntar på bedömning 2" + NBSP + "500,00 kr", summa());

        // Nästa Steg AB sorts before Vägen Vidare AB; each anordnare row carries its subtotals
        assertEquals(1 + 7, tabell().getPreferredRowCount(), "header, 2 anordnare, 4 lines, the total");
        assertEquals("Nästa Steg AB (556677-8899)", cell(Underlagskolumn.ANORDNARE_INSATS, 0));
        assertEquals(new BigDecimal("6200.00"), cell(Underlagskolumn.ATT_BETALA, 0));
        assertEquals("I-B", cell(Underlagskolumn.ANORDNARE_INSATS, 1));
        assertEquals("Vägen Vidare AB (556036-0793)", cell(Underlagskolumn.ANORDNARE_INSATS, 2));
        assertEquals(new BigDecimal("10000.00"), cell(Underlagskolumn.ATT_BETALA, 2));
        assertEquals(new BigDecimal("2500.00"), cell(Underlagskolumn.VANTAR, 2));
        assertEquals("3 poster", cell(Underlagskolumn.POST, 2));
        assertEquals("Avslutsersättning", cell(Underlagskolumn.POST, 4));
        assertEquals("Väntar på bedömning", cell(Underlagskolumn.STATUS, 4));
        assertEquals(new BigDecimal("2500.00"), cell(Underlagskolumn.VANTAR, 4));
        assertEquals(null, cell(Underlagskolumn.ATT_BETALA, 4), "a waiting line is not payable");
        assertEquals("Totalt", cell(Underlagskolumn.ANORDNARE_INSATS, 6));
        assertEquals("4 poster", cell(Underlagskolumn.POST, 6));
        assertEquals(new BigDecimal("16200.00"), cell(Underlagskolumn.ATT_BETALA, 6));
        assertEquals(new BigDecimal("2500.00"), cell(Underlagskolumn.VANTAR, 6));

        // the waiting line looks different, and amounts show in Swedish
        assertTrue(tabell().getConfigLabelsByPosition(Underlagskolumn.STATUS.ordinal(), 1 + 4).hasLabel(Underlagstabell.VANTAR));
        assertFalse(tabell().getConfigLabelsByPosition(Underlagskolumn.STATUS.ordinal(), 1 + 3).hasLabel(Underlagstabell.VANTAR));
        assertEquals("16" + NBSP + "200,00", CellDisplayConversionUtils.convertDataType(
                tabell().getCellByPosition(Underlagskolumn.ATT_BETALA.ordinal(), 1 + 6), tabell().getConfigRegistry()));
        WB.screenshot("ersattning");

        // collapsing an anordnare hides its lines, not its subtotal
        tabell().doCommand(new TreeExpandCollapseCommand(2));
        WB.spin();
        assertEquals(1 + 4, tabell().getRowCount(), "header, 2 anordnare, 1 line, the total");
        assertEquals("Totalt", tabell().getDataValueByPosition(0, 4));
        tabell().doCommand(new TreeExpandCollapseCommand(2));
        WB.spin();
        assertEquals(1 + 7, tabell().getRowCount());
    }

    @Test
    @Order(2)
    void exportTillXlsxLasesTillbakaMedPoi() throws Exception {
        Path xlsx = exportera(ErsattningPart.EXPORT_XLSX, "underlag.xlsx");
        List<List<Object>> rader = new ArrayList<>();
        try (XSSFWorkbook bok = las(xlsx)) {
            Sheet blad = bok.getSheetAt(0);
            assertEquals("Utbetalningsunderlag 2024-02", blad.getSheetName());
            assertEquals("Utbetalningsunderlag 2024-02", blad.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Att betala 16" + NBSP + "200,00 kr; väntar på bedömning 2" + NBSP + "500,00 kr.",
                    blad.getRow(1).getCell(0).getStringCellValue());
            Row rubriker = blad.getRow(XlsxSkrivare.RUBRIKRAD);
            assertEquals("Organisationsnummer", rubriker.getCell(0).getStringCellValue());
            assertEquals("Belopp (kr)", rubriker.getCell(5).getStringCellValue());
            for (int r = XlsxSkrivare.RUBRIKRAD + 1; r <= blad.getLastRowNum(); r++) {
                Row rad = blad.getRow(r);
                rader.add(List.of(rad.getCell(0).getStringCellValue(), rad.getCell(2).getStringCellValue(),
                        rad.getCell(4).getStringCellValue(), rad.getCell(5).getNumericCellValue(), rad.getCell(6).getStringCellValue()));
            }
        }
        assertEquals(List.of(
                List.of("5560360793", "I-A1", "Checkbelopp", 5000.0, "Att betala"),
                List.of("5560360793", "I-A1", "Avslutsersättning", 2500.0, "Väntar på bedömning"),
                List.of("5560360793", "I-A2", "Checkbelopp", 5000.0, "Att betala"),
                List.of("5566778899", "I-B", "Checkbelopp", 6200.0, "Att betala")), rader);
    }

    @Test
    @Order(3)
    void exportTillCsv() throws Exception {
        Path csv = exportera(ErsattningPart.EXPORT_CSV, "underlag.csv");
        assertEquals(List.of("Organisationsnummer;Anordnare;Insats-id;Insatstyp;Post;Belopp (kr);Status",
                "5560360793;Vägen Vidare AB;I-A1;AMI2;Checkbelopp;5000,00;Att betala",
                "5560360793;Vägen Vidare AB;I-A1;AMI2;Avslutsersättning;2500,00;Väntar på bedömning",
                "5560360793;Vägen Vidare AB;I-A2;AMI2;Checkbelopp;5000,00;Att betala",
                "5566778899;Nästa Steg AB;I-B;ISA1;Checkbelopp;6200,00;Att betala"),
                Files.readAllLines(csv, StandardCharsets.UTF_8));
    }

    @Test
    @Order(4)
    void utanRattighetenVisasIngetUnderlag() {
        WB.setContextValue(Inloggning.class, new Inloggning("kv1", "Kalle", Roll.KARRIARVAGLEDARE, null));
        try {
            WB.spinUntil("the part says why", () -> summa().equals(Messages.ingenBehorighet), VANTETID);
            assertEquals(1, tabell().getPreferredRowCount(), "only the header");
            assertFalse(WB.findControl(Button.class, ErsattningPart.EXPORT_XLSX).isEnabled());
        } finally {
            WB.setContextValue(Inloggning.class, Ersattningsdata.HANDLAGGARE);
        }
    }

    /**
     * The four-eyes journey of DOMAIN §12 as two administratörer see it: a price for a month that has
     * passed is refused at its date; a new one is listed as a proposal and pays nothing yet; its
     * proposer cannot approve it, another administratör can; until it applies it can be withdrawn.
     */
    @Test
    @Order(5)
    void prislistanForeslarGodkannerOchAterkallarMedFyraOgon() throws Exception {
        WB.setContextValue(Inloggning.class, Ersattningsdata.ADMIN);
        WB.clickMenu("Visa", "Prislista");
        assertEquals(PrislistaPart.ID, WB.activePartId());
        Table typer = WB.findControl(Table.class, Insatstyplista.TABELL);
        WB.spinUntil("the types listed", () -> typer.getItemCount() > 0, VANTETID);
        assertEquals("Utfasad", rad(typer, "JOBBPENG_GRUND").getText(8), "offered until 2024-06-30");
        assertEquals(List.of("AMI1", "Arbetsmarknadsinsatser (AMI)", "1", "3 mån", "Egen försörjning", "2024-01-01", "", "Erbjuds"),
                texter(rad(typer, "AMI1"), 0, 2, 3, 4, 5, 6, 7, 8));
        helaTexter(typer);

        valj(typer, rad(typer, "AMI1"));
        Table priser = WB.findControl(Table.class, Prislista.TABELL);
        WB.spinUntil("the prices of AMI1", () -> priser.getItemCount() == 1, VANTETID);
        assertEquals(List.of("2024-01-01", "3" + NBSP + "800,00", "20" + NBSP + "000,00", "Godkänt (från prislistans start)", "Gäller nu"),
                texter(priser.getItem(0), 0, 1, 2, 3, 4));
        helaTexter(priser);
        PrislistaPart part = (PrislistaPart) WB.activatePart(PrislistaPart.ID).getObject();
        Label fel = WB.findControl(Label.class, Prisformular.FEL);
        assertEquals("Föreslå pris", WB.findControl(Button.class, Prisformular.LAGG_TILL).getText());

        laggTillPris(2024, 1, 1, "4 100", "");
        WB.spinUntil("the price for a past month refused", () -> !fel.getText().isEmpty(), VANTETID);
        String passerad = "Ett pris för AMI1 från 2024-01-01 skulle ändra priset för en månad som redan har passerat. "
                + "Ett nytt pris kan gälla tidigast från 2026-11-01.";
        assertEquals(passerad, fel.getText());
        assertEquals(passerad, part.formular().meddelande(KundvalPackage.Literals.PRIS__GILTIG_FRAN), "shown at the date");
        assertEquals(passerad, WB.findControl(DateTime.class, Prisformular.FRAN).getToolTipText());
        assertEquals(null, part.formular().meddelande(KundvalPackage.Literals.PRIS__CHECKBELOPP));
        WB.screenshot("prislista-passerad-manad");

        laggTillPris(2030, 1, 1, "-5", "");
        WB.spinUntil("the negative price refused", () -> fel.getText().contains("negativt"), VANTETID);
        assertEquals("Checkbelopp får inte vara negativt.", part.formular().meddelande(KundvalPackage.Literals.PRIS__CHECKBELOPP));
        assertEquals(null, part.formular().meddelande(KundvalPackage.Literals.PRIS__GILTIG_FRAN));

        laggTillPris(2030, 1, 1, "fyra tusen", "");
        assertEquals(Messages.beloppOlasligt, part.formular().meddelande(KundvalPackage.Literals.PRIS__CHECKBELOPP), "read in the part");

        laggTillPris(2030, 1, 1, "4 200,50", "21 000");
        WB.spinUntil("the proposal listed", () -> priser.getItemCount() == 2, VANTETID);
        assertEquals(List.of("2030-01-01", "4" + NBSP + "200,50", "21" + NBSP + "000,00", "Föreslaget av admin, väntar på godkännande", ""),
                texter(priser.getItem(0), 0, 1, 2, 3, 4));
        assertEquals("", fel.getText());
        Label kvittens = WB.findControl(Label.class, PrislistaPart.KVITTENS);
        assertEquals("Priset för AMI nivå 1 från 2030-01-01 är föreslaget och väntar på att en annan administratör godkänner det.",
                kvittens.getText());
        assertEquals(new BigDecimal("3800.00"), prisPa2030(), "a proposal pays nothing new");

        Button godkann = WB.findControl(Button.class, Prisgodkannande.GODKANN);
        Button aterkalla = WB.findControl(Button.class, Prisgodkannande.ATERKALLA);
        Label upplysning = WB.findControl(Label.class, Prisgodkannande.UPPLYSNING);
        valj(priser, priser.getItem(0));
        assertFalse(godkann.isEnabled(), "the proposer cannot approve");
        assertTrue(aterkalla.isEnabled());
        assertEquals("Du föreslog själv det här priset; en annan administratör måste godkänna det.", upplysning.getText());
        WB.screenshot("prislista-eget-forslag");

        WB.setContextValue(Inloggning.class, ADMIN2);
        WB.spinUntil("the list again", () -> priser.getItemCount() == 2, VANTETID);
        valj(priser, priser.getItem(0));
        assertTrue(godkann.isEnabled(), "another administratör approves");
        assertEquals("Föreslaget av admin. Godkänn det om det stämmer, annars återkalla det.", upplysning.getText());
        tryck(godkann);
        WB.spinUntil("the approval listed", () -> priser.getItem(0).getText(3).equals("Föreslaget av admin, godkänt av admin2"), VANTETID);
        assertEquals("Kommande", priser.getItem(0).getText(4));
        assertEquals("Priset för AMI1 från 2030-01-01 är godkänt.", kvittens.getText());
        assertEquals(new BigDecimal("4200.50"), prisPa2030());
        WB.screenshot("prislista-godkant");

        valj(priser, priser.getItem(0));
        assertEquals("Priset är godkänt men har inte börjat gälla; det kan återkallas.", upplysning.getText());
        tryck(aterkalla);
        WB.spinUntil("the withdrawal listed", () -> priser.getItem(0).getText(3).equals("Återkallat av admin2"), VANTETID);
        assertEquals(new BigDecimal("3800.00"), prisPa2030(), "withdrawn before it applied");
        valj(priser, priser.getItem(1));
        assertFalse(aterkalla.isEnabled(), "the price in force is corrected by a new row, not withdrawn");
        assertEquals("Ett pris som gäller ändras aldrig; rätta det genom att föreslå en ny rad.", upplysning.getText());
        WB.setContextValue(Inloggning.class, Ersattningsdata.ADMIN);
    }

    private static final Inloggning ADMIN2 = new Inloggning("admin2", "Adam Ekström", Roll.ADMINISTRATOR, null);

    private static BigDecimal prisPa2030() {
        return Tjanster.hamta(ReferensdataService.class).prisPa("AMI1", LocalDate.of(2030, 1, 1)).orElseThrow().getCheckbelopp();
    }

    private static void tryck(Button knapp) {
        knapp.notifyListeners(SWT.Selection, new Event());
        WB.spin();
    }

    @Test
    @Order(6)
    void barAdministratorenFarLaggaTillPriser() {
        WB.setContextValue(Inloggning.class, Ersattningsdata.HANDLAGGARE);
        WB.activatePart(PrislistaPart.ID);
        assertFalse(WB.findControl(Button.class, Prisformular.LAGG_TILL).isEnabled());
        WB.setContextValue(Inloggning.class, Ersattningsdata.ADMIN);
        assertTrue(WB.findControl(Button.class, Prisformular.LAGG_TILL).isEnabled());
    }

    private static void laggTillPris(int ar, int manad, int dag, String checkbelopp, String bonus) {
        WB.findControl(DateTime.class, Prisformular.FRAN).setDate(ar, manad - 1, dag);
        WB.findControl(Text.class, Prisformular.CHECKBELOPP).setText(checkbelopp);
        WB.findControl(Text.class, Prisformular.BONUS).setText(bonus);
        WB.findControl(Label.class, Prisformular.FEL).setText("");
        WB.findControl(Button.class, Prisformular.LAGG_TILL).notifyListeners(SWT.Selection, new Event());
        WB.spin();
    }

    private static TableItem rad(Table tabell, String kod) {
        for (TableItem rad : tabell.getItems()) {
            if (rad.getText(0).equals(kod)) {
                return rad;
            }
        }
        throw new AssertionError("no row " + kod);
    }

    /**
     * Issue 10: the lists of Prislista had fixed column widths, so codes ("JOBBPENG_…"), kundval
     * names and headings were cut in a part of 870 points. Every heading and value is whole in its
     * column, up to the shared table's limit for one column (the row then scrolls sideways).
     */
    private static void helaTexter(Table tabell) {
        GC gc = new GC(tabell);
        try {
            for (int k = 0; k < tabell.getColumnCount(); k++) {
                int bredd = tabell.getColumn(k).getWidth();
                List<String> texter = new ArrayList<>(List.of(tabell.getColumn(k).getText()));
                for (TableItem rad : tabell.getItems()) {
                    texter.add(rad.getText(k));
                }
                for (String text : texter) {
                    int behov = Math.min(gc.textExtent(text).x, 220);
                    assertTrue(behov <= bredd, "'" + text + "' needs " + behov + " in a column of " + bredd);
                }
            }
        } finally {
            gc.dispose();
        }
    }

    private static List<String> texter(TableItem rad, int... kolumner) {
        return Arrays.stream(kolumner).mapToObj(rad::getText).toList();
    }

    /** Selects a row as a click does: the viewer hears of it through the table's selection event. */
    private static void valj(Table tabell, TableItem rad) {
        tabell.setSelection(rad);
        Event e = new Event();
        e.item = rad;
        tabell.notifyListeners(SWT.Selection, e);
        WB.spin();
    }

    /** Presses an export button with a file chooser that answers with a file in the test's folder. */
    private static Path exportera(String knapp, String namn) throws IOException {
        Path fil = mapp.resolve(namn);
        WB.setContextValue(Filvaljare.class, new Filvaljare() {
            @Override
            public Path sparaSom(Shell skal, String rubrik, String forslag, String filandelse) {
                assertTrue(forslag.startsWith("utbetalningsunderlag-2024-02."), forslag);
                return fil;
            }
        });
        WB.spinUntil("the underlag shown", () -> WB.findControl(Button.class, knapp).isEnabled(), VANTETID);
        WB.findControl(Button.class, knapp).notifyListeners(SWT.Selection, new Event());
        Label meddelande = WB.findControl(Label.class, ErsattningPart.MEDDELANDE);
        WB.spinUntil("the file saved", () -> meddelande.getText().startsWith("Sparat:"), VANTETID);
        assertEquals("Sparat: " + fil, meddelande.getText());
        return fil;
    }

    /** POI finds its XML schema types through the context class loader, which under OSGi must be set. */
    private static XSSFWorkbook las(Path fil) throws IOException {
        Thread trad = Thread.currentThread();
        ClassLoader tidigare = trad.getContextClassLoader();
        trad.setContextClassLoader(EkonomiUiTest.class.getClassLoader());
        try (InputStream in = Files.newInputStream(fil)) {
            return new XSSFWorkbook(in);
        } finally {
            trad.setContextClassLoader(tidigare);
        }
    }
}
