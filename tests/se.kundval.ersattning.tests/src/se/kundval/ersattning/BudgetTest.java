package se.kundval.ersattning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.ersattning.BudgetService;
import se.kundval.core.ersattning.Budgetpost;
import se.kundval.core.ersattning.Budgetprognos;
import se.kundval.core.ersattning.Planfel;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/** Budget prognos against the 2024 budget table of the redesign (NAF-2023-00285, "Budget 2024"). */
class BudgetTest {

    @TempDir
    Path mapp;

    private Budgetprognos prognos(String... rader) throws IOException {
        Testmiljo.ny(Testdatabas.H2);
        Path plan = Files.writeString(mapp.resolve("plan.csv"), String.join("\n", rader) + "\n", StandardCharsets.UTF_8);
        return Tjanster.hamta(BudgetService.class).prognos(Testmiljo.HANDLAGGARE, plan);
    }

    @Test
    void budgettabellen2024() throws IOException {
        Budgetprognos prognos = prognos("insatstyp;antal;ar;bonusgrundande",
                "AMI1;10;2024;8", "AMI2;60;2024;29,35", "ISA1;25;2024", "ISA2;10;2024", "FAI1;40;2024", "FAI2;30;2024");
        List<BigDecimal> summor = prognos.poster().stream().map(Budgetpost::summa).toList();
        assertEquals(List.of(
                // AMI1: 10 × 3 × 3 800 = 114 000 + 8 × 20 000 = 160 000
                new BigDecimal("274000.00"),
                // AMI2: 60 × 12 × 5 000 = 3 600 000 + 29.35 × 20 000 = 587 000
                new BigDecimal("4187000.00"),
                // ISA1: 25 × 9 × 6 200 = 225 months × 6 200
                new BigDecimal("1395000.00"),
                // ISA2: 10 × 12 × 6 200 = 120 months × 6 200
                new BigDecimal("744000.00"),
                // FAI1: 40 × 3 × 8 000 = 120 months × 8 000
                new BigDecimal("960000.00"),
                // FAI2: 30 × 6 × 8 000 = 180 months × 8 000
                new BigDecimal("1440000.00")), summor);
        assertEquals(List.of(30, 720, 225, 120, 120, 180), prognos.poster().stream().map(Budgetpost::manader).toList());
        // the table's total: 9 000 000
        assertEquals(new BigDecimal("9000000.00"), prognos.totalt());
    }

    @Test
    void utanRubrikOchUtanBonuskolumn() throws IOException {
        Budgetprognos prognos = prognos("ISA1;25;2024", "", "FAI2;30;2024");
        assertEquals(new BigDecimal("2835000.00"), prognos.totalt());
    }

    @Test
    void varjeFelaktigRadRapporterasMedFilOchRad() throws IOException {
        Planfel fel = assertThrows(Planfel.class, () -> prognos("insatstyp;antal;ar",
                "AMI1;tio;2024", "OKAND;1;2024", "ISA1;5;2024;2", "FAI1;4", "AMI2;-1;24", "JOBBPENG_GRUND;1;2025",
                "AMI2;2;2024;3", "FAI2;3;2024"));
        assertEquals(List.of(
                "plan.csv:2: antal 'tio' ska vara ett heltal, 0 eller större.",
                "plan.csv:5: raden ska ha 3 eller 4 fält (insatstyp;antal;ar;bonusgrundande), inte 2.",
                "plan.csv:6: antal '-1' ska vara ett heltal, 0 eller större.",
                "plan.csv:6: ar '24' ska vara ett årtal (2000–2100).",
                "plan.csv:8: bonusgrundande 3 kan inte vara fler än antal insatser 2."), fel.fel());
        Planfel typfel = assertThrows(Planfel.class, () -> prognos("OKAND;1;2024", "ISA1;5;2024;2", "JOBBPENG_GRUND;1;2025"));
        assertEquals(List.of(
                "plan.csv:1: okänd insatstyp OKAND.",
                "plan.csv:2: ISA1 har ingen resultatbonus år 2024; lämna bonusgrundande tomt.",
                "plan.csv:3: JOBBPENG_GRUND erbjuds inte år 2025."), typfel.fel());
    }

    @Test
    void utanRattighetenNekas() throws IOException {
        Testmiljo.ny(Testdatabas.H2);
        Path plan = Files.writeString(mapp.resolve("plan.csv"), "ISA1;1;2024\n", StandardCharsets.UTF_8);
        Inloggning anordnare = new Inloggning("a1", "Anordnare", Roll.ANORDNARE, Testmiljo.ORGNR);
        assertThrows(AtkomstNekadException.class, () -> Tjanster.hamta(BudgetService.class).prognos(anordnare, plan));
    }
}
