package se.kundval.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insatstyp;

/**
 * The kunder's insatser, one after the other per kund from its arrival until a month from today:
 * jobbpeng types until mid-2024, the 2024 types after (both during the first half of 2024), the
 * type following the kund's situation the way a karriärvägledare would propose it, the anordnare
 * one authorised for the type on the start date.
 */
final class Insatsgenerator {

    private static final LocalDate OMGORNING = LocalDate.of(2024, 1, 1);

    private final Random slump;
    private final LocalDate idag;
    private final List<Insatstyp> typer;
    private final List<Demoanordnare> anordnare;
    private final Avslutsgenerator avslut;

    Insatsgenerator(Random slump, LocalDate idag, List<Insatstyp> typer, List<Demoanordnare> anordnare) {
        this.slump = slump;
        this.idag = idag;
        this.typer = typer;
        this.anordnare = anordnare;
        this.avslut = new Avslutsgenerator(slump, idag);
    }

    /** Up to {@code antal} insatser, handed out a round at a time so every kund gets one before any gets two. */
    List<Demoinsats> insatser(List<Demokund> kunder, int antal) {
        LocalDate senasteStart = idag.plusMonths(1);
        LocalDate[] nasta = new LocalDate[kunder.size()];
        for (int i = 0; i < nasta.length; i++) {
            nasta[i] = kunder.get(i).ankomst().plusDays(7 + slump.nextInt(50));
        }
        List<Demoinsats> insatser = new ArrayList<>(antal);
        boolean fler = true;
        while (fler && insatser.size() < antal) {
            fler = false;
            for (int i = 0; i < nasta.length && insatser.size() < antal; i++) {
                if (nasta[i].isAfter(senasteStart)) {
                    continue;
                }
                Demoinsats insats = insats(String.format("I%07d", insatser.size() + 1), kunder.get(i), nasta[i]); //$NON-NLS-1$
                if (insats == null) {
                    nasta[i] = nasta[i].plusMonths(1);
                } else {
                    insatser.add(insats);
                    nasta[i] = insats.sistaDag().plusDays(14 + slump.nextInt(150));
                }
                fler = true;
            }
        }
        return insatser;
    }

    private Demoinsats insats(String id, Demokund kund, LocalDate start) {
        Insatstyp typ = typ(kund, start);
        if (typ == null) {
            return null;
        }
        List<Demoanordnare> mojliga = anordnare.stream().filter(a -> a.auktoriserad(typ, start)).toList();
        if (mojliga.isEmpty()) {
            return null;
        }
        Demoanordnare vald = mojliga.get(slump.nextInt(mojliga.size()));
        int langd = typ.getLangdManader();
        LocalDate beslut = slump.nextInt(100) == 0 ? null : start.minusDays(3 + slump.nextInt(19));
        LocalDate planeratSlut = start.plusMonths(langd).minusDays(1);
        LocalDate slut = langd >= 12 && slump.nextInt(100) < 6 ? start.plusMonths(langd + 3L).minusDays(1) : null;
        LocalDate sista = slut != null ? slut : planeratSlut;
        boolean tidigt = slump.nextInt(100) < 60;
        LocalDate avslutsdag = tidigt ? start.plusDays(14 + Math.floorMod(slump.nextLong(), ChronoUnit.DAYS.between(start, sista) - 13))
                : sista;
        Demoinsats insats;
        if (avslutsdag.isAfter(idag)) {
            insats = new Demoinsats(id, kund, typ, vald, beslut, start, langd, slut, null, null, null, null, List.of());
        } else {
            Avslutsorsak orsak = avslut.orsak(tidigt);
            Boolean lyckat = avslut.lyckat(orsak, avslutsdag);
            Boolean bonus = lyckat == null ? null : avslut.bonusgrundande(orsak, lyckat);
            insats = new Demoinsats(id, kund, typ, vald, beslut, start, langd, slut, avslutsdag, orsak, lyckat, bonus, List.of());
        }
        avslut.rapporter(insats);
        return insats;
    }

    /** The type a karriärvägledare would propose on the day, if it is offered; else any type offered then. */
    private Insatstyp typ(Demokund kund, LocalDate start) {
        List<Insatstyp> erbjudna = typer.stream().filter(t -> giltig(t, start)).toList();
        if (erbjudna.isEmpty()) {
            return null;
        }
        boolean nyaTyper = !start.isBefore(OMGORNING) && (start.getYear() > 2024 || slump.nextInt(6) < start.getMonthValue());
        String kod = nyaTyper ? kod2024(kund) : jobbpengkod(kund);
        return erbjudna.stream().filter(t -> t.getKod().equals(kod)).findFirst()
                .orElse(erbjudna.get(slump.nextInt(erbjudna.size())));
    }

    private String jobbpengkod(Demokund kund) {
        if (kund.svenskaArHinder() && slump.nextInt(100) < 40) {
            return "SAI"; //$NON-NLS-1$
        }
        boolean sammansatt = !"100".equals(kund.arbetsformaga()) || kund.ekonomisktBistand() && slump.nextInt(100) < 30; //$NON-NLS-1$
        return sammansatt ? "JOBBPENG_FORSTARKT" : "JOBBPENG_GRUND"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String kod2024(Demokund kund) {
        if (kund.etableringsprogram()) {
            return "ISA1"; //$NON-NLS-1$
        }
        if (kund.svenskaArHinder() && !kund.etableringsersattning() && slump.nextInt(100) < 30) {
            return "ISA2"; //$NON-NLS-1$
        }
        return switch (kund.arbetsformaga()) {
            case Demokund.OKLAR -> slump.nextBoolean() ? "FAI1" : "FAI2"; //$NON-NLS-1$ //$NON-NLS-2$
            case "75", "50", "25" -> "AMI2"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            default -> "AMI1"; //$NON-NLS-1$
        };
    }

    private static boolean giltig(Insatstyp typ, LocalDate dag) {
        return (typ.getGiltigFran() == null || !dag.isBefore(typ.getGiltigFran()))
                && (typ.getGiltigTill() == null || !dag.isAfter(typ.getGiltigTill()));
    }
}
