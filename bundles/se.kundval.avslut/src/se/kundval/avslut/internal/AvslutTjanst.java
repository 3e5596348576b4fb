package se.kundval.avslut.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.tjanst.AvslutService;
import se.kundval.core.tjanst.Avslutsarende;
import se.kundval.core.tjanst.Bedomningsstod;
import se.kundval.core.tjanst.Granskning;
import se.kundval.core.tjanst.Granskningstexter;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.core.typ.InsatstypRegister;
import se.kundval.core.typ.Resultatdefinition;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.regler.Bedomningar;

/**
 * {@link AvslutService}: the anordnare reports, the handläggare judges. A judgement is never
 * changed; a correction is a new judgement with the next löpnummer, and every judgement is audited.
 */
@Component(service = AvslutService.class)
public class AvslutTjanst implements AvslutService {

    /** A type whose plugin is gone is judged by the general rules of DOMAIN §6. */
    private static final Resultatdefinition ALLMAN = (insats, lyckat) -> lyckat;

    private InsatsService insatser;
    private InsatstypRegister typer;
    private volatile Clock klocka;

    @Reference
    void setInsatsService(InsatsService insatsService) {
        this.insatser = insatsService;
    }

    @Reference
    void setInsatstypRegister(InsatstypRegister register) {
        this.typer = register;
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
    public Avslut rapportera(Inloggning vem, long insatsId, Avslut avslut) {
        vem.kraver(Rattighet.RAPPORTERA_SOM_ANORDNARE);
        Insats insats = insatser.hamta(vem, insatsId);
        Avslut tidigare = insats.getAvslut();
        if (tidigare != null && !tidigare.getBedomningar().isEmpty()) {
            throw new KundvalException(Messages.redanBedomt);
        }
        LocalDate idag = LocalDate.now(klocka);
        Avslutsregler.kontrollera(insats, avslut, idag);
        avslut.setRapporteradAv(vem.anvandarnamn());
        avslut.setRapporteradDatum(idag);
        insats.setAvslut(avslut);
        insats.setStatus(InsatsStatus.AVSLUTAD);
        insatser.spara(vem, insats, new Granskning("AVSLUT_RAPPORTERAT", NLS.bind(Messages.granskningAvslut, //$NON-NLS-1$
                Granskningstexter.varde(avslut.getAvslutsorsak() == null ? null : avslut.getAvslutsorsak().getName()),
                avslut.getAvslutsdatum())));
        return avslut;
    }

    @Override
    public List<Avslutsarende> ko(Inloggning vem) {
        vem.kraver(Rattighet.BEDOMA_AVSLUT);
        LocalDate idag = LocalDate.now(klocka);
        return insatser.medObedomtAvslut(vem).stream().map(i -> arende(i, idag))
                .sorted(Comparator.comparingLong(Avslutsarende::vantatDagar).reversed()
                        .thenComparing(Avslutsarende::insatsId))
                .toList();
    }

    private static Avslutsarende arende(Insats insats, LocalDate idag) {
        Avslut avslut = insats.getAvslut();
        var rapporterad = avslut.getRapporteradDatum() != null ? avslut.getRapporteradDatum() : avslut.getAvslutsdatum();
        return new Avslutsarende(insats.getId(), insats.getInsatsId(), insats.getKund().getNamn(),
                insats.getInsatstyp().getNamn(), insats.getAnordnare().getNamn(), avslut.getAvslutsdatum(),
                avslut.getAvslutsorsak(), Math.max(0, ChronoUnit.DAYS.between(rapporterad, idag)));
    }

    @Override
    public Bedomningsstod stod(Inloggning vem, long insatsId) {
        Insats insats = insatser.hamta(vem, insatsId);
        Avslut avslut = kraverAvslut(insats);
        Resultatdefinition def = resultatdefinition(insats);
        return new Bedomningsstod(def.kanVaraLyckat(avslut), def.kanVaraBonusgrundande(avslut),
                insats.getInsatstyp().getMalsattning(), def.maluppfyllelse(insats, true));
    }

    @Override
    public Avslutsbedomning bedom(Inloggning vem, long insatsId, boolean lyckat, boolean bonusgrundande, String motivering) {
        vem.kraver(Rattighet.BEDOMA_AVSLUT);
        if (motivering == null || motivering.isBlank()) {
            throw new KundvalException(Messages.motiveringKravs);
        }
        Insats insats = insatser.hamta(vem, insatsId);
        Avslutsbedomning bedomning = Bedomningar.ny(kraverAvslut(insats), lyckat, bonusgrundande, motivering.strip(),
                vem.anvandarnamn(), LocalDateTime.now(klocka));
        insatser.spara(vem, insats, new Granskning("AVSLUTSBEDOMNING", Bedomningar.beskriv(bedomning))); //$NON-NLS-1$
        return bedomning;
    }

    private static Avslut kraverAvslut(Insats insats) {
        if (insats.getAvslut() == null) {
            throw new KundvalException(NLS.bind(Messages.avslutSaknas, insats.getInsatsId()));
        }
        return insats.getAvslut();
    }

    private Resultatdefinition resultatdefinition(Insats insats) {
        return typer.typ(insats.getInsatstyp().getKod()).<Resultatdefinition>map(t -> t.modell()).orElse(ALLMAN);
    }
}
