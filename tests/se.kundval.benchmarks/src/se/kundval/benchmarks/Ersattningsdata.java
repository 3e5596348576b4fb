package se.kundval.benchmarks;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

import se.kundval.model.Insatstyp;
import se.kundval.model.regler.Luhn;

/**
 * Writes the benchmark's rows straight into the migrated schema with JDBC batches (saving 100 000
 * insatser one by one through InsatsService would measure the insert, not the payment run). Every
 * insats is active in the month: a random start within its granted length before the month,
 * 10 % förlängda by three months, 8 % with an avslut in the month of which 70 % are judged. The
 * planned end after förlängningar is stored in {@code slutdatum}, as the interchange file does, so
 * the SQL baseline can read it. Ids start far above what the sequence hands out.
 */
final class Ersattningsdata {

    static final int ANORDNARE = 50;
    static final int INSATSER_PER_KUND = 5;
    private static final long FORSTA_ID = 100_000_000L;
    private static final int BATCH = 1000;

    private final Connection c;
    private final Random slump = new Random(20240601L);
    private long nastaId = FORSTA_ID;

    /** What was written. */
    record Mangd(int insatser, int kunder, int forlangda, int avslut, int bedomda) {
    }

    Ersattningsdata(Connection c) {
        this.c = c;
    }

    Mangd skapa(int antal, YearMonth manad, List<Insatstyp> typer) throws SQLException {
        c.setAutoCommit(false);
        long[] anordnare = anordnare();
        long[] kunder = kunder(antal / INSATSER_PER_KUND);
        int forlangda = 0;
        int avslut = 0;
        int bedomda = 0;
        try (PreparedStatement insats = c.prepareStatement("insert into insats (id, version, insats_id, kund_id, insatstyp_id, "
                + "anordnare_id, startdatum, langd_manader, slutdatum, status) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement beslut = c.prepareStatement("insert into beslut (id, version, insats_id, typ, datum, handlaggare, "
                        + "motivering, langd_manader, tidpunkt) values (?, 0, ?, ?, ?, 'hl1', 'benchmark', ?, ?)");
                PreparedStatement slut = c.prepareStatement("insert into avslut (id, version, insats_id, avslutsdatum, avslutsorsak, "
                        + "sysselsattning, varaktighet_manader, rapporterad_av, rapporterad_datum) values (?, 0, ?, ?, ?, ?, null, 'a1', ?)");
                PreparedStatement bedomning = c.prepareStatement("insert into avslutsbedomning (id, version, avslut_id, lyckat, "
                        + "bonusgrundande, motivering, bedomd_av, tidpunkt, lopnummer) values (?, 0, ?, ?, ?, 'benchmark', 'hl1', ?, 1)")) {
            for (int k = 0; k < antal; k++) {
                Insatstyp typ = typer.get(k % typer.size());
                int langd = typ.getLangdManader();
                // a start such that the granted end (start + L months - 1 day) is in or after the month
                LocalDate tidigast = manad.atDay(2).minusMonths(langd);
                LocalDate start = tidigast.plusDays(slump.nextInt((int) (manad.atEndOfMonth().toEpochDay() - tidigast.toEpochDay()) + 1));
                boolean forlangd = slump.nextInt(10) == 0;
                LocalDate slutdatum = start.plusMonths(langd + (forlangd ? 3L : 0L)).minusDays(1);
                LocalDate avslutsdag = avslutsdag(start, slutdatum, manad);
                long id = nastaId++;
                insats.setLong(1, id);
                insats.setString(2, "B-" + k);
                insats.setLong(3, kunder[k / INSATSER_PER_KUND]);
                insats.setLong(4, typ.getId());
                insats.setLong(5, anordnare[k % ANORDNARE]);
                insats.setDate(6, Date.valueOf(start));
                insats.setInt(7, langd);
                insats.setDate(8, Date.valueOf(slutdatum));
                insats.setString(9, avslutsdag == null ? "PAGAENDE" : "AVSLUTAD");
                insats.addBatch();
                lagg(beslut, id, "BEVILJANDE", start.minusDays(7), langd);
                if (forlangd) {
                    lagg(beslut, id, "FORLANGNING", start.plusMonths(langd).minusDays(20), 3);
                    forlangda++;
                }
                if (avslutsdag != null) {
                    long avslutId = nastaId++;
                    boolean arbete = slump.nextBoolean();
                    slut.setLong(1, avslutId);
                    slut.setLong(2, id);
                    slut.setDate(3, Date.valueOf(avslutsdag));
                    slut.setString(4, arbete ? "ARBETE" : "FLYTTAT");
                    slut.setString(5, arbete ? "TILLSVIDAREANSTALLNING" : null);
                    slut.setDate(6, Date.valueOf(avslutsdag));
                    slut.addBatch();
                    avslut++;
                    if (slump.nextInt(10) < 7) {
                        bedomning.setLong(1, nastaId++);
                        bedomning.setLong(2, avslutId);
                        bedomning.setBoolean(3, arbete);
                        bedomning.setBoolean(4, arbete);
                        bedomning.setTimestamp(5, Timestamp.valueOf(avslutsdag.plusDays(3).atTime(10, 0)));
                        bedomning.addBatch();
                        bedomda++;
                    }
                }
                if (k % BATCH == BATCH - 1) {
                    skicka(insats, beslut, slut, bedomning);
                }
            }
            skicka(insats, beslut, slut, bedomning);
        }
        c.commit();
        c.setAutoCommit(true);
        return new Mangd(antal, kunder.length, forlangda, avslut, bedomda);
    }

    /** 8 % end in the month, on a day the insats is active and at least 14 days after its start. */
    private LocalDate avslutsdag(LocalDate start, LocalDate slutdatum, YearMonth manad) {
        if (slump.nextInt(100) >= 8) {
            return null;
        }
        LocalDate dag = manad.atDay(1 + slump.nextInt(manad.lengthOfMonth()));
        boolean mojlig = !dag.isAfter(slutdatum) && !dag.isBefore(start.plusDays(13));
        return mojlig ? dag : null;
    }

    private void lagg(PreparedStatement beslut, long insats, String typ, LocalDate datum, int manader) throws SQLException {
        beslut.setLong(1, nastaId++);
        beslut.setLong(2, insats);
        beslut.setString(3, typ);
        beslut.setDate(4, Date.valueOf(datum));
        beslut.setInt(5, manader);
        beslut.setTimestamp(6, Timestamp.valueOf(datum.atTime(9, 0)));
        beslut.addBatch();
    }

    private static void skicka(PreparedStatement... satser) throws SQLException {
        for (PreparedStatement sats : satser) {
            sats.executeBatch();
        }
    }

    private long[] anordnare() throws SQLException {
        long[] ids = new long[ANORDNARE];
        try (PreparedStatement p = c.prepareStatement("insert into anordnare (id, version, orgnr, namn) values (?, 0, ?, ?)")) {
            for (int i = 0; i < ANORDNARE; i++) {
                ids[i] = nastaId++;
                String utan = String.format("556%06d", 100_000 + i);
                p.setLong(1, ids[i]);
                p.setString(2, utan + Luhn.kontrollsiffra(utan));
                p.setString(3, "Anordnare " + i);
                p.addBatch();
            }
            p.executeBatch();
        }
        return ids;
    }

    private long[] kunder(int antal) throws SQLException {
        long[] ids = new long[antal];
        try (PreparedStatement p = c.prepareStatement("insert into kund (id, version, kund_id, personnummer, namn, kon, kommun, "
                + "sprak, utbildningsniva, ekonomiskt_bistand, etableringsprogram, etableringsersattning, arbetsformaga, "
                + "arbetsformaga_oklar, tolkbehov, ansvarig_karriarvagledare) "
                + "values (?, 0, ?, ?, ?, 'KVINNA', 'Nacka', 'svenska', 'GYMNASIUM', true, false, false, 75, false, false, 'kv1')")) {
            for (int i = 0; i < antal; i++) {
                ids[i] = nastaId++;
                LocalDate fodd = LocalDate.of(1970, 1, 1).plusDays(i % 10_000L);
                String utan = fodd.toString().replace("-", "").substring(2) + String.format("%03d", i / 10_000);
                p.setLong(1, ids[i]);
                p.setString(2, "BK-" + i);
                p.setString(3, fodd.getYear() / 100 + utan + Luhn.kontrollsiffra(utan));
                p.setString(4, "Kund " + i);
                p.addBatch();
                if (i % BATCH == BATCH - 1) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        return ids;
    }
}
