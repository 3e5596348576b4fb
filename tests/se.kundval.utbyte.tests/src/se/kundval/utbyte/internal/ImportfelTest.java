package se.kundval.utbyte.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kundval.utbyte.internal.Testmapp.ORG1;
import static se.kundval.utbyte.internal.Testmapp.ORG2;
import static se.kundval.utbyte.internal.Testmapp.ORG3;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.utbyte.Karnfil;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.core.utbyte.Utbytesfil;
import se.kundval.core.utbyte.Utbytesfilregister;
import se.kundval.core.utbyte.UtbytesfelException;
import se.kundval.model.Roll;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * One test per kind of bad input of DOMAIN §9: the exact {@code file:line: message} lines, and
 * the database exactly as before (nothing of a refused folder is written).
 */
class ImportfelTest {

    private static final String KANDA_TYPER = "AMI1, AMI2, FAI1, FAI2, ISA1, ISA2, JOBBPENG_FORSTARKT, JOBBPENG_GRUND, SAI, SAMHALLSORIENTERING";

    private static UtbytesService utbyte;
    private static Databas databas;
    private static Exportlager export;
    /** The core files, then the installed plugins' files (this fragment's and any product plugin's) by name. */
    private static String kandaFiler;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte");
        utbyte = Tjanster.hamta(UtbytesService.class);
        databas = Tjanster.hamta(Databas.class);
        export = Tjanster.hamta(Exportlager.class);
        List<String> filer = new ArrayList<>(Arrays.stream(Karnfil.values()).map(Karnfil::filnamn).toList());
        Tjanster.hamta(Utbytesfilregister.class).filer().stream().map(Utbytesfil::filnamn).sorted().forEach(filer::add);
        assertTrue(filer.contains(Testkursfil.FIL));
        kandaFiler = String.join(", ", filer);
    }

    @BeforeEach
    void nyDatabas() {
        databas.anslut(Testdatabas.H2.ny());
    }

    private static void avvisas(Testmapp mapp, String... fel) {
        Databasinnehall fore = Databasinnehall.av(export);
        UtbytesfelException e = assertThrows(UtbytesfelException.class,
                () -> utbyte.importera(Databasinnehall.ADMIN, mapp.katalog()));
        assertEquals(List.of(fel), e.fel());
        assertEquals(fore, Databasinnehall.av(export));
    }

    @Test
    void ogiltigUtf8NamnerFilOchRad() {
        byte[] trasig = "K9;199001012385;Bj\u00f6rn;M;;;;;;;Nacka;\n".getBytes(StandardCharsets.ISO_8859_1);
        Testmapp mapp = Testmapp.giltig();
        byte[] kunder = String.join("\n", mapp.rader("kunder.csv")).concat("\n").getBytes(StandardCharsets.UTF_8);
        byte[] allt = new byte[kunder.length + trasig.length];
        System.arraycopy(kunder, 0, allt, 0, kunder.length);
        System.arraycopy(trasig, 0, allt, kunder.length, trasig.length);
        avvisas(mapp.skriv("kunder.csv", allt), "kunder.csv:6: raden är inte giltig UTF-8.");
    }

    @Test
    void felRubrikrad() {
        avvisas(Testmapp.giltig().ersatt("anordnare.csv", 1, "orgnr;name"),
                "anordnare.csv:1: rubrikraden ska vara 'orgnr;namn', inte 'orgnr;name'.");
    }

    @Test
    void tomFil() {
        avvisas(Testmapp.giltig().skriv("enkat_utskick.csv", new byte[0]),
                "enkat_utskick.csv:1: filen är tom; rubrikraden 'orgnr;ar;antal' saknas.");
    }

    @Test
    void felAntalFalt() {
        avvisas(Testmapp.giltig().ersatt("kunder.csv", 2, "K1;198112189876;Åsa Öberg;K;GYMNASIUM;svenska;J;N;N;100;Nacka"),
                "kunder.csv:2: raden har 11 fält men rubriken har 12.");
    }

    @Test
    void oavslutatCitattecken() {
        avvisas(Testmapp.giltig().ersatt("anordnare.csv", 3, ORG2 + ";\"Lotsen; Nacka AB"),
                "anordnare.csv:3: citattecknet i fält 2 avslutas aldrig.");
    }

    @Test
    void ogiltigtDatum() {
        avvisas(Testmapp.giltig().ersatt("insatser.csv", 3, "I2;K1;AMI1;" + ORG1 + ";2024-03-01;2024-13-04;3;;;;;"),
                "insatser.csv:3: startdatum: '2024-13-04' är inte ett datum på formen ÅÅÅÅ-MM-DD.");
    }

    @Test
    void ogiltigManad() {
        avvisas(Testmapp.giltig().ersatt("manadsrapporter.csv", 4, "I2;2024-3;INLAMNAD;"),
                "manadsrapporter.csv:4: period: '2024-3' är inte en månad på formen ÅÅÅÅ-MM.");
    }

    @Test
    void ogiltigtJN() {
        avvisas(Testmapp.giltig().ersatt("kunder.csv", 2, "K1;198112189876;Åsa Öberg;K;GYMNASIUM;svenska;Ja;N;N;100;Nacka;kv1"),
                "kunder.csv:2: ekonomiskt_bistand: 'Ja' ska vara J, N eller tomt.");
    }

    @Test
    void ogiltigtKon() {
        avvisas(Testmapp.giltig().ersatt("kunder.csv", 2, "K1;198112189876;Åsa Öberg;F;GYMNASIUM;svenska;J;N;N;100;Nacka;kv1"),
                "kunder.csv:2: kon: 'F' är inte ett giltigt värde; giltiga är K, M, A.");
    }

    @Test
    void ogiltigArbetsformaga() {
        avvisas(Testmapp.giltig().ersatt("kunder.csv", 2, "K1;198112189876;Åsa Öberg;K;GYMNASIUM;svenska;J;N;N;120;Nacka;kv1"),
                "kunder.csv:2: arbetsformaga: '120' ska vara 0–100 eller OKLAR.");
    }

    @Test
    void okandUtbildning() {
        avvisas(Testmapp.giltig().ersatt("kunder.csv", 2, "K1;198112189876;Åsa Öberg;K;GYMNASIET;svenska;J;N;N;100;Nacka;kv1"),
                "kunder.csv:2: utbildning: 'GYMNASIET' är inte ett giltigt värde; giltiga är GRUNDSKOLA_0_3, GRUNDSKOLA_4_9, "
                        + "GYMNASIUM, EFTERGYMNASIAL, HOGSKOLA, EJ_ANGIVET.");
    }

    @Test
    void personnummerMedFelKontrollsiffra() {
        avvisas(Testmapp.giltig().ersatt("kunder.csv", 2, "K1;198112189875;Åsa Öberg;K;GYMNASIUM;svenska;J;N;N;100;Nacka;kv1"),
                "kunder.csv:2: personnummer: '198112189875' har fel kontrollsiffra.");
    }

    @Test
    void personnummerMedFelFormOchDatum() {
        avvisas(Testmapp.giltig()
                .ersatt("kunder.csv", 2, "K1;8112189876;Åsa Öberg;K;GYMNASIUM;svenska;J;N;N;100;Nacka;kv1")
                .ersatt("kunder.csv", 3, "K2;198513721238;Ahmed Ali;M;GRUNDSKOLA_4_9;arabiska;N;J;J;OKLAR;Nacka;kv2"),
                "kunder.csv:2: personnummer: '8112189876' ska ha 12 siffror (ÅÅÅÅMMDDNNNK).",
                "kunder.csv:3: personnummer: '198513721238' innehåller inget giltigt födelsedatum.");
    }

    @Test
    void orgnrMedFelKontrollsiffraOchForm() {
        avvisas(Testmapp.giltig().lagg("anordnare.csv", "5566001236;Fel AB").lagg("anordnare.csv", "556600-1235;Form AB"),
                "anordnare.csv:4: orgnr: '5566001236' har fel kontrollsiffra.",
                "anordnare.csv:5: orgnr: '556600-1235' ska ha 10 siffror.");
    }

    @Test
    void okandInsatstyp() {
        avvisas(Testmapp.giltig()
                .ersatt("insatser.csv", 3, "I2;K1;AMI3;" + ORG1 + ";2024-03-01;2024-03-04;3;;;;;")
                .lagg("auktorisationer.csv", ORG2 + ";AMI;2024-01-01;"),
                "auktorisationer.csv:5: insatstyp: 'AMI' är ingen känd insatstyp; kända är " + KANDA_TYPER + ".",
                "insatser.csv:3: insatstyp: 'AMI3' är ingen känd insatstyp; kända är " + KANDA_TYPER + ".");
    }

    @Test
    void okandaKoder() {
        avvisas(Testmapp.giltig()
                .ersatt("insatser.csv", 2, "I1;K1;JOBBPENG_GRUND;" + ORG1 + ";2023-01-10;2023-01-16;3;;2023-03-20;JOBB;J;J")
                .ersatt("manadsrapporter.csv", 4, "I2;2024-03;KLAR;")
                .ersatt("enkat.csv", 2, ORG1 + ";2024;R1;Jag blir bemött med respekt;VARDEGRUNDER;4"),
                "insatser.csv:2: avslutsorsak: 'JOBB' är inte ett giltigt värde; giltiga är ARBETE, STUDIER, EGET_FORETAG, "
                        + "ANNAN_INSATS_AF, ANNAN_INSATS_KOMMUN, ANNAN_INSATS_SAMORDNINGSFORBUND, STEGFORFLYTTNING, "
                        + "ARBETSFORMEDLINGEN, FLYTTAT, SJUKDOM_MISSBRUK, FORALDRALEDIG, SAKNAR_BARNOMSORG, "
                        + "BYTE_AV_ANORDNARE, INSATSTID_SLUT, OVRIGT.",
                "manadsrapporter.csv:4: status: 'KLAR' är inte ett giltigt värde; giltiga är INLAMNAD, GODKAND, KOMPLETTERING_BEGARD.",
                "enkat.csv:2: omrade: 'VARDEGRUNDER' är inte ett giltigt värde; giltiga är VARDEGRUND, MAL, DELAKTIGHET, "
                        + "KONTAKT_ARBETSLIV.");
    }

    @Test
    void referenserSomSaknas() {
        avvisas(Testmapp.giltig()
                .lagg("auktorisationer.csv", ORG3 + ";AMI1;2024-01-01;")
                .ersatt("insatser.csv", 3, "I2;K9;AMI1;" + ORG3 + ";2024-03-01;2024-03-04;3;;;;;")
                .lagg("manadsrapporter.csv", "I9;2024-04;INLAMNAD;2024-05-08")
                .lagg("enkat.csv", ORG3 + ";2024;R2;Mina synpunkter tas till vara;DELAKTIGHET;3")
                .lagg("enkat_utskick.csv", ORG3 + ";2024;3"),
                "auktorisationer.csv:5: orgnr: '5566001235' finns varken i anordnare.csv eller i databasen.",
                "insatser.csv:3: kund_id: 'K9' finns varken i kunder.csv eller i databasen.",
                "insatser.csv:3: orgnr: '5566001235' finns varken i anordnare.csv eller i databasen.",
                "manadsrapporter.csv:5: insats_id: 'I9' finns inte i insatser.csv.",
                "enkat.csv:4: orgnr: '5566001235' finns varken i anordnare.csv eller i databasen.",
                "enkat_utskick.csv:3: orgnr: '5566001235' finns varken i anordnare.csv eller i databasen.");
    }

    @Test
    void enTrasigRadRapporterasInteIgenViaReferenser() {
        avvisas(Testmapp.giltig().ersatt("kunder.csv", 2, "K1;198112189876;Åsa Öberg;K;GYMNASIUM;svenska;J;N;N;100;Nacka"),
                "kunder.csv:2: raden har 11 fält men rubriken har 12.");
    }

    @Test
    void dubbletterIFilerna() {
        avvisas(Testmapp.giltig()
                .lagg("anordnare.csv", ORG1 + ";Vägen Vidare igen AB")
                .lagg("auktorisationer.csv", ORG1 + ";AMI1;2024-01-01;2025-12-31")
                .lagg("kunder.csv", "K1;199001012385;Eva Ek;K;;;;;;;Nacka;")
                .lagg("kunder.csv", "K5;198112189876;Åsa Öberg;K;;;;;;;Nacka;")
                .lagg("insatser.csv", "I1;K2;AMI2;" + ORG2 + ";2024-02-01;2024-02-05;12;;;;;")
                .lagg("manadsrapporter.csv", "I1;2023-01;INLAMNAD;2023-02-03")
                .lagg("enkat.csv", ORG1 + ";2024;R1;Jag blir bemött med respekt;VARDEGRUND;2")
                .lagg("enkat_utskick.csv", ORG1 + ";2024;13")
                .lagg("priser.csv", "AMI2;2027-01-01;5200;20000"),
                "anordnare.csv:4: orgnr '5560360793' förekommer redan på rad 2.",
                "auktorisationer.csv:5: orgnr '5560360793', insatstyp 'AMI1', fran '2024-01-01' förekommer redan på rad 3.",
                "kunder.csv:6: kund_id 'K1' förekommer redan på rad 2.",
                "kunder.csv:7: personnummer '198112189876' förekommer redan på rad 2.",
                "insatser.csv:6: insats_id 'I1' förekommer redan på rad 2.",
                "manadsrapporter.csv:5: insats_id 'I1', period '2023-01' förekommer redan på rad 2.",
                "enkat.csv:4: orgnr '5560360793', ar '2024', respondent 'R1', fraga 'Jag blir bemött med respekt' förekommer redan på rad 2.",
                "enkat_utskick.csv:3: orgnr '5560360793', ar '2024' förekommer redan på rad 2.",
                "priser.csv:5: insatstyp 'AMI2', fran '2027-01-01' förekommer redan på rad 3.");
    }

    @Test
    void konflikterMedDatabasen() {
        utbyte.importera(Databasinnehall.ADMIN, Testmapp.giltig().katalog());
        avvisas(Testmapp.tom()
                .skriv("anordnare.csv", "orgnr;namn", ORG1 + ";Vägen Vidare AB")
                .skriv("auktorisationer.csv", "orgnr;insatstyp;fran;till", ORG2 + ";AMI2;2024-01-01;")
                .skriv("kunder.csv",
                        "kund_id;personnummer;namn;kon;utbildning;sprak;ekonomiskt_bistand;etableringsprogram;etableringsersattning;arbetsformaga;kommun;kv",
                        "K1;199001012385;Eva Ek;K;;;;;;;Nacka;", "K7;198503721238;Ahmed Ali;M;;;;;;;Nacka;")
                .skriv("insatser.csv",
                        "insats_id;kund_id;insatstyp;orgnr;beslutsdatum;startdatum;langd_manader;slutdatum;avslutsdatum;avslutsorsak;lyckat;bonusgrundande",
                        "I3;K2;AMI2;" + ORG2 + ";2024-02-01;2024-02-05;12;;;;;")
                .skriv("enkat.csv", "orgnr;ar;respondent;fraga;omrade;svar", ORG1 + ";2024;R1;Mina synpunkter tas till vara;DELAKTIGHET;1")
                .skriv("enkat_utskick.csv", "orgnr;ar;antal", ORG1 + ";2024;40"),
                "anordnare.csv:2: orgnr '5560360793' finns redan i databasen.",
                "auktorisationer.csv:2: orgnr '5567123459', insatstyp 'AMI2', fran '2024-01-01' finns redan i databasen.",
                "kunder.csv:2: kund_id 'K1' finns redan i databasen.",
                "kunder.csv:3: personnummer '198503721238' finns redan i databasen.",
                "insatser.csv:2: insats_id 'I3' finns redan i databasen.",
                "enkat.csv:2: orgnr '5560360793', ar '2024', respondent 'R1', fraga 'Mina synpunkter tas till vara' finns redan i databasen.",
                "enkat_utskick.csv:2: orgnr '5560360793', ar '2024' finns redan i databasen.");
    }

    @Test
    void modellensReglerPaRadensFil() {
        avvisas(Testmapp.giltig()
                .ersatt("insatser.csv", 2, "I1;K1;JOBBPENG_GRUND;" + ORG1 + ";2023-01-10;2023-01-16;3;;2023-01-02;ARBETE;N;J")
                .ersatt("insatser.csv", 3, "I2;K1;AMI1;" + ORG1 + ";2023-11-20;2023-12-01;3;;;;;")
                .ersatt("insatser.csv", 4, "I3;K2;AMI2;" + ORG2 + ";2024-02-01;2024-02-05;12;2024-01-31;;;;")
                .ersatt("auktorisationer.csv", 2, ORG1 + ";JOBBPENG_GRUND;2024-06-30;2016-01-01"),
                "auktorisationer.csv:2: Till ligger före startdatumet 2024-06-30.",
                "insatser.csv:2: Vägen Vidare AB är inte auktoriserad för JOBBPENG_GRUND den 2023-01-16.",
                "insatser.csv:2: Avslutsdatum ligger före insatsens startdatum 2023-01-16.",
                "insatser.csv:2: Ett avslut kan bara vara bonusgrundande om det är lyckat.",
                "insatser.csv:3: Vägen Vidare AB är inte auktoriserad för AMI1 den 2023-12-01.",
                "insatser.csv:4: Slutdatum ligger före startdatumet 2024-02-05.");
    }

    @Test
    void obligatoriskaFaltOchAvslut() {
        avvisas(Testmapp.giltig()
                .lagg("kunder.csv", ";199001012385;Eva Ek;K;;;;;;;Nacka;")
                .ersatt("insatser.csv", 2, "I1;K1;JOBBPENG_GRUND;" + ORG1 + ";2023-01-10;2023-01-16;3;;2023-03-20;ARBETE;J;")
                .ersatt("insatser.csv", 3, "I2;K1;AMI1;" + ORG1 + ";2024-03-01;2024-03-04;;;;ARBETE;;")
                .ersatt("insatser.csv", 4, "I3;K2;AMI2;" + ORG2 + ";2024-02-01;2024-02-05;12;2025-05-04;2024-09-30;;;")
                .ersatt("insatser.csv", 5, "I4;K3;AMI1;" + ORG1 + ";;2030-01-07;3;;;;N;N")
                .ersatt("manadsrapporter.csv", 3, "I1;2023-02;;2023-03-06"),
                "kunder.csv:6: kund_id saknas.",
                "insatser.csv:2: lyckat och bonusgrundande ska vara angivna båda eller ingen av dem, inte 'J' och ''.",
                "insatser.csv:3: langd_manader saknas.",
                "insatser.csv:3: avslutsorsak: 'ARBETE' kräver ett avslutsdatum.",
                "insatser.csv:4: avslutsorsak saknas.",
                "insatser.csv:5: lyckat: 'N' kräver ett avslutsdatum.",
                "insatser.csv:5: bonusgrundande: 'N' kräver ett avslutsdatum.",
                "manadsrapporter.csv:3: status saknas.");
    }

    @Test
    void talUtanforSinaGranser() {
        avvisas(Testmapp.giltig()
                .ersatt("insatser.csv", 3, "I2;K1;AMI1;" + ORG1 + ";2024-03-01;2024-03-04;0;;;;;")
                .ersatt("enkat.csv", 2, ORG1 + ";2024;R1;Jag blir bemött med respekt;VARDEGRUND;6")
                .ersatt("enkat_utskick.csv", 2, ORG1 + ";tjugo;12")
                .ersatt("priser.csv", 3, "AMI2;2027-01-01;5 100;20000")
                .ersatt("priser.csv", 4, "AMI1;2027-01-01;-3914;20000"),
                "insatser.csv:3: langd_manader: '0' ska vara 1–120.",
                "enkat.csv:2: svar: '6' ska vara 1–5.",
                "enkat_utskick.csv:2: ar: 'tjugo' är inte ett heltal.",
                "priser.csv:3: belopp: '5 100' är inte ett belopp i kronor (siffror med punkt före ören, t.ex. 3686.00).",
                "priser.csv:4: belopp: '-3914' får inte vara negativt.");
    }

    /**
     * History is not rewritten (issue 12, decision 0221): the clock's today is 2026-11-18, so a row
     * that would change what a month up to October 2026 was paid at is an error at its line, and
     * nothing of the folder is written; a row with the amounts already in force is no change.
     */
    @Test
    void prisSomAndrarEnPasseradManadArEttFelPaSinRad() {
        avvisas(Testmapp.tom().skriv("priser.csv", "insatstyp;fran;belopp;bonus",
                "JOBBPENG_GRUND;2016-01-01;3686;18000", "JOBBPENG_GRUND;2016-03-01;9686;18000",
                "AMI2;2026-10-01;5200;20000", "AMI2;2026-11-01;5200;20000"),
                "priser.csv:3: JOBBPENG_GRUND från 2016-03-01: priset som gäller för en månad som redan har passerat ändras aldrig "
                        + "av en import. Ett nytt pris kan gälla tidigast från 2026-11-01.",
                "priser.csv:4: AMI2 från 2026-10-01: priset som gäller för en månad som redan har passerat ändras aldrig "
                        + "av en import. Ett nytt pris kan gälla tidigast från 2026-11-01.");
    }

    @Test
    void okandFil() {
        avvisas(Testmapp.giltig().skriv("kunder2.csv", "kund_id"), "kunder2.csv: okänd fil; utbytesfilerna heter " + kandaFiler + ".");
    }

    @Test
    void pluginetsFilFarSinaFelMedFilnamn() {
        avvisas(Testmapp.giltig().skriv(Testkursfil.FIL, "insats_id;kurs", "I1;Svenska 1", "I9;Svenska 2"),
                "testkurs.csv:3: insats_id 'I9' finns inte bland importens insatser.");
        avvisas(Testmapp.giltig().skriv(Testkursfil.FIL, "insats;kurs", "I1;Svenska 1"),
                "testkurs.csv:1: rubrikraden ska vara 'insats_id;kurs', inte 'insats;kurs'.");
    }

    @Test
    void katalogSomSaknasEllerArTom() {
        Testmapp tom = Testmapp.tom();
        avvisas(tom, tom.katalog() + " innehåller ingen av utbytesfilerna (" + kandaFiler + ").");
        Testmapp saknas = Testmapp.vid(tom.katalog().resolve("finns-inte"));
        avvisas(saknas, saknas.katalog() + " finns inte eller är ingen katalog.");
    }

    @Test
    void importKraverRattighet() {
        Inloggning kv = new Inloggning("kv1", "Karin", Roll.KARRIARVAGLEDARE, null);
        assertThrows(AtkomstNekadException.class, () -> utbyte.importera(kv, Testmapp.giltig().katalog()));
        assertEquals(0, Databasinnehall.av(export).kunder());
    }
}
