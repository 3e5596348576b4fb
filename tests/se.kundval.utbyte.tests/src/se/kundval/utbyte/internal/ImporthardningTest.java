package se.kundval.utbyte.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.kundval.utbyte.internal.Testmapp.ORG1;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kundval.core.rapport.Enkatfraga;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.Exportlager;
import se.kundval.core.utbyte.UtbytesService;
import se.kundval.core.utbyte.UtbytesfelException;
import se.kundval.testsupport.Exportinnehall;
import se.kundval.testsupport.Testdatabas;
import se.kundval.testsupport.Tjanster;

/**
 * Input the import used to keep or to die on (issue 12, decision 0231): control characters, a
 * judgement the avslutsorsak cannot carry, a beslut after the start, more respondents than were
 * invited, a question the kundundersökning does not ask, values longer than their column and
 * amounts larger than it, and a file with more problems than anyone reads. Each is refused with {@code file:line: message}, nothing written.
 */
class ImporthardningTest {

    private static final String FRAGORNA = "'Jag blir bemött med respekt', 'Jag känner mig trygg hos anordnaren', "
            + "'Jag vet vad målet med min insats är', 'Insatsen för mig närmare arbete eller studier', "
            + "'Jag har varit med och planerat min insats', 'Mina synpunkter tas till vara', "
            + "'Jag har fått kontakt med arbetsgivare', 'Jag har fått hjälp att söka arbete'";

    private static UtbytesService utbyte;
    private static Databas databas;
    private static Exportlager export;

    @BeforeAll
    static void tjanster() {
        Tjanster.starta("se.kundval.core", "se.kundval.persistence", "se.kundval.utbyte");
        utbyte = Tjanster.hamta(UtbytesService.class);
        databas = Tjanster.hamta(Databas.class);
        export = Tjanster.hamta(Exportlager.class);
    }

    @BeforeEach
    void nyDatabas() {
        databas.anslut(Testdatabas.H2.ny());
    }

    private static UtbytesfelException avvisas(Testmapp mapp) {
        Databasinnehall fore = Databasinnehall.av(export);
        UtbytesfelException e = assertThrows(UtbytesfelException.class, () -> utbyte.importera(Databasinnehall.ADMIN, mapp.katalog()));
        assertEquals(fore, Databasinnehall.av(export));
        return e;
    }

    private static void avvisas(Testmapp mapp, String... fel) {
        assertEquals(List.of(fel), avvisas(mapp).fel());
    }

    @Test
    void styrteckenIEttTextfalt() {
        avvisas(Testmapp.giltig()
                .ersatt("anordnare.csv", 2, ORG1 + ";Vägen\u001b[2J Vidare AB")
                .ersatt("kunder.csv", 2, "K1;198112189876;Åsa\u0000Öberg;K;GYMNASIUM;svenska;J;N;N;100;Nacka;kv1"),
                "anordnare.csv:2: namn: värdet innehåller styrtecknet U+001B på plats 6; ta bort det.",
                "kunder.csv:2: namn: värdet innehåller styrtecknet U+0000 på plats 4; ta bort det.");
    }

    @Test
    void lyckatOchBonusgrundandeFoljerAvslutsorsaken() {
        avvisas(Testmapp.giltig()
                .ersatt("insatser.csv", 2, "I1;K1;JOBBPENG_GRUND;" + ORG1 + ";2023-01-10;2023-01-16;3;;2023-03-20;ANNAN_INSATS_AF;J;N")
                .lagg("insatser.csv", "I5;K4;JOBBPENG_GRUND;" + ORG1 + ";2023-01-10;2023-01-16;3;;2023-03-20;EGET_FORETAG;J;J"),
                "insatser.csv:2: lyckat: 'J' gäller bara avslut till egen försörjning (avslutsorsak ARBETE, STUDIER eller "
                        + "EGET_FORETAG), inte 'ANNAN_INSATS_AF'.",
                "insatser.csv:6: bonusgrundande: 'J' gäller bara avslut till arbete eller studier (avslutsorsak ARBETE eller "
                        + "STUDIER), inte 'EGET_FORETAG'.");
    }

    @Test
    void beslutEfterStart() {
        avvisas(Testmapp.giltig().ersatt("insatser.csv", 3, "I2;K1;AMI1;" + ORG1 + ";2024-03-05;2024-03-04;3;;;;;"),
                "insatser.csv:3: beslutsdatum 2024-03-05 är efter startdatum 2024-03-04; en insats beviljas innan den börjar.");
    }

    @Test
    void flerSvarandeAnInbjudna() {
        avvisas(Testmapp.giltig()
                .lagg("enkat.csv", ORG1 + ";2024;R2;Jag blir bemött med respekt;VARDEGRUND;3")
                .ersatt("enkat_utskick.csv", 2, ORG1 + ";2024;1"),
                "enkat_utskick.csv:2: antal: 1 inbjudna men 2 svarande i enkat.csv för orgnr '" + ORG1 + "' år 2024.");
    }

    /** Only the kundundersökning's questions, each in its own area (decision 0411); the catalogue's own pass. */
    @Test
    void okandEnkatfragaOchFragaIAnnatOmrade() {
        avvisas(Testmapp.giltig()
                .ersatt("enkat.csv", 2, ORG1 + ";2024;R1;Jag blir bemött med  respekt;VARDEGRUND;4")
                .lagg("enkat.csv", ORG1 + ";2024;R2;F1;VARDEGRUND;3")
                .lagg("enkat.csv", ORG1 + ";2024;R2;Jag har fått hjälp att söka arbete;MAL;3"),
                "enkat.csv:2: fraga: 'Jag blir bemött med  respekt' är ingen fråga i kundundersökningen; frågorna är "
                        + FRAGORNA + ".",
                "enkat.csv:4: fraga: 'F1' är ingen fråga i kundundersökningen; frågorna är " + FRAGORNA + ".",
                "enkat.csv:5: omrade: frågan 'Jag har fått hjälp att söka arbete' hör till området KONTAKT_ARBETSLIV, inte MAL.");
        Testmapp alla = Testmapp.giltig();
        for (Enkatfraga f : Enkatfraga.values()) {
            alla.lagg("enkat.csv", ORG1 + ";2024;R3;" + f.text() + ";" + f.omrade().getName() + ";2");
        }
        utbyte.importera(Databasinnehall.ADMIN, alla.katalog());
        assertEquals(10, Exportinnehall.av(export, Databasinnehall.ADMIN).enkatsvar().size());
    }

    @Test
    void forLangtVardeOchForStortBelopp() {
        String langt = "Å".repeat(300);
        avvisas(Testmapp.giltig()
                .ersatt("kunder.csv", 3, "K2;198503721238;" + langt + ";M;GRUNDSKOLA_4_9;arabiska;N;J;J;OKLAR;Nacka;kv2")
                .ersatt("priser.csv", 2, "AMI1;2024-01-01;12345678901234567890;20000.00"),
                "kunder.csv:3: namn: värdet har 300 tecken; högst 255 får plats.",
                "priser.csv:2: belopp: '12345678901234567890' är för stort; högst 9999999999.99 kronor.");
    }

    /** The first thousand problems in file and line order, then how many more: the list does not grow with the file. */
    @Test
    void hogstTusenFelSedanAntaletTill() {
        List<String> rader = new ArrayList<>(Testmapp.giltig().rader("kunder.csv"));
        for (int i = 0; i < 25_000; i++) {
            rader.add("X" + i + ";123;Namn;K;;;;;;;Nacka;");
        }
        UtbytesfelException e = avvisas(Testmapp.giltig().skriv("kunder.csv", rader.toArray(String[]::new)));
        assertEquals(1_001, e.fel().size());
        assertEquals(25_000, e.antal());
        assertEquals("kunder.csv:6: personnummer: '123' ska ha 12 siffror (ÅÅÅÅMMDDNNNK).", e.fel().get(0));
        assertEquals("kunder.csv:1005: personnummer: '123' ska ha 12 siffror (ÅÅÅÅMMDDNNNK).", e.fel().get(999));
        assertEquals("… och 24000 till", e.fel().get(1_000));
    }
}
