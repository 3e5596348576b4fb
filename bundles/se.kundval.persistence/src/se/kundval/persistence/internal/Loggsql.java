package se.kundval.persistence.internal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.atkomst.Atkomstpost;
import se.kundval.core.atkomst.Klient;
import se.kundval.core.atkomst.Logggranskning;
import se.kundval.core.atkomst.Loggfraga;
import se.kundval.model.Roll;

/**
 * The access log's searches in SQL that H2 and PostgreSQL both run: each entry with its latest
 * review, the filters, and the systematic selections as conditions on the flags written with the
 * entry (docs/decisions/0201-loggkontroll.md).
 */
final class Loggsql {

    static final String URVAL = "select l.id, l.tid, l.anvandare, l.roll, l.klient, l.klientadress, l.kund_id, l.handling, " //$NON-NLS-1$
            + "l.plats, l.i_lista, l.skyddad, l.utanfor_ansvar, l.utanfor_kontorstid, g.granskare, g.tid, g.kommentar " //$NON-NLS-1$
            + "from atkomstlogg l left join atkomstgranskning g on g.id = " //$NON-NLS-1$
            + "(select max(g2.id) from atkomstgranskning g2 where g2.post_id = l.id)"; //$NON-NLS-1$

    private Loggsql() {
    }

    /** The where clause of the search, its parameters added to {@code parametrar}. */
    static String villkor(Loggfraga fraga, Map<String, Object> parametrar) {
        List<String> villkor = new ArrayList<>();
        villkor.add("l.tid >= :fran and l.tid < :till"); //$NON-NLS-1$
        parametrar.put("fran", Timestamp.valueOf(fraga.fran().atStartOfDay())); //$NON-NLS-1$
        parametrar.put("till", Timestamp.valueOf(fraga.till().plusDays(1).atStartOfDay())); //$NON-NLS-1$
        if (fraga.anvandare() != null && !fraga.anvandare().isBlank()) {
            villkor.add("l.anvandare = :anvandare"); //$NON-NLS-1$
            parametrar.put("anvandare", fraga.anvandare().strip()); //$NON-NLS-1$
        }
        if (fraga.kundId() != null && !fraga.kundId().isBlank()) {
            villkor.add("l.kund_id = :kund"); //$NON-NLS-1$
            parametrar.put("kund", fraga.kundId().strip()); //$NON-NLS-1$
        }
        if (fraga.handling() != null) {
            villkor.add("l.handling = :handling"); //$NON-NLS-1$
            parametrar.put("handling", fraga.handling().name()); //$NON-NLS-1$
        }
        if (fraga.urval() != null) {
            villkor.add(switch (fraga.urval()) {
                case UTANFOR_EGET_ANSVAR -> "l.utanfor_ansvar = true"; //$NON-NLS-1$
                case SKYDDAD_IDENTITET -> "l.skyddad = true"; //$NON-NLS-1$
                case UTANFOR_KONTORSTID -> "l.utanfor_kontorstid = true"; //$NON-NLS-1$
                case MANGA_KUNDER_PER_DAG -> mangaKunder(fraga, parametrar);
            });
        }
        return " where " + String.join(" and ", villkor); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The entries of a user on a day when the user opened more distinct kunder one by one (not as
     * rows of a list) than the limit; all that user's entries of that day, lists included, so the
     * reviewer sees the whole day.
     */
    private static String mangaKunder(Loggfraga fraga, Map<String, Object> parametrar) {
        parametrar.put("grans", fraga.kunderPerDag()); //$NON-NLS-1$
        return "exists (select 1 from atkomstlogg d where d.anvandare = l.anvandare and d.i_lista = false " //$NON-NLS-1$
                + "and cast(d.tid as date) = cast(l.tid as date) " //$NON-NLS-1$
                + "group by d.anvandare, cast(d.tid as date) having count(distinct d.kund_id) > :grans)"; //$NON-NLS-1$
    }

    static Atkomstpost post(Object[] r) {
        Logggranskning granskning = r[13] == null ? null
                : new Logggranskning(((Number) r[0]).longValue(), (String) r[13], tid(r[14]), (String) r[15]);
        return new Atkomstpost(((Number) r[0]).longValue(), tid(r[1]), (String) r[2], Roll.get((String) r[3]),
                new Klient(Klient.Typ.valueOf((String) r[4]), (String) r[5]), (String) r[6],
                Atkomsthandling.valueOf((String) r[7]), (String) r[8], (Boolean) r[9], (Boolean) r[10], (Boolean) r[11],
                (Boolean) r[12], granskning);
    }

    private static LocalDateTime tid(Object varde) {
        return varde instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) varde;
    }
}
