package se.kundval.persistence.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;

import se.kundval.core.dataskydd.OppetArende;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.persistence.internal.orm.Aggregatlager;
import se.kundval.persistence.internal.orm.OrmXmlGenerator;

/**
 * Reads every personakt with the date of its last entry (DOMAIN §12): beslutsdatum, start, avslut,
 * bedömning, plan and revision, månadsrapport submitted or reviewed, progress review, follow-ups, the
 * type's own dated records, and the audit trail of the kund and its insatser. Planned dates (the
 * planned end, a plan's planned activities, a report's month) are no entries. What an import made
 * up is no entry either: the moment of import on its beslut and bedömningar (made by {@code import})
 * and the date it gave a confirmed sexmånadersuppföljning; those records have no date in the files,
 * so they take the latest date the files give for their insats, which the insats's own dates
 * already count. Kunder already gallrade (no personnummer) are statistics, not akter.
 */
final class Aktlasning {

    /** The name imported records carry as handläggare or bedömare (the interchange reader's marker). */
    static final String IMPORT = "import"; //$NON-NLS-1$

    private static final String EJ_IMPORT = " is null or %s <> '" + IMPORT + "')"; //$NON-NLS-1$ //$NON-NLS-2$

    /** An audit row an import writes records the moment of import, which is no entry. */
    private static final String INTE_IMPORT = " and (h.anvandare is null or h.anvandare <> '" + IMPORT //$NON-NLS-1$
            + "') and (h.handelse is null or upper(h.handelse) not like 'IMPORT%')"; //$NON-NLS-1$

    private static final String VIA_INSATS = " x join insats i on i.id = x.insats_id"; //$NON-NLS-1$

    private static final List<String> POSTER = List.of(
            "select i.kund_id, max(i.startdatum) from insats i", //$NON-NLS-1$
            "select i.kund_id, max(x.datum) from beslut" + VIA_INSATS, //$NON-NLS-1$
            "select i.kund_id, max(cast(x.tidpunkt as date)) from beslut" + VIA_INSATS + " where (x.handlaggare" //$NON-NLS-1$ //$NON-NLS-2$
                    + EJ_IMPORT.formatted("x.handlaggare"), //$NON-NLS-1$
            "select i.kund_id, max(x.avslutsdatum) from avslut" + VIA_INSATS, //$NON-NLS-1$
            "select i.kund_id, max(x.rapporterad_datum) from avslut" + VIA_INSATS, //$NON-NLS-1$
            "select i.kund_id, max(cast(b.tidpunkt as date)) from avslutsbedomning b join avslut x on x.id = b.avslut_id" //$NON-NLS-1$
                    + " join insats i on i.id = x.insats_id where (b.bedomd_av" + EJ_IMPORT.formatted("b.bedomd_av"), //$NON-NLS-1$ //$NON-NLS-2$
            "select i.kund_id, max(x.upprattad) from genomforandeplan" + VIA_INSATS, //$NON-NLS-1$
            "select i.kund_id, max(r.datum) from planrevision r join genomforandeplan x on x.id = r.plan_id" //$NON-NLS-1$
                    + " join insats i on i.id = x.insats_id", //$NON-NLS-1$
            "select i.kund_id, max(x.inlamnad) from manadsrapport" + VIA_INSATS, //$NON-NLS-1$
            "select i.kund_id, max(x.granskad_datum) from manadsrapport" + VIA_INSATS, //$NON-NLS-1$
            "select i.kund_id, max(x.datum) from progressgenomgang" + VIA_INSATS, //$NON-NLS-1$
            "select i.kund_id, max(x.inlamnad) from sexmanadersuppfoljning" + VIA_INSATS + " where (x.bedomd_av" //$NON-NLS-1$ //$NON-NLS-2$
                    + EJ_IMPORT.formatted("x.bedomd_av"), //$NON-NLS-1$
            "select i.kund_id, max(x.bedomd_datum) from sexmanadersuppfoljning" + VIA_INSATS + " where (x.bedomd_av" //$NON-NLS-1$ //$NON-NLS-2$
                    + EJ_IMPORT.formatted("x.bedomd_av"), //$NON-NLS-1$
            "select i.kund_id, max(x.datum) from effektuppfoljning" + VIA_INSATS, //$NON-NLS-1$
            "select h.objekt_id, max(cast(h.tidpunkt as date)) from granskningshandelse h where h.objekttyp = 'Kund'" //$NON-NLS-1$
                    + INTE_IMPORT,
            "select i.kund_id, max(cast(h.tidpunkt as date)) from granskningshandelse h join insats i" //$NON-NLS-1$
                    + " on h.objekttyp = 'Insats' and h.objekt_id = i.id where 1 = 1" + INTE_IMPORT); //$NON-NLS-1$

    private static final String OPPNA = """
            select i.kund_id, i.insats_id, t.kod, i.startdatum from insats i join insatstyp t on t.id = i.insatstyp_id
            where not exists (select a.id from avslut a where a.insats_id = i.id) order by i.insats_id
            """; //$NON-NLS-1$

    private Aktlasning() {
    }

    /** Every akt by the kund's database id, in id order. */
    static Map<Long, Akt> las(Connection c, Aggregatlager aggregat) throws SQLException {
        Map<Long, Akt> akter = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select k.id, k.personnummer, (select count(*) from insats i where i.kund_id = k.id) from kund k" //$NON-NLS-1$
                        + " where k.personnummer is not null order by k.id"); //$NON-NLS-1$
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Akt akt = new Akt(rs.getLong(1), rs.getString(2));
                akt.insatser = rs.getInt(3);
                akter.put(akt.kundId, akt);
            }
        }
        for (String fraga : poster(aggregat)) {
            // grouped by the kund, the first expression of each query
            String grupperad = fraga + " group by " + fraga.substring("select ".length(), fraga.indexOf(',')); //$NON-NLS-1$ //$NON-NLS-2$
            try (PreparedStatement ps = c.prepareStatement(grupperad); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Akt akt = akter.get(rs.getLong(1));
                    Date datum = rs.getDate(2);
                    if (akt != null && datum != null) {
                        akt.post(datum.toLocalDate());
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(OPPNA); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Akt akt = akter.get(rs.getLong(1));
                if (akt != null) {
                    akt.oppna.add(new OppetArende(rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(), null));
                }
            }
        }
        return akter;
    }

    /** The product's dated records and, for each installed type with data of its own, its date columns. */
    private static List<String> poster(Aggregatlager aggregat) {
        List<String> fragor = new ArrayList<>(POSTER);
        for (EClass klass : aggregat.konkreta(Literals.INSATSTYPDATA)) {
            for (EAttribute a : klass.getEAllAttributes()) {
                if (a.getEAttributeType().getInstanceClass() == java.time.LocalDate.class && !a.isTransient()) {
                    fragor.add("select i.kund_id, max(x." + OrmXmlGenerator.kolumn(a) + ") from " //$NON-NLS-1$ //$NON-NLS-2$
                            + OrmXmlGenerator.tabell(klass) + VIA_INSATS);
                }
            }
        }
        return fragor;
    }
}
