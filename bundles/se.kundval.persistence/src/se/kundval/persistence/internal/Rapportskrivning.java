package se.kundval.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.kundval.core.tjanst.Importlager;
import se.kundval.model.Insats;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.model.Manadsrapportstatus;

/**
 * The import's månadsrapporter written as they are fed (decision 0440): no EMF object per row, a
 * slice of rows at a time numbered from the sequence in one statement and written with COPY on
 * PostgreSQL or one batched insert on H2. COPY occupies the connection, so a slice's ids are fetched
 * before its COPY starts; the slice bounds the memory however many rows the file holds.
 */
final class Rapportskrivning implements Importlager.Rapportmottagare {

    /** Rows per slice: a thousand blocks of ids per statement, a few megabytes of rows. */
    static final int SKIVA = 50_000;

    private record Rad(Insats insats, YearMonth period, Manadsrapportstatus status, LocalDate inlamnad) {
    }

    /** A failed write inside {@link Importlager.Rapportkalla#mata}, carried out past the import's own code. */
    private static final class Skrivfel extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Skrivfel(SQLException orsak) {
            super(orsak);
        }
    }

    private final Connection c;
    private final boolean kopia;
    private final Radskrivning.Tabell tabell = Radskrivning.Tabell.av(Literals.MANADSRAPPORT);
    private final List<Rad> skiva = new ArrayList<>();

    private Rapportskrivning(Connection c) throws SQLException {
        this.c = c;
        this.kopia = Radskrivning.arPostgresql(c);
    }

    /**
     * Writes every månadsrapport the källa feeds, on the transaction's connection; an SQL failure
     * comes out as itself so the transaction's own conversion (a duplicate key is a conflict) applies.
     */
    static void skriv(Connection c, Importlager.Rapportkalla kalla) throws SQLException {
        Rapportskrivning skrivning = new Rapportskrivning(c);
        try {
            kalla.mata(skrivning);
            skrivning.tom();
        } catch (Skrivfel e) {
            throw (SQLException) e.getCause();
        }
    }

    @Override
    public void manadsrapport(Insats insats, YearMonth period, Manadsrapportstatus status, LocalDate inlamnad) {
        skiva.add(new Rad(insats, period, status, inlamnad));
        if (skiva.size() == SKIVA) {
            try {
                tom();
            } catch (SQLException e) {
                throw new Skrivfel(e);
            }
        }
    }

    private void tom() throws SQLException {
        if (skiva.isEmpty()) {
            return;
        }
        long[] ids = Radskrivning.ids(c, skiva.size());
        List<Object[]> rader = new ArrayList<>(skiva.size());
        for (int i = 0; i < ids.length; i++) {
            rader.add(new Object[] {ids[i], skiva.get(i)});
        }
        Radskrivning.skriv(c, kopia, tabell, rader, (rad, kolumn) -> varde((long) rad[0], (Rad) rad[1], kolumn));
        skiva.clear();
    }

    /** A column's value as the mapping stores it; a column the file does not carry keeps the model's default. */
    private static Object varde(long id, Rad rad, EStructuralFeature kolumn) {
        if (kolumn == Literals.ENTITET__ID) {
            return id;
        } else if (kolumn == Literals.ENTITET__VERSION) {
            return 0L;
        } else if (kolumn == Literals.MANADSRAPPORT__INSATS) {
            return rad.insats();
        } else if (kolumn == Literals.MANADSRAPPORT__PERIOD) {
            return rad.period();
        } else if (kolumn == Literals.MANADSRAPPORT__STATUS) {
            return rad.status();
        } else if (kolumn == Literals.MANADSRAPPORT__INLAMNAD) {
            return rad.inlamnad();
        }
        return kolumn instanceof EAttribute a ? a.getDefaultValue() : null;
    }
}
