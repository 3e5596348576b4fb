package se.kundval.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;

/**
 * The first connect after V210 encrypts the TOTP secrets that earlier releases stored in clear
 * (docs/decisions/0406-engangskodens-hemlighet-krypterad.md), in one transaction, before any login
 * reads them; later connects find nothing left to do. A row is replaced only if it still holds the
 * clear value read, so two clients starting together never encrypt one secret twice.
 */
final class Hemlighetsuppgradering {

    private static final String LAS = "select id, totp_hemlighet from anvandare where totp_hemlighet is not null" //$NON-NLS-1$
            + " and totp_hemlighet not like '" + Engangsnyckel.PREFIX + "%'"; //$NON-NLS-1$ //$NON-NLS-2$
    private static final String SKRIV = "update anvandare set totp_hemlighet = ? where id = ? and totp_hemlighet = ?"; //$NON-NLS-1$

    private Hemlighetsuppgradering() {
    }

    /** Encrypts every secret still in clear; how many there were. */
    static int kryptera(DataSource pool, Engangsnyckel nyckel) {
        try (Connection c = pool.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Map<Long, String> klara = new LinkedHashMap<>();
                try (PreparedStatement las = c.prepareStatement(LAS); ResultSet rader = las.executeQuery()) {
                    while (rader.next()) {
                        klara.put(rader.getLong(1), rader.getString(2));
                    }
                }
                try (PreparedStatement skriv = c.prepareStatement(SKRIV)) {
                    for (Map.Entry<Long, String> rad : klara.entrySet()) {
                        skriv.setString(1, nyckel.kryptera(rad.getValue()));
                        skriv.setLong(2, rad.getKey());
                        skriv.setString(3, rad.getValue());
                        skriv.executeUpdate();
                    }
                }
                c.commit();
                return klara.size();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new KundvalException(NLS.bind(Messages.hemligheterKrypterasInte, e.getMessage()), e);
        }
    }
}
