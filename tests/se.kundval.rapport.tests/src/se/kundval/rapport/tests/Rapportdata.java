package se.kundval.rapport.tests;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.AnordnareService;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Databasanslutning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.KundService;
import se.kundval.core.tjanst.KvalitetService;
import se.kundval.core.tjanst.ReferensdataService;
import se.kundval.model.Anordnare;
import se.kundval.model.Auktorisation;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.model.Sysselsattningsform;
import se.kundval.model.Utbildningsniva;
import se.kundval.model.regler.Luhn;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Testfall;
import se.kundval.testsupport.Tjanster;

/**
 * The hand-made data set of the report tests, saved through the services (so it passes the
 * validator). The expected figures are worked out in KvalitetsrapportTest, insats by insats:
 *
 * <pre>
 * kund  kön     utbildning      språk        insatser (typ, anordnare, start → avslut, orsak, bedömning)
 * K1    kvinna  GYMNASIUM       "Arabiska"   I1 AMI1 A1 2024-02-01 → 2024-03-15 ARBETE lyckat, bonusgrundande (43 dagar);
 *                                               effektuppföljning 6 mån egen försörjning, 12 mån registrerad utan svar
 *                                            I2 AMI2 A1 2024-03-01, pågår (överlappar I1)
 * K2    man     HOGSKOLA        "svenska"    I3 AMI1 A2 2024-11-15 → 2025-01-20 ARBETE lyckat (avslut efter perioden)
 *                                            I7 AMI2 A1 2024-05-01 → 2024-12-01 EGET_FORETAG ej lyckat, rättad till lyckat (214 dagar)
 * K3    kvinna  EJ_ANGIVET      "arabiska "  I4 AMI1 A2 2024-01-10 → 2024-04-09 INSATSTID_SLUT ej lyckat
 * K4    man     GRUNDSKOLA_4_9  (saknas)     I5 ISA1 A1 2024-01-15 → 2024-06-30 ARBETSFORMEDLINGEN ej lyckat (måluppfyllelse)
 *                                            I9 AMI1 A2 2024-01-05, pågår, förlängd 2 mån: E = 2024-04-04, E' = 2024-06-04
 * K5    annat   EFTERGYMNASIAL  "somaliska"  I6 AMI1 A1 2024-09-01 → 2024-10-31 STUDIER (CSN), ej bedömd
 * K6    kvinna  GYMNASIUM       "svenska"    I8 AMI1 A2 2025-02-01, pågår (efter perioden)
 *
 * anordnare: A1 auktoriserad AMI1, AMI2, ISA1; A2 AMI1; A3 AMI2 (inga insatser); A4 AMI1 först från 2025
 * </pre>
 */
final class Rapportdata {

    static final Inloggning ADMIN = new Inloggning("admin", "Admin", Roll.ADMINISTRATOR, null);
    static final String A1 = orgnr("556036079");
    static final String A2 = orgnr("556677889");
    static final String A3 = orgnr("559112233");
    static final String A4 = orgnr("556123456");

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;
    private static final Map<Testdatabas, Databasanslutning> DATABASER = new EnumMap<>(Testdatabas.class);

    private Rapportdata() {
    }

    /** Connects to the database of the kind holding the data set, creating it the first time. */
    static void anslut(Testdatabas typ) {
        Databas databas = Tjanster.hamta(Databas.class);
        Databasanslutning anslutning = DATABASER.get(typ);
        if (anslutning == null) {
            anslutning = typ.ny();
            databas.anslut(anslutning);
            skapa();
            new Kvalitetsdata(ADMIN).skapa();
            DATABASER.put(typ, anslutning);
        } else if (!anslutning.equals(databas.anslutning())) {
            databas.anslut(anslutning);
        }
    }

    private static void skapa() {
        Anordnare a1 = anordnare(A1, "Alfa Coach AB", auktorisation("AMI1", 2024), auktorisation("AMI2", 2024), auktorisation("ISA1", 2024));
        Anordnare a2 = anordnare(A2, "Beta Jobb AB", auktorisation("AMI1", 2024));
        anordnare(A3, "Gamma AB", auktorisation("AMI2", 2024));
        anordnare(A4, "Delta AB", auktorisation("AMI1", 2025));
        Kund k1 = kund("K1", "19850312", Kon.KVINNA, Utbildningsniva.GYMNASIUM, "Arabiska");
        Kund k2 = kund("K2", "19791105", Kon.MAN, Utbildningsniva.HOGSKOLA, "svenska");
        Kund k3 = kund("K3", "19900228", Kon.KVINNA, Utbildningsniva.EJ_ANGIVET, "arabiska ");
        Kund k4 = kund("K4", "19660714", Kon.MAN, Utbildningsniva.GRUNDSKOLA_49, null);
        Kund k5 = kund("K5", "20000101", Kon.ANNAT, Utbildningsniva.EFTERGYMNASIAL, "somaliska");
        Kund k6 = kund("K6", "19881224", Kon.KVINNA, Utbildningsniva.GYMNASIUM, "svenska");
        Avslut arbete = avslut("2024-03-15", Avslutsorsak.ARBETE, true);
        arbete.setSysselsattning(Sysselsattningsform.TILLSVIDAREANSTALLNING);
        arbete.getBedomningar().get(0).setBonusgrundande(true);
        Insats i1 = insats("I1", k1, "AMI1", a1, 3, "2024-02-01", arbete);
        i1.getEffektuppfoljningar().add(effekt(6, "2024-09-16", true));
        i1.getEffektuppfoljningar().add(effekt(12, "2025-03-17", null));
        spara(i1);
        spara(insats("I2", k1, "AMI2", a1, 12, "2024-03-01", null));
        spara(insats("I3", k2, "AMI1", a2, 3, "2024-11-15", avslut("2025-01-20", Avslutsorsak.ARBETE, true)));
        spara(insats("I4", k3, "AMI1", a2, 3, "2024-01-10", avslut("2024-04-09", Avslutsorsak.INSATSTID_SLUT, false)));
        spara(insats("I5", k4, "ISA1", a1, 9, "2024-01-15", avslut("2024-06-30", Avslutsorsak.ARBETSFORMEDLINGEN, false)));
        Avslut studier = avslut("2024-10-31", Avslutsorsak.STUDIER, null);
        studier.setSysselsattning(Sysselsattningsform.STUDIER_CSN);
        spara(insats("I6", k5, "AMI1", a1, 3, "2024-09-01", studier));
        Avslut rattad = avslut("2024-12-01", Avslutsorsak.EGET_FORETAG, false);
        rattad.getBedomningar().add(bedomning(2, true));
        spara(insats("I7", k2, "AMI2", a1, 12, "2024-05-01", rattad));
        spara(insats("I8", k6, "AMI1", a2, 3, "2025-02-01", null));
        Insats forlangd = insats("I9", k4, "AMI1", a2, 3, "2024-01-05", null);
        Beslut forlangning = F.createBeslut();
        forlangning.setTyp(BeslutTyp.FORLANGNING);
        forlangning.setDatum(LocalDate.of(2024, 3, 20));
        forlangning.setLangdManader(2);
        forlangd.getBeslut().add(forlangning);
        spara(forlangd);
    }

    static String orgnr(String nioSiffror) {
        return nioSiffror + Luhn.kontrollsiffra(nioSiffror);
    }

    private static Anordnare anordnare(String orgnr, String namn, Auktorisation... auktorisationer) {
        Anordnare a = F.createAnordnare();
        a.setOrgnr(orgnr);
        a.setNamn(namn);
        a.getAuktorisationer().addAll(List.of(auktorisationer));
        return Tjanster.hamta(AnordnareService.class).spara(ADMIN, a);
    }

    private static Auktorisation auktorisation(String typ, int franAr) {
        Auktorisation a = F.createAuktorisation();
        a.setInsatstyp(Tjanster.hamta(ReferensdataService.class).insatstyp(typ).orElseThrow());
        a.setFran(LocalDate.of(franAr, 1, 1));
        return a;
    }

    /** @param fodd YYYYMMDD; the personnummer gets the birth number 123 and its check digit */
    private static Kund kund(String kundId, String fodd, Kon kon, Utbildningsniva utbildning, String sprak) {
        Kund k = F.createKund();
        k.setKundId(kundId);
        String utanKontrollsiffra = fodd.substring(2) + "123";
        k.setPersonnummer(fodd + "123" + Luhn.kontrollsiffra(utanKontrollsiffra));
        k.setNamn("Kund " + kundId);
        k.setKon(kon);
        k.setKommun("Nacka");
        k.setUtbildningsniva(utbildning);
        k.setSprak(sprak);
        return Tjanster.hamta(KundService.class).spara(ADMIN, k);
    }

    private static Insats insats(String id, Kund kund, String typ, Anordnare anordnare, int langd, String start, Avslut avslut) {
        Insats i = F.createInsats();
        i.setInsatsId(id);
        i.setKund(kund);
        i.setInsatstyp(Tjanster.hamta(ReferensdataService.class).insatstyp(typ).orElseThrow());
        i.setAnordnare(anordnare);
        i.setStartdatum(LocalDate.parse(start));
        i.setLangdManader(langd);
        Beslut beviljande = F.createBeslut();
        beviljande.setTyp(BeslutTyp.BEVILJANDE);
        beviljande.setDatum(LocalDate.parse(start).minusDays(10));
        beviljande.setLangdManader(langd);
        i.getBeslut().add(beviljande);
        i.setStatus(avslut == null ? InsatsStatus.PAGAENDE : InsatsStatus.AVSLUTAD);
        i.setAvslut(avslut);
        return i;
    }

    /** @param lyckat the first bedömning, or null for an avslut not yet judged */
    private static Avslut avslut(String datum, Avslutsorsak orsak, Boolean lyckat) {
        Avslut a = F.createAvslut();
        a.setAvslutsdatum(LocalDate.parse(datum));
        a.setAvslutsorsak(orsak);
        if (lyckat != null) {
            a.getBedomningar().add(bedomning(1, lyckat));
        }
        return a;
    }

    private static Effektuppfoljning effekt(int manader, String datum, Boolean egenForsorjning) {
        Effektuppfoljning e = F.createEffektuppfoljning();
        e.setManader(manader);
        e.setDatum(LocalDate.parse(datum));
        e.setEgenForsorjning(egenForsorjning);
        return e;
    }

    private static Avslutsbedomning bedomning(int lopnummer, boolean lyckat) {
        Avslutsbedomning b = F.createAvslutsbedomning();
        b.setLopnummer(lopnummer);
        b.setLyckat(lyckat);
        b.setBedomdAv("hl1");
        return b;
    }

    private static void spara(Insats insats) {
        Tjanster.hamta(InsatsService.class).spara(Testfall.HANDLAGGARE, insats);
    }
}
