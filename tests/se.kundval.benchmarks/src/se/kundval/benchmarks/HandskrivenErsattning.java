package se.kundval.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baseline for the payment run: every line type of DOMAIN §5 computed by hand-written SQL for a
 * range of months, summed per anordnare, type, line type and status, written as a DBA would for
 * speed. The period's insatser are written once to a temporary table (in memory on H2, unlogged on
 * PostgreSQL) with what the rules need (E, E', the current bedömning, whether the avslut can be
 * bonusgrundande, the jobbpeng 14-day rule), the dates that only an avslut needs computed only for
 * those with one; the prislista is expanded once into the price of each type in each calendar month,
 * so that every line finds its price by key. One statement then joins the calendar for checkbelopp,
 * avslutsersättning, resultatbonus and the snabbhetspremie's remaining months; checkbelopp lines that
 * share anordnare, type, month and active days have the same rounded amount, so they are counted
 * before they are priced. The types' rules are written out by code, as the plugins state them.
 */
final class HandskrivenErsattning {

    private static final String FAKTA = """
            select x.*, case when x.d is not null and x.d < x.ep then x.d else x.ep end sa from (
              select a.orgnr orgnr, t.kod kod, t.id typ_id, t.malsattning malsattning, i.kund_id kund, ab.lyckat lyckat,
                     i.startdatum s, %1$s e, coalesce(i.slutdatum, %2$s) ep,
                     av.avslutsdatum d, case when av.avslutsdatum is not null then %3$s end dp1,
                     case when t.kod = 'AMI2' and av.avslutsdatum is not null then %4$s end m6,
                     case when t.kod = 'AMI2' and av.avslutsdatum is not null then %5$s end m10,
                     case when t.kod = 'AMI2' and av.avslutsdatum is not null then %6$s end m12, av.avslutsorsak o, ab.bonusgrundande bg,
                     case when ab.bonusgrundande is not null then case when ab.bonusgrundande then 1 else 0 end
                          when (av.avslutsorsak = 'ARBETE' or (av.avslutsorsak = 'STUDIER'
                                and coalesce(av.sysselsattning, '') <> 'STUDIER_UTAN_CSN'))
                           and (coalesce(av.sysselsattning, '') = 'TILLSVIDAREANSTALLNING' or coalesce(av.varaktighet_manader, 0) > 6)
                          then 1 else 0 end bgr,
                     case when t.kod in ('JOBBPENG_GRUND', 'JOBBPENG_FORSTARKT', 'SAI') and av.avslutsdatum is not null
                           and cast(av.avslutsdatum - i.startdatum as integer) + 1 < 14 then 0 else 1 end betalas,
                     case when exists (select 1 from sexmanadersuppfoljning su where su.insats_id = i.id and su.status = 'BEKRAFTAD')
                          then 1 else 0 end bek
              from insats i
              join insatstyp t on t.id = i.insatstyp_id
              join anordnare a on a.id = i.anordnare_id
              left join avslut av on av.insats_id = i.id%7$s
              left join avslutsbedomning ab on ab.avslut_id = av.id
               and not exists (select 1 from avslutsbedomning n where n.avslut_id = av.id
                               and (n.lopnummer > ab.lopnummer or (n.lopnummer = ab.lopnummer and n.id > ab.id)))
              where i.startdatum <= cast(? as date) and (av.id is null or av.avslutsdatum >= cast(? as date))
            ) x""";

    private static final String H2_E = "dateadd(day, -1, dateadd(month, i.langd_manader, i.startdatum))";
    private static final String H2_EPRIM = "dateadd(day, -1, dateadd(month, i.langd_manader + coalesce((select sum(b.langd_manader) "
            + "from beslut b where b.insats_id = i.id and b.typ = 'FORLANGNING'), 0), i.startdatum))";
    private static final String PG_E = "(i.startdatum + make_interval(months => i.langd_manader))::date - 1";
    private static final String PG_EPRIM = "(i.startdatum + make_interval(months => i.langd_manader + coalesce(fl.m, 0)::int))::date - 1";
    /**
     * PostgreSQL joins the förlängningar summed per insats by hash, 5 times quicker than a sub-select
     * per row; H2 plans only nested loops, where the sub-select through the index is the quick way.
     */
    private static final String PG_FORLANGNINGAR = " left join (select insats_id, sum(langd_manader) m from beslut "
            + "where typ = 'FORLANGNING' group by insats_id) fl on fl.insats_id = i.id";

    /** Each type's price in each calendar month: the latest approved row on or before its first day. */
    private static final String MANADSPRIS = """
            select t.id typ_id, k.forsta forsta, p.checkbelopp checkbelopp, p.bonus bonus
            from insatstyp t
            join bench_manad k on 1 = 1
            join pris p on p.insatstyp_id = t.id and p.status = 'GODKAND'
             and p.giltig_fran = (select max(q.giltig_fran) from pris q where q.insatstyp_id = t.id
                                  and q.status = 'GODKAND' and q.giltig_fran <= k.forsta)""";

    /**
     * The month's price of the line's type, by key; an outer join so that H2, which plans only nested
     * loops, looks the price up per line instead of scanning the lines per price (every type has a
     * price in the benchmark's months).
     */
    private static final String PRIS = " left join bench_manadspris %1$s on %1$s.typ_id = f.typ_id and %1$s.forsta = %2$s";

    private static final String MANAD = " join bench_manad k on k.forsta between cast(? as date) and cast(? as date)";
    private static final String BONUSSTATUS = "case when f.bg is null or f.bek = 0 then 'VANTAR_PA_BEDOMNING' else 'ATT_BETALA' end";

    private static final String RADER = "select orgnr, kod, radtyp, status, sum(belopp) from ("
            + "select f.orgnr, f.kod, 'CHECKBELOPP' radtyp, 'ATT_BETALA' status, "
            + "round(p.checkbelopp * f.aktiva / f.dagar, 2) * f.antal belopp from ("
            + "select f.orgnr, f.kod, f.typ_id, k.forsta, k.dagar, "
            + "cast(least(f.sa, k.sista) - greatest(f.s, k.forsta) as integer) + 1 aktiva, count(*) antal "
            + "from bench_fakta f" + MANAD + " and f.s <= k.sista and f.sa >= k.forsta where f.betalas = 1 "
            + "group by f.orgnr, f.kod, f.typ_id, k.forsta, k.dagar, cast(least(f.sa, k.sista) - greatest(f.s, k.forsta) as integer) + 1"
            + ") f" + PRIS.formatted("p", "f.forsta")
            + " union all select f.orgnr, f.kod, 'AVSLUTSERSATTNING', "
            + "case when f.bg is null then 'VANTAR_PA_BEDOMNING' else 'ATT_BETALA' end, round(p.checkbelopp * 0.5, 2) "
            + "from bench_fakta f" + MANAD + " and f.d between k.forsta and k.sista " + PRIS.formatted("p", "k.forsta")
            + " where f.betalas = 1 and f.bgr = 0 and f.kod in ('AMI1', 'AMI2', 'ISA1', 'ISA2', 'FAI1', 'FAI2') and f.d < f.ep"
            + " and coalesce(f.o, '') <> 'BYTE_AV_ANORDNARE'"
            + " union all select f.orgnr, f.kod, 'RESULTATBONUS', " + BONUSSTATUS + ", round(coalesce(p.bonus, 0) * "
            + "case when f.kod in ('JOBBPENG_GRUND', 'JOBBPENG_FORSTARKT', 'SAI') then 1"
            + " when f.kod = 'AMI1' then case when f.d <= f.e then 1 else 0 end"
            + " when f.kod = 'AMI2' then case when f.d < f.m6 then 1 when f.d < f.m10 then 0.5 when f.d < f.m12 then 0.25 else 0 end"
            + " else 0 end, 2) "
            + "from bench_fakta f" + MANAD + " and f.d between k.forsta and k.sista " + PRIS.formatted("p", "k.forsta")
            + " where f.betalas = 1 and f.bgr = 1"
            + " union all select f.orgnr, f.kod, 'SNABBHETSPREMIE', " + BONUSSTATUS + ", "
            + "round(p.checkbelopp * (cast(least(f.e, m.sista) - greatest(f.dp1, m.forsta) as integer) + 1) / m.dagar, 2) "
            + "from bench_fakta f" + MANAD + " and f.d between k.forsta and k.sista "
            + "join bench_manad m on m.forsta <= f.e and m.sista >= f.dp1 " + PRIS.formatted("p", "m.forsta")
            + " where f.betalas = 1 and f.bgr = 1 and f.kod in ('AMI1', 'AMI2') and f.d < f.e"
            + ") x group by orgnr, kod, radtyp, status";

    /** "orgnr kod RADTYP STATUS" → the sum of those lines over the months. */
    final Map<String, BigDecimal> summor = new TreeMap<>();

    static HandskrivenErsattning berakna(Connection c, boolean postgresql, YearMonth fran, YearMonth till) throws SQLException {
        return berakna(c, postgresql, fran, till, false);
    }

    /**
     * @param behallFakta leave the period's insatser in the temporary table {@code bench_fakta}, for
     *                    {@link HandskrivenRapport} to compute the report's figures from the same selection
     */
    static HandskrivenErsattning berakna(Connection c, boolean postgresql, YearMonth fran, YearMonth till, boolean behallFakta)
            throws SQLException {
        HandskrivenErsattning r = new HandskrivenErsattning();
        String temporar = postgresql ? "create temporary table " : "create memory local temporary table ";
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_fakta");
            s.execute("drop table if exists bench_manadspris");
            s.execute(temporar + "bench_manadspris as " + MANADSPRIS);
            s.execute("create index bench_manadspris_typ on bench_manadspris (typ_id, forsta)");
        }
        String fakta = postgresql
                ? FAKTA.formatted(PG_E, PG_EPRIM, "av.avslutsdatum + 1", manader(true, 6), manader(true, 10), manader(true, 12),
                        PG_FORLANGNINGAR)
                : FAKTA.formatted(H2_E, H2_EPRIM, "dateadd(day, 1, av.avslutsdatum)", manader(false, 6), manader(false, 10),
                        manader(false, 12), "");
        try (PreparedStatement p = c.prepareStatement(temporar + "bench_fakta as " + fakta)) {
            p.setDate(1, Date.valueOf(till.atEndOfMonth()));
            p.setDate(2, Date.valueOf(fran.atDay(1)));
            p.executeUpdate();
        }
        if (postgresql) {
            // a temporary table has no statistics until analysed, and the plans that follow need its size
            try (Statement s = c.createStatement()) {
                s.execute("analyze bench_fakta");
            }
        }
        try (PreparedStatement p = c.prepareStatement(RADER)) {
            for (int i = 1; i <= 8; i += 2) {
                p.setDate(i, Date.valueOf(fran.atDay(1)));
                p.setDate(i + 1, Date.valueOf(till.atDay(1)));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    BigDecimal belopp = rs.getBigDecimal(5).setScale(2);
                    if (belopp.signum() != 0) {
                        r.summor.merge(rs.getString(1) + ' ' + rs.getString(2) + ' ' + rs.getString(3) + ' ' + rs.getString(4),
                                belopp, BigDecimal::add);
                    }
                }
            }
        }
        try (Statement s = c.createStatement()) {
            if (!behallFakta) {
                s.execute("drop table bench_fakta");
            }
            s.execute("drop table bench_manadspris");
        }
        return r;
    }

    private static String manader(boolean postgresql, int n) {
        return postgresql ? "(i.startdatum + interval '" + n + " months')::date" : "dateadd(month, " + n + ", i.startdatum)";
    }

    /** The calendar the statement joins: every month from 2000 to 2049 with its last day and length. */
    static void skapaKalender(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_manad");
            s.execute("create table bench_manad (forsta date primary key, sista date not null, dagar integer not null)");
        }
        try (PreparedStatement p = c.prepareStatement("insert into bench_manad values (?, ?, ?)")) {
            for (YearMonth m = YearMonth.of(2000, 1); m.getYear() < 2050; m = m.plusMonths(1)) {
                p.setDate(1, Date.valueOf(m.atDay(1)));
                p.setDate(2, Date.valueOf(m.atEndOfMonth()));
                p.setInt(3, m.lengthOfMonth());
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
