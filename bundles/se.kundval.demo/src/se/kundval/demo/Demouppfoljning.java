package se.kundval.demo;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;

import se.kundval.core.Inloggning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Uppfoljningsstatus;
import se.kundval.model.regler.Bedomningar;

/**
 * The follow-ups after lyckade avslut that the previous system had made in time: the confirmed
 * sexmånadersuppföljning after arbete or studier, and effektuppföljning at 6, 12 and 24 months.
 * The interchange files of DOMAIN §9 cannot carry them, so without this step every lyckat avslut of
 * the last two years would show as an overdue deadline in the demo's caseloads. Those that fell due
 * in the last month are left for the user to do. Saved through the insats service after the import.
 */
public final class Demouppfoljning {

    private static final Set<Avslutsorsak> SEX_MANADER = Set.of(Avslutsorsak.ARBETE, Avslutsorsak.STUDIER);
    private static final int[] EFFEKT_MANADER = {6, 12, 24};
    private static final String HANDLAGGARE = "hl1"; //$NON-NLS-1$

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
