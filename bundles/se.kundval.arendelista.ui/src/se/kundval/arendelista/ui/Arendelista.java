package se.kundval.arendelista.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;

import se.kundval.core.tjanst.Arenderad;

/**
 * The rows of Mina kunder: the whole caseload as the service returned it, and the rows shown after
 * the filter row and the sort column. Filtering and sorting happen here in memory, and only when a
 * filter or a sort is set; NatTable only ever asks for the rows in view, and a cell's text is made
 * when it is painted. UI thread only.
 */
final class Arendelista implements IRowDataProvider<Arenderad> {

    private List<Arenderad> alla = List.of();
    private List<Arenderad> synliga = List.of();
    private List<Predicate<Arenderad>> filter = List.of();
    private Arendekolumn sortering;
    private boolean fallande;
    private boolean visaAvslutade = true;
    private Runnable efterAndring = () -> { };

    /** What to do each time the shown rows change (e.g. show how many there are). */
    void efterAndring(Runnable vad) {
        efterAndring = vad;
    }

    /** A newly read caseload; the filter and sort order stay. */
    void satt(List<Arenderad> rader) {
        alla = List.copyOf(rader);
        uppdatera();
    }

    /** Column to what the user typed in its filter cell. */
    void filtrera(Map<Arendekolumn, String> nyttFilter) {
        Map<Arendekolumn, String> iOrdning = new EnumMap<>(Arendekolumn.class);
        iOrdning.putAll(nyttFilter);
        filter = iOrdning.entrySet().stream().map(f -> Arendefilter.villkor(f.getKey(), f.getValue())).toList();
        uppdatera();
    }

    /** Sorts by a column, or in the service's order (soonest deadline first) for null. */
    void sortera(Arendekolumn kolumn, boolean nedat) {
        sortering = kolumn;
        fallande = kolumn != null && nedat;
        uppdatera();
    }

    /**
     * Shows or hides the kunder whose insats has ended (Dagar kvar below zero): the service lists
     * them only while something is still due, and a user who works only with running insatser
     * can leave them out.
     */
    void visaAvslutade(boolean visa) {
        visaAvslutade = visa;
        uppdatera();
    }

    int antalAlla() {
        return alla.size();
    }

    List<Arenderad> synliga() {
        return synliga;
    }

    /**
     * Without a filter or a sort the shown rows are the caseload itself: a first paint of a large
     * caseload then costs no pass over its rows (docs/decisions/0422-mina-kunder-utan-genomgang.md).
     */
    private void uppdatera() {
        List<Arenderad> urval = visaAvslutade && filter.isEmpty() ? alla : alla.stream().filter(this::synlig).toList();
        synliga = sortering == null ? urval : urval.stream().sorted(sortering.ordning(fallande)).toList();
        efterAndring.run();
    }

    private boolean synlig(Arenderad rad) {
        if (!visaAvslutade && avslutad(rad)) {
            return false;
        }
        for (Predicate<Arenderad> villkor : filter) {
            if (!villkor.test(rad)) {
                return false;
            }
        }
        return true;
    }

    private static boolean avslutad(Arenderad rad) {
        return rad.dagarKvar() != null && rad.dagarKvar() < 0;
    }

    @Override
    public int getRowCount() {
        return synliga.size();
    }

    @Override
    public int getColumnCount() {
        return Arendekolumn.antal();
    }

    @Override
    public Object getDataValue(int kolumn, int rad) {
        return rad < synliga.size() ? Arendekolumn.vid(kolumn).text(synliga.get(rad)) : null;
    }

    @Override
    public void setDataValue(int kolumn, int rad, Object varde) {
        throw new UnsupportedOperationException("Mina kunder is read-only"); //$NON-NLS-1$
    }

    @Override
    public Arenderad getRowObject(int rad) {
        return rad >= 0 && rad < synliga.size() ? synliga.get(rad) : null;
    }

    @Override
    public int indexOfRowObject(Arenderad rad) {
        return synliga.indexOf(rad);
    }
}
