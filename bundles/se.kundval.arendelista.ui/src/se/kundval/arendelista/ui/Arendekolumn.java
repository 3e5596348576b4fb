package se.kundval.arendelista.ui;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import se.kundval.core.bevakning.Bevakning;
import se.kundval.core.tjanst.Arenderad;

/**
 * The columns of Mina kunder in their default order: header, default width in pixels (for the
 * column that takes the width the others leave the least it gets, decisions 0452 and 0465), the value a
 * row shows and the value it sorts and compares by. Numbers and dates sort and filter as what they
 * are, text in Swedish alphabetical order.
 */
enum Arendekolumn {
    KUND(Messages.kolumnKund, 130, Arenderad::namn),
    KUND_ID(Messages.kolumnKundId, 75, Arenderad::kund),
    INSATS(Messages.kolumnInsats, 80, Arenderad::insats),
    TYP(Messages.kolumnTyp, 110, Arenderad::insatstyp),
    ANORDNARE(Messages.kolumnAnordnare, 120, Arenderad::anordnare),
    DAGAR_KVAR(Messages.kolumnDagarKvar, 85, Arenderad::dagarKvar),
    NASTA_FRIST(Messages.kolumnNastaFrist, 160, r -> r.nasta() == null ? null : r.nasta().text()),
    FORFALLER(Messages.kolumnForfaller, 100, r -> r.nasta() == null ? null : r.nasta().forfaller()),
    LARM(Messages.kolumnLarm, 50, r -> (long) r.bevakningar().size()),
    FORSENADE(Messages.kolumnForsenade, 75, Arenderad::forsenade);

    /** values() copies its array at each call; a column is looked up for every cell painted. */
    private static final Arendekolumn[] ALLA = values();
    private static final Collator SVENSKA = Collator.getInstance(Locale.forLanguageTag("sv-SE")); //$NON-NLS-1$

    private final String rubrik;
    private final int bredd;
    private final Function<Arenderad, Object> varde;

    Arendekolumn(String rubrik, int bredd, Function<Arenderad, Object> varde) {
        this.rubrik = rubrik;
        this.bredd = bredd;
        this.varde = varde;
    }

    /** How many columns there are; NatTable asks several times for each cell it paints. */
    static int antal() {
        return ALLA.length;
    }

    static Arendekolumn vid(int index) {
        return ALLA[index];
    }

    static String[] rubriker() {
        String[] r = new String[values().length];
        for (Arendekolumn k : values()) {
            r[k.ordinal()] = k.rubrik;
        }
        return r;
    }

    String rubrik() {
        return rubrik;
    }

    int bredd() {
        return bredd;
    }

    /** The row's value in its own type (String, Long, LocalDate) or null. */
    Object varde(Arenderad rad) {
        return varde.apply(rad);
    }

    /** The value as the cell shows it. */
    String text(Arenderad rad) {
        Object v = varde(rad);
        return v == null ? "" : v.toString(); //$NON-NLS-1$
    }

    /** Numbers and dates: right-aligned, compared by value in the filter. */
    boolean arMatt() {
        return this == DAGAR_KVAR || this == LARM || this == FORSENADE || this == FORFALLER;
    }

    /** Orders rows by this column; rows without a value come last in either direction. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<Arenderad> ordning(boolean fallande) {
        Comparator<Object> vardeordning = (a, b) -> a instanceof String s && b instanceof String t ? SVENSKA.compare(s, t)
                : ((Comparable) a).compareTo(b);
        return Comparator.comparing(this::varde, Comparator.nullsLast(fallande ? vardeordning.reversed() : vardeordning));
    }

    /**
     * True when a deadline of the row has passed (its next one included): the row is marked. Asked for
     * every cell painted, so a plain loop over the row's one to three deadlines rather than a stream.
     */
    static boolean forsenad(Arenderad rad) {
        for (Bevakning b : rad.bevakningar()) {
            if (b.niva() == Bevakning.Niva.FORSENAD) {
                return true;
            }
        }
        return false;
    }

    /** For the filter: the typed text read as a value of this column's type, or null when it is not one. */
    Comparable<?> tolka(String text) {
        try {
            return this == FORFALLER ? LocalDate.parse(text) : Long.valueOf(Long.parseLong(text));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
