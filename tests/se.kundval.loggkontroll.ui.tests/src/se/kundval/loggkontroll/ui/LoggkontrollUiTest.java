package se.kundval.loggkontroll.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kundval.core.Inloggning;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.atkomst.Loggfraga;
import se.kundval.core.atkomst.Loggurval;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.KundService;
import se.kundval.model.Anvandare;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * Loggkontroll in the real workbench as a loggranskare: the month's entries with the protected
 * identity standing out, the selection of protected identities, a review with a comment, a sample.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoggkontrollUiTest {

    private static final Duration VANTETID = Duration.ofSeconds(30);
    private static final String LOSENORD = "Granska-2026";
    private static final Inloggning GRANSKARE = new Inloggning("granskare", "Gustav", Roll.LOGGRANSKARE, null);
    /** The flags column. */
    private static final int FLAGGOR = 7;
    private static final int GRANSKAD = 8;

    @RegisterExtension
    static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi")
            .beforeStart(LoggkontrollUiTest::data).loggaIn("granskare", LOSENORD);

    /**
     * The administrator registers two kunder of kv1 (two entries), kv1 marks the first protected and
     * opens the second, the kvalitetsutvecklare opens the protected one: five entries, two protected.
     */
    private static void data() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        Testfall fall = new Testfall();
        Kund skyddad = fall.kund("Sara Skydd", Testklocka.IDAG.minusYears(35));
        Kund annan = fall.kund("Oskar Öppen", Testklocka.IDAG.minusYears(40));
        KundService kunder = Tjanster.hamta(KundService.class);
        kunder.markeraSkyddad(Testfall.KARRIARVAGLEDARE.vid("Kund"), skyddad.getId(), true);
        kunder.hamta(Testfall.KARRIARVAGLEDARE.vid("Kund"), annan.getId());
        kunder.hamta(new Inloggning("kvalitet", "Sofia", Roll.KVALITETSUTVECKLARE, null).vid("Kund"), skyddad.getId());
        Anvandare u = KundvalFactory.eINSTANCE.createAnvandare();
        u.setAnvandarnamn("granskare");
        u.setNamn("Gustav Granskare");
        u.setRoll(Roll.LOGGRANSKARE);
        u.setAktiv(true);
        Tjanster.hamta(AnvandareService.class).spara(Testfall.ADMIN, u, LOSENORD.toCharArray());
    }

    private static Table tabell() {
        return WB.findControl(Table.class, LoggkontrollPart.TABELL);
    }

    private static String antal() {
        return WB.findControl(Label.class, LoggkontrollPart.ANTAL).getText();
    }

    private static void vantaPa(String sammanfattning) {
        WB.spinUntil("the part shows '" + sammanfattning + "'", () -> antal().endsWith(sammanfattning), VANTETID);
    }

    private static List<String> kolumn(int k) {
        return IntStream.range(0, tabell().getItemCount()).mapToObj(i -> tabell().getItem(i).getText(k)).toList();
    }

    private static void valjUrval(Loggurval urval) {
        Combo c = WB.findControl(Combo.class, Loggfilter.URVAL);
        c.select(urval == null ? 0 : urval.ordinal() + 1);
        c.notifyListeners(SWT.Selection, new Event());
        WorkbenchExtension.click(WB.findControl(Button.class, LoggkontrollPart.SOK));
    }

    @Test
    @Order(1)
    void granskarenSerManadensPosterOchDenSkyddadeStickerUt() throws Exception {
        MPerspective perspektiv = WB.window().getContext().get(EModelService.class).getActivePerspective(WB.window());
        assertEquals("se.kundval.app.perspektiv.loggkontroll", perspektiv.getElementId());
        vantaPa("5 poster, 2 med skyddad identitet, 0 granskade");
        assertEquals(List.of("admin", "admin", "kv1", "kv1", "kvalitet"), kolumn(1));
        assertEquals(List.of("Ändra", "Ändra", "Ändra", "Läsa", "Läsa"), kolumn(5));
        TableItem kvalitet = tabell().getItem(4);
        assertEquals("SKYDDAD IDENTITET, utanför eget ansvar", kvalitet.getText(FLAGGOR));
        assertEquals(kvalitet.getDisplay().getSystemColor(SWT.COLOR_DARK_RED), kvalitet.getForeground(FLAGGOR));
        assertEquals(SWT.BOLD, kvalitet.getFont(FLAGGOR).getFontData()[0].getStyle() & SWT.BOLD);
        assertEquals("", tabell().getItem(3).getText(FLAGGOR), "kv1 opening her own kund is not flagged");
        // words, not codes (issue 10 item 7): the role and the kind of client as a person says them
        assertEquals("Karri\u00e4rv\u00e4gledare", tabell().getItem(3).getText(2));
        assertTrue(tabell().getItem(3).getText(3).startsWith("Arbetsb\u00e4nken ("), tabell().getItem(3).getText(3));
        Rectangle synligt = tabell().getClientArea();
        Rectangle rad = kvalitet.getBounds();
        assertTrue(synligt.contains(rad.x, rad.y + rad.height - 1), "the last row is inside the visible table: " + rad + " in " + synligt);
        GC gc = new GC(tabell());
        try {
            gc.setFont(kvalitet.getFont(FLAGGOR));
            assertTrue(tabell().getColumn(FLAGGOR).getWidth() >= gc.textExtent(kvalitet.getText(FLAGGOR)).x, "the flags are not cut");
        } finally {
            gc.dispose();
        }
        WB.screenshot("loggkontroll");
    }

    /**
     * Issue 10: at 1280 px the filter row's last fields (the selection and its limit) lay beyond the
     * part's right edge. Every field and its label must lie inside the part, on however many lines.
     */
    private static void filtretRyms() {
        Composite del = tabell().getParent().getParent();
        Rectangle yta = del.getDisplay().map(del, null, del.getClientArea());
        for (String id : List.of(Loggfilter.FRAN, Loggfilter.TILL, Loggfilter.ANVANDARE, Loggfilter.KUND, Loggfilter.HANDLING,
                Loggfilter.URVAL, Loggfilter.GRANS)) {
            Control falt = WB.findControl(Control.class, id);
            Rectangle ruta = falt.getDisplay().map(falt.getParent(), null, falt.getBounds());
            assertTrue(ruta.x + ruta.width <= yta.x + yta.width && ruta.width > 0, id + " at " + ruta + " in the part's " + yta);
            for (Control c : falt.getParent().getChildren()) {
                Rectangle r = c.getDisplay().map(c.getParent(), null, c.getBounds());
                assertTrue(r.x + r.width <= yta.x + yta.width, "the label of " + id + " at " + r + " in " + yta);
            }
        }
    }

    /** Issue 10: on a 1280 px screen the Granskad column began beyond the table's right edge. */
    @Test
    @Order(2)
    void allaKolumnerRymsPa1280Punkter() throws Exception {
        Shell skal = tabell().getShell();
        Point fore = skal.getSize();
        try {
            skal.setSize(1280, fore.y);
            WB.spin();
            int hoger = 0;
            for (TableColumn k : tabell().getColumns()) {
                hoger += k.getWidth();
            }
            assertTrue(hoger <= tabell().getClientArea().width, "columns end at " + hoger + " in " + tabell().getClientArea());
            filtretRyms();
            WB.screenshot("loggkontroll-1280");
            skal.setSize(1600, fore.y);
            WB.spin();
            filtretRyms();
            WB.screenshot("loggkontroll-1600");
        } finally {
            skal.setSize(fore);
            WB.spin();
        }
    }

    @Test
    @Order(2)
    void urvaletSkyddadIdentitetGerDeTvaPosterna() {
        valjUrval(Loggurval.SKYDDAD_IDENTITET);
        vantaPa("2 poster, 2 med skyddad identitet, 0 granskade");
        assertEquals(List.of("kv1", "kvalitet"), kolumn(1));
        valjUrval(Loggurval.UTANFOR_KONTORSTID);
        vantaPa("0 poster, 0 med skyddad identitet, 0 granskade");
    }

    @Test
    @Order(3)
    void enPostMarkerasGranskadMedKommentar() throws Exception {
        valjUrval(Loggurval.SKYDDAD_IDENTITET);
        vantaPa("2 poster, 2 med skyddad identitet, 0 granskade");
        Button granska = WB.findControl(Button.class, LoggkontrollPart.GRANSKA);
        tabell().setSelection(1);
        tabell().notifyListeners(SWT.Selection, new Event());
        WB.spin();
        assertTrue(granska.isEnabled());
        WorkbenchExtension.type(WB.findControl(Text.class, LoggkontrollPart.KOMMENTAR), "Tillsyn av skyddad kund, ok.");
        WorkbenchExtension.click(granska);
        vantaPa("2 poster, 2 med skyddad identitet, 1 granskade");
        assertTrue(antal().startsWith("Post "), antal());
        assertTrue(tabell().getItem(1).getText(GRANSKAD).endsWith("granskare: Tillsyn av skyddad kund, ok."),
                tabell().getItem(1).getText(GRANSKAD));
        assertEquals("", tabell().getItem(0).getText(GRANSKAD));
        assertEquals("Tillsyn av skyddad kund, ok.", Tjanster.hamta(AtkomstloggService.class)
                .sok(GRANSKARE, Loggfraga.period(Testklocka.IDAG, Testklocka.IDAG).medAnvandare("kvalitet")).get(0).granskning().kommentar());
        WB.screenshot("loggkontroll-granskad");
    }

    @Test
    @Order(4)
    void stickprovetVisarNPoster() {
        valjUrval(null);
        vantaPa("5 poster, 2 med skyddad identitet, 1 granskade");
        WB.findControl(Spinner.class, LoggkontrollPart.STICKPROV_ANTAL).setSelection(2);
        WorkbenchExtension.click(WB.findControl(Button.class, LoggkontrollPart.STICKPROV));
        vantaPa("Stickprov: 2 av 5 poster");
        assertEquals(2, tabell().getItemCount());
    }
}
