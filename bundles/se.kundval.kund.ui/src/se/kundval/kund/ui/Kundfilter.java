package se.kundval.kund.ui;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.filterrow.IFilterStrategy;

import se.kundval.core.tjanst.Kundkolumn;
import se.kundval.model.Kund;

/**
 * Sends what the user typed in the filter row to the service, which filters all kunder in the
 * database (case-insensitive "contains" per column); the table never holds all rows to filter them.
 */
final class Kundfilter implements IFilterStrategy<Kund> {

    private final Kundlista lista;

    Kundfilter(Kundlista lista) {
        this.lista = lista;
    }

    @Override
    public void applyFilter(Map<Integer, Object> filterPerKolumn) {
        Map<Kundkolumn, String> filter = new EnumMap<>(Kundkolumn.class);
        filterPerKolumn.forEach((index, varde) -> {
            if (varde != null && !varde.toString().isBlank()) {
                Listkolumn kolumn = Listkolumn.vid(index);
                filter.put(kolumn.tjanstekolumn(), kolumn.filtertext(varde.toString()));
            }
        });
        lista.filtrera(filter);
    }
}
