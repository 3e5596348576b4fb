package se.kundval.benchmarks;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The baseline: the report's figures computed by hand-written SQL on the same database, written as a
 * DBA would for speed. One statement selects the period's insatser once into a temporary table (in
 * memory on H2, unlogged on PostgreSQL) with every figure already reduced to a 0/1 column (in the
 * period, started, and the outcome digits); one statement groups it once per level (all, type,
 * anordnare) and kund group into a second, small temporary table, from which the counts, the
 * distributions and the budget are summed; the avslutsorsaker take one more grouping. E' after
 * förlängningar is only needed for insatser that started before the period: one that started in it
 * always reaches it. Måluppfyllelse is written out per type as decision 0007 states it.
 */
final class HandskrivenRapport {

    static final String[] MATT = {"kunder", "insatser", "startade", "avslut", "lyckade", "obedomda", "bonusgrundande",
        "maluppfyllelse", "dagar_lyckat"};

    private static final String MAL = """
            case when t.malsattning = 'EGEN_FORSORJNING' then case when ab.lyckat then 1 else 0 end
                 when t.kod = 'ISA1' then case when av.avslutsorsak in ('ARBETSFORMEDLINGEN', 'ANNAN_INSATS_AF') then 1 else 0 end
                 when t.kod = 'ISA2' then case when av.avslutsorsak = 'STEGFORFLYTTNING' then 1 else 0 end
                 when t.kod in ('FAI1', 'FAI2') then case when av.avslutsorsak in ('STEGFORFLYTTNING', 'ARBETSFORMEDLINGEN',
                      'ANNAN_INSATS_AF') then 1 else 0 end
                 else 0 end""";

    /**
     * Parameters: from, till (avslut in the period) ×3, from (started), from, till (days to a lyckat
     * avslut in the period), till, from (candidates), from (started in the period, so E' ≥ from),
     * from (E'), till (avslut in the period).
     */
    private static final String URVAL = """
            select i.kund_id kund, t.kod typ, a.orgnr orgnr,
                   coalesce(k.kon, 'EJ_ANGIVET') kon, coalesce(k.utbildningsniva, 'EJ_ANGIVET') utbildning,
                   coalesce(nullif(lower(trim(k.sprak)), ''), 'EJ_ANGIVET') sprak,
                   case when av.avslutsdatum between ? and ? then coalesce(av.avslutsorsak, 'EJ_ANGIVET') end orsak,
                   case when av.avslutsdatum between ? and ? then 1 else 0 end i_perioden,
                   case when av.avslutsdatum between ? and ? then
                        case when ab.lyckat then 10 when ab.lyckat is null then 1 else 0 end
                        + case when ab.bonusgrundande then 100 else 0 end + 1000 * (%3$s) end utfall,
                   case when i.startdatum >= ? then 1 else 0 end startad,
                   case when av.avslutsdatum between ? and ? and ab.lyckat then %2$s else 0 end dagar
            from insats i
            join kund k on k.id = i.kund_id
            join insatstyp t on t.id = i.insatstyp_id
            join anordnare a on a.id = i.anordnare_id
            left join avslut av on av.insats_id = i.id%4$s
            left join avslutsbedomning ab on ab.avslut_id = av.id
             and not exists (select 1 from avslutsbedomning n where n.avslut_id = av.id
                             and (n.lopnummer > ab.lopnummer or (n.lopnummer = ab.lopnummer and n.id > ab.id)))
            where i.startdatum <= ? and (av.id is null or av.avslutsdatum >= ?)
              and ((i.slutdatum is null and i.startdatum >= ?) or coalesce(i.slutdatum, %1$s) >= ?
                   or av.avslutsdatum <= ?)
            """;

    /** E' = S + (L + förlängda månader) months - 1 day, and the days from start to avslut, per dialect. */
    private static final String H2_SLUT = "dateadd(day, -1, dateadd(month, i.langd_manader + coalesce((select sum(b.langd_manader) "
            + "from beslut b where b.insats_id = i.id and b.typ = 'FORLANGNING'), 0), i.startdatum))";
    private static final String H2_DAGAR = "datediff(day, i.startdatum, av.avslutsdatum)";
    private static final String PG_SLUT = "(i.startdatum + make_interval(months => i.langd_manader + coalesce(fl.m, 0)::int))::date - 1";
    /**
     * PostgreSQL joins the förlängningar summed per insats by hash, 5 times quicker than a sub-select
     * per row; H2 plans only nested loops, where the sub-select through the index is the quick way.
     */
    static final String PG_FORLANGNINGAR = " left join (select insats_id, sum(langd_manader) m from beslut "
            + "where typ = 'FORLANGNING' group by insats_id) fl on fl.insats_id = i.id";
    private static final String PG_DAGAR = "(av.avslutsdatum - i.startdatum)";

    /**
     * The counts per row and kund group (kön, utbildning, språk) from the outcome digits of
     * {@code utfall} (obedömd 1, lyckad 10, bonusgrundande 100, mål 1000). A kund has one kön, one
     * utbildning and one språk, so the distinct kunder of a row are the sum over its groups: one scan
     * per level gives every count and the three distributions.
     */
    private static final String GRUPP = "count(distinct kund) kunder, count(*) insatser, sum(startad) startade, "
            + "sum(i_perioden) avslut, sum(mod(utfall / 10, 10)) lyckade, sum(mod(utfall, 10)) obedomda, "
            + "sum(mod(utfall / 100, 10)) bonus, sum(utfall / 1000) mal, sum(dagar) dagar";

    private static final String RADER = "select niva, nyckel, sum(kunder), sum(insatser), sum(startade), sum(avslut), sum(lyckade), "
            + "sum(obedomda), sum(bonus), sum(mal), sum(dagar) from bench_grupp group by niva, nyckel";

    /**
     * The budget prognos per type (DOMAIN §7): the period's started insatser as full insatser at the
     * type's length and the checkbelopp of the 1st of January of the period's last year, plus its
     * bonusgrundande avslut at that day's resultatbonus.
     */
    private static final String BUDGET = """
            select u.typ, u.startade * t.langd_manader * p.checkbelopp + u.bonus * coalesce(p.bonus, 0)
            from (select nyckel typ, sum(startade) startade, sum(bonus) bonus from bench_grupp where niva = 'Y' group by nyckel) u
            join insatstyp t on t.kod = u.typ
            join pris p on p.insatstyp_id = t.id and p.status = 'GODKAND'
             and p.giltig_fran = (select max(q.giltig_fran) from pris q where q.insatstyp_id = t.id and q.status = 'GODKAND'
                                  and q.giltig_fran <= cast(? as date))
            where u.startade > 0""";

    /** The budget's total per type code. */
    final Map<String, java.math.BigDecimal> budget = new HashMap<>();

    /** The counts: row ("T", "Y:code", "A:orgnr") → the values of {@link #MATT}. */
    final Map<String, long[]> rader = new HashMap<>();
    /** The distributions: row → "kon:KVINNA", "utbildning:…", "sprak:…", "orsak:…" → count. */
    final Map<String, Map<String, Long>> fordelningar = new HashMap<>();

    static HandskrivenRapport berakna(Connection c, boolean postgresql, LocalDate fran, LocalDate till) throws SQLException {
        HandskrivenRapport r = new HandskrivenRapport();
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_urval");
            s.execute("drop table if exists bench_grupp");
        }
        String tabell = postgresql ? "create temporary table bench_urval as " : "create memory local temporary table bench_urval as ";
        try (PreparedStatement p = c.prepareStatement(tabell + URVAL.formatted(postgresql ? PG_SLUT : H2_SLUT,
                postgresql ? PG_DAGAR : H2_DAGAR, MAL, postgresql ? PG_FORLANGNINGAR : ""))) {
            Date f = Date.valueOf(fran);
            Date t = Date.valueOf(till);
            int i = 1;
            for (Date d : new Date[] {f, t, f, t, f, t, f, f, t, t, f, f, f, t}) {
                p.setDate(i++, d);
            }
            p.executeUpdate();
        }
        if (postgresql) {
            // a temporary table has no statistics until analysed, and the plans that follow need its size
            try (Statement s = c.createStatement()) {
                s.execute("analyze bench_urval");
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute((postgresql ? "create temporary table" : "create memory local temporary table")
                    + " bench_grupp as " + grupperat(GRUPP, "kon, utbildning, sprak", null));
            try (ResultSet rs = s.executeQuery(RADER)) {
                while (rs.next()) {
                    long[] varden = new long[MATT.length];
                    for (int i = 0; i < varden.length; i++) {
                        varden[i] = rs.getLong(3 + i);
                    }
                    r.rader.put(rad(rs), varden);
                }
            }
            for (String del : new String[] {"kon", "utbildning", "sprak"}) {
                r.fordela(s, "select niva, nyckel, " + del + ", sum(kunder) from bench_grupp group by niva, nyckel, " + del, del);
            }
            r.fordela(s, grupperat("count(*)", "orsak", "i_perioden = 1"), "orsak");
        }
        try (PreparedStatement p = c.prepareStatement(BUDGET)) {
            p.setDate(1, Date.valueOf(LocalDate.of(till.getYear(), 1, 1)));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    r.budget.put(rs.getString(1), rs.getBigDecimal(2).setScale(2));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("drop table bench_urval");
            s.execute("drop table bench_grupp");
        }
        return r;
    }

    /** One statement with a branch for all, per type and per anordnare. */
    private static String grupperat(String summor, String kategori, String villkor) {
        String k = ", " + kategori;
        String w = villkor == null ? "" : " where " + villkor;
        return "select 'T' niva, '' nyckel" + k + ", " + summor + " from bench_urval" + w + " group by " + kategori
                + " union all select 'Y', typ" + k + ", " + summor + " from bench_urval" + w + " group by typ" + k
                + " union all select 'A', orgnr" + k + ", " + summor + " from bench_urval" + w + " group by orgnr" + k;
    }

    private void fordela(Statement s, String sql, String del) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                fordelningar.computeIfAbsent(rad(rs), x -> new HashMap<>()).put(del + ':' + rs.getString(3), rs.getLong(4));
            }
        }
    }

    private static String rad(ResultSet rs) throws SQLException {
        String niva = rs.getString(1);
        return niva.equals("T") ? "T" : niva + ':' + rs.getString(2);
    }
}
