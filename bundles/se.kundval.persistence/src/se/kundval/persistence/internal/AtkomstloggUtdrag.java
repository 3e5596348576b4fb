package se.kundval.persistence.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.Inloggning;
import se.kundval.core.Rattighet;
import se.kundval.core.dataskydd.Registerutdragsbidrag;
import se.kundval.core.dataskydd.Utdragsdel;
import se.kundval.core.dataskydd.Utdragsperson;

/**
 * The access log's part of a registerutdrag (GDPR art. 15 gives the person the right to know who has
 * read their data): every entry about the kund, oldest first, as the loggranskare sees it.
 */
@Component(service = Registerutdragsbidrag.class)
public class AtkomstloggUtdrag implements Registerutdragsbidrag {

    private static final String FRAGA = "select tid, anvandare, roll, klient, klientadress, handling, plats" //$NON-NLS-1$
            + " from atkomstlogg where kund_id = :kund order by tid, id"; //$NON-NLS-1$

    private Sessionskalla databas;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
    }

    @Override
    public List<Utdragsdel> delar(Inloggning vem, Utdragsperson person) {
        // a service of its own: whoever calls it directly needs the right the utdrag needs
        vem.kraver(Rattighet.GORA_REGISTERUTDRAG);
        List<Object[]> poster = databas.lasa(s -> s.createNativeQuery(FRAGA, Object[].class)
                .setParameter("kund", person.kundId()).getResultList()); //$NON-NLS-1$
        List<List<Object>> rader = new ArrayList<>(poster.size());
        for (Object[] p : poster) {
            // the utdrag's writers know java.time, not JDBC's types
            if (p[0] instanceof Timestamp t) {
                p[0] = t.toLocalDateTime();
            }
            rader.add(Arrays.asList(p));
        }
        return List.of(new Utdragsdel("atkomstlogg", Messages.utdragAtkomstlogg, //$NON-NLS-1$
                List.of(Messages.utdragTid, Messages.utdragAnvandare, Messages.utdragRoll, Messages.utdragKlient,
                        Messages.utdragKlientadress, Messages.utdragHandling, Messages.utdragPlats),
                rader));
    }
}
