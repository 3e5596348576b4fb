package se.kundval.uppfoljning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.Granskning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.tjanst.UppfoljningService;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Genomforandeplan;
import se.kundval.model.Insats;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Progressgenomgang;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.regler.Bedomningar;

/**
 * {@link UppfoljningService}: checks who may do what, applies the change to a freshly loaded insats
 * and saves it (the insats service validates, detects conflicts and audits).
 */
@Component(service = UppfoljningService.class)
public class UppfoljningTjanst implements UppfoljningService {

    private InsatsService insatser;
    private volatile Clock klocka;

    @Reference
    void setInsatsService(InsatsService insatsService) {
        this.insatser = insatsService;
    }

    /** Dynamic and greedy: a clock registered later with a higher ranking (a test's fixed day) takes over at once. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setClock(Clock clock) {
        this.klocka = clock;
    }

    /** Nothing to undo: DS binds the next clock before this one goes, and without one the component stops. */
    void unsetClock(Clock clock) {
    }

    @Override
    public Genomforandeplan sparaPlan(Inloggning vem, long insatsId, Genomforandeplan plan, String revision) {
        vem.kraver(Rattighet.RAPPORTERA_SOM_ANORDNARE);
        Insats insats = insatser.hamta(vem, insatsId);
        Genomforandeplan sparad = Planer.sparaPa(insats, plan, revision, vem.anvandarnamn(), LocalDate.now(klocka));
        insatser.spara(vem, insats, new Granskning("GENOMFORANDEPLAN_SPARAD", revision)); //$NON-NLS-1$
        return sparad;
    }

    @Override
    public Manadsrapport lamnaIn(Inloggning vem, long insatsId, Manadsrapport rapport) {
        vem.kraver(Rattighet.RAPPORTERA_SOM_ANORDNARE);
        Insats insats = insatser.hamta(vem, insatsId);
        Manadsrapport inlamnad = Manadsrapporter.lamnaIn(insats, rapport, LocalDate.now(klocka));
        insatser.spara(vem, insats, new Granskning("MANADSRAPPORT_INLAMNAD", null)); //$NON-NLS-1$
        return inlamnad;
    }

    @Override
    public Manadsrapport granska(Inloggning vem, long insatsId, YearMonth period, boolean godkand, String kommentar) {
        vem.kraver(Rattighet.GRANSKA_MANADSRAPPORT);
        Insats insats = insatser.hamta(vem, insatsId);
        Manadsrapport granskad = Manadsrapporter.granska(insats, period, godkand, kommentar, vem.anvandarnamn(), LocalDate.now(klocka));
        insatser.spara(vem, insats, new Granskning("MANADSRAPPORT_GRANSKAD", kommentar)); //$NON-NLS-1$
        return granskad;
    }

    @Override
    public Sexmanadersuppfoljning bedomUnderlag(Inloggning vem, long insatsId, boolean bekraftad, String motivering) {
        vem.kraver(Rattighet.BEDOMA_AVSLUT);
        Insats insats = insatser.hamta(vem, insatsId);
        Sexmanadersuppfoljning bedomt = Sexmanader.bedom(insats, bekraftad, motivering, vem.anvandarnamn(),
                LocalDateTime.now(klocka));
        String detaljer = (bekraftad ? "bekräftad" : "avvisad") + ": " + bedomt.getMotivering() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + Bedomningar.aktuell(insats.getAvslut()).map(b -> "; " + Bedomningar.beskriv(b)).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
        insatser.spara(vem, insats, new Granskning("SEXMANADERSUPPFOLJNING", detaljer)); //$NON-NLS-1$
        return bedomt;
    }

    @Override
    public Sexmanadersuppfoljning begarKomplettering(Inloggning vem, long insatsId, String kommentar) {
        if (!vem.har(Rattighet.GRANSKA_MANADSRAPPORT)) {
            vem.kraver(Rattighet.BEDOMA_AVSLUT);
        }
        Insats insats = insatser.hamta(vem, insatsId);
        Sexmanadersuppfoljning begard = Sexmanader.begarKomplettering(insats, kommentar, vem.anvandarnamn(), LocalDate.now(klocka));
        insatser.spara(vem, insats, new Granskning("SEXMANADERSUNDERLAG_KOMPLETTERING", begard.getMotivering())); //$NON-NLS-1$
        return begard;
    }

    @Override
    public Progressgenomgang registreraProgress(Inloggning vem, long insatsId, Progressgenomgang genomgang) {
        vem.kraver(Rattighet.GRANSKA_MANADSRAPPORT);
        Insats insats = insatser.hamta(vem, insatsId);
        if (insats.getLangdManader() < 12) {
            throw new KundvalException(NLS.bind(Messages.progressBaraTolvManader, insats.getInsatsId()));
        }
        if (genomgang.getUtfall() == null) {
            throw new KundvalException(Messages.utfallKravs);
        }
        genomgang.setDatum(LocalDate.now(klocka));
        genomgang.setAv(vem.anvandarnamn());
        insats.getProgressgenomgangar().add(genomgang);
        insatser.spara(vem, insats, new Granskning("PROGRESSGENOMGANG", genomgang.getKommentar())); //$NON-NLS-1$
        return genomgang;
    }

    @Override
    public Effektuppfoljning registreraEffekt(Inloggning vem, long insatsId, Effektuppfoljning uppfoljning) {
        vem.kraver(Rattighet.GRANSKA_MANADSRAPPORT);
        Insats insats = insatser.hamta(vem, insatsId);
        Effekter.registrera(insats, uppfoljning, LocalDate.now(klocka));
        insatser.spara(vem, insats, new Granskning("EFFEKTUPPFOLJNING", null)); //$NON-NLS-1$
        return uppfoljning;
    }
}
