package se.kundval.beviljande.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.KundvalException;
import se.kundval.core.tjanst.Behorighetsprovning;
import se.kundval.core.tjanst.Beviljande;
import se.kundval.core.tjanst.Granskningstexter;
import se.kundval.core.typ.Forlangningsprovning;
import se.kundval.core.typ.Regelnamn;
import se.kundval.core.typ.Regelutfall;
import se.kundval.model.Anordnare;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Insatstyp;
import se.kundval.model.Kund;
import se.kundval.model.KundvalFactory;
import se.kundval.model.Undantag;

/**
 * Writes beslut: the granted insats with its BEVILJANDE beslut and one Undantag per overridden
 * rule, or a FORLANGNING. Refuses a failing rule without a written motivering (DOMAIN §4).
 */
final class Beslutsskrivare {

    private static final KundvalFactory F = KundvalFactory.eINSTANCE;

    private Beslutsskrivare() {
    }

    static Insats beviljande(String insatsId, Kund kund, Insatstyp typ, Anordnare anordnare, Beviljande b,
            Behorighetsprovning provning, String handlaggare, LocalDateTime nu) {
        kravMotivering(b.motivering());
        List<Regelutfall> utanMotivering = provning.underkanda().stream()
                .filter(r -> b.undantag().getOrDefault(r.regel(), "").isBlank()).toList(); //$NON-NLS-1$
        if (!utanMotivering.isEmpty()) {
            throw new KundvalException(NLS.bind(Messages.undantagKraverMotivering,
                    utanMotivering.stream().map(Regelutfall::namn).collect(Collectors.joining(", ")))); //$NON-NLS-1$
        }
        Beslut beslut = beslut(BeslutTyp.BEVILJANDE, b.beslutsdatum(), typ.getLangdManader(), b.motivering(), handlaggare, nu);
        for (Regelutfall r : provning.underkanda()) {
            Undantag u = F.createUndantag();
            u.setRegel(r.regel());
            u.setNamn(r.namn());
            u.setSkal(r.skal());
            u.setMotivering(b.undantag().get(r.regel()).strip());
            beslut.getUndantag().add(u);
        }
        Insats insats = F.createInsats();
        insats.setInsatsId(insatsId);
        insats.setKund(kund);
        insats.setInsatstyp(typ);
        insats.setAnordnare(anordnare);
        insats.setStartdatum(b.startdatum());
        insats.setLangdManader(typ.getLangdManader());
        insats.setStatus(b.startdatum().isAfter(nu.toLocalDate()) ? InsatsStatus.BEVILJAD : InsatsStatus.PAGAENDE);
        insats.getBeslut().add(beslut);
        return insats;
    }

    /**
     * The FORLANGNING beslut, refused on every obstacle {@link Forlangningsprovning} finds and, when the
     * whole length exceeds what the type allows, without a motivering for the length; that motivering is
     * kept in the beslut's own, so the letter and the audit log carry it.
     */
    static Beslut forlangning(Insats insats, Forlangningsbeslut f, String handlaggare, LocalDateTime nu) {
        Forlangningsprovning provning = Forlangningsprovning.prova(insats, f.manader(), f.beslutsdatum());
        if (!provning.hinder().isEmpty()) {
            throw new KundvalException(String.join(" ", provning.hinder())); //$NON-NLS-1$
        }
        kravMotivering(f.motivering());
        String motivering = f.motivering().strip();
        if (provning.kraverLangdmotivering()) {
            if (f.motiveringForLangd() == null || f.motiveringForLangd().isBlank()) {
                throw new KundvalException(NLS.bind(Messages.langdKraverMotivering, provning.totaltManader(),
                        provning.langstaManader()));
            }
            motivering = NLS.bind(Messages.motiveringMedLangd, motivering, f.motiveringForLangd().strip());
        }
        Beslut beslut = beslut(BeslutTyp.FORLANGNING, f.beslutsdatum(), f.manader(), motivering, handlaggare, nu);
        insats.getBeslut().add(beslut);
        if (insats.getSlutdatum() != null) {
            // an end fixed in an earlier beslut moves with the förlängning
            insats.setSlutdatum(provning.nyttSlut());
        }
        return beslut;
    }

    private static Beslut beslut(BeslutTyp typ, LocalDate datum, int manader, String motivering, String handlaggare,
            LocalDateTime nu) {
        Beslut b = F.createBeslut();
        b.setTyp(typ);
        b.setDatum(datum);
        b.setLangdManader(manader);
        b.setMotivering(motivering.strip());
        b.setHandlaggare(handlaggare);
        b.setTidpunkt(nu);
        return b;
    }

    private static void kravMotivering(String motivering) {
        if (motivering == null || motivering.isBlank()) {
            throw new KundvalException(Messages.motiveringKravs);
        }
    }

    /** The beslut in words for the audit trail: "Förlängning 3 månader, beslutat 2024-05-02: motivering". */
    static String beskriv(Beslut b) {
        String undantag = b.getUndantag().stream().map(u -> NLS.bind(Messages.granskningUndantag, Regelnamn.av(u), u.getMotivering()))
                .collect(Collectors.joining());
        return NLS.bind(Messages.granskningBeslut, new Object[] {Granskningstexter.varde(b.getTyp().getName()), b.getLangdManader(),
                b.getDatum(), b.getMotivering()}) + undantag;
    }
}
