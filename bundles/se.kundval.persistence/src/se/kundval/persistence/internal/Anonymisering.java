package se.kundval.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.kundval.core.dataskydd.Aldersband;
import se.kundval.model.regler.Personnummer;

/**
 * Turns one personakt into anonymous statistics (DOMAIN §12, docs/decisions/0210-gallring.md): the
 * insatser stay with what the kvalitetsrapport and the utbetalningsunderlag read of them, and point
 * to a new kund row that has a random key and only the banded attributes; the old kund row, free
 * text, plans, reports, reviews and the audit trail go. Runs inside the caller's transaction.
 */
final class Anonymisering {

    private static final String INSATSER = "(select i.id from insats i where i.kund_id = ?)"; //$NON-NLS-1$

    /** In order: children before what they refer to, free text before the rows that keep their figures. */
    private static final List<String> STEG = List.of(
            "delete from undantag where beslut_id in (select b.id from beslut b where b.insats_id in " + INSATSER + ")", //$NON-NLS-1$ //$NON-NLS-2$
            "update beslut set motivering = null, handlaggare = null, tidpunkt = null where insats_id in " + INSATSER, //$NON-NLS-1$
            "update avslut set rapporterad_av = null where insats_id in " + INSATSER, //$NON-NLS-1$
            "update avslutsbedomning set motivering = null, bedomd_av = null where avslut_id in" //$NON-NLS-1$
                    + " (select a.id from avslut a where a.insats_id in " + INSATSER + ")", //$NON-NLS-1$ //$NON-NLS-2$
            "delete from planmal where plan_id in (select g.id from genomforandeplan g where g.insats_id in " + INSATSER + ")", //$NON-NLS-1$ //$NON-NLS-2$
            "delete from planaktivitet where plan_id in (select g.id from genomforandeplan g where g.insats_id in " + INSATSER + ")", //$NON-NLS-1$ //$NON-NLS-2$
            "delete from planrevision where plan_id in (select g.id from genomforandeplan g where g.insats_id in " + INSATSER + ")", //$NON-NLS-1$ //$NON-NLS-2$
            "delete from genomforandeplan where insats_id in " + INSATSER, //$NON-NLS-1$
            "delete from manadsrapport where insats_id in " + INSATSER, //$NON-NLS-1$
            "delete from progressgenomgang where insats_id in " + INSATSER, //$NON-NLS-1$
            // the documents are the evidence itself: their bytes and rows go (DOMAIN §12)
            "delete from dokumentinnehall where dokument_id in (select d.id from dokument d where d.uppfoljning_id in" //$NON-NLS-1$
                    + " (select s.id from sexmanadersuppfoljning s where s.insats_id in " + INSATSER + "))", //$NON-NLS-1$ //$NON-NLS-2$
            "delete from dokument where uppfoljning_id in (select s.id from sexmanadersuppfoljning s where s.insats_id in " //$NON-NLS-1$
                    + INSATSER + ")", //$NON-NLS-1$
            // the confirmation stays (it makes a bonus payable); the evidence and its description go
            "update sexmanadersuppfoljning set underlag = null, beskrivning = null, bedomd_av = null, motivering = null" //$NON-NLS-1$
                    + " where insats_id in " + INSATSER, //$NON-NLS-1$
            "update effektuppfoljning set kommentar = null where insats_id in " + INSATSER, //$NON-NLS-1$
            // an audit entry's fields before/after hold the person's data: they go with the entry
            "delete from faltandring where handelse_id in (select h.id from granskningshandelse h" //$NON-NLS-1$
                    + " where h.objekttyp = 'Insats' and h.objekt_id in " + INSATSER + ")", //$NON-NLS-1$ //$NON-NLS-2$
            "delete from granskningshandelse where objekttyp = 'Insats' and objekt_id in " + INSATSER); //$NON-NLS-1$

    /**
     * The new row keeps kön, utbildningsnivå, språk, ekonomiskt bistånd and etableringsprogrammet, and
     * arbetsförmåga in the bands of DOMAIN §13 (100, 50–99 as 50, 25–49 as 25, under 25 or unknown as oklar).
     */
    private static final String NY_PERSON = """
            insert into kund (id, version, kund_id, personnummer, namn, kon, kommun, sprak, utbildningsniva,
                ekonomiskt_bistand, etableringsprogram, etableringsersattning, arbetsformaga, arbetsformaga_oklar,
                tolkbehov, ansvarig_karriarvagledare)
            select ?, 0, ?, null, null, kon, null, sprak, utbildningsniva, ekonomiskt_bistand, etableringsprogram, false,
                case when arbetsformaga_oklar or arbetsformaga is null or arbetsformaga < 25 then null
                     when arbetsformaga >= 100 then 100 when arbetsformaga >= 50 then 50 else 25 end,
                case when arbetsformaga_oklar or arbetsformaga is null or arbetsformaga < 25 then true else false end,
                false, null
            from kund where id = ?
            """; //$NON-NLS-1$

    private final Connection c;
    private final String sekvens;

    /** @param sekvens the dialect's statement for the next value of the entities' id sequence */
    Anonymisering(Connection c, String sekvens) {
        this.c = c;
        this.sekvens = sekvens;
    }

    void gallra(Akt akt) throws SQLException {
        for (String steg : STEG) {
            utfor(steg, akt.kundId);
        }
        String[] nycklar = {slumpnyckel(), slumpnyckel()};
        try (PreparedStatement ps = c.prepareStatement(
                "update enkatsvar set respondent = ? where respondent in (select k.kund_id from kund k where k.id = ?)" //$NON-NLS-1$
                        + " or respondent in (select k.personnummer from kund k where k.id = ?)")) { //$NON-NLS-1$
            ps.setString(1, nycklar[1]);
            ps.setLong(2, akt.kundId);
            ps.setLong(3, akt.kundId);
            ps.executeUpdate();
        }
        long ny = nyttId();
        try (PreparedStatement ps = c.prepareStatement(NY_PERSON)) {
            ps.setLong(1, ny);
            ps.setString(2, nycklar[0]);
            ps.setLong(3, akt.kundId);
            ps.executeUpdate();
        }
        flyttaInsatser(akt, ny);
        utfor("delete from faltandring where handelse_id in (select h.id from granskningshandelse h" //$NON-NLS-1$
                + " where h.objekttyp = 'Kund' and h.objekt_id = ?)", akt.kundId); //$NON-NLS-1$
        utfor("delete from granskningshandelse where objekttyp = 'Kund' and objekt_id = ?", akt.kundId); //$NON-NLS-1$
        utfor("delete from kund where id = ?", akt.kundId); //$NON-NLS-1$
    }

    /** Each insats keeps the age band at its start, as the band's lowest age, and moves to the anonymous person. */
    private void flyttaInsatser(Akt akt, long ny) throws SQLException {
        LocalDate fodd = Personnummer.fodelsedatum(akt.personnummer);
        List<long[]> band = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id, startdatum from insats where kund_id = ?")) { //$NON-NLS-1$
            ps.setLong(1, akt.kundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate start = rs.getDate(2).toLocalDate();
                    long grans = fodd == null ? -1 : Aldersband.nedreGrans((int) ChronoUnit.YEARS.between(fodd, start));
                    band.add(new long[] {rs.getLong(1), grans});
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("update insats set kund_id = ?, aldersband_vid_start = ? where id = ?")) { //$NON-NLS-1$
            for (long[] b : band) {
                ps.setLong(1, ny);
                if (b[1] < 0) {
                    ps.setNull(2, java.sql.Types.INTEGER);
                } else {
                    ps.setInt(2, (int) b[1]);
                }
                ps.setLong(3, b[0]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void utfor(String sql, long kundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int antal = (int) sql.chars().filter(t -> t == '?').count();
            for (int p = 1; p <= antal; p++) {
                ps.setLong(p, kundId);
            }
            ps.executeUpdate();
        }
    }

    /**
     * An id from the entities' sequence: Hibernate's pooled optimizer owns the block below each value it
     * fetches, so the value fetched here and its block belong to this row alone.
     */
    private long nyttId() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sekvens); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Random, from a cryptographic generator, and nothing of the person in it. */
    private static String slumpnyckel() {
        return "ANONYM-" + UUID.randomUUID(); //$NON-NLS-1$
    }
}
