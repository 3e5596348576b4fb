package se.kundval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.junit.jupiter.api.Test;

/** One sort column at a time, for every NatTable list (Mina kunder, Kunder). */
class KolumnsorteringTest {

    @Test
    void ettKlickSorterarEnKolumnOchDenForraGlomsBort() {
        List<String> anrop = new ArrayList<>();
        int[] ritningar = {0};
        Kolumnsortering sortering = new Kolumnsortering((kolumn, fallande) -> anrop.add(kolumn + (fallande ? " fallande" : " stigande")),
                () -> ritningar[0]++);
        sortering.sort(2, SortDirectionEnum.ASC, false);
        sortering.sort(4, SortDirectionEnum.DESC, true);
        assertEquals(List.of(4), sortering.getSortedColumnIndexes(), "one column, even when NatTable asks to accumulate");
        assertEquals(SortDirectionEnum.NONE, sortering.getSortDirection(2));
        assertEquals(SortDirectionEnum.DESC, sortering.getSortDirection(4));
        sortering.sort(4, SortDirectionEnum.NONE, false);
        assertEquals(List.of(), sortering.getSortedColumnIndexes());
        assertEquals(List.of("2 stigande", "4 fallande", "null stigande"), anrop);
        assertEquals(3, ritningar[0], "the table repaints after each sort");
    }
}
