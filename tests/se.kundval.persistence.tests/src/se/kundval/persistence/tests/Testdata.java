package se.kundval.persistence.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import se.kundval.model.Aktivitetstyp;
import se.kundval.model.Anordnare;
import se.kundval.model.Anvandare;
import se.kundval.model.Auktorisation;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Coach;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Genomforandeplan;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Manadsrapportstatus;
import se.kundval.model.Planaktivitet;
import se.kundval.model.Planmal;
import se.kundval.model.Planrevision;
import se.kundval.model.Progressgenomgang;
import se.kundval.model.Progressutfall;
import se.kundval.model.Roll;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Sysselsattningsform;
import se.kundval.model.Underlagstyp;
import se.kundval.model.Undantag;
import se.kundval.model.Uppfoljningsstatus;
import se.kundval.model.Utbildningsniva;

/** Objects with every field set, for round trips. */
final class Testdata {

    static final KundvalFactory F = KundvalFactory.eINSTANCE;

    private Testdata() {
    }

    static Anordnare anordnare(Insatstyp typ) {
        Anordnare a = F.createAnordnare();
        a.setOrgnr("5560360793");
        a.setNamn("Vägen Vidare AB");
        Coach c = F.createCoach();
        c.setNamn("Sara Coach");
        c.setEpost("sara@vagenvidare.se");
        c.setTelefon("08-123 45");
        a.getCoacher().add(c);
        Auktorisation auk = F.createAuktorisation();
        auk.setInsatstyp(typ);
        auk.setFran(LocalDate.of(2020, 1, 1));
        auk.setTill(LocalDate.of(2026, 12, 31));
        a.getAuktorisationer().add(auk);
        return a;
    }

    static Kund kund(String kundId, String personnummer) {
        Kund k = F.createKund();
        k.setKundId(kundId);
        k.setPersonnummer(personnummer);
        k.setNamn("Åsa Öberg");
        k.setKon(Kon.KVINNA);
        k.setKommun("Nacka");
        k.setSprak("svenska");
        k.setUtbildningsniva(Utbildningsniva.GYMNASIUM);
        k.setEkonomisktBistand(true);
        k.setEtableringsprogram(false);
        k.setEtableringsersattning(false);
        k.setArbetsformaga(75);
        k.setTolkbehov(true);
        k.setAnsvarigKarriarvagledare("kv1");
        return k;
    }

    static Anvandare anvandare() {
        Anvandare u = F.createAnvandare();
        u.setAnvandarnamn("anordnare1");
        u.setNamn("Anna Anordnare");
        u.setRoll(Roll.ANORDNARE);
        u.setOrgnr("5560360793");
        u.setAktiv(true);
        return u;
    }

    /** An insats with every containment filled. */
    static Insats insats(Kund kund, Anordnare anordnare, Insatstyp typ) {
        Insats i = F.createInsats();
        i.setInsatsId("I-1");
        i.setKund(kund);
        i.setAnordnare(anordnare);
        i.setInsatstyp(typ);
        i.setStartdatum(LocalDate.of(2024, 2, 29));
        i.setLangdManader(3);
        i.setSlutdatum(LocalDate.of(2024, 8, 28));
        i.setStatus(InsatsStatus.AVSLUTAD);
        Beslut b = F.createBeslut();
        b.setTyp(BeslutTyp.BEVILJANDE);
        b.setDatum(LocalDate.of(2024, 2, 20));
        b.setHandlaggare("hl1");
        b.setMotivering("Kunden står nära arbetsmarknaden.");
        b.setLangdManader(3);
        b.setTidpunkt(LocalDateTime.of(2024, 2, 20, 10, 15, 30));
        Undantag u = F.createUndantag();
        u.setRegel("ALDER");
        u.setSkal("Kunden är 17 år");
        u.setMotivering("Fyller 18 inom en vecka.");
        b.getUndantag().add(u);
        i.getBeslut().add(b);
        Beslut f = F.createBeslut();
        f.setTyp(BeslutTyp.FORLANGNING);
        f.setDatum(LocalDate.of(2024, 5, 20));
        f.setLangdManader(3);
        i.getBeslut().add(f);
        Avslut a = F.createAvslut();
        a.setAvslutsdatum(LocalDate.of(2024, 7, 1));
        a.setAvslutsorsak(Avslutsorsak.ARBETE);
        a.setSysselsattning(Sysselsattningsform.VISSTIDSANSTALLNING);
        a.setVaraktighetManader(12);
        a.setRapporteradAv("anordnare1");
        a.setRapporteradDatum(LocalDate.of(2024, 7, 2));
        a.getBedomningar().add(bedomning(1, false, "Underlag saknas."));
        a.getBedomningar().add(bedomning(2, true, "Anställningsavtal 12 månader."));
        i.setAvslut(a);
        i.setGenomforandeplan(plan());
        i.getManadsrapporter().add(rapport(YearMonth.of(2024, 3)));
        i.getManadsrapporter().add(rapport(YearMonth.of(2024, 4)));
        Progressgenomgang p = F.createProgressgenomgang();
        p.setDatum(LocalDate.of(2024, 6, 1));
        p.setUtfall(Progressutfall.FORTSATT);
        p.setKommentar("Går bra.");
        p.setAv("kv1");
        i.getProgressgenomgangar().add(p);
        Sexmanadersuppfoljning s = F.createSexmanadersuppfoljning();
        s.setInlamnad(LocalDate.of(2025, 1, 2));
        s.setUnderlag(Underlagstyp.ANSTALLNINGSAVTAL);
        s.setBeskrivning("Avtal t.o.m. 2025-06-30");
        s.setStatus(Uppfoljningsstatus.BEKRAFTAD);
        s.setBedomdAv("hl1");
        s.setBedomdDatum(LocalDate.of(2025, 1, 5));
        s.setMotivering("Styrkt.");
        i.getSexmanadersuppfoljningar().add(s);
        Effektuppfoljning e = F.createEffektuppfoljning();
        e.setManader(12);
        e.setDatum(LocalDate.of(2025, 7, 1));
        e.setEgenForsorjning(Boolean.TRUE);
        e.setKommentar("Fortfarande anställd.");
        i.getEffektuppfoljningar().add(e);
        return i;
    }

    static Avslutsbedomning bedomning(int lopnummer, boolean lyckat, String motivering) {
        Avslutsbedomning b = F.createAvslutsbedomning();
        b.setLopnummer(lopnummer);
        b.setLyckat(lyckat);
        b.setBonusgrundande(lyckat);
        b.setMotivering(motivering);
        b.setBedomdAv("hl1");
        b.setTidpunkt(LocalDateTime.of(2024, 7, 10, 9, 0).plusDays(lopnummer));
        return b;
    }

    private static Genomforandeplan plan() {
        Genomforandeplan g = F.createGenomforandeplan();
        g.setUpprattad(LocalDate.of(2024, 3, 20));
        Planmal m = F.createPlanmal();
        m.setBeskrivning("Anställning inom lager och logistik");
        g.getMal().add(m);
        Planaktivitet a = F.createPlanaktivitet();
        a.setTyp(Aktivitetstyp.PRAKTIK);
        a.setBeskrivning("Praktik på lager");
        a.setPlaneradStart(LocalDate.of(2024, 4, 1));
        a.setPlaneradSlut(LocalDate.of(2024, 5, 31));
        g.getAktiviteter().add(a);
        Planrevision r = F.createPlanrevision();
        r.setDatum(LocalDate.of(2024, 5, 1));
        r.setBeskrivning("Praktiken förlängd");
        r.setRevideradAv("anordnare1");
        g.getRevisioner().add(r);
        return g;
    }

    private static Manadsrapport rapport(YearMonth period) {
        Manadsrapport r = F.createManadsrapport();
        r.setPeriod(period);
        r.setStatus(Manadsrapportstatus.GODKAND);
        r.setInlamnad(period.plusMonths(1).atDay(5));
        r.setAktiviteter("Jobbsök, praktik");
        r.setNarvarodagar(18);
        r.setProgression("God");
        r.setFranvarodagar(3);
        r.setSjukdagar(2);
        r.setSjukdagarMedLakarintyg(1);
        r.setAvvikelser("Inga");
        r.setGranskadAv("kv1");
        r.setGranskadDatum(period.plusMonths(1).atDay(8));
        r.setKommentar("OK");
        return r;
    }

    static BigDecimal kr(String belopp) {
        return new BigDecimal(belopp);
    }
}
