package se.kundval.rapport.tests;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Genomforandeplan;
import se.kundval.model.Insats;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Manadsrapportstatus;
import se.kundval.model.Planmal;
import se.kundval.model.Planrevision;
import se.kundval.model.Pris;
import se.kundval.model.Sysselsattningsform;
import se.kundval.model.Utbildningsniva;
import se.kundval.model.regler.Luhn;
import se.kundval.testsupport.Insatsbyggare;
import se.kundval.testsupport.Jdbcoppning;
import se.kundval.core.Inloggning;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Testklocka;
import se.kundval.testsupport.Tjanster;

/**
 * A seeded history of many years for the gallring tests, saved through the services, that keeps its
 * own account of every akt's last entry, open insatser and birth day: what DOMAIN §12 says must go is
 * worked out here from the dates the history was given, independently of the product's reading.
 * Each akt is saved with the clock at its own last entry, so whatever a save records carries that day.
 */
final class Gallringshistorik {

    static final LocalDate PER = LocalDate.of(2026, 6, 15);
    static final List<String> TYPER = List.of("AMI1", "AMI2", "ISA1");
    private static final KundvalFactory F = KundvalFactory.eINSTANCE;
    private static final List<Avslutsorsak> ORSAKER = List.of(Avslutsorsak.ARBETE, Avslutsorsak.STUDIER,
            Avslutsorsak.INSATSTID_SLUT, Avslutsorsak.FLYTTAT, Avslutsorsak.ARBETSFORMEDLINGEN);

    /** The kund-id of every akt with its last entry. */
    final Map<String, LocalDate> senaste = new LinkedHashMap<>();
    final Set<String> oppna = new HashSet<>();
    final Set<String> forskning = new HashSet<>();
    /** The kund-id of every akt with the personnummer and name it was registered with. */
    final Map<String, String[]> identitet = new LinkedHashMap<>();
    /** The database id of the one insats whose effektuppföljning has a comment (the last akt that goes). */
    long sistaEffektInsats;

    private final Random slump = new Random(20261207);
    private static final Inloggning ANDRA_ADMIN = new Inloggning("admin2", "Andra Admin", Roll.ADMINISTRATOR, null);
    private final List<Anordnare> anordnare = new ArrayList<>();
    private int lopnummer;

    void skapa(int antal) {
        ReferensdataService ref = Tjanster.hamta(ReferensdataService.class);
        int[] belopp = {3000, 4000, 5000};
        // proposed and approved by two administratörer before it applies (a price never changes a past month)
        try (Testklocka.Stallning fore = Testklocka.stall(LocalDate.of(2009, 12, 31).atTime(9, 0))) {
            for (int t = 0; t < TYPER.size(); t++) {
                Pris p = F.createPris();
                p.setInsatstyp(ref.insatstyp(TYPER.get(t)).orElseThrow());
                p.setGiltigFran(LocalDate.of(2010, 1, 1));
                p.setCheckbelopp(new BigDecimal(belopp[t]));
                p.setBonus(t == 2 ? null : new BigDecimal(20000));
                ref.foreslaPris(Testfall.ADMIN, p);
                ref.godkannPris(ANDRA_ADMIN, p.getId());
            }
        }
        List<Insatstyp> typer = TYPER.stream().map(k -> ref.insatstyp(k).orElseThrow()).toList();
        for (String namn : List.of("Alfa Coach AB", "Beta Jobb AB")) {
            Anordnare a = Insatsbyggare.anordnare(orgnr(), namn, typer);
            a.getAuktorisationer().forEach(x -> x.setFran(LocalDate.of(2010, 1, 1)));
            anordnare.add(Tjanster.hamta(AnordnareService.class).spara(Testfall.ADMIN, a));
        }
        for (int n = 0; n < antal; n++) {
            slumpad(typer);
        }
    }

    private void slumpad(List<Insatstyp> typer) {
        LocalDate fodd = LocalDate.of(1958, 1, 1).plusDays(slump.nextInt(46 * 365));
        Akt akt = new Akt("G" + (++lopnummer), fodd, false);
        LocalDate start = LocalDate.of(2012, 1, 1).plusDays(slump.nextInt(12 * 365 + 180));
        for (int i = 0; i < 1 + slump.nextInt(2) && start != null; i++) {
            int t = slump.nextInt(typer.size());
            int langd = new int[] {3, 12, 9}[t];
            Insatsbyggare b = Insatsbyggare.insats(akt.kundId + "-" + i, akt.kund, anordnare.get(slump.nextInt(2)), typer.get(t), start, langd);
            akt.post(start.minusDays(1));
            LocalDate nasta = null;
            if (slump.nextInt(100) < 92) {
                LocalDate avslut = start.plusDays(20 + slump.nextInt(langd * 30));
                Avslutsorsak orsak = ORSAKER.get(slump.nextInt(ORSAKER.size()));
                boolean arbete = orsak == Avslutsorsak.ARBETE;
                b.avslut(avslut, orsak, arbete ? Sysselsattningsform.TILLSVIDAREANSTALLNING : null, null);
                akt.post(avslut);
                if (slump.nextInt(100) < 90) {
                    boolean lyckat = arbete || orsak == Avslutsorsak.STUDIER;
                    boolean bonus = arbete && slump.nextBoolean();
                    b.bedomd(lyckat, bonus);
                    if (bonus) {
                        akt.post(avslut.plusMonths(6));
                    }
                    if (lyckat && slump.nextBoolean()) {
                        b.bygg().getEffektuppfoljningar().add(effekt(avslut.plusMonths(6), null));
                        akt.post(avslut.plusMonths(6));
                    }
                }
                nasta = avslut.plusDays(10 + slump.nextInt(400));
            } else {
                akt.oppen = true;
            }
            uppfoljning(akt, b.bygg(), start);
            akt.insatser.add(b.bygg());
            start = nasta;
        }
        akt.spara();
    }

    /** A plan with a revision in most insatser, a reviewed month report in some. */
    private void uppfoljning(Akt akt, Insats insats, LocalDate start) {
        if (slump.nextInt(100) < 60) {
            Genomforandeplan plan = F.createGenomforandeplan();
            plan.setUpprattad(start.plusDays(10));
            Planmal mal = F.createPlanmal();
            mal.setBeskrivning("Arbete inom vården för " + akt.kund.getNamn());
            plan.getMal().add(mal);
            Planrevision r = F.createPlanrevision();
            r.setDatum(start.plusDays(40));
            r.setBeskrivning("Reviderad efter samtal.");
            plan.getRevisioner().add(r);
            insats.setGenomforandeplan(plan);
            akt.post(r.getDatum());
        }
        if (slump.nextInt(100) < 50) {
            Manadsrapport m = F.createManadsrapport();
            m.setPeriod(YearMonth.from(start));
            m.setStatus(Manadsrapportstatus.GODKAND);
            m.setInlamnad(YearMonth.from(start).atEndOfMonth().plusDays(5));
            m.setAktiviteter("Praktik hos " + akt.kund.getNamn());
            m.setGranskadDatum(m.getInlamnad().plusDays(3));
            m.setGranskadAv("kv1");
            insats.getManadsrapporter().add(m);
            akt.post(m.getGranskadDatum());
        }
    }

    static Effektuppfoljning effekt(LocalDate datum, String kommentar) {
        Effektuppfoljning e = F.createEffektuppfoljning();
        e.setManader(6);
        e.setDatum(datum);
        e.setEgenForsorjning(Boolean.TRUE);
        e.setKommentar(kommentar);
        return e;
    }

    /** One akt of a single judged AMI1 insats ending on the day; the last entry is that day. */
    Akt enkel(String kundId, LocalDate fodd, boolean samordning, LocalDate avslut) {
        Akt akt = new Akt(kundId, fodd, samordning);
        LocalDate start = avslut.minusMonths(2);
        Insatsbyggare b = Insatsbyggare.insats("I-" + kundId, akt.kund, anordnare.get(0), typ("AMI1"), start, 3)
                .avslut(avslut, Avslutsorsak.INSATSTID_SLUT, null, null).bedomd(false, false);
        akt.insatser.add(b.bygg());
        akt.post(avslut);
        return akt;
    }

    Anordnare forsta() {
        return anordnare.get(0);
    }

    Insatstyp typ(String kod) {
        return Tjanster.hamta(ReferensdataService.class).insatstyp(kod).orElseThrow();
    }

    /** The akter DOMAIN §12 says go on the day, from the history's own account. */
    Set<String> gallras(LocalDate per) {
        Set<String> ut = new HashSet<>();
        senaste.forEach((id, dag) -> {
            if (!dag.plusYears(5).isAfter(per) && !oppna.contains(id) && !forskning.contains(id)) {
                ut.add(id);
            }
        });
        return ut;
    }

    /** The due akter per year of their last entry. */
    Map<Integer, Integer> perAr(LocalDate per) {
        Map<Integer, Integer> ar = new TreeMap<>();
        gallras(per).forEach(id -> ar.merge(senaste.get(id).getYear(), 1, Integer::sum));
        return ar;
    }

    /** Writes a change of the kund's data into the audit trail, as an edit of the kund records it. */
    static void kundandring(Databasanslutning db, long kundId, LocalDate dag) throws SQLException {
        try (Connection c = Jdbcoppning.oppna(db); PreparedStatement ps = c.prepareStatement(
                "insert into granskningshandelse (id, version, tidpunkt, anvandare, handelse, objekttyp, objekt_id, detaljer)"
                        + " values (?, 0, ?, 'kv1', 'KUND_ANDRAD', 'Kund', ?, 'namn ändrat')")) {
            ps.setLong(1, 900_000_000L + kundId);
            ps.setTimestamp(2, java.sql.Timestamp.valueOf(dag.atTime(14, 0)));
            ps.setLong(3, kundId);
            ps.executeUpdate();
        }
    }

    private String orgnr() {
        String utan = String.format("55%07d", 1000 + anordnare.size());
        return utan + Luhn.kontrollsiffra(utan);
    }

    /** An akt being built: the kund, its insatser, and the history's account of it. */
    final class Akt {
        final String kundId;
        final Kund kund;
        final List<Insats> insatser = new ArrayList<>();
        boolean oppen;
        private LocalDate sista;

        Akt(String kundId, LocalDate fodd, boolean samordning) {
            this.kundId = kundId;
            kund = Insatsbyggare.kund(kundId, personnummer(fodd, samordning));
            kund.setNamn("Namn " + kundId);
            kund.setKon(slump.nextBoolean() ? Kon.KVINNA : Kon.MAN);
            kund.setUtbildningsniva(Utbildningsniva.values()[slump.nextInt(Utbildningsniva.values().length)]);
            kund.setSprak(List.of("svenska", "arabiska", "somaliska", "").get(slump.nextInt(4)));
            int formaga = slump.nextInt(5);
            kund.setArbetsformaga(formaga == 0 ? null : new int[] {0, 10, 30, 60, 100}[formaga]);
            kund.setArbetsformagaOklar(formaga == 0);
            kund.setEkonomisktBistand(slump.nextBoolean());
            kund.setEtableringsprogram(slump.nextInt(4) == 0);
            int dag = fodd.getDayOfMonth();
            if (dag == 5 || dag == 15 || dag == 25) {
                forskning.add(kundId);
            }
        }

        void post(LocalDate dag) {
            if (sista == null || dag.isAfter(sista)) {
                sista = dag;
            }
        }

        /** Saves the kund and its insatser with the clock at the akt's last entry. */
        Kund spara() {
            senaste.put(kundId, sista);
            identitet.put(kundId, new String[] {kund.getPersonnummer(), kund.getNamn()});
            if (oppen) {
                oppna.add(kundId);
            }
            try (var klocka = Testklocka.stall(sista.atTime(12, 0))) {
                Kund sparad = Tjanster.hamta(KundService.class).spara(Testfall.ADMIN, kund);
                for (Insats i : insatser) {
                    i.setKund(sparad);
                    Tjanster.hamta(InsatsService.class).spara(Testfall.HANDLAGGARE, i);
                }
                return sparad;
            }
        }
    }

    private String personnummer(LocalDate fodd, boolean samordning) {
        String datum = String.format("%04d%02d%02d", fodd.getYear(), fodd.getMonthValue(),
                fodd.getDayOfMonth() + (samordning ? 60 : 0));
        String utan = datum + String.format("%03d", ++lopnummer % 1000);
        return utan + Luhn.kontrollsiffra(utan.substring(2));
    }
}
