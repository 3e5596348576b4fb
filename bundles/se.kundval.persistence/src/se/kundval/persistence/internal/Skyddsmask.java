package se.kundval.persistence.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.KundvalException;
import se.kundval.core.Rattighet;
import se.kundval.model.Kund;
import se.kundval.model.regler.Personnummer;

/**
 * What a user sees of a kund's identity (DOMAIN §2 and §12): the personnummer masked without the
 * right to see it in full, and for a kund with skyddade personuppgifter name, personnummer and
 * kommun replaced by "Skyddad" unless the user is the kund's karriärvägledare or a handläggare who
 * granted it (docs/decisions/0202-skyddade-personuppgifter.md). The masked copies are detached and
 * are refused when saved back.
 */
final class Skyddsmask {

    static final String HANDELSE_SKYDDAD = "SKYDDADE_PERSONUPPGIFTER"; //$NON-NLS-1$

    private Skyddsmask() {
    }

    static void maskera(Inloggning vem, Collection<Kund> kunder, Sessionskalla databas) {
        List<Kund> skyddade = kunder.stream().filter(Kund::isSkyddad).toList();
        Set<String> synliga = skyddade.isEmpty() || !Ansvar.serSkyddade(vem) ? Set.of() : Ansvar.egna(vem, skyddade, databas);
        for (Kund k : kunder) {
            if (k.isSkyddad() && !synliga.contains(k.getKundId())) {
                dolj(k);
            } else if (!vem.har(Rattighet.SE_FULLSTANDIGT_PERSONNUMMER)) {
                k.setPersonnummer(Personnummer.maskerat(k.getPersonnummer()));
            }
        }
    }

    /** For every export and report, whoever runs it: a protected kund's identity never leaves the database. */
    static void dolj(Kund kund) {
        kund.setNamn(Messages.skyddad);
        kund.setPersonnummer(Messages.skyddad);
        kund.setKommun(Messages.skyddad);
    }

    /**
     * Refuses to save a protected kund the user may not see (the copy holds "Skyddad"), and any
     * change of the mark itself, which goes through {@link KundLager#markeraSkyddad} and its audit.
     */
    static void kontrolleraSparad(Inloggning vem, Kund kund, Sessionskalla databas) {
        Boolean lagrad = kund.getId() == null ? Boolean.FALSE : databas.lasa(s -> s.createSelectionQuery(
                "select k.skyddad from Kund k where k.id = :id", Boolean.class).setParameter("id", kund.getId()) //$NON-NLS-1$ //$NON-NLS-2$
                .getSingleResultOrNull());
        boolean var = Boolean.TRUE.equals(lagrad);
        if (var != kund.isSkyddad()) {
            throw new KundvalException(NLS.bind(Messages.skyddMarkerasSarskilt, kund.getKundId()));
        }
        if (var && (!Ansvar.serSkyddade(vem) || !Ansvar.egna(vem, List.of(kund), databas).contains(kund.getKundId()))) {
            throw new AtkomstNekadException(NLS.bind(Messages.skyddadKanInteSparas, kund.getKundId()));
        }
    }
}
