package se.kundval.ersattning.ui;

import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

/**
 * The columns of the Ersättning table: the tree column (anordnare, or the line's insats), type,
 * what the line pays, the amount in one of two columns by its status (so each column sums to the
 * subtotals below it), and the status in words. The tree column has a third of the width: an anordnare
 * with its orgnr in bold was cut at 1 600 px when it had less.
 */
enum Underlagskolumn {
    ANORDNARE_INSATS(Messages.kolumnAnordnareInsats, 35, false, rad -> switch (rad) {
        case Underlagsrad.Anordnare a -> NLS.bind(Messages.anordnareMedOrgnr, a.summa().namn(), Texter.orgnr(a.summa().orgnr()));
        case Underlagsrad.Post p -> p.rad().insatsId();
        case Underlagsrad.Summa s -> Messages.totalt;
    }),
    INSATSTYP(Messages.kolumnInsatstyp, 7, false, rad -> rad instanceof Underlagsrad.Post p ? p.rad().insatstyp() : ""), //$NON-NLS-1$
    POST(Messages.kolumnPost, 14, false, rad -> switch (rad) {
        case Underlagsrad.Anordnare a -> Texter.antalPoster(a.poster());
        case Underlagsrad.Post p -> Texter.radtyp(p.rad().radtyp());
        case Underlagsrad.Summa s -> Texter.antalPoster(s.poster());
    }),
    ATT_BETALA(Messages.kolumnAttBetala, 12, true, rad -> switch (rad) {
        case Underlagsrad.Anordnare a -> a.summa().attBetala();
        case Underlagsrad.Post p -> p.rad().attBetala() ? p.rad().belopp() : null;
        case Underlagsrad.Summa s -> s.attBetala();
    }),
    VANTAR(Messages.kolumnVantar, 12, true, rad -> switch (rad) {
        case Underlagsrad.Anordnare a -> a.summa().vantarPaBedomning();
        case Underlagsrad.Post p -> p.rad().attBetala() ? null : p.rad().belopp();
        case Underlagsrad.Summa s -> s.vantarPaBedomning();
    }),
    STATUS(Messages.kolumnStatus, 20, false, rad -> rad instanceof Underlagsrad.Post p ? Texter.status(p.rad().status()) : ""); //$NON-NLS-1$

    private final String rubrik;
    private final int breddProcent;
    private final boolean belopp;
    private final Function<Underlagsrad, Object> varde;

    Underlagskolumn(String rubrik, int breddProcent, boolean belopp, Function<Underlagsrad, Object> varde) {
        this.rubrik = rubrik;
        this.breddProcent = breddProcent;
        this.belopp = belopp;
        this.varde = varde;
    }

    static Underlagskolumn vid(int index) {
        return values()[index];
    }

    static String[] rubriker() {
        String[] r = new String[values().length];
        for (Underlagskolumn k : values()) {
            r[k.ordinal()] = k.rubrik;
        }
        return r;
    }

    int breddProcent() {
        return breddProcent;
    }

    /** True for the columns holding kronor (BigDecimal, shown in Swedish format and right-aligned). */
    boolean belopp() {
        return belopp;
    }

    Object varde(Underlagsrad rad) {
        return varde.apply(rad);
    }
}
