package se.kundval.persistence.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.Tid;
import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.model.Kund;

/**
 * Writes access-log entries (DOMAIN §12, docs/decisions/0200-atkomstlogg.md): one row per kund, all
 * of one read in one batched insert and one transaction, before the data is handed to the caller.
 * If the log cannot be written the read fails, so nothing is shown that is not logged. The only
 * statement this class has is an insert; nothing in the product updates or deletes an entry.
 */
@Component(service = Atkomstskrivning.class)
public class Atkomstskrivning {

    private static final int KONTORET_OPPNAR = 7;
    private static final int KONTORET_STANGER = 19;
    static final String INSERT = "insert into atkomstlogg (tid, anvandare, roll, klient, klientadress, kund_id, handling, " //$NON-NLS-1$
            + "plats, i_lista, skyddad, utanfor_ansvar, utanfor_kontorstid) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$

    private Sessionskalla databas;
    private volatile Clock klocka;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
    }

    /** Dynamic and greedy, as in {@link KundLager}: a test's fixed clock takes over at once. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setClock(Clock clock) {
        this.klocka = clock;
    }

    void unsetClock(Clock clock) {
    }

    /**
     * One entry per kund in {@code kunder}, at the caller's {@link Inloggning#plats()} or else
     * {@code standardplats}.
     */
    void skriv(Inloggning vem, Atkomsthandling handling, String standardplats, List<Kund> kunder) {
        skriv(vem, handling, standardplats, kunder, kunder.size() > 1);
    }

    /**
     * As {@link #skriv(Inloggning, Atkomsthandling, String, List)} for one page of a longer read, e.g.
     * the export's: whether the kund was seen in a list is the whole read's, not the page's.
     */
    void skriv(Inloggning vem, Atkomsthandling handling, String standardplats, List<Kund> kunder, boolean iLista) {
        if (kunder.isEmpty()) {
            return;
        }
        LocalDateTime nu = LocalDateTime.now(klocka.withZone(Tid.STOCKHOLM));
        boolean utanforKontorstid = utanforKontorstid(nu);
        Set<String> egna = Ansvar.egna(vem, kunder, databas);
        String plats = vem.platsEller(standardplats);
        databas.iTransaktion(s -> {
            s.doWork(c -> {
                try (PreparedStatement p = c.prepareStatement(INSERT)) {
                    for (Kund k : kunder) {
                        p.setTimestamp(1, Timestamp.valueOf(nu));
                        p.setString(2, vem.anvandarnamn());
                        p.setString(3, vem.roll().getName());
                        p.setString(4, vem.klient().typ().name());
                        p.setString(5, vem.klient().adress());
                        p.setString(6, k.getKundId());
                        p.setString(7, handling.name());
                        p.setString(8, plats);
                        p.setBoolean(9, iLista);
                        p.setBoolean(10, k.isSkyddad());
                        p.setBoolean(11, !egna.contains(k.getKundId()));
                        p.setBoolean(12, utanforKontorstid);
                        p.addBatch();
                    }
                    p.executeBatch();
                }
            });
            return null;
        });
    }

    /** Outside 07–19 on a weekday, or any time on a Saturday or Sunday (public holidays are not known). */
    static boolean utanforKontorstid(LocalDateTime tid) {
        DayOfWeek dag = tid.getDayOfWeek();
        return dag == DayOfWeek.SATURDAY || dag == DayOfWeek.SUNDAY
                || tid.getHour() < KONTORET_OPPNAR || tid.getHour() >= KONTORET_STANGER;
    }
}
