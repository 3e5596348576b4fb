package se.kundval.anordnare.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
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

import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.AnvandareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.model.Anordnare;
import se.kundval.model.Anvandare;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.model.regler.Luhn;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;
import se.kundval.ui.testsupport.Delbilder;
import se.kundval.ui.testsupport.Synkontroll;
import se.kundval.ui.testsupport.Dialoginnehall;
import se.kundval.ui.testsupport.WorkbenchExtension;

/**
 * The anordnare register in the real workbench, as an administratör: the avauktorisation flag, the
 * editor refusing a bad organisationsnummer with the validator's message at the field, saving a good
 * one with an auktorisation, and a save that someone else's save overtook.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnordnarregisterUiTest {

    private static final Duration VANTETID = Duration.ofSeconds(30);
    private static final String LOSENORD = "Register-2026";
    /** How AMI1 reads to a person (the plugin's name for it). */
    private static final String AMI1_NAMN = "AMI nivå 1";
    private static final String NYTT_ORGNR;
    /** The same number with a wrong check digit. */
    private static final String FEL_ORGNR;

    static {
        String utan = "556677889";
        int kontroll = Luhn.kontrollsiffra(utan);
        NYTT_ORGNR = utan + kontroll;
        FEL_ORGNR = utan + (kontroll + 1) % 10;
    }

    @RegisterExtension
    static final WorkbenchExtension WB = WorkbenchExtension.forApplication("se.kundval.app/Application.e4xmi")
            .beforeStart(AnordnarregisterUiTest::data).loggaIn("admin", LOSENORD);

    /** After every step: what a person sees is whole (issue 10), and each part is kept as a screenshot in both themes. */
    @AfterEach
    void synligt(TestInfo steg) throws IOException {
        String namn = steg.getTestMethod().map(Method::getName).orElse("steg");
        Synkontroll.kontrollera(WB, namn);
        Delbilder.spara(WB, "anordnare-" + namn);
    }

    /** Two anordnare authorised for AMI1 since 2024: one with an insats started two months ago, one without any. */
    private static void data() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence");
        Tjanster.hamta(Databas.class).anslut(Testdatabas.H2.ny());
        Testfall fall = new Testfall();
        fall.anordnare("Gamla Vägen AB", "AMI1");
        Anordnare aktiv = fall.anordnare("Aktiva Steget AB", "AMI1");
        fall.insats(fall.kund("Kim Kund", Testklocka.IDAG.minusYears(30)), aktiv, "AMI1", Testklocka.IDAG.minusMonths(2));
        Anvandare admin = KundvalFactory.eINSTANCE.createAnvandare();
        admin.setAnvandarnamn("admin");
        admin.setNamn("Alva Administratör");
        admin.setRoll(Roll.ADMINISTRATOR);
        admin.setAktiv(true);
        Tjanster.hamta(AnvandareService.class).spara(Testfall.ADMIN, admin, LOSENORD.toCharArray());
    }

    private static Table register() {
        return WB.findControl(Table.class, AnordnarregisterPart.TABELL);
    }

    private static TableItem rad(String namn) {
        for (TableItem rad : register().getItems()) {
            if (rad.getText(0).equals(namn)) {
                return rad;
            }
        }
        throw new AssertionError("no row " + namn);
    }

    private static String text(String id) {
        return WB.findControl(Label.class, id).getText();
    }

    private static void skriv(String id, String text) {
        WorkbenchExtension.type(WB.findControl(Text.class, id), text);
        WB.spin();
    }

    private static Optional<Anordnare> sparad(String orgnr) {
        return Tjanster.hamta(AnordnareService.class).hamtaMedOrgnr(Testfall.ADMIN, orgnr);
    }

    private static boolean andrad() {
        MPart del = WB.window().getContext().get(EPartService.class).findPart(AnordnarePart.ID);
        return del.isDirty();
    }

    @Test
    @Order(1)
    void registretFlaggarAnordnareUtanInsatsPaTolvManader() {
        WB.spinUntil("the register read", () -> register().getItemCount() == 2, VANTETID);
        assertEquals("2 anordnare, 1 föreslås för avauktorisation", text(AnordnarregisterPart.ANTAL));
        assertEquals("Föreslås: ingen insats på 12 månader", rad("Gamla Vägen AB").getText(4));
        assertEquals("Ingen insats", rad("Gamla Vägen AB").getText(3));
        assertEquals("", rad("Aktiva Steget AB").getText(4));
        assertEquals(Testklocka.IDAG.minusMonths(2).toString(), rad("Aktiva Steget AB").getText(3));
        // issue 10: the type by its name, as the rest of the workbench shows it, never its code
        assertEquals(AMI1_NAMN, rad("Aktiva Steget AB").getText(2));
        // issue 10: fixed widths cut "Organisationsnummer" and the list of types at 1 600 points
        GC gc = new GC(register());
        try {
            for (int k = 0; k < register().getColumnCount(); k++) {
                int bredd = register().getColumn(k).getWidth();
                assertTrue(gc.textExtent(register().getColumn(k).getText()).x + 4 <= bredd, register().getColumn(k).getText());
                for (TableItem r : register().getItems()) {
                    assertTrue(gc.textExtent(r.getText(k)).x + 4 <= bredd, r.getText(k));
                }
            }
        } finally {
            gc.dispose();
        }
    }

    @Test
    @Order(2)
    void felKontrollsiffraVisasVidFaltetOchSparasInte() throws Exception {
        WorkbenchExtension.click(WB.findControl(Button.class, AnordnarregisterPart.NY));
        WB.spin();
        assertEquals("Ny anordnare", text(AnordnarePart.RUBRIK));
        skriv(Anordnarformular.NAMN, "Nya Steg AB");
        skriv(Anordnarformular.ORGNR, FEL_ORGNR);
        String fel = "Organisationsnummer '" + FEL_ORGNR + "' har fel kontrollsiffra.";
        assertEquals(fel, text(Anordnarformular.ORGNR + Anordnarformular.FEL));
        assertTrue(andrad());
        WorkbenchExtension.click(WB.findControl(Button.class, AnordnarePart.SPARA));
        WB.spin();
        assertEquals(fel, text(Anordnarformular.ORGNR + Anordnarformular.FEL), "the service's refusal lands at the field");
        // what a person sees: the message in red, on screen, with room for its text
        Label felrad = WB.findControl(Label.class, Anordnarformular.ORGNR + Anordnarformular.FEL);
        RGB farg = felrad.getForeground().getRGB();
        assertTrue(farg.red > 150 && farg.green < 100 && farg.blue < 100, "red, not plain text: " + farg);
        assertTrue(felrad.isVisible() && felrad.getSize().y >= felrad.computeSize(felrad.getSize().x, SWT.DEFAULT).y
                && felrad.getSize().y > 0, "the message has room: " + felrad.getSize());
        assertTrue(sparad(FEL_ORGNR).isEmpty());
        assertTrue(andrad(), "still unsaved");
        WB.screenshot("anordnare-felaktigt-orgnr");
    }

    @Test
    @Order(3)
    void giltigtOrgnrOchAuktorisationSparas() {
        skriv(Anordnarformular.ORGNR, NYTT_ORGNR);
        assertEquals("", text(Anordnarformular.ORGNR + Anordnarformular.FEL));
        WB.answerDialog(AuktorisationDialog.DIALOG, dialog -> {
            Combo typ = WorkbenchExtension.required(dialog, Combo.class, AuktorisationDialog.TYP);
            assertTrue(List.of(typ.getItems()).stream().noneMatch(t -> t.contains("AMI1")), "no code among the choices");
            typ.select(List.of(typ.getItems()).indexOf(AMI1_NAMN));
            WorkbenchExtension.click(WorkbenchExtension.required(dialog, Button.class, AuktorisationDialog.OK_KNAPP));
        });
        WorkbenchExtension.click(WB.findControl(Button.class, Auktorisationstabell.LAGG_TILL));
        WB.assertDialogsAnswered();
        Table auktorisationer = WB.findControl(Table.class, Auktorisationstabell.TABELL);
        assertEquals(1, auktorisationer.getItemCount());
        assertEquals(AMI1_NAMN, auktorisationer.getItem(0).getText(0), "the authorisation names its type, not its code");
        WorkbenchExtension.click(WB.findControl(Button.class, AnordnarePart.SPARA));
        WB.spin();
        Anordnare ny = sparad(NYTT_ORGNR).orElseThrow();
        assertEquals("Nya Steg AB", ny.getNamn());
        assertEquals(1, ny.getAuktorisationer().size());
        assertEquals("AMI1", ny.getAuktorisationer().get(0).getInsatstyp().getKod());
        assertEquals(Testklocka.IDAG, ny.getAuktorisationer().get(0).getFran());
        assertFalse(andrad());
        assertEquals("Anordnare: Nya Steg AB", text(AnordnarePart.RUBRIK));
        WB.spinUntil("the register shows the new anordnare", () -> register().getItemCount() == 3, VANTETID);
    }

    @Test
    @Order(4)
    void enAnnansSparningSagsTydligt() {
        skriv(Anordnarformular.NAMN, "Nya Steg i Nacka AB");
        Anordnare annan = sparad(NYTT_ORGNR).orElseThrow();
        annan.setNamn("Nya Steg Sverige AB");
        Tjanster.hamta(AnordnareService.class).spara(Testfall.ADMIN, annan);
        List<String> sagt = new ArrayList<>();
        WB.answerDialog(AnordnarePart.KONFLIKT, dialog -> {
            sagt.add(Dialoginnehall.text(dialog));
            Dialoginnehall.knapp(dialog, "Fortsätt redigera");
        });
        WorkbenchExtension.click(WB.findControl(Button.class, AnordnarePart.SPARA));
        WB.assertDialogsAnswered();
        assertTrue(sagt.get(0).contains("har ändrats av någon annan"), sagt.toString());
        assertTrue(andrad(), "the user's change is kept");
        assertEquals("Nya Steg Sverige AB", sparad(NYTT_ORGNR).orElseThrow().getNamn());
        WB.answerDialog(AnordnarePart.KONFLIKT, dialog -> Dialoginnehall.knapp(dialog, "Läs in igen"));
        WorkbenchExtension.click(WB.findControl(Button.class, AnordnarePart.SPARA));
        WB.assertDialogsAnswered();
        WB.spinUntil("the other save read", () -> "Nya Steg Sverige AB".equals(WB.findControl(Text.class, Anordnarformular.NAMN).getText()),
                VANTETID);
        assertFalse(andrad());
    }
}
