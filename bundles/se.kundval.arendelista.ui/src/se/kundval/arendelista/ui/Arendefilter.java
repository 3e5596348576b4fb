package se.kundval.arendelista.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.nebula.widgets.nattable.filterrow.IFilterStrategy;

import se.kundval.core.tjanst.Arenderad;

/**
 * The filter row of Mina kunder. Text columns keep the rows that contain what was typed (any case);
 * number and date columns also take a comparison, so "&lt;0" in Dagar kvar finds the insatser past
 * their end and "&gt;0" in Försenade the kunder with overdue deadlines.
 */
final class Arendefilter implements IFilterStrategy<Arenderad> {

    private static final Pattern JAMFORELSE = Pattern.compile("^(<=|>=|<|>|=)\\s*(.+)$"); //$NON-NLS-1$

    private final Arendelista lista;
    private final Runnable efter;

    /** @param efter what the table does once the rows are filtered (lay out and repaint) */
    Arendefilter(Arendelista lista, Runnable efter) {
        this.lista = lista;
        this.efter = efter;
    }

    @Override
    public void applyFilter(Map<Integer, Object> filterPerKolumn) {
        Map<Arendekolumn, String> filter = new EnumMap<>(Arendekolumn.class);
        filterPerKolumn.forEach((index, varde) -> {
            if (varde != null && !varde.toString().isBlank()) {
                filter.put(Arendekolumn.vid(index), varde.toString().strip());
            }
        });
        lista.filtrera(filter);
        efter.run();
    }

    /**
     * What the user typed in a column's filter cell as a test of a row, read once: a filter over a
     * large caseload then parses the comparison and lower-cases the text once, not once a row.
     */
    static Predicate<Arenderad> villkor(Arendekolumn kolumn, String skrivet) {
        if (kolumn.arMatt()) {
            Matcher m = JAMFORELSE.matcher(skrivet);
            boolean jamforelse = m.matches();
            Comparable<?> grans = jamforelse ? kolumn.tolka(m.group(2).strip()) : kolumn.tolka(skrivet);
            if (grans != null) {
                String operator = jamforelse ? m.group(1) : "="; //$NON-NLS-1$
                return rad -> jamfor(kolumn.varde(rad), grans, operator);
            }
        }
        String sokt = skrivet.toLowerCase(Locale.ROOT);
        return rad -> kolumn.text(rad).toLowerCase(Locale.ROOT).contains(sokt);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean jamfor(Object varde, Comparable grans, String operator) {
        if (varde == null || !grans.getClass().isInstance(varde)) {
            return false;
        }
        int c = ((Comparable) varde).compareTo(grans);
        return switch (operator) {
            case "<" -> c < 0; //$NON-NLS-1$
            case "<=" -> c <= 0; //$NON-NLS-1$
            case ">" -> c > 0; //$NON-NLS-1$
            case ">=" -> c >= 0; //$NON-NLS-1$
            default -> c == 0;
        };
    }
}
