package se.kundval.persistence.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.OptionalLong;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.kundval.core.KundvalException;
import se.kundval.core.dokument.Dokumentarkiv;

/**
 * The documents' bytes in {@code dokumentinnehall}, a table the model's mapping does not know, so no
 * read of an insats ever loads them (docs/decisions/0370). Plain JDBC on the session's connection, in
 * the caller's transaction; the rights are the document service's.
 */
@Component(service = Dokumentarkiv.class)
public class DokumentarkivLager implements Dokumentarkiv {

    private Sessionskalla databas;

    @Reference
    void setSessionskalla(Sessionskalla sessionskalla) {
        this.databas = sessionskalla;
    }

    @Override
    public void spara(long dokumentId, byte[] innehall) {
        databas.iTransaktion(s -> {
            s.doWork(c -> {
                try (PreparedStatement p = c.prepareStatement("insert into dokumentinnehall (dokument_id, innehall) values (?, ?)")) { //$NON-NLS-1$
                    p.setLong(1, dokumentId);
                    p.setBytes(2, innehall);
                    p.executeUpdate();
                }
            });
            return null;
        });
    }

    @Override
    public byte[] las(long dokumentId) {
        byte[] innehall = databas.lasa(s -> s.doReturningWork(c -> {
            try (PreparedStatement p = c.prepareStatement("select innehall from dokumentinnehall where dokument_id = ?")) { //$NON-NLS-1$
                p.setLong(1, dokumentId);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getBytes(1) : null;
                }
            }
        }));
        if (innehall == null) {
            throw new KundvalException(NLS.bind(Messages.finnsInte, "Dokument", dokumentId)); //$NON-NLS-1$
        }
        return innehall;
    }

    @Override
    public OptionalLong insats(long dokumentId) {
        Long insats = databas.lasa(s -> s.createSelectionQuery(
                "select d.uppfoljning.insats.id from Dokument d where d.id = :id", Long.class) //$NON-NLS-1$
                .setParameter("id", dokumentId).getSingleResultOrNull()); //$NON-NLS-1$
        return insats == null ? OptionalLong.empty() : OptionalLong.of(insats);
    }
}
