package se.kundval.uppfoljning.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.core.atkomst.AtkomstloggService;
import se.kundval.core.atkomst.Atkomsthandling;
import se.kundval.core.dokument.Bifogadfil;
import se.kundval.core.dokument.Dokumentarkiv;
import se.kundval.core.dokument.Dokumentinnehall;
import se.kundval.core.dokument.Dokumenttyp;
import se.kundval.core.tjanst.Databas;
import se.kundval.core.tjanst.DokumentService;
import se.kundval.core.tjanst.Granskning;
import se.kundval.core.tjanst.InsatsService;
import se.kundval.model.Dokument;
import se.kundval.model.Insats;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Roll;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Underlagstyp;

/**
 * {@link DokumentService}: every file is checked (kind from the content, size) before anything is
 * written; the evidence, its documents' rows, their bytes and the access-log entry are then saved in
 * one transaction (docs/decisions/0370, 0371). Reading goes through the insats service, so who may
 * see the insats may see its documents; another anordnare's document "does not exist" (0372).
 */
@Component(service = DokumentService.class)
public class Dokumenttjanst implements DokumentService {

    private static final Set<Roll> LASARE = EnumSet.of(Roll.KARRIARVAGLEDARE, Roll.HANDLAGGARE, Roll.ANORDNARE);
    private static final String PLATS = "Sexm\u00e5nadersuppf\u00f6ljning"; //$NON-NLS-1$

    private InsatsService insatser;
    private Databas databas;
    private Dokumentarkiv arkiv;
    private AtkomstloggService atkomstlogg;
    private volatile Clock klocka;

    @Override
    public Sexmanadersuppfoljning lamnaUnderlag(Inloggning vem, long insatsId, Underlagstyp underlag, String beskrivning,
            List<Bifogadfil> bifogade) {
        vem.kraver(Rattighet.RAPPORTERA_SOM_ANORDNARE);
        // no files is refused by Sexmanader.lamnaIn, with the evidence's other rules (decision 0400)
        List<Bifogadfil> filer = bifogade == null ? List.of() : bifogade;
        LocalDateTime nu = LocalDateTime.now(klocka);
        Sexmanadersuppfoljning s = KundvalFactory.eINSTANCE.createSexmanadersuppfoljning();
        s.setUnderlag(underlag);
        s.setBeskrivning(beskrivning == null ? null : beskrivning.strip());
        for (Bifogadfil fil : filer) {
            s.getDokument().add(dokument(fil, vem.anvandarnamn(), nu));
        }
        String namn = s.getDokument().stream().map(Dokument::getFilnamn).collect(Collectors.joining(", ")); //$NON-NLS-1$
        return databas.iEnTransaktion(() -> {
            Insats insats = insatser.hamta(vem, insatsId);
            Sexmanader.lamnaIn(insats, s, LocalDate.now(klocka));
            insatser.spara(vem, insats, new Granskning("SEXMANADERSUNDERLAG_INLAMNAT", namn)); //$NON-NLS-1$
            for (int i = 0; i < filer.size(); i++) {
                arkiv.spara(s.getDokument().get(i).getId(), filer.get(i).innehall());
            }
            atkomstlogg.logga(vem.vid(plats(vem, namn)), Atkomsthandling.ANDRA, List.of(insats.getKund()));
            return s;
        });
    }

    private static Dokument dokument(Bifogadfil fil, String av, LocalDateTime nu) {
        Dokumenttyp typ = Dokumenttyp.kontrollera(fil.filnamn(), fil.innehall());
        Dokument d = KundvalFactory.eINSTANCE.createDokument();
        d.setFilnamn(fil.filnamn().strip());
        d.setInnehallstyp(typ.mimetyp());
        d.setStorlek(fil.innehall().length);
        d.setSha256(sha256(fil.innehall()));
        d.setUppladdadAv(av);
        d.setUppladdad(nu);
        return d;
    }

    static String sha256(byte[] innehall) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(innehall)); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Dokumentinnehall las(Inloggning vem, long dokumentId) {
        // the evidence is case content: the administratör, kvalitetsutvecklare and loggranskare do not open it (0372)
        if (!LASARE.contains(vem.roll())) {
            throw new AtkomstNekadException(vem, Rattighet.GRANSKA_MANADSRAPPORT);
        }
        OptionalLong insatsId = arkiv.insats(dokumentId);
        if (insatsId.isEmpty()) {
            throw saknas(dokumentId);
        }
        Insats insats;
        try {
            insats = insatser.hamta(vem, insatsId.getAsLong());
        } catch (AtkomstNekadException e) {
            if (vem.begransadTillAnordnare()) {
                throw saknas(dokumentId);
            }
            throw e;
        }
        Dokument dokument = insats.getSexmanadersuppfoljningar().stream().flatMap(s -> s.getDokument().stream())
                .filter(d -> d.getId() == dokumentId).findFirst().orElseThrow(() -> saknas(dokumentId));
        byte[] innehall = arkiv.las(dokumentId);
        atkomstlogg.logga(vem.vid(plats(vem, dokument.getFilnamn())), Atkomsthandling.LASA, List.of(insats.getKund()));
        return new Dokumentinnehall(dokument.getFilnamn(), dokument.getInnehallstyp(), innehall);
    }

    /** Where the access log says it happened: the caller's part or page, and which documents. */
    private static String plats(Inloggning vem, String filnamn) {
        return NLS.bind(Messages.dokumentPlats, vem.platsEller(PLATS), filnamn);
    }

    private static KundvalException saknas(long dokumentId) {
        return new KundvalException(NLS.bind(Messages.dokumentFinnsInte, dokumentId));
    }

    @Reference
    void setInsatsService(InsatsService tjanst) {
        this.insatser = tjanst;
    }

    @Reference
    void setDatabas(Databas tjanst) {
        this.databas = tjanst;
    }

    @Reference
    void setDokumentarkiv(Dokumentarkiv tjanst) {
        this.arkiv = tjanst;
    }

    @Reference
    void setAtkomstloggService(AtkomstloggService tjanst) {
        this.atkomstlogg = tjanst;
    }

    /** Dynamic and greedy: a clock registered later with a higher ranking (a test's fixed day) takes over at once. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setClock(Clock clock) {
        this.klocka = clock;
    }

    /** Nothing to undo: DS binds the next clock before this one goes, and without one the component stops. */
    void unsetClock(Clock clock) {
    }
}
