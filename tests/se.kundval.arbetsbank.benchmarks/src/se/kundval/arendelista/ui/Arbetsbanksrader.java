package se.kundval.arendelista.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import se.kundval.core.bevakning.Bevakning;
import se.kundval.core.tjanst.Arenderad;

/**
 * A caseload of any size as the Mina kunder service returns it: one row a kund with its insats and
 * one to three deadlines, about a fifth overdue, the names and types of the demo's kind. Made once,
 * before anything is measured, from a fixed seed so every run shows the same rows.
 */
final class Arbetsbanksrader {

    private static final String[] FORNAMN = {"Anna", "Omar", "Sara", "Ali", "Elin", "Hassan", "Marta", "Jonas", "Amina", "Per"};
    private static final String[] EFTERNAMN = {"Andersson", "Ahmadi", "Nilsson", "Tesfay", "Öberg", "Larsson", "Rahimi", "Haile"};
    private static final String[] TYPER = {"AMI nivå 1", "AMI nivå 2", "ISA nivå 1", "ISA nivå 2", "FAI nivå 2", "Förstärkt jobbpeng"};
    private static final String[] ANORDNARE = {"Lotsen Nacka AB", "Startlinjen AB", "Mentorshuset AB", "Inkludera Östra AB",
        "Nästa Steg i Sverige AB", "Språkporten Arbete AB"};
    private static final String[] FRISTER = {"Månadsrapporten för %s ska komma senast den 10:e", "Månadsrapport för %s saknas",
        "Avstämning vid månad 6", "Effektuppföljning efter 12 månader"};

    private Arbetsbanksrader() {
    }

    static List<Arenderad> rader(int antal, LocalDate idag) {
        Random slump = new Random(15);
        List<Arenderad> rader = new ArrayList<>(antal);
        for (int i = 0; i < antal; i++) {
            long insatsId = 1_000_000L + i;
            LocalDate start = idag.minusDays(30 + slump.nextInt(700));
            LocalDate slut = start.plusMonths(6 + slump.nextInt(13));
            List<Bevakning> bevakningar = new ArrayList<>();
            for (int b = 0, n = 1 + slump.nextInt(3); b < n; b++) {
                LocalDate forfaller = idag.plusDays(slump.nextInt(120) - 25);
                Bevakning.Niva niva = forfaller.isBefore(idag) ? Bevakning.Niva.FORSENAD
                        : forfaller.isBefore(idag.plusDays(14)) ? Bevakning.Niva.PAMINNELSE : Bevakning.Niva.INFORMATION;
                bevakningar.add(new Bevakning(insatsId, "frist" + b, //$NON-NLS-1$
                        FRISTER[slump.nextInt(FRISTER.length)].formatted(forfaller.minusMonths(1).toString().substring(0, 7)), forfaller, niva));
            }
            bevakningar.sort((a, b) -> a.forfaller().compareTo(b.forfaller()));
            rader.add(new Arenderad(i + 1L, "K%06d".formatted(i + 1), //$NON-NLS-1$
                    FORNAMN[slump.nextInt(FORNAMN.length)] + " " + EFTERNAMN[slump.nextInt(EFTERNAMN.length)], insatsId, //$NON-NLS-1$
                    "I%07d".formatted(insatsId), TYPER[slump.nextInt(TYPER.length)], ANORDNARE[slump.nextInt(ANORDNARE.length)], slut, //$NON-NLS-1$
                    slut.toEpochDay() - idag.toEpochDay(), List.copyOf(bevakningar)));
        }
        return rader;
    }
}
