package se.kundval.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Shape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jfree.chart.entity.CategoryLabelEntity;
import org.junit.jupiter.api.Test;

import se.kundval.export.Diagramfarger;

/**
 * The avslutsorsaker chart as the quality report shows it (issue 10, item 8): with fourteen causes,
 * several of them two lines long, no two names on the axis overlap at the height the Diagram tab
 * gives the chart. At the tab's old fixed height they did.
 */
class DiagramhojdTest {

    private static final int BREDD = 420;
    private static final int FAST_HOJD = 320;

    private static final List<String> ORSAKER = List.of("Insatstiden slut", "Arbete", "Studier", "Sjukdom eller missbruk",
            "Annan insats, Arbetsf\u00f6rmedlingen", "Stegf\u00f6rflyttning", "Flyttat", "Byte av anordnare",
            "Annan insats, kommunen", "F\u00f6r\u00e4ldraledig", "Arbetsf\u00f6rmedlingen", "\u00d6vrigt", "Eget f\u00f6retag",
            "Annan insats, samordningsf\u00f6rbundet");

    private static Diagramdata avslutsorsaker() {
        List<Diagramdata.Stapel> staplar = IntStream.range(0, ORSAKER.size())
                .mapToObj(i -> new Diagramdata.Stapel(ORSAKER.get(i), BigDecimal.valueOf(90 - 6 * i), 90 - 6 * i, false, null)).toList();
        return new Diagramdata("Avslutsorsaker (243 avslut)", Diagramdata.Skala.ANTAL, null, true, staplar);
    }

    @Test
    void namnenPaAxelnOverlapparInteVidDiagramfliketsHojd() {
        Diagramdata data = avslutsorsaker();
        int hojd = Diagramhojd.av(data, 360, FAST_HOJD);
        List<String> krockar = krockar(data, hojd);
        assertTrue(krockar.isEmpty(), "at " + hojd + " points the names overlap: " + krockar);
    }

    @Test
    void vidDenGamlaFastaHojdenOverlappadeDe() {
        assertFalse(krockar(avslutsorsaker(), FAST_HOJD).isEmpty(), "the check sees the overlap a person saw");
    }

    @Test
    void ettStaendeDiagramBehallerSinHojd() {
        Diagramdata staende = new Diagramdata("Andel lyckade per insatstyp", Diagramdata.Skala.ANDEL, null, false,
                List.of(new Diagramdata.Stapel("AMI niv\u00e5 1", BigDecimal.ONE, 3, false, null)));
        assertTrue(Diagramhojd.av(staende, 360, FAST_HOJD) == FAST_HOJD);
    }

    /** The pairs of category names whose drawn text blocks overlap. */
    private static List<String> krockar(Diagramdata data, int hojd) {
        Diagramritare.Ritning ritning = Diagramritare.rita(data, BREDD, hojd, Diagramfarger.PAPPER);
        List<CategoryLabelEntity> namn = new ArrayList<>();
        for (Object e : ritning.info().getEntityCollection().getEntities()) {
            if (e instanceof CategoryLabelEntity etikett) {
                namn.add(etikett);
            }
        }
        assertTrue(namn.size() == ORSAKER.size() || data.staplar().size() == 1, "every name is drawn: " + namn.size());
        List<String> krockar = new ArrayList<>();
        for (int i = 0; i < namn.size(); i++) {
            for (int j = i + 1; j < namn.size(); j++) {
                Shape a = namn.get(i).getArea();
                if (a.intersects(namn.get(j).getArea().getBounds2D())) {
                    krockar.add(namn.get(i).getKey() + " / " + namn.get(j).getKey());
                }
            }
        }
        return krockar;
    }
}
