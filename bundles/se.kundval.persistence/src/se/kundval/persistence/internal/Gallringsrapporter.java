package se.kundval.persistence.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import se.kundval.core.dataskydd.Gallringsrapport;
import se.kundval.core.dataskydd.OppetArende;

/** The kept gallringsrapporter: counts per year and the open cases, never anyone gallrad. */
final class Gallringsrapporter {

    private Gallringsrapporter() {
    }

    /** Keeps the report in the caller's transaction and returns it with its id. */
    static Gallringsrapport spara(Connection c, String sekvens, Gallringsrapport r) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(sekvens); ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("insert into gallringsrapport (id, per, utford, utford_av, akter," //$NON-NLS-1$
                + " insatser, sparade_forskning) values (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            ps.setLong(1, id);
            ps.setDate(2, Date.valueOf(r.per()));
            ps.setTimestamp(3, Timestamp.valueOf(r.utford()));
            ps.setString(4, r.utfordAv());
            ps.setInt(5, r.akter());
            ps.setInt(6, r.insatser());
            ps.setInt(7, r.sparadeForskning());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into gallringsrapport_ar (rapport_id, ar, akter) values (?, ?, ?)")) { //$NON-NLS-1$
            for (Map.Entry<Integer, Integer> ar : r.akterPerAr().entrySet()) {
                ps.setLong(1, id);
                ps.setInt(2, ar.getKey());
                ps.setInt(3, ar.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into gallringsrapport_oppet (rapport_id, insats_id, insatstyp," //$NON-NLS-1$
                + " startdatum, senaste_post) values (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (OppetArende o : r.oppnaArenden()) {
                ps.setLong(1, id);
                ps.setString(2, o.insatsId());
                ps.setString(3, o.insatstyp());
                ps.setDate(4, Date.valueOf(o.startdatum()));
                ps.setDate(5, Date.valueOf(o.senastePost()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return new Gallringsrapport(id, r.per(), r.utford(), r.utfordAv(), false, r.akterPerAr(), r.insatser(),
                r.sparadeForskning(), r.oppnaArenden());
    }

    /** Every kept report, the latest first. */
    static List<Gallringsrapport> las(Connection c) throws SQLException {
        Map<Long, SortedMap<Integer, Integer>> perAr = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select rapport_id, ar, akter from gallringsrapport_ar"); //$NON-NLS-1$
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                perAr.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getInt(3));
            }
        }
        Map<Long, List<OppetArende>> oppna = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select rapport_id, insats_id, insatstyp, startdatum, senaste_post" //$NON-NLS-1$
                + " from gallringsrapport_oppet order by insats_id"); ResultSet rs = ps.executeQuery()) { //$NON-NLS-1$
            while (rs.next()) {
                oppna.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new OppetArende(rs.getString(2),
                        rs.getString(3), rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate()));
            }
        }
        List<Gallringsrapport> rapporter = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id, per, utford, utford_av, insatser, sparade_forskning" //$NON-NLS-1$
                + " from gallringsrapport order by utford desc, id desc"); ResultSet rs = ps.executeQuery()) { //$NON-NLS-1$
            while (rs.next()) {
                long id = rs.getLong(1);
                rapporter.add(new Gallringsrapport(id, rs.getDate(2).toLocalDate(), rs.getTimestamp(3).toLocalDateTime(),
                        rs.getString(4), false, perAr.getOrDefault(id, new TreeMap<>()), rs.getInt(5), rs.getInt(6),
                        oppna.getOrDefault(id, List.of())));
            }
        }
        return rapporter;
    }
}
