package se.kundval.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import se.kundval.core.utbyte.Utbytesformat;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insatstyp;

/**
 * Samhällsorientering courses for nyanlända kunder: an insats of three months per course, with its
 * månadsrapporter and its own row in samhallsorientering.csv (anmälan, kursstart, kursslut, avbrott). A course starts
 * 5–25 days after anmälan and runs 6–10 weeks; about one in eight is interrupted.
 */
final class Kursgenerator {

    /** The experts authorised for courses: a few of the anordnare, as in the municipality. */
    private static final int[] EXPERTER = {2, 5, 8};
    static final String FILNAMN = "samhallsorientering.csv"; //$NON-NLS-1$
    static final List<String> KOLUMNER = List.of("insats_id", "anmalningsdatum", "kursstart", "kursslut", "avbrott"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private final Random slump;
    private final LocalDate idag;
    private final Insatstyp kurs;
    private final Avslutsgenerator rapporter;

    Kursgenerator(Random slump, LocalDate idag, Insatstyp kurs) {
        this.slump = slump;
        this.idag = idag;
        this.kurs = kurs;
        this.rapporter = new Avslutsgenerator(slump, idag);
    }

    /** A course and the insats it runs in. */
    record Kurs(Demoinsats insats, LocalDate anmalan, LocalDate kursstart, LocalDate kursslut, boolean avbrott) {

        List<String> rad() {
            return List.of(insats.insatsId(), anmalan.toString(), kursstart.toString(), Utbytesformat.text(kursslut),
                    Utbytesformat.jn(avbrott));
        }
    }

    List<Kurs> kurser(List<Demokund> kunder, List<Demoanordnare> anordnare, int antal) {
        List<Demoanordnare> experter = new ArrayList<>();
        for (int i : EXPERTER) {
            if (i < anordnare.size() && Anordnargenerator.auktorisera(anordnare.get(i), kurs)) {
                experter.add(anordnare.get(i));
            }
        }
        List<Kurs> kurser = new ArrayList<>();
        for (Demokund kund : kunder) {
            if (kurser.size() >= antal || experter.isEmpty()) {
                break;
            }
            if (kund.svenskaArHinder() && slump.nextInt(4) == 0) {
                Kurs k = kurs(kurser.size(), kund, experter);
                if (k != null) {
                    kurser.add(k);
                }
            }
        }
        return kurser;
    }

    private Kurs kurs(int nummer, Demokund kund, List<Demoanordnare> experter) {
        LocalDate anmalan = kund.ankomst().plusDays(slump.nextInt(60));
        if (!anmalan.isBefore(idag.minusDays(30))) {
            return null;
        }
        Demoanordnare expert = experter.get(slump.nextInt(experter.size()));
        if (!expert.auktoriserad(kurs, anmalan)) {
            return null;
        }
        LocalDate kursstart = anmalan.plusDays(5 + slump.nextInt(21));
        LocalDate planeratSlut = kursstart.plusWeeks(6 + slump.nextInt(5));
        boolean avbrott = slump.nextInt(8) == 0;
        LocalDate avbrottsdag = kursstart.plusDays(7 + slump.nextInt(21));
        LocalDate avslut = avbrott ? avbrottsdag : planeratSlut;
        boolean avslutad = !avslut.isAfter(idag);
        LocalDate kursslut = avslutad && !avbrott ? planeratSlut : null;
        Demoinsats insats = new Demoinsats(String.format("S%07d", nummer + 1), kund, kurs, expert, anmalan.minusDays(2), //$NON-NLS-1$
                anmalan, kurs.getLangdManader(), null, avslutad ? avslut : null,
                avslutad ? (avbrott ? Avslutsorsak.OVRIGT : Avslutsorsak.INSATSTID_SLUT) : null,
                avslutad ? Boolean.FALSE : null, avslutad ? Boolean.FALSE : null, List.of());
        // like every insats, a course has its månadsrapporter (DOMAIN §2)
        rapporter.rapporter(insats);
        return new Kurs(insats, anmalan, kursstart, kursslut, avslutad && avbrott);
    }
}
