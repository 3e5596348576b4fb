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
 * DBA would for speed. The period's insatser are selected once, for the payment lines and the report
 * alike ({@link HandskrivenErsattning} leaves them in a temporary table); one statement adds the kund's
 * attributes and reduces every figure to a column (in the period, started, and the outcome digits) in
 * a second temporary table (in memory on H2, unlogged on PostgreSQL); one statement groups that once
 * per level (all, type, anordnare) and kund group into a third, small one, from which the counts, the
 * distributions and the budget are summed; the avslutsorsaker take one more grouping. Måluppfyllelse
 * is written out per type as decision 0007 states it.
 */
final class HandskrivenRapport {

    static final String[] MATT = {"kunder", "insatser", "startade", "avslut", "lyckade", "obedomda", "bonusgrundande",
        "maluppfyllelse", "dagar_lyckat"};

    private static final String MAL = """
            case when f.malsattning = 'EGEN_FORSORJNING' then case when f.lyckat then 1 else 0 end
                 when f.kod = 'ISA1' then case when f.o in ('ARBETSFORMEDLINGEN', 'ANNAN_INSATS_AF') then 1 else 0 end
                 when f.kod = 'ISA2' then case when f.o = 'STEGFORFLYTTNING' then 1 else 0 end
                 when f.kod in ('FAI1', 'FAI2') then case when f.o in ('STEGFORFLYTTNING', 'ARBETSFORMEDLINGEN',
                      'ANNAN_INSATS_AF') then 1 else 0 end
                 else 0 end""";

    /**
     * The period's insatser from the payment lines' selection ({@code bench_fakta}: S, E', avslut, the
     * current bedömning), with the kund's attributes; an outer join so that H2, which plans only
     * nested loops, reads the selection once and looks each kund up by key. Parameters: from, till
     * (avslut in the period) ×3, from (started), from, till (days to a lyckat avslut in the period),
     * from (E'), till (avslut by the end of the period).
     */
    private static final String URVAL = """
            select f.kund kund, f.kod typ, f.orgnr orgnr,
                   coalesce(k.kon, 'EJ_ANGIVET') kon, coalesce(k.utbildningsniva, 'EJ_ANGIVET') utbildning,
                   coalesce(nullif(lower(trim(k.sprak)), ''), 'EJ_ANGIVET') sprak,
                   case when f.d between ? and ? then coalesce(f.o, 'EJ_ANGIVET') end orsak,
                   case when f.d between ? and ? then 1 else 0 end i_perioden,
                   case when f.d between ? and ? then
                        case when f.lyckat then 10 when f.lyckat is null then 1 else 0 end
                        + case when f.bg then 100 else 0 end + 1000 * (%2$s) end utfall,
                   case when f.s >= ? then 1 else 0 end startad,
                   case when f.d between ? and ? and f.lyckat then %1$s else 0 end dagar
            from bench_fakta f
            left join kund k on k.id = f.kund
            where f.ep >= ? or f.d <= ?
            """;

    /** The days from start to avslut, per dialect. */
    private static final String H2_DAGAR = "datediff(day, f.s, f.d)";
    private static final String PG_DAGAR = "(f.d - f.s)";

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

    /**
     * The report's figures and the budget for a period of whole months, from the selection
     * {@link HandskrivenErsattning} left in {@code bench_fakta} for the same months; drops it.
     */
    static HandskrivenRapport berakna(Connection c, boolean postgresql, LocalDate fran, LocalDate till) throws SQLException {
        HandskrivenRapport r = new HandskrivenRapport();
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_urval");
            s.execute("drop table if exists bench_grupp");
        }
        String tabell = postgresql ? "create temporary table bench_urval as " : "create memory local temporary table bench_urval as ";
        try (PreparedStatement p = c.prepareStatement(tabell + URVAL.formatted(postgresql ? PG_DAGAR : H2_DAGAR, MAL))) {
            Date f = Date.valueOf(fran);
            Date t = Date.valueOf(till);
            int i = 1;
            for (Date d : new Date[] {f, t, f, t, f, t, f, f, t, f, t}) {
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
            s.execute("drop table bench_fakta");
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
