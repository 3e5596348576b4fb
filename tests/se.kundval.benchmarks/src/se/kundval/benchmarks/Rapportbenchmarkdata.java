package se.kundval.benchmarks;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import se.kundval.model.regler.Luhn;

/**
 * The report benchmark's data, written straight into the migrated schema with JDBC batches: ten
 * insatser per kund of the six 2024 types, starting between 2023-10-01 and 2024-12-31 so that nearly
 * all of them belong to the 2024 report; 10 % förlängda by a beslut (slutdatum left empty, so E' must
 * be computed), 60 % ended with one of the fifteen avslutsorsaker, 85 % of those judged and 5 % of
 * the judged corrected by a second bedömning. Kunder vary in kön, utbildningsnivå and språk (with
 * case and blank variants and empty values). Ids start far above what the sequence hands out.
 */
final class Rapportbenchmarkdata {

    static final int ANORDNARE = 50;
    static final int INSATSER_PER_KUND = 10;
    static final List<String> TYPER = List.of("AMI1", "AMI1", "AMI1", "AMI2", "AMI2", "AMI2", "ISA1", "ISA2", "FAI1", "FAI2");
    private static final String[] KON = {"KVINNA", "MAN", "KVINNA", "MAN", "KVINNA", "MAN", "KVINNA", "MAN", "ANNAT", null};
    private static final String[] UTBILDNING = {"GRUNDSKOLA_03", "GRUNDSKOLA_49", "GYMNASIUM", "EFTERGYMNASIAL", "HOGSKOLA", "EJ_ANGIVET", null};
    private static final String[] SPRAK = {"svenska", "arabiska", "Arabiska", "somaliska", "tigrinja", "dari", "persiska", "engelska",
        "polska", " svenska ", "", null};
    private static final String[] ORSAKER = {"ARBETE", "ARBETE", "ARBETE", "STUDIER", "EGET_FORETAG", "ANNAN_INSATS_AF",
        "ANNAN_INSATS_KOMMUN", "ANNAN_INSATS_SAMORDNINGSFORBUND", "STEGFORFLYTTNING", "ARBETSFORMEDLINGEN", "FLYTTAT",
        "SJUKDOM_MISSBRUK", "FORALDRALEDIG", "SAKNAR_BARNOMSORG", "BYTE_AV_ANORDNARE", "INSATSTID_SLUT", "OVRIGT"};
    private static final LocalDate FORSTA_START = LocalDate.of(2023, 10, 1);
    private static final LocalDate SISTA_START = LocalDate.of(2024, 12, 31);
    private static final LocalDate SISTA_AVSLUT = LocalDate.of(2025, 6, 30);
    private static final long FORSTA_ID = 100_000_000L;
    private static final int BATCH = 2000;

    private final Connection c;
    private final Random slump = new Random(20240101L);
    private long nastaId = FORSTA_ID;

    /** What was written. */
    record Mangd(int insatser, int kunder, int forlangda, int avslut, int bedomda, int rattade) {
    }

    Rapportbenchmarkdata(Connection c) {
        this.c = c;
    }

    /** @param typer type code → database id and length in months */
    Mangd skapa(int antal, Map<String, long[]> typer) throws SQLException {
        c.setAutoCommit(false);
        long[] anordnare = anordnare(typer);
        long[] kunder = kunder(antal / INSATSER_PER_KUND);
        int[] raknare = new int[4];
        try (PreparedStatement insats = c.prepareStatement("insert into insats (id, version, insats_id, kund_id, insatstyp_id, "
                + "anordnare_id, startdatum, langd_manader, slutdatum, status) values (?, 0, ?, ?, ?, ?, ?, ?, null, ?)");
                PreparedStatement beslut = c.prepareStatement("insert into beslut (id, version, insats_id, typ, datum, handlaggare, "
                        + "motivering, langd_manader, tidpunkt) values (?, 0, ?, ?, ?, 'hl1', 'benchmark', ?, null)");
                PreparedStatement slut = c.prepareStatement("insert into avslut (id, version, insats_id, avslutsdatum, avslutsorsak, "
                        + "sysselsattning, varaktighet_manader, rapporterad_av, rapporterad_datum) values (?, 0, ?, ?, ?, null, null, 'a1', ?)");
                PreparedStatement bedomning = c.prepareStatement("insert into avslutsbedomning (id, version, avslut_id, lyckat, "
                        + "bonusgrundande, motivering, bedomd_av, tidpunkt, lopnummer) values (?, 0, ?, ?, ?, 'benchmark', 'hl1', null, ?)")) {
            long dagar = SISTA_START.toEpochDay() - FORSTA_START.toEpochDay() + 1;
            for (int n = 0; n < antal; n++) {
                String kod = TYPER.get(slump.nextInt(TYPER.size()));
                long[] typ = typer.get(kod);
                int langd = (int) typ[1];
                LocalDate start = FORSTA_START.plusDays(slump.nextLong(dagar));
                boolean forlangd = slump.nextInt(10) == 0;
                long id = nastaId++;
                LocalDate slutEfterForlangning = start.plusMonths(langd + (forlangd ? 3L : 0L)).minusDays(1);
                LocalDate avslutsdag = avslutsdag(start, slutEfterForlangning);
                insats.setLong(1, id);
                insats.setString(2, "RB-" + n);
                insats.setLong(3, kunder[n % kunder.length]);
                insats.setLong(4, typ[0]);
                insats.setLong(5, anordnare[slump.nextInt(ANORDNARE)]);
                insats.setDate(6, Date.valueOf(start));
                insats.setInt(7, langd);
                insats.setString(8, avslutsdag == null ? "PAGAENDE" : "AVSLUTAD");
                insats.addBatch();
                lagg(beslut, id, "BEVILJANDE", start.minusDays(7), langd);
                if (forlangd) {
                    lagg(beslut, id, "FORLANGNING", start.plusMonths(langd).minusDays(20), 3);
                    raknare[0]++;
                }
                if (avslutsdag != null) {
                    avslut(slut, bedomning, id, avslutsdag, raknare);
                }
                if (n % BATCH == BATCH - 1) {
                    skicka(insats, beslut, slut, bedomning);
                    c.commit();
                }
            }
            skicka(insats, beslut, slut, bedomning);
        }
        c.commit();
        c.setAutoCommit(true);
        return new Mangd(antal, kunder.length, raknare[0], raknare[1], raknare[2], raknare[3]);
    }

    /** 60 % end, on a day from two weeks after the start to E' (or mid-2025). */
    private LocalDate avslutsdag(LocalDate start, LocalDate slut) {
        LocalDate tidigast = start.plusDays(14);
        LocalDate senast = slut.isAfter(SISTA_AVSLUT) ? SISTA_AVSLUT : slut;
        if (slump.nextInt(10) >= 6 || senast.isBefore(tidigast)) {
            return null;
        }
        return tidigast.plusDays(slump.nextLong(senast.toEpochDay() - tidigast.toEpochDay() + 1));
    }

    private void avslut(PreparedStatement slut, PreparedStatement bedomning, long insats, LocalDate dag, int[] raknare)
            throws SQLException {
        long avslutId = nastaId++;
        String orsak = ORSAKER[slump.nextInt(ORSAKER.length)];
        slut.setLong(1, avslutId);
        slut.setLong(2, insats);
        slut.setDate(3, Date.valueOf(dag));
        slut.setString(4, orsak);
        slut.setDate(5, Date.valueOf(dag));
        slut.addBatch();
        raknare[1]++;
        if (slump.nextInt(100) < 85) {
            boolean lyckat = (orsak.equals("ARBETE") || orsak.equals("STUDIER") || orsak.equals("EGET_FORETAG")) && slump.nextInt(10) < 9;
            boolean bonus = lyckat && !orsak.equals("EGET_FORETAG") && slump.nextInt(10) < 7;
            bedom(bedomning, avslutId, lyckat, bonus, 1);
            raknare[2]++;
            if (slump.nextInt(100) < 5) {
                bedom(bedomning, avslutId, !lyckat, false, 2);
                raknare[3]++;
            }
        }
    }

    private void bedom(PreparedStatement bedomning, long avslut, boolean lyckat, boolean bonus, int lopnummer) throws SQLException {
        bedomning.setLong(1, nastaId++);
        bedomning.setLong(2, avslut);
        bedomning.setBoolean(3, lyckat);
        bedomning.setBoolean(4, bonus);
        bedomning.setInt(5, lopnummer);
        bedomning.addBatch();
    }

    private void lagg(PreparedStatement beslut, long insats, String typ, LocalDate datum, int manader) throws SQLException {
        beslut.setLong(1, nastaId++);
        beslut.setLong(2, insats);
        beslut.setString(3, typ);
        beslut.setDate(4, Date.valueOf(datum));
        beslut.setInt(5, manader);
        beslut.addBatch();
    }

    private static void skicka(PreparedStatement... satser) throws SQLException {
        for (PreparedStatement sats : satser) {
            sats.executeBatch();
        }
    }

    /** Fifty anordnare, each authorised from 2024 for three of the types. */
    private long[] anordnare(Map<String, long[]> typer) throws SQLException {
        long[] ids = new long[ANORDNARE];
        List<String> koder = List.copyOf(typer.keySet());
        try (PreparedStatement p = c.prepareStatement("insert into anordnare (id, version, orgnr, namn) values (?, 0, ?, ?)");
                PreparedStatement auk = c.prepareStatement("insert into auktorisation (id, version, anordnare_id, insatstyp_id, fran, till) "
                        + "values (?, 0, ?, ?, ?, null)")) {
            for (int i = 0; i < ANORDNARE; i++) {
                ids[i] = nastaId++;
                String utan = String.format("559%06d", 200_000 + i);
                p.setLong(1, ids[i]);
                p.setString(2, utan + Luhn.kontrollsiffra(utan));
                p.setString(3, String.format("Anordnare %02d", i));
                p.addBatch();
                for (int t = 0; t < 3; t++) {
                    auk.setLong(1, nastaId++);
                    auk.setLong(2, ids[i]);
                    auk.setLong(3, typer.get(koder.get((i + t) % koder.size()))[0]);
                    auk.setDate(4, Date.valueOf(LocalDate.of(2024, 1, 1)));
                    auk.addBatch();
                }
            }
            p.executeBatch();
            auk.executeBatch();
        }
        return ids;
    }

    private long[] kunder(int antal) throws SQLException {
        long[] ids = new long[antal];
        try (PreparedStatement p = c.prepareStatement("insert into kund (id, version, kund_id, personnummer, namn, kon, kommun, "
                + "sprak, utbildningsniva, ekonomiskt_bistand, etableringsprogram, etableringsersattning, arbetsformaga, "
                + "arbetsformaga_oklar, tolkbehov, ansvarig_karriarvagledare) "
                + "values (?, 0, ?, ?, ?, ?, 'Nacka', ?, ?, true, false, false, 75, false, false, 'kv1')")) {
            for (int i = 0; i < antal; i++) {
                ids[i] = nastaId++;
                LocalDate fodd = LocalDate.of(1960, 1, 1).plusDays(i % 15_000L);
                String utan = fodd.toString().replace("-", "").substring(2) + String.format("%03d", i / 15_000);
                p.setLong(1, ids[i]);
                p.setString(2, "RK-" + i);
                p.setString(3, fodd.getYear() / 100 + utan + Luhn.kontrollsiffra(utan));
                p.setString(4, "Kund " + i);
                p.setString(5, KON[slump.nextInt(KON.length)]);
                p.setString(6, SPRAK[slump.nextInt(SPRAK.length)]);
                p.setString(7, UTBILDNING[slump.nextInt(UTBILDNING.length)]);
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
