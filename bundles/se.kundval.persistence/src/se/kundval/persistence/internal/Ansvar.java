package se.kundval.persistence.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.kundval.core.Inloggning;
import se.kundval.model.Kund;
import se.kundval.model.Roll;

/**
 * Which kunder are a user's own (docs/decisions/0201-loggkontroll.md): a karriärvägledare's are
 * those she is ansvarig for, a handläggare's those with an insats she has a beslut on, an anordnare's
 * those with an insats of its own (the only ones the services give it). The other roles have no
 * caseload. The access log flags every access outside them, and a kund with skyddade
 * personuppgifter is shown in full only to its karriärvägledare and the handläggare who granted it.
 */
final class Ansvar {

    /** The beslut query takes the kunder in parts, so a handläggare's long list stays within every database's limits. */
    private static final int DEL = 500;

    private Ansvar() {
    }

    /** The kund-ids among {@code kunder} that are the user's own. */
    static Set<String> egna(Inloggning vem, Collection<Kund> kunder, Sessionskalla databas) {
        Set<String> egna = new HashSet<>();
        if (vem.roll() == Roll.KARRIARVAGLEDARE) {
            kunder.stream().filter(k -> vem.anvandarnamn().equals(k.getAnsvarigKarriarvagledare()))
                    .forEach(k -> egna.add(k.getKundId()));
        } else if (vem.roll() == Roll.ANORDNARE) {
            kunder.forEach(k -> egna.add(k.getKundId()));
        } else if (vem.roll() == Roll.HANDLAGGARE) {
            List<String> ids = new ArrayList<>(kunder.stream().map(Kund::getKundId).distinct().toList());
            for (int i = 0; i < ids.size(); i += DEL) {
                List<String> del = ids.subList(i, Math.min(ids.size(), i + DEL));
                egna.addAll(databas.lasa(s -> s.createNativeQuery(
                        "select distinct k.kund_id from kund k join insats i on i.kund_id = k.id join beslut b on b.insats_id = i.id " //$NON-NLS-1$
                                + "where b.handlaggare = :u and k.kund_id in (:ids)", String.class) //$NON-NLS-1$
                        .setParameter("u", vem.anvandarnamn()).setParameterList("ids", del).getResultList())); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return egna;
    }

    /** Whether the user may see the protected kund's name, personnummer and kommun: only KV and HL with the kund as their own. */
    static boolean serSkyddade(Inloggning vem) {
        return vem.roll() == Roll.KARRIARVAGLEDARE || vem.roll() == Roll.HANDLAGGARE;
    }
}
