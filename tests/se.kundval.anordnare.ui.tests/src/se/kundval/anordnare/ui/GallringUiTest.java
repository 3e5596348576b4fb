package se.kundval.anordnare.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Anvandare;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.testsupport.Dialoginnehall;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * The administratör's gallring in the real workbench: a dry run that says what would go and lists
 * the open case, the Gallra button only for the day looked at, the confirmation naming the count,
 * and the kept gallringsrapport afterwards; the akter are gone from the register.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GallringUiTest {

    private static final Duration VANTETID = Duration.ofSeconds(30);
    private static final String LOSENORD = "Gallring-2026";
    private static final LocalDate PER = LocalDate.of(2026, 6, 15);

    @RegisterExtension
    static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi")
            .beforeStart(GallringUiTest::data).loggaIn("admin", LOSENORD);

    /** Two akter ended in 2015 (due), one from 2024 (kept), one open since 2014 (kept and listed). */
    private static void data() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        Insatstyp ami1 = Tjanster.hamta(ReferensdataService.class).insatstyp("AMI1").orElseThrow();
        Anordnare ut = Insatsbyggare.anordnare("5560360793", "Vägen Vidare AB", List.of(ami1));
        ut.getAuktorisationer().get(0).setFran(LocalDate.of(2010, 1, 1));
        Anordnare a = Tjanster.hamta(AnordnareService.class).spara(Testfall.ADMIN, ut);
        akt("K-1", "198503121231", a, ami1, LocalDate.of(2015, 3, 1), true);
        akt("K-2", "197903121239", a, ami1, LocalDate.of(2015, 5, 1), true);
        akt("K-3", "199003121234", a, ami1, LocalDate.of(2024, 3, 1), true);
        akt("K-4", "197001081236", a, ami1, LocalDate.of(2014, 3, 3), false);
        Anvandare admin = KundvalFactory.eINSTANCE.createAnvandare();
        admin.setAnvandarnamn("admin");
        admin.setNamn("Alva Administratör");
        admin.setRoll(Roll.ADMINISTRATOR);
        admin.setAktiv(true);
        Tjanster.hamta(AnvandareService.class).spara(Testfall.ADMIN, admin, LOSENORD.toCharArray());
    }

    private static void akt(String kundId, String personnummer, Anordnare a, Insatstyp typ, LocalDate start, boolean avslutad) {
        LocalDate sista = avslutad ? start.plusMonths(2) : start;
        // saved on the day of the akt's last entry, so that whatever a save records carries that day
        try (var klocka = Testklocka.stall(sista.atTime(12, 0))) {
            Kund kund = Tjanster.hamta(KundService.class).spara(Testfall.ADMIN, Insatsbyggare.kund(kundId, personnummer));
            Insatsbyggare b = Insatsbyggare.insats("I-" + kundId, kund, a, typ, start, 3);
            if (avslutad) {
                b.avslut(sista, Avslutsorsak.INSATSTID_SLUT, null, null).bedomd(false, false);
            }
            Tjanster.hamta(InsatsService.class).spara(Testfall.HANDLAGGARE, b.bygg());
        }
    }

    private static Label resultat() {
        return WB.findControl(Label.class, GallringPart.RESULTAT);
    }

    private static void valjDag(LocalDate dag) {
        DateTime falt = WB.findControl(DateTime.class, GallringPart.DAG);
        falt.setDate(dag.getYear(), dag.getMonthValue() - 1, dag.getDayOfMonth());
        falt.notifyListeners(SWT.Selection, null);
        WB.spin();
    }

    /** What a person sees of a label: all of its text inside its own area. */
    private static void helaTexten(Label l) {
        Point behov = l.computeSize(l.getSize().x, SWT.DEFAULT);
        assertTrue(l.isVisible() && l.getSize().x > 0 && behov.y <= l.getSize().y,
                "the text is cut: needs " + behov + ", has " + l.getSize() + ": " + l.getText());
    }

    @Test
    @Order(1)
    void torrkorningenVisarVadSomSkulleGallras() throws Exception {
        WB.activatePart(GallringPart.ID);
        valjDag(PER);
        Button gallra = WB.findControl(Button.class, GallringPart.GALLRA);
        assertFalse(gallra.isEnabled(), "nothing to gallra before a dry run");
        WorkbenchExtension.click(WB.findControl(Button.class, GallringPart.PROVKOR));
        WB.spinUntil("the dry run shown", () -> resultat().getText().startsWith("Torrkörning per 2026-06-15, ingenting är ändrat"),
                VANTETID);
        assertTrue(resultat().getText().contains("2 personakter skulle gallras (2015: 2)"), resultat().getText());
        assertTrue(resultat().getText().contains("1 öppna ärenden hindrar gallring"), resultat().getText());
        helaTexten(resultat());
        Table oppna = WB.findControl(Table.class, Gallringstabeller.OPPNA);
        assertEquals(1, oppna.getItemCount());
        assertEquals("I-K-4", oppna.getItem(0).getText(0));
        assertEquals("AMI nivå 1", oppna.getItem(0).getText(1), "the type by its name, not its code");
        assertEquals("2014-03-03", oppna.getItem(0).getText(3));
        assertTrue(oppna.getItem(0).getBounds().y + oppna.getItem(0).getBounds().height <= oppna.getClientArea().height,
                "the open case's row inside the table's visible area");
        assertTrue(gallra.isEnabled());
        assertTrue(Tjanster.hamta(KundService.class).hamtaMedKundId(Testfall.ADMIN, "K-1").isPresent(), "a dry run changes nothing");
        WB.screenshot("gallring-torrkorning");
        valjDag(PER.plusDays(1));
        assertFalse(gallra.isEnabled(), "another day than the one looked at cannot be gallrad");
        valjDag(PER);
        WorkbenchExtension.click(WB.findControl(Button.class, GallringPart.PROVKOR));
        WB.spinUntil("the dry run again", () -> gallra.isEnabled(), VANTETID);
    }

    @Test
    @Order(2)
    void gallringenBekraftasOchRapportenSparas() throws Exception {
        List<String> fraga = new ArrayList<>();
        WB.answerDialog(GallringPart.BEKRAFTA, dialog -> {
            fraga.add(Dialoginnehall.text(dialog));
            Dialoginnehall.knapp(dialog, "Gallra");
        });
        WorkbenchExtension.click(WB.findControl(Button.class, GallringPart.GALLRA));
        WB.assertDialogsAnswered();
        assertTrue(fraga.get(0).contains("Gallra 2 personakter per 2026-06-15?"), fraga.toString());
        WB.spinUntil("the gallring done", () -> resultat().getText().startsWith("Gallringen per 2026-06-15 är utförd"), VANTETID);
        helaTexten(resultat());
        Table rapporter = WB.findControl(Table.class, Gallringstabeller.RAPPORTER);
        WB.spinUntil("the kept report listed", () -> rapporter.getItemCount() == 1, VANTETID);
        assertEquals("2026-06-15", rapporter.getItem(0).getText(0));
        assertEquals("admin", rapporter.getItem(0).getText(2));
        assertEquals("2", rapporter.getItem(0).getText(3));
        assertEquals("1", rapporter.getItem(0).getText(6));
        assertFalse(WB.findControl(Button.class, GallringPart.GALLRA).isEnabled(), "a second gallring needs a new dry run");
        KundService kunder = Tjanster.hamta(KundService.class);
        assertTrue(kunder.hamtaMedKundId(Testfall.ADMIN, "K-1").isEmpty());
        assertTrue(kunder.hamtaMedKundId(Testfall.ADMIN, "K-2").isEmpty());
        assertTrue(kunder.hamtaMedKundId(Testfall.ADMIN, "K-3").isPresent());
        assertTrue(kunder.hamtaMedKundId(Testfall.ADMIN, "K-4").isPresent());
        WB.screenshot("gallring-utford");
    }
}
