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
 * The baseline: the report's figures computed by hand-written SQL on the same database. The
 * period's insatser are selected (with E' after förlängningar, the current bedömning, the kund's
 * attributes and whether the avslut is in the period), then grouped for all, per type and per
 * anordnare in one statement per figure. The selection is written once to a work table: repeating
 * it as a common table expression in each statement was 2.5–4 times slower on both databases in a
 * trial at 100 000 insatser. Måluppfyllelse is written out per type as decision 0007 states it.
 */
final class HandskrivenRapport {

    static final String[] MATT = {"kunder", "insatser", "startade", "avslut", "lyckade", "obedomda", "bonusgrundande",
        "maluppfyllelse", "dagar_lyckat"};

    private static final String URVAL = """
            select x.* from (
              select i.id insats, i.kund_id kund, t.kod typ, t.malsattning malsattning, a.orgnr orgnr,
                     coalesce(k.kon, 'EJ_ANGIVET') kon, coalesce(k.utbildningsniva, 'EJ_ANGIVET') utbildning,
                     coalesce(nullif(lower(trim(k.sprak)), ''), 'EJ_ANGIVET') sprak,
                     coalesce(i.slutdatum, %s) eprim,
                     av.avslutsdatum avslutsdatum, coalesce(av.avslutsorsak, 'EJ_ANGIVET') orsak,
                     case when av.avslutsdatum between ? and ? then 1 else 0 end i_perioden,
                     case when i.startdatum between ? and ? then 1 else 0 end startad,
                     ab.lyckat lyckat, ab.bonusgrundande bonus, %s dagar
              from insats i
              join kund k on k.id = i.kund_id
              join insatstyp t on t.id = i.insatstyp_id
              join anordnare a on a.id = i.anordnare_id
              left join avslut av on av.insats_id = i.id
              left join avslutsbedomning ab on ab.id = (select b.id from avslutsbedomning b where b.avslut_id = av.id
                                                        order by b.lopnummer desc, b.id desc fetch first 1 rows only)
              where i.startdatum <= ? and (av.id is null or av.avslutsdatum >= ?)
            ) x
            where (x.eprim >= ? and (x.avslutsdatum is null or x.avslutsdatum >= ?)) or x.i_perioden = 1
            """;

    /** E' = S + (L + förlängda månader) months - 1 day, and the days from start to avslut, per dialect. */
    private static final String H2_SLUT = "dateadd(day, -1, dateadd(month, i.langd_manader + coalesce((select sum(b.langd_manader) "
            + "from beslut b where b.insats_id = i.id and b.typ = 'FORLANGNING'), 0), i.startdatum))";
    private static final String H2_DAGAR = "datediff(day, i.startdatum, av.avslutsdatum)";
    private static final String PG_SLUT = "(i.startdatum + make_interval(months => i.langd_manader + coalesce((select sum(b.langd_manader) "
            + "from beslut b where b.insats_id = i.id and b.typ = 'FORLANGNING'), 0)::int))::date - 1";
    private static final String PG_DAGAR = "(av.avslutsdatum - i.startdatum)";

    private static final String MAL = """
            case when malsattning = 'EGEN_FORSORJNING' then case when lyckat then 1 else 0 end
                 when typ = 'ISA1' then case when orsak in ('ARBETSFORMEDLINGEN', 'ANNAN_INSATS_AF') then 1 else 0 end
                 when typ = 'ISA2' then case when orsak = 'STEGFORFLYTTNING' then 1 else 0 end
                 when typ in ('FAI1', 'FAI2') then case when orsak in ('STEGFORFLYTTNING', 'ARBETSFORMEDLINGEN', 'ANNAN_INSATS_AF') then 1 else 0 end
                 else 0 end""";

    private static final String SUMMOR = "count(distinct kund), count(*), sum(startad), sum(i_perioden), "
            + "sum(case when i_perioden = 1 and lyckat then 1 else 0 end), sum(case when i_perioden = 1 and lyckat is null then 1 else 0 end), "
            + "sum(case when i_perioden = 1 and bonus then 1 else 0 end), "
            + "sum(case when i_perioden = 1 then " + MAL + " else 0 end), sum(case when i_perioden = 1 and lyckat then dagar else 0 end)";

    /**
     * The budget prognos per type (DOMAIN §7): the period's started insatser as full insatser at the
     * type's length and the checkbelopp of the 1st of January of the period's last year, plus its
     * bonusgrundande avslut at that day's resultatbonus.
     */
    private static final String BUDGET = """
            select u.typ, sum(u.startad) * t.langd_manader * p.checkbelopp
                          + sum(case when u.i_perioden = 1 and u.bonus then 1 else 0 end) * coalesce(p.bonus, 0)
            from bench_urval u
            join insatstyp t on t.kod = u.typ
            join pris p on p.insatstyp_id = t.id and p.status = 'GODKAND'
             and p.giltig_fran = (select max(q.giltig_fran) from pris q where q.insatstyp_id = t.id and q.status = 'GODKAND'
                                  and q.giltig_fran <= cast(? as date))
            group by u.typ, t.langd_manader, p.checkbelopp, p.bonus
            having sum(u.startad) > 0""";

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
        }
        try (PreparedStatement p = c.prepareStatement("create table bench_urval as "
                + URVAL.formatted(postgresql ? PG_SLUT : H2_SLUT, postgresql ? PG_DAGAR : H2_DAGAR))) {
            Date f = Date.valueOf(fran);
            Date t = Date.valueOf(till);
            int i = 1;
            for (Date d : new Date[] {f, t, f, t, t, f, f, f}) {
                p.setDate(i++, d);
            }
            p.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(grupperat(SUMMOR, null, null))) {
                while (rs.next()) {
                    long[] varden = new long[MATT.length];
                    for (int i = 0; i < varden.length; i++) {
                        varden[i] = rs.getLong(3 + i);
                    }
                    r.rader.put(rad(rs), varden);
                }
            }
            for (String del : new String[] {"kon", "utbildning", "sprak"}) {
                r.fordela(s, grupperat("count(distinct kund)", del, null), del);
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
        }
        return r;
    }

    /** One statement with a branch for all, per type and per anordnare. */
    private static String grupperat(String summor, String kategori, String villkor) {
        String k = kategori == null ? "" : ", " + kategori;
        String w = villkor == null ? "" : " where " + villkor;
        return "select 'T', ''" + k + ", " + summor + " from bench_urval" + w + (kategori == null ? "" : " group by " + kategori)
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
