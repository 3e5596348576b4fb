package se.kundval.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.model.Aktivitetstyp;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Genomforandeplan;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Planaktivitet;
import se.kundval.model.Planmal;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Uppfoljningsstatus;
import se.kundval.model.regler.Bedomningar;

/**
 * What the previous system held beyond the interchange files of DOMAIN §9: the genomförandeplan of
 * each running insats, and after lyckade avslut the confirmed sexmånadersuppföljning (arbete or
 * studier) and the effektuppföljning at 6, 12 and 24 months. Without this step every running insats
 * would lack its plan and every lyckat avslut of the last two years would show as an overdue deadline
 * in the demo's caseloads. What fell due in the last month is left for the user to do. Saved through
 * the insats service after the import.
 */
public final class Demouppfoljning {

    private static final Set<Avslutsorsak> SEX_MANADER = Set.of(Avslutsorsak.ARBETE, Avslutsorsak.STUDIER);
    private static final int[] EFFEKT_MANADER = {6, 12, 24};
    private static final String HANDLAGGARE = "hl1"; //$NON-NLS-1$
    private static final List<String> MAL = List.of("Arbete inom handeln", "Arbete inom vård och omsorg", //$NON-NLS-1$ //$NON-NLS-2$
            "Studier på yrkesutbildning", "Arbete inom lager och logistik", "Arbete inom restaurang"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final List<Aktivitetstyp> AKTIVITETER = List.of(Aktivitetstyp.PRAKTIK, Aktivitetstyp.ARBETSTRANING,
            Aktivitetstyp.SPRAKTRANING, Aktivitetstyp.JOBBSOK);

    private final Random slump;
    private final LocalDate gjordaFore;

    private Demouppfoljning(long fro, LocalDate idag) {
        this.slump = new Random(fro);
        this.gjordaFore = idag.minusMonths(1);
    }

    /**
     * @param vem a user who may save every insats (the one who imported the demo data)
     * @return how many insatser got follow-ups
     */
    public static int registrera(InsatsService insatser, Inloggning vem, long fro, LocalDate idag) {
        Demouppfoljning demo = new Demouppfoljning(fro, idag);
        int antal = 0;
        // the caseload's own selection: insatser closed within the last 25 months
        for (Insats insats : insatser.arbetslista(vem, 25)) {
            if (demo.komplettera(insats)) {
                insatser.spara(vem, insats);
                antal++;
            }
        }
        return antal;
    }

    private boolean komplettera(Insats insats) {
        boolean plan = planera(insats);
        return uppfolj(insats) || plan;
    }

    /** A plan made within three weeks of the start, for a running insats that started before the last month. */
    private boolean planera(Insats insats) {
        if (insats.getStatus() == InsatsStatus.AVSLUTAD || insats.getGenomforandeplan() != null
                || !insats.getStartdatum().isBefore(gjordaFore)) {
            return false;
        }
        Genomforandeplan plan = KundvalFactory.eINSTANCE.createGenomforandeplan();
        plan.setUpprattad(insats.getStartdatum().plusDays(7 + slump.nextInt(14)));
        for (String mal : List.of(MAL.get(slump.nextInt(MAL.size())), "Skriva CV och personligt brev")) { //$NON-NLS-1$
            Planmal m = KundvalFactory.eINSTANCE.createPlanmal();
            m.setBeskrivning(mal);
            plan.getMal().add(m);
        }
        aktivitet(plan, Aktivitetstyp.COACHNING, "Individuell coachning varje vecka", insats.getStartdatum(), 3); //$NON-NLS-1$
        aktivitet(plan, AKTIVITETER.get(slump.nextInt(AKTIVITETER.size())), "Enligt överenskommelse med kunden", //$NON-NLS-1$
                insats.getStartdatum().plusMonths(1), 2);
        insats.setGenomforandeplan(plan);
        return true;
    }

    private static void aktivitet(Genomforandeplan plan, Aktivitetstyp typ, String beskrivning, LocalDate start, int manader) {
        Planaktivitet a = KundvalFactory.eINSTANCE.createPlanaktivitet();
        a.setTyp(typ);
        a.setBeskrivning(beskrivning);
        a.setPlaneradStart(start);
        a.setPlaneradSlut(start.plusMonths(manader).minusDays(1));
        plan.getAktiviteter().add(a);
    }

    private boolean uppfolj(Insats insats) {
        Avslut avslut = insats.getAvslut();
        if (avslut == null || !Bedomningar.aktuell(avslut).map(Avslutsbedomning::isLyckat).orElse(false)) {
            return false;
        }
        boolean andrad = false;
        LocalDate sexManader = avslut.getAvslutsdatum().plusMonths(6);
        if (SEX_MANADER.contains(avslut.getAvslutsorsak()) && insats.getSexmanadersuppfoljningar().isEmpty()
                && sexManader.isBefore(gjordaFore)) {
            Sexmanadersuppfoljning s = KundvalFactory.eINSTANCE.createSexmanadersuppfoljning();
            s.setInlamnad(sexManader.plusDays(slump.nextInt(10)));
            s.setStatus(Uppfoljningsstatus.BEKRAFTAD);
            s.setBedomdAv(HANDLAGGARE);
            s.setBedomdDatum(s.getInlamnad().plusDays(1 + slump.nextInt(7)));
            insats.getSexmanadersuppfoljningar().add(s);
            andrad = true;
        }
        for (int manader : EFFEKT_MANADER) {
            LocalDate forfaller = avslut.getAvslutsdatum().plusMonths(manader);
            if (forfaller.isBefore(gjordaFore) && insats.getEffektuppfoljningar().stream().noneMatch(e -> e.getManader() == manader)) {
                Effektuppfoljning e = KundvalFactory.eINSTANCE.createEffektuppfoljning();
                e.setManader(manader);
                e.setDatum(forfaller.plusDays(slump.nextInt(21)));
                e.setEgenForsorjning(slump.nextInt(100) < 80);
                insats.getEffektuppfoljningar().add(e);
                andrad = true;
            }
        }
        return andrad;
    }
}
