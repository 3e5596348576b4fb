package se.kundval.persistence.internal;

/**
 * The parts of the period reads (docs/decisions/0320, 0321) that compute the same thing in both
 * dialects: E''s förlängningar, the current avslutsbedömning and a confirmed sexmånadersuppföljning.
 * H2 plans only nested loops, so there a sub-select per insats through the foreign-key index is the
 * quick way; PostgreSQL answers it with one hash join per table, where a sub-select per row costs
 * five times as much and makes the planner compile the query
 * (docs/decisions/0420-en-lasning-per-databas.md).
 */
final class Insatsfragment {

    /** H2: the months the förlängningar of insats i add, as a column. */
    static final String FORLANGT_H2 = "(select sum(b.langd_manader) from beslut b where b.insats_id = i.id and b.typ = 'FORLANGNING')"; //$NON-NLS-1$

    /** PostgreSQL: the same as the column {@code f.manader} of {@link #FORLANGT_JOIN}. */
    static final String FORLANGT_PG = "f.manader"; //$NON-NLS-1$

    static final String FORLANGT_JOIN = """
            left join (select b.insats_id, sum(b.langd_manader) manader from beslut b where b.typ = 'FORLANGNING'
                       group by b.insats_id) f on f.insats_id = i.id
            """; //$NON-NLS-1$

    /**
     * PostgreSQL: the current bedömning of avslut av as {@code ab}, the one no later one (by löpnummer,
     * then id) supersedes, by anti-join.
     */
    static final String BEDOMNING_JOIN = """
            left join avslutsbedomning ab on ab.avslut_id = av.id and not exists (select 1 from avslutsbedomning s
                where s.avslut_id = ab.avslut_id and (s.lopnummer > ab.lopnummer or s.lopnummer = ab.lopnummer and s.id > ab.id))
            """; //$NON-NLS-1$

    /** H2: 1 when a sexmånadersuppföljning of insats i is confirmed, else 0. */
    static final String BEKRAFTAD_H2 = """
            case when exists (select 1 from sexmanadersuppfoljning s where s.insats_id = i.id
                              and s.status = 'BEKRAFTAD') then 1 else 0 end
            """; //$NON-NLS-1$

    /** PostgreSQL: the same, the confirmed insatser hashed once instead of a look-up per row. */
    static final String BEKRAFTAD_PG = """
            case when i.id in (select s.insats_id from sexmanadersuppfoljning s where s.status = 'BEKRAFTAD')
                 then 1 else 0 end
            """; //$NON-NLS-1$

    /** The candidates of a period: started by its end, not closed before its start. */
    static final String KANDIDATER = "where i.startdatum <= ? and (av.id is null or av.avslutsdatum >= ?)\n"; //$NON-NLS-1$

    private Insatsfragment() {
    }
}
