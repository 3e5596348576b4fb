package se.kundval.kund.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kundval.core.tjanst.KundService;
import se.kundval.model.Kund;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.testsupport.Delbilder;
import se.kundval.ui.testsupport.Synkontroll;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * The Kund editor in the real workbench: opened from the Kunder list, every edit a command (undo,
 * redo, dirty marker), problems on the fields, a save conflict that loses nothing, a new kund.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KundEditorUiTest {

    private static final Duration VANTETID = Duration.ofSeconds(30);
    private static Editordata data;

    @RegisterExtension
    static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi")
            .beforeStart(() -> data = Editordata.skapa());

    /** After every step: what a person sees is whole (issue 10), and each part is kept as a screenshot in both themes. */
    @AfterEach
    void synligt(TestInfo steg) throws IOException {
        String namn = steg.getTestMethod().map(Method::getName).orElse("steg");
        Synkontroll.kontrollera(WB, namn);
        Delbilder.spara(WB, "kundeditor-" + namn);
    }

    private static KundService kunder() {
        return Tjanster.hamta(KundService.class);
    }

    private static MPart aktivDel() {
        return WB.window().getContext().get(EPartService.class).getActivePart();
    }

    private static KundEditor editor() {
        MPart del = aktivDel();
        assertNotNull(del);
        assertTrue(del.getObject() instanceof KundEditor, "the active part is " + del.getElementId());
        return (KundEditor) del.getObject();
    }

    /** A control of the active editor: every open editor has the same data keys. */
    private static <T extends Control> T iEditorn(Class<T> typ, String nyckel) {
        return WB.findControl((Composite) aktivDel().getWidget(), typ, nyckel);
    }

    private static Text falt(String attribut) {
        Text t = iEditorn(Text.class, Kundformular.PREFIX + attribut);
        assertNotNull(t, "no field " + attribut);
        return t;
    }

    /** Types into a field and confirms with Enter, as the user does. */
    private static void skriv(String attribut, String text) {
        Text t = falt(attribut);
        t.setFocus();
        WB.spin();
        t.setText(text);
        t.notifyListeners(SWT.DefaultSelection, new Event());
        WB.spin();
    }

    private static void kommando(String id) {
        WB.executeCommand(id, Map.of());
    }

    @Test
    @Order(1)
    void dubbelklickIKundlistanOpprarEditornMedKundensBeslut() throws Exception {
        WB.activatePart(KunderPart.ID);
        NatTable tabell = WB.findControl(NatTable.class, KunderPart.TABELL);
        WB.spinUntil("kunder in the list", () -> data.anna().getNamn().equals(tabell.getDataValueByPosition(3, 2)), VANTETID);
        Rectangle cell = tabell.getCellByPosition(3, 2).getBounds();
        for (int typ : new int[] {SWT.MouseDown, SWT.MouseUp, SWT.MouseDoubleClick}) {
            Event e = new Event();
            e.x = cell.x + cell.width / 2;
            e.y = cell.y + cell.height / 2;
            e.button = 1;
            e.count = typ == SWT.MouseDoubleClick ? 2 : 1;
            tabell.notifyListeners(typ, e);
        }
        WB.spin();
        WB.spinUntil("the editor shows Anna", () -> aktivDel().getObject() instanceof KundEditor k && k.kund() != null, VANTETID);
        assertEquals(data.anna().getNamn(), aktivDel().getLabel());
        assertEquals("Anna Berg", falt("namn").getText());
        assertFalse(aktivDel().isDirty());
        Table beslut = iEditorn(Table.class, Beslutslista.BESLUT);
        List<String> handelser = new ArrayList<>();
        for (TableItem rad : beslut.getItems()) {
            handelser.add(rad.getText(2) + " | " + rad.getText(4));
        }
        assertTrue(handelser.stream().anyMatch(h -> h.startsWith("Undantag: Arbetsf\u00f6rm\u00e5ga 100 %") && h.contains(Editordata.UNDANTAG)), handelser.toString());
        assertTrue(handelser.stream().anyMatch(h -> h.startsWith("Beviljande, 3 m\u00e5n")), handelser.toString());
        Table logg = iEditorn(Table.class, Beslutslista.GRANSKNING);
        assertEquals("Insats beviljad", logg.getItem(0).getText(2));
        assertTrue(logg.getItem(0).getText(4).startsWith("Beviljande 3 månader, beslutat"), logg.getItem(0).getText(4));
        iEditorn(CTabFolder.class, Editorvy.FLIKAR).setSelection(1);
        WB.spin();
        WB.screenshot("kund");
        Synkontroll.kontrollera(WB, "the Kund editor's Beslut tab");
        kommando(KunderPart.OPPNA_KUND);
        assertEquals(1, WB.window().getContext().get(EPartService.class).getParts().stream()
                .filter(p -> p.getTags().contains(Kundeditorer.tagg(data.anna().getId()))).count(), "one editor per kund");
    }

    @Test
    @Order(2)
    void varjeAndringArEttKommandoSomKanAngrasOchGorasOm() throws IOException {
        skriv("namn", "Anna Berg-Lind");
        assertTrue(aktivDel().isDirty());
        assertEquals("Anna Berg-Lind", editor().kund().getNamn());
        assertEquals("Anna Berg-Lind", aktivDel().getLabel());
        WB.clickMenu("Redigera", "\u00c5ngra");
        WB.spinUntil("undone", () -> !aktivDel().isDirty(), VANTETID);
        assertEquals("Anna Berg", editor().kund().getNamn());
        assertEquals("Anna Berg", falt("namn").getText());
        kommando("se.kundval.kund.ui.command.gorOm");
        WB.spinUntil("redone", () -> aktivDel().isDirty(), VANTETID);
        assertEquals("Anna Berg-Lind", falt("namn").getText());
        kommando("se.kundval.kund.ui.command.spara");
        WB.spinUntil("saved", () -> !aktivDel().isDirty(), VANTETID);
        assertEquals("Anna Berg-Lind", kunder().hamta(Testfall.ADMIN, data.anna().getId()).getNamn());
        visasIHistoriken();
        skriv("kommun", falt("kommun").getText());
        skriv("arbetsformaga", falt("arbetsformaga").getText());
        WB.spin();
        assertFalse(aktivDel().isDirty(), "confirming a field unchanged is no edit");
    }

    /**
     * The save just made, in the Historik tab as a person reads it (DOMAIN §12): who, when, the
     * field's Swedish name and before → after, newest first, the rows inside the table's visible area;
     * the kund's registration below it.
     */
    private static void visasIHistoriken() throws IOException {
        CTabFolder flikar = iEditorn(CTabFolder.class, Editorvy.FLIKAR);
        assertEquals("Historik", flikar.getItem(3).getText());
        flikar.setSelection(3);
        WB.spin();
        Table historik = iEditorn(Table.class, Kundhistorik.TABELL);
        WB.spinUntil("the change in the history", () -> historik.getItemCount() > 0
                && historik.getItem(0).getText(3).equals("Namn") && historik.getItem(0).getText(5).equals("Anna Berg-Lind"), VANTETID);
        assertEquals(List.of("Tidpunkt", "Av", "Händelse i granskningsloggen", "Fält", "Före", "Efter"),
                Arrays.stream(historik.getColumns()).map(TableColumn::getText).toList());
        assertEquals(List.of("2026-11-18 10:00", "uitest", "Kunduppgifter ändrade", "Namn", "Anna Berg", "Anna Berg-Lind"),
                IntStream.range(0, 6).mapToObj(historik.getItem(0)::getText).toList());
        assertTrue(Arrays.stream(historik.getItems()).anyMatch(r -> r.getText(2).equals("Kund registrerad") && r.getText(3).equals("Kön")
                && r.getText(5).equals("Kvinna")), "the registration, with the code in words");
        assertTrue(historik.isVisible());
        Rectangle rad = historik.getItem(0).getBounds();
        Rectangle yta = historik.getClientArea();
        assertTrue(rad.height > 0 && rad.y >= 0 && rad.y + rad.height <= yta.height && yta.width > 0, rad + " in " + yta);
        WB.screenshot("kund-historik");
        flikar.setSelection(0);
        WB.spin();
    }

    @Test
    @Order(3)
    void felVisasVidFaltetOchIListanOchHindrarSparande() {
        String giltigt = editor().kund().getPersonnummer();
        String felSiffra = giltigt.substring(0, 11) + ((giltigt.charAt(11) - '0' + 1) % 10);
        skriv("personnummer", felSiffra.substring(0, 8) + "-" + felSiffra.substring(8));
        skriv("arbetsformaga", "m\u00e5nga");
        WB.spinUntil("problems shown", () -> editor().vy().problem().markering(Literals.KUND__PERSONNUMMER) != null, VANTETID);
        assertEquals("Personnummer '" + felSiffra + "' har fel kontrollsiffra.", editor().vy().problem().markering(Literals.KUND__PERSONNUMMER));
        assertTrue(editor().vy().problem().markering(Literals.KUND__ARBETSFORMAGA).startsWith("Arbetsf\u00f6rm\u00e5ga ska vara ett heltal"));
        Table problem = iEditorn(Table.class, Problemvisning.TABELL);
        assertEquals(2, problem.getItemCount());
        WB.closedDialogs();
        kommando("se.kundval.kund.ui.command.spara");
        List<String> dialoger = WB.closedDialogs();
        assertEquals(1, dialoger.size(), dialoger.toString());
        assertTrue(dialoger.get(0).startsWith("Kunden kan inte sparas"), dialoger.get(0));
        assertTrue(aktivDel().isDirty());
        assertEquals(giltigt, kunder().hamta(Testfall.ADMIN, data.anna().getId()).getPersonnummer());
        skriv("arbetsformaga", "75");
        skriv("personnummer", giltigt);
        WB.spinUntil("no problems", () -> problem.getItemCount() == 0, VANTETID);
        assertNull(editor().vy().problem().markering(Literals.KUND__PERSONNUMMER));
        String formaterat = giltigt.substring(0, 8) + "-" + giltigt.substring(8);
        WB.spinUntil("shown as written", () -> formaterat.equals(falt("personnummer").getText()), VANTETID);
        kommando("se.kundval.kund.ui.command.spara");
        WB.spinUntil("saved", () -> !aktivDel().isDirty(), VANTETID);
    }

    @Test
    @Order(4)
    void sparKonfliktBehallerMinaAndringarOchTarDerasIOvrigaFalt() {
        skriv("namn", "Anna Lind");
        Kund annan = kunder().hamta(Testfall.ADMIN, data.anna().getId());
        annan.setKommun("Huddinge");
        kunder().spara(Testfall.ADMIN, annan);
        AtomicReference<List<String>> visat = new AtomicReference<>();
        AtomicReference<Throwable> fel = new AtomicReference<>();
        WB.answerNextDialog(skal -> svara(skal, Konfliktdialog.KNAPP_BEHALL, visat, fel));
        kommando("se.kundval.kund.ui.command.spara");
        WB.spinUntil("the conflict dialog answered", () -> !WB.dialogAnswerPending(), VANTETID);
        assertNull(fel.get());
        assertTrue(visat.get().contains("Namn | Anna Lind | Anna Berg-Lind"), visat.get().toString());
        assertTrue(visat.get().contains("Folkbokf\u00f6ringskommun | Nacka | Huddinge"), visat.get().toString());
        WB.spinUntil("theirs taken", () -> "Huddinge".equals(falt("kommun").getText()), VANTETID);
        assertEquals("Anna Lind", editor().kund().getNamn());
        assertTrue(aktivDel().isDirty(), "my change is still to be saved");
        kommando("se.kundval.kund.ui.command.spara");
        WB.spinUntil("saved", () -> !aktivDel().isDirty(), VANTETID);
        Kund sparad = kunder().hamta(Testfall.ADMIN, data.anna().getId());
        assertEquals("Anna Lind", sparad.getNamn());
        assertEquals("Huddinge", sparad.getKommun());
    }

    @Test
    @Order(5)
    void sparKonfliktKanLaddaOmDenAndrasVersion() {
        skriv("sprak", "finska");
        Kund annan = kunder().hamta(Testfall.ADMIN, data.anna().getId());
        annan.setSprak("arabiska");
        kunder().spara(Testfall.ADMIN, annan);
        AtomicReference<List<String>> visat = new AtomicReference<>();
        AtomicReference<Throwable> fel = new AtomicReference<>();
        WB.answerNextDialog(skal -> svara(skal, Konfliktdialog.KNAPP_LADDA_OM, visat, fel));
        kommando("se.kundval.kund.ui.command.spara");
        WB.spinUntil("the conflict dialog answered", () -> !WB.dialogAnswerPending(), VANTETID);
        assertNull(fel.get());
        assertEquals(List.of("Spr\u00e5k | finska | arabiska"), visat.get());
        WB.spinUntil("theirs shown", () -> "arabiska".equals(falt("sprak").getText()), VANTETID);
        assertFalse(aktivDel().isDirty());
        assertEquals("arabiska", kunder().hamta(Testfall.ADMIN, data.anna().getId()).getSprak());
    }

    @Test
    @Order(6)
    void nyKundFarEttKundIdOchSparas() {
        kommando("se.kundval.kund.ui.command.nyKund");
        WB.spinUntil("a new kund", () -> aktivDel().getObject() instanceof KundEditor k && k.kund() != null, VANTETID);
        String kundId = editor().kund().getKundId();
        assertTrue(kundId.startsWith("K"), kundId);
        assertEquals("Ny kund", aktivDel().getLabel());
        skriv("namn", "Cecilia Nyberg");
        skriv("personnummer", data.personnummer(LocalDate.of(1992, 8, 1)));
        skriv("kommun", "Nacka");
        assertEquals("1992-08-01", iEditorn(Label.class, Kundformular.PREFIX + "fodelsedatum").getText());
        Synkontroll.kontrollera(WB, "a new kund's name and personnummer typed");
        kommando("se.kundval.kund.ui.command.spara");
        WB.spinUntil("saved", () -> !aktivDel().isDirty(), VANTETID);
        Kund sparad = kunder().hamtaMedKundId(Testfall.ADMIN, kundId).orElseThrow();
        assertEquals("Cecilia Nyberg", sparad.getNamn());
        assertTrue(aktivDel().getTags().contains(Kundeditorer.tagg(sparad.getId())));
        assertEquals(sparad.getId().toString(), aktivDel().getPersistedState().get(KundEditor.KUND_ID));
    }

    @Test
    @Order(7)
    void fraganInnanEnAndradKundStangsArPaSvenska() {
        skriv("sprak", "somaliska");
        MPart del = aktivDel();
        String kundId = editor().kund().getKundId();
        AtomicReference<String> rubrik = new AtomicReference<>();
        WB.answerNextDialog(skal -> {
            rubrik.set(skal.getText());
            Button spara = knapp(skal, "Spara");
            if (spara != null) {
                spara.notifyListeners(SWT.Selection, new Event());
            }
            if (!skal.isDisposed()) {
                skal.close();
            }
        });
        assertTrue(WB.window().getContext().get(EPartService.class).savePart(del, true));
        assertEquals("Spara \u00e4ndringar", rubrik.get());
        assertFalse(del.isDirty());
        assertEquals("somaliska", kunder().hamtaMedKundId(Testfall.ADMIN, kundId).orElseThrow().getSprak());
    }

    /** The button with the text (the message dialog's buttons carry no data key), or null. */
    private static Button knapp(Composite yta, String text) {
        for (Control c : yta.getChildren()) {
            if (c instanceof Button b && text.equals(b.getText())) {
                return b;
            }
            if (c instanceof Composite inre && knapp(inre, text) != null) {
                return knapp(inre, text);
            }
        }
        return null;
    }

    /** Reads the conflict dialog's rows ("field | mine | theirs") and presses one of its buttons. */
    private static void svara(Shell skal, String knapp, AtomicReference<List<String>> visat, AtomicReference<Throwable> fel) {
        try {
            Table tabell = WB.findControl(skal, Table.class, Konfliktdialog.TABELL);
            List<String> rader = new ArrayList<>();
            for (TableItem rad : tabell.getItems()) {
                rader.add(rad.getText(0) + " | " + rad.getText(1) + " | " + rad.getText(2));
            }
            visat.set(rader);
            WB.findControl(skal, Button.class, knapp).notifyListeners(SWT.Selection, new Event());
        } catch (Throwable t) {
            fel.set(t);
            skal.close();
        }
    }
}
