package se.kundval.kund.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.Roll;
import se.kundval.model.regler.Personnummer;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.Filvaljare;
import se.kundval.ui.testsupport.Synkontroll;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * The Kunder and Kund parts in the real workbench, on a database of {@value Testkunder#ANTAL}
 * kunder: paging, filter row, sorting, scrolling, selection and the detail part.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KunderUiTest {

    private static final Duration VANTETID = Duration.ofSeconds(30);
    /** Grid rows above the kunder: column headers and the filter row. */
    private static final int RUBRIKRADER = 2;
    /** Grid column before the data: the row numbers. */
    private static final int RUBRIKKOLUMNER = 1;

    private static Testkunder data;

    @RegisterExtension
    static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi")
            .beforeStart(() -> data = Testkunder.skapa());

    private static NatTable tabell() {
        NatTable t = WB.findControl(NatTable.class, KunderPart.TABELL);
        assertNotNull(t, "no NatTable " + KunderPart.TABELL + " in the main window");
        return t;
    }

    private static int kolumn(Listkolumn k) {
        return RUBRIKKOLUMNER + k.ordinal();
    }

    private static Object cell(Listkolumn k, int kundrad) {
        return tabell().getDataValueByPosition(kolumn(k), RUBRIKRADER + kundrad);
    }

    private static void vantaPaRader(int antal) {
        WB.spinUntil(antal + " kunder in the list", () -> tabell().getPreferredRowCount() == RUBRIKRADER + antal
                && (antal == 0 || !Messages.hamtarRad.equals(cell(Listkolumn.NAMN, 0))), VANTETID);
    }

    /** Kund rows fully inside the viewport: NatTable positions reach only what is shown. */
    private static int synligaRader() {
        return tabell().getRowCount() - RUBRIKRADER - 1;
    }

    private static void filtrera(Listkolumn k, String text) {
        tabell().doCommand(new UpdateDataCommand(tabell(), kolumn(k), 1, text));
    }

    @Test
    @Order(1)
    void fonstretOchListanVisarAllaKunder() throws Exception {
        assertEquals("Kundval \u2013 kundval arbetsmarknadsinsatser", WB.shell().getText());
        vantaPaRader(Testkunder.ANTAL);
        NatTable t = tabell();
        assertEquals(RUBRIKKOLUMNER + 8, t.getPreferredColumnCount());
        assertEquals(List.of("Kund-id", "Personnummer", "Namn", "K\u00f6n", "Kommun", "Spr\u00e5k", "Utbildning", "Ansvarig KV"),
                IntStream.range(0, 8).mapToObj(i -> t.getDataValueByPosition(RUBRIKKOLUMNER + i, 0)).toList());
        Kund forsta = data.kund("K-00001");
        assertEquals("K-00001", cell(Listkolumn.KUND_ID, 0));
        assertEquals(Personnummer.formaterat(forsta.getPersonnummer()), cell(Listkolumn.PERSONNUMMER, 0));
        assertEquals(forsta.getNamn(), cell(Listkolumn.NAMN, 0));
        assertEquals("Man", cell(Listkolumn.KON, 0));
        assertEquals(forsta.getKommun(), cell(Listkolumn.KOMMUN, 0));
        assertEquals("500 kunder", WB.findControl(Label.class, KunderPart.ANTAL).getText());
        WB.screenshot("kunder-start");
    }

    /** At 1 600 points, beside the Kund part, a closed set of values stays whole: "Grundskola 4–9 år" was cut. */
    @Test
    @Order(1)
    void utbildningOchKonSynsHelaVid1600Punkter() throws Exception {
        vantaPaRader(Testkunder.ANTAL);
        Point fore = WB.shell().getSize();
        try {
            WB.shell().setSize(1600, 1000);
            WB.spin();
            Synkontroll.kolumnenHel(tabell(), "Utbildning", "Kunder at 1600 \u00d7 1000");
            Synkontroll.kolumnenHel(tabell(), "K\u00f6n", "Kunder at 1600 \u00d7 1000");
            Synkontroll.kolumnenHel(tabell(), "Personnummer", "Kunder at 1600 \u00d7 1000");
            WB.screenshot("kunder-1600");
        } finally {
            WB.shell().setSize(fore);
            WB.spin();
        }
    }

    @Test
    @Order(2)
    void filterradenFragarTjanstenOchVisarFarreKunder() throws Exception {
        long medBerg = data.kunder().stream().filter(k -> k.getNamn().toLowerCase().contains("berg")).count();
        long kvinnorMedBerg = data.kunder().stream()
                .filter(k -> k.getNamn().toLowerCase().contains("berg") && k.getKon() == Kon.KVINNA).count();
        try {
            filtrera(Listkolumn.NAMN, "berg");
            vantaPaRader((int) medBerg);
            for (int rad = 0; rad < synligaRader(); rad++) {
                String namn = (String) cell(Listkolumn.NAMN, rad);
                assertTrue(namn.toLowerCase().contains("berg"), namn);
            }
            filtrera(Listkolumn.KON, "kvinna");
            vantaPaRader((int) kvinnorMedBerg);
            for (int rad = 0; rad < synligaRader(); rad++) {
                assertEquals("Kvinna", cell(Listkolumn.KON, rad));
            }
            assertEquals(kvinnorMedBerg + " kunder", WB.findControl(Label.class, KunderPart.ANTAL).getText());
            WB.screenshot("kunder-filter");
        } finally {
            filtrera(Listkolumn.KON, "");
            filtrera(Listkolumn.NAMN, "");
        }
        vantaPaRader(Testkunder.ANTAL);
    }

    @Test
    @Order(3)
    void klickPaRubrikSorterarITjansten() {
        String forstaNamnet = data.kunder().stream().map(Kund::getNamn).min(Comparator.naturalOrder()).orElseThrow();
        tabell().doCommand(new SortColumnCommand(tabell(), kolumn(Listkolumn.NAMN), false));
        WB.spinUntil("sorted by namn", () -> forstaNamnet.equals(cell(Listkolumn.NAMN, 0)), VANTETID);
        tabell().doCommand(new SortColumnCommand(tabell(), kolumn(Listkolumn.KUND_ID), false));
        tabell().doCommand(new SortColumnCommand(tabell(), kolumn(Listkolumn.KUND_ID), false));
        WB.spinUntil("sorted by kund-id, descending", () -> "K-00500".equals(cell(Listkolumn.KUND_ID, 0)), VANTETID);
        tabell().doCommand(new SortColumnCommand(tabell(), kolumn(Listkolumn.KUND_ID), false));
        WB.spinUntil("back to kund-id order", () -> "K-00001".equals(cell(Listkolumn.KUND_ID, 0)), VANTETID);
    }

    @Test
    @Order(4)
    void rullningLangtNedLaserDenSidanSomSyns() {
        NatTable t = tabell();
        ScrollBar rullning = t.getVerticalBar();
        rullning.setSelection(rullning.getMaximum() - rullning.getThumb());
        rullning.notifyListeners(SWT.Selection, new Event());
        WB.spin();
        int sistaRaden = t.getRowCount() - 1;
        assertEquals(Testkunder.ANTAL - 1, t.getRowIndexByPosition(sistaRaden), "scrolled to the last kund");
        assertTrue(Testkunder.ANTAL - 1 >= 2 * Kundlista.SIDSTORLEK, "the last row lies beyond the first two pages");
        WB.spinUntil("the last page read", () -> "K-00500".equals(t.getDataValueByPosition(kolumn(Listkolumn.KUND_ID), sistaRaden)),
                VANTETID);
    }

    @Test
    @Order(5)
    void valdKundVisasIKunddelenMedSinaInsatser() throws Exception {
        rullaTillBorjan();
        WB.activatePart(KunderPart.ID);
        int rad = Integer.parseInt(Testkunder.MED_INSATSER.substring(2)) - 1;
        Rectangle cell = tabell().getCellByPosition(kolumn(Listkolumn.NAMN), RUBRIKRADER + rad).getBounds();
        klicka(cell.x + cell.width / 2, cell.y + cell.height / 2);
        Kund kund = data.kund(Testkunder.MED_INSATSER);
        Label rubrik = WB.findControl(Label.class, KundPart.RUBRIK);
        WB.spinUntil("the Kund part shows " + kund.getNamn(), () -> rubrik.getText().startsWith(kund.getNamn()), VANTETID);
        assertEquals(kund.getNamn() + " (" + kund.getKundId() + ")", rubrik.getText());
        assertEquals(Personnummer.formaterat(kund.getPersonnummer()), varde("personnummer"));
        assertEquals(kund.getKommun(), varde("kommun"));
        assertEquals(kund.getArbetsformaga() + " %", varde("arbetsformaga"));
        Table insatser = WB.findControl(Table.class, Insatshistorik.TABELL);
        assertEquals(2, insatser.getItemCount());
        assertEquals("I-2", insatser.getItem(0).getText(0));
        assertEquals("2025-02-01", insatser.getItem(0).getText(3));
        assertEquals("2025-04-30", insatser.getItem(0).getText(4));
        assertEquals("P\u00e5g\u00e5ende", insatser.getItem(0).getText(2));
        assertEquals("I-1", insatser.getItem(1).getText(0));
        assertEquals("Avslutad", insatser.getItem(1).getText(2));
        assertEquals("Arbete", insatser.getItem(1).getText(5));
        assertEquals("V\u00e4gen Vidare AB", insatser.getItem(1).getText(6));
        // issue 10: the type was its code ("JOBBPENG_FOR…"), cut by a fixed column width
        String typ = Tjanster.hamta(ReferensdataService.class).insatstyper().get(0).getNamn();
        assertEquals(typ, insatser.getItem(0).getText(1), "the insats type by its name");
        GC gc = new GC(insatser);
        try {
            assertTrue(gc.textExtent(typ).x <= insatser.getColumn(1).getWidth(), "the type's name is whole in its column");
        } finally {
            gc.dispose();
        }
        WB.screenshot("kunder");
    }

    @Test
    @Order(6)
    void menyernaVisarDelarnaOchOmKundval() {
        assertEquals(List.of("Arkiv", "Redigera", "Beslut", "Visa", "Hj\u00e4lp"), WB.menuLabels());
        assertEquals(List.of("Ny kund", "\u00d6ppna kund", "Spara", "Registerutdrag\u2026", "Inst\u00e4llningar\u2026", "Logga ut", "Avsluta"),
                WB.menuLabels("Arkiv"));
        assertEquals(List.of("\u00c5ngra", "G\u00f6r om"), WB.menuLabels("Redigera"));
        // other UI bundles add their own parts to the Visa menu
        assertTrue(WB.menuLabels("Visa").containsAll(List.of("Kunder", "Kund", "Uppdatera kundlistan")), WB.menuLabels("Visa").toString());
        WB.clickMenu("Visa", "Kund");
        assertEquals(KundPart.ID, WB.activePartId());
        WB.clickMenu("Visa", "Kunder");
        assertEquals(KunderPart.ID, WB.activePartId());
        WB.clickMenu("Hj\u00e4lp", "Om Kundval");
        List<String> dialoger = WB.closedDialogs();
        assertEquals(1, dialoger.size(), dialoger.toString());
        assertTrue(dialoger.get(0).startsWith("Om Kundval: Kundval 1.0.0"), dialoger.get(0));
    }

    @Test
    @Order(7)
    void uppdateraLaserOmListan() {
        data.laggTill(Testkunder.ANTAL + 1);
        WB.executeCommand("se.kundval.kund.ui.command.uppdatera", Map.of());
        vantaPaRader(Testkunder.ANTAL + 1);
        assertEquals("501 kunder", WB.findControl(Label.class, KunderPart.ANTAL).getText());
    }

    @Test
    @Order(8)
    void personnummerMaskerasForAnvandareUtanRattighet() {
        Kund forsta = data.kund("K-00001");
        try {
            WB.setContextValue(Inloggning.class, new Inloggning("kvu", "Kvalitetsutvecklare", Roll.KVALITETSUTVECKLARE, null));
            WB.spinUntil("masked personnummer", () -> Personnummer.maskerat(forsta.getPersonnummer()).equals(cell(Listkolumn.PERSONNUMMER, 0)),
                    VANTETID);
            assertTrue(((String) cell(Listkolumn.PERSONNUMMER, 0)).endsWith("-****"));
        } finally {
            WB.setContextValue(Inloggning.class, new Inloggning("handlaggare", "Demo", Roll.HANDLAGGARE, null));
        }
        WB.spinUntil("full personnummer again", () -> Personnummer.formaterat(forsta.getPersonnummer()).equals(cell(Listkolumn.PERSONNUMMER, 0)),
                VANTETID);
    }

    private static String varde(String attribut) {
        return WB.findControl(Label.class, Kunduppgifter.PREFIX + attribut).getText();
    }

    private static void rullaTillBorjan() {
        ScrollBar rullning = tabell().getVerticalBar();
        rullning.setSelection(0);
        rullning.notifyListeners(SWT.Selection, new Event());
        WB.spin();
        vantaPaRader(Testkunder.ANTAL);
    }

    /** A left click as the mouse sends it: NatTable's bindings act on mouse down and up. */
    private static void klicka(int x, int y) {
        for (int typ : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event e = new Event();
            e.x = x;
            e.y = y;
            e.button = 1;
            e.count = 1;
            tabell().notifyListeners(typ, e);
        }
        WB.spin();
    }

    /** Arkiv > Registerutdrag… for the kund chosen in the list: a PDF of everything stored, and the user is told where. */
    @Test
    @Order(7)
    void registerutdragForValdKundSparasSomPdf() throws Exception {
        Path fil = Files.createTempDirectory("kundval-registerutdrag").resolve("registerutdrag.pdf");
        WB.setContextValue(Filvaljare.class, new Filvaljare() {
            @Override
            public Path sparaSom(Shell skal, String rubrik, String forslag, String filandelse) {
                assertEquals("pdf", filandelse);
                return fil;
            }
        });
        WB.activatePart(KunderPart.ID);
        assertTrue(WB.menuEnabled("Arkiv", "Registerutdrag\u2026"), "a handläggare may make a registerutdrag");
        WB.clickMenu("Arkiv", "Registerutdrag\u2026");
        List<String> dialoger = new ArrayList<>();
        WB.spinUntil("the utdrag saved and the user told", () -> {
            dialoger.addAll(WB.closedDialogs());
            return !dialoger.isEmpty();
        }, VANTETID);
        assertTrue(dialoger.get(0).contains("Registerutdraget \u00e4r sparat i " + fil), dialoger.toString());
        assertTrue(new String(Files.readAllBytes(fil), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }
}
