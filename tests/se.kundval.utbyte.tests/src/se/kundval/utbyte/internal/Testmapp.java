package se.kundval.utbyte.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A valid interchange folder written by hand, and ways to break one line of it. */
final class Testmapp {

    static final String ORG1 = "5560360793";
    static final String ORG2 = "5567123459";
    static final String ORG3 = "5566001235";

    private final Path katalog;

    private Testmapp(Path katalog) {
        this.katalog = katalog;
    }

    static Testmapp tom() {
        try {
            return new Testmapp(Files.createTempDirectory("kundval-utbyte"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Testmapp vid(Path katalog) {
        return new Testmapp(katalog);
    }

    /** Two anordnare, three kunder, four insatser, reports, a survey and prices: every file, every kind of field. */
    static Testmapp giltig() {
        return tom()
                .skriv("anordnare.csv", "orgnr;namn", ORG1 + ";Vägen Vidare AB", ORG2 + ";\"Lotsen; Nacka AB\"")
                .skriv("auktorisationer.csv", "orgnr;insatstyp;fran;till",
                        ORG1 + ";JOBBPENG_GRUND;2016-01-01;2024-06-30", ORG1 + ";AMI1;2024-01-01;", ORG2 + ";AMI2;2024-01-01;")
                .skriv("kunder.csv",
                        "kund_id;personnummer;namn;kon;utbildning;sprak;ekonomiskt_bistand;etableringsprogram;etableringsersattning;arbetsformaga;kommun;kv",
                        "K1;198112189876;Åsa Öberg;K;GYMNASIUM;svenska;J;N;N;100;Nacka;kv1",
                        "K2;198503721238;Ahmed Ali;M;GRUNDSKOLA_4_9;arabiska;N;J;J;OKLAR;Nacka;kv2",
                        "K3;197806154568;Kim Berg;A;;;;;;;Värmdö;",
                        "K4;199502287890;Eva Ek;;;;;;;;Nacka;")
                .skriv("insatser.csv",
                        "insats_id;kund_id;insatstyp;orgnr;beslutsdatum;startdatum;langd_manader;slutdatum;avslutsdatum;avslutsorsak;lyckat;bonusgrundande",
                        "I1;K1;JOBBPENG_GRUND;" + ORG1 + ";2023-01-10;2023-01-16;3;;2023-03-20;ARBETE;J;J",
                        "I2;K1;AMI1;" + ORG1 + ";2024-03-01;2024-03-04;3;;;;;",
                        "I3;K2;AMI2;" + ORG2 + ";2024-02-01;2024-02-05;12;2025-05-04;2024-09-30;STUDIER;;",
                        "I4;K3;AMI1;" + ORG1 + ";;2030-01-07;3;;;;;")
                .skriv("manadsrapporter.csv", "insats_id;period;status;inlamnad",
                        "I1;2023-01;GODKAND;2023-02-05", "I1;2023-02;GODKAND;2023-03-06", "I2;2024-03;INLAMNAD;")
                .skriv("enkat.csv", "orgnr;ar;respondent;fraga;omrade;svar",
                        ORG1 + ";2024;R1;Jag blir bemött med respekt;VARDEGRUND;4",
                        ORG1 + ";2024;R1;Mina synpunkter tas till vara;DELAKTIGHET;5")
                .skriv("enkat_utskick.csv", "orgnr;ar;antal", ORG1 + ";2024;12")
                .skriv("priser.csv", "insatstyp;fran;belopp;bonus",
                        "AMI1;2024-01-01;3800.00;20000.00", "AMI2;2027-01-01;5100;20000", "AMI1;2027-01-01;3914;20000");
    }

    Testmapp skriv(String fil, String... rader) {
        return skriv(fil, (String.join("\n", rader) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    Testmapp skriv(String fil, byte[] innehall) {
        try {
            Files.write(katalog.resolve(fil), innehall);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces line {@code rad} (1 = the header) of the file. */
    Testmapp ersatt(String fil, int rad, String text) {
        List<String> rader = rader(fil);
        rader.set(rad - 1, text);
        return skriv(fil, rader.toArray(String[]::new));
    }

    /** Adds a line at the end of the file. */
    Testmapp lagg(String fil, String text) {
        List<String> rader = rader(fil);
        rader.add(text);
        return skriv(fil, rader.toArray(String[]::new));
    }

    Testmapp taBort(String fil) {
        try {
            Files.delete(katalog.resolve(fil));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    List<String> rader(String fil) {
        try {
            return new ArrayList<>(Files.readAllLines(katalog.resolve(fil), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path katalog() {
        return katalog;
    }
}
