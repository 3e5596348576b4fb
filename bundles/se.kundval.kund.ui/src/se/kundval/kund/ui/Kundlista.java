package se.kundval.kund.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;

import se.kundval.core.tjanst.Kundfraga;
import se.kundval.core.tjanst.Kundkolumn;
import se.kundval.core.tjanst.Kundsida;
import se.kundval.model.Kund;

/**
 * The rows of the Kunder table as a virtual list: it knows how many kunder match the filter and
 * holds only the pages that have been looked at. A row that is not read yet is shown as "Hämtar…"
 * while its page is read in the background; the table is told to repaint when the page arrives.
 * Used on the UI thread only.
 */
final class Kundlista implements IRowDataProvider<Kund>, Sidladdare.Mottagare {

    static final int SIDSTORLEK = 200;

    /** Pages kept in memory (10 000 rows); the least recently used goes first. */
    private static final int SPARADE_SIDOR = 50;

    /** What the table does when the list has changed. */
    interface Lyssnare {
        /** A new filter or sort order: the old row positions mean nothing any more. */
        void nyttUrval();

        /** The number of rows changed: the table must be laid out again. */
        void antaletAndrat(int totalt);

        /** Rows that were being read have arrived: a repaint shows them. */
        void raderLasta();

        /** Reading failed; nothing more is read until the next query or refresh. */
        void fel(RuntimeException fel);
    }

    private final Map<Integer, List<Kund>> sidor = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<Kund>> aldsta) {
            return size() > SPARADE_SIDOR;
        }
    };

    private Sidladdare laddare;
    private Lyssnare lyssnare;
    private Map<Kundkolumn, String> filter = Map.of();
    private Kundkolumn sortering;
    private boolean fallande;
    private int generation;
    /** The number of matching kunder; unknown (-1) until the first page has been read. */
    private int totalt = -1;
    private boolean stoppad;

    void koppla(Sidladdare sidladdare, Lyssnare tabell) {
        this.laddare = sidladdare;
        this.lyssnare = tabell;
    }

    /** Replaces the filter: column to the text it must contain. */
    void filtrera(Map<Kundkolumn, String> nyttFilter) {
        filter = Map.copyOf(nyttFilter);
        lyssnare.nyttUrval();
        lasOm();
    }

    /** Sorts by a column, or by kund-id for null. */
    void sortera(Kundkolumn kolumn, boolean nedat) {
        sortering = kolumn;
        fallande = kolumn != null && nedat;
        lyssnare.nyttUrval();
        lasOm();
    }

    /** Forgets every read page and reads again: other users or an import may have changed the kunder. */
    void lasOm() {
        generation++;
        sidor.clear();
        stoppad = false;
        begar(0);
        lyssnare.raderLasta();
    }

    @Override
    public int getRowCount() {
        return Math.max(totalt, 0);
    }

    @Override
    public int getColumnCount() {
        return Listkolumn.values().length;
    }

    @Override
    public Object getDataValue(int kolumn, int rad) {
        Kund kund = getRowObject(rad);
        if (kund == null) {
            return Listkolumn.vid(kolumn) == Listkolumn.NAMN ? Messages.hamtarRad : null;
        }
        return Listkolumn.vid(kolumn).varde(kund);
    }

    @Override
    public void setDataValue(int kolumn, int rad, Object varde) {
        throw new UnsupportedOperationException("the Kunder list is read-only"); //$NON-NLS-1$
    }

    /** The kund on the row, or null while its page is being read. */
    @Override
    public Kund getRowObject(int rad) {
        List<Kund> sida = sidor.get(rad / SIDSTORLEK);
        if (sida == null) {
            begar(rad / SIDSTORLEK);
            return null;
        }
        int i = rad % SIDSTORLEK;
        return i < sida.size() ? sida.get(i) : null;
    }

    @Override
    public int indexOfRowObject(Kund kund) {
        for (Map.Entry<Integer, List<Kund>> sida : sidor.entrySet()) {
            int i = sida.getValue().indexOf(kund);
            if (i >= 0) {
                return sida.getKey() * SIDSTORLEK + i;
            }
        }
        return -1;
    }

    @Override
    public void sidaLast(Sidladdare.Begaran begaran, Kundsida sida) {
        if (begaran.generation() != generation) {
            return; // read for a filter or sort order that no longer applies
        }
        sidor.put(begaran.sida(), sida.kunder());
        if (sida.totalt() != totalt) {
            // the kunder changed since the other pages were read: their rows may have moved
            sidor.keySet().retainAll(List.of(begaran.sida()));
            totalt = sida.totalt();
            lyssnare.antaletAndrat(totalt);
        } else {
            lyssnare.raderLasta();
        }
    }

    @Override
    public void kundeInteLasa(Sidladdare.Begaran begaran, RuntimeException fel) {
        if (begaran.generation() == generation && !stoppad) {
            stoppad = true;
            lyssnare.fel(fel);
        }
    }

    private void begar(int sida) {
        if (!stoppad) {
            Kundfraga fraga = new Kundfraga(filter, sortering, fallande, sida * SIDSTORLEK, SIDSTORLEK);
            laddare.begar(new Sidladdare.Begaran(generation, sida, fraga));
        }
    }
}
