package se.kundval.persistence.internal;

/**
 * The queries of {@link InsatsstatistikLager}'s period read, in H2's dialect and in PostgreSQL's
 * (docs/decisions/0420-en-lasning-per-databas.md), alone or with what the compensation engine also
 * reads of each insats (docs/decisions/0421-rapporten-i-en-lasning.md).
 */
final class Statistikfragor {

    /**
     * Candidates: started by the end of the period and not closed before it. Whether one without
     * avslut is still active depends on E', computed below like Insatsperiod does. The current
     * bedömning is the one with the highest löpnummer (later ones supersede earlier ones). The kund's
     * circumstances and the effektuppföljningar feed the case-mix model and the effekt of DOMAIN §13;
     * the personnummer is read only to compute the age at start and does not leave this class. An
     * insats of a gallrad akt has no personnummer but keeps its age band (docs/decisions/0210-gallring.md).
     * In insats order, so that the case-mix model meets its patterns in the same order whatever the
     * rows' physical order (a gallring rewrites rows; PostgreSQL moves an updated row to the end).
     */
    private static final String H2 = """
            select i.id, i.kund_id, k.kon, k.utbildningsniva, k.sprak, t.kod, a.orgnr, i.startdatum, i.langd_manader,
                   i.slutdatum, %1$s,
                   av.avslutsdatum, av.avslutsorsak, av.sysselsattning, av.varaktighet_manader, ab.lyckat, ab.bonusgrundande,
                   k.personnummer, k.arbetsformaga, k.arbetsformaga_oklar, k.ekonomiskt_bistand, k.etableringsprogram,
                   %2$s, %3$s, %4$s, i.aldersband_vid_start%%s
            from insats i
            join kund k on k.id = i.kund_id
            join insatstyp t on t.id = i.insatstyp_id
            join anordnare a on a.id = i.anordnare_id
            left join avslut av on av.insats_id = i.id
            left join avslutsbedomning ab on ab.id = (select b.id from avslutsbedomning b where b.avslut_id = av.id
                                                      order by b.lopnummer desc, b.id desc fetch first 1 rows only)
            """.formatted(Insatsfragment.FORLANGT_H2, effekt(6), effekt(12), effekt(24)) + Insatsfragment.KANDIDATER
            + "order by i.id"; //$NON-NLS-1$

    /**
     * The same rows, set-based for PostgreSQL (docs/decisions/0420-en-lasning-per-databas.md): the
     * effektuppföljningar's latest answers per insats and follow-up month in one grouping.
     */
    private static final String POSTGRESQL = """
            select i.id, i.kund_id, k.kon, k.utbildningsniva, k.sprak, t.kod, a.orgnr, i.startdatum, i.langd_manader,
                   i.slutdatum, %1$s,
                   av.avslutsdatum, av.avslutsorsak, av.sysselsattning, av.varaktighet_manader, ab.lyckat, ab.bonusgrundande,
                   k.personnummer, k.arbetsformaga, k.arbetsformaga_oklar, k.ekonomiskt_bistand, k.etableringsprogram,
                   e.efter6, e.efter12, e.efter24, i.aldersband_vid_start%%s
            from insats i
            join kund k on k.id = i.kund_id
            join insatstyp t on t.id = i.insatstyp_id
            join anordnare a on a.id = i.anordnare_id
            left join (select e.insats_id, %2$s efter6, %3$s efter12, %4$s efter24 from effektuppfoljning e
                       where e.egen_forsorjning is not null group by e.insats_id) e on e.insats_id = i.id
            """.formatted(Insatsfragment.FORLANGT_PG, senaste(6), senaste(12), senaste(24)) + Insatsfragment.FORLANGT_JOIN
            + "left join avslut av on av.insats_id = i.id\n" + Insatsfragment.BEDOMNING_JOIN + Insatsfragment.KANDIDATER
            + "order by i.id"; //$NON-NLS-1$

    static final Periodlasning.Fraga FRAGA = new Periodlasning.Fraga(H2.formatted(""), POSTGRESQL.formatted("")); //$NON-NLS-1$ //$NON-NLS-2$

    /** With what the compensation engine also reads of each insats (Ersattningsfakta), columns 27 to 29. */
    private static final String ERSATTNING = ", i.insats_id, a.namn, "; //$NON-NLS-1$

    static final Periodlasning.Fraga MED_ERSATTNING = new Periodlasning.Fraga(
            H2.formatted(ERSATTNING + Insatsfragment.BEKRAFTAD_H2), POSTGRESQL.formatted(ERSATTNING + Insatsfragment.BEKRAFTAD_PG));

    /** PostgreSQL: the latest (highest id) answer of the given follow-up month in the group. */
    private static String senaste(int manader) {
        return "(array_agg(e.egen_forsorjning order by e.id desc) filter (where e.manader = " + manader + "))[1]"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The latest answered effektuppföljning after the given months; a later entry corrects an earlier one. */
    private static String effekt(int manader) {
        return "(select e.egen_forsorjning from effektuppfoljning e where e.insats_id = i.id and e.manader = " + manader //$NON-NLS-1$
                + " and e.egen_forsorjning is not null order by e.id desc fetch first 1 rows only)"; //$NON-NLS-1$
    }

    private Statistikfragor() {
    }
}
