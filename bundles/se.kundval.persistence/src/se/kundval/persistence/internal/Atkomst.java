package se.kundval.persistence.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.kundval.core.AtkomstNekadException;
import se.kundval.core.Inloggning;
import se.kundval.core.Messages;
import se.kundval.core.Rattighet;
import se.kundval.model.Insats;

/**
 * The anordnare rule in queries: an anordnare user reaches only kunder and insatser that have an
 * insats with its own organisation. Applied in the query so nothing outside its reach is loaded.
 */
final class Atkomst {

    private Atkomst() {
    }

    static void begransaKunder(Inloggning vem, String kund, List<String> villkor, Map<String, Object> parametrar) {
        if (vem.begransadTillAnordnare()) {
            villkor.add("exists (select 1 from Insats a where a.kund = " + kund + " and a.anordnare.orgnr = :egenOrgnr)"); //$NON-NLS-1$ //$NON-NLS-2$
            parametrar.put("egenOrgnr", vem.orgnr()); //$NON-NLS-1$
        }
    }

    static void begransaInsatser(Inloggning vem, String insats, List<String> villkor, Map<String, Object> parametrar) {
        if (vem.begransadTillAnordnare()) {
            villkor.add(insats + ".anordnare.orgnr = :egenOrgnr"); //$NON-NLS-1$
            parametrar.put("egenOrgnr", vem.orgnr()); //$NON-NLS-1$
        }
    }

    static void kontrolleraKund(Inloggning vem, Sessionskalla databas, long kundId) {
        if (vem.begransadTillAnordnare() && databas.lasa(s -> s.createSelectionQuery(
                "select count(a) from Insats a where a.kund.id = :k and a.anordnare.orgnr = :o", Long.class) //$NON-NLS-1$
                .setParameter("k", kundId).setParameter("o", vem.orgnr()).getSingleResult()) == 0) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new AtkomstNekadException(NLS.bind(Messages.atkomstNekadAnordnare, vem.orgnr()));
        }
    }

    /**
     * An anordnare saves only an insats it already has, with the anordnare and kund it is stored
     * with: a new insats is a beslut (the handläggare's), and an insats handed to it from another
     * anordnare, or moved to another kund, would write the other's data or bring a kund within its
     * reach. Checked against the stored row, since the object to save comes from the caller.
     */
    static void kontrolleraSparadInsats(Inloggning vem, Sessionskalla databas, Insats insats) {
        if (!vem.begransadTillAnordnare()) {
            return;
        }
        kontrolleraOrgnr(vem, insats.getAnordnare() == null ? null : insats.getAnordnare().getOrgnr());
        if (insats.getId() == null) {
            throw new AtkomstNekadException(vem, Rattighet.BEVILJA_INSATS);
        }
        Object[] sparad = databas.lasa(s -> s.createSelectionQuery(
                "select i.anordnare.orgnr, i.kund.id from Insats i where i.id = :id", Object[].class) //$NON-NLS-1$
                .setParameter("id", insats.getId()).getSingleResultOrNull()); //$NON-NLS-1$
        if (sparad == null || !vem.orgnr().equals(sparad[0]) || insats.getKund() == null
                || !sparad[1].equals(insats.getKund().getId())) {
            throw new AtkomstNekadException(NLS.bind(Messages.atkomstNekadAnordnare, vem.orgnr()));
        }
    }

    static void kontrolleraOrgnr(Inloggning vem, String orgnr) {
        if (vem.begransadTillAnordnare() && !vem.orgnr().equals(orgnr)) {
            throw new AtkomstNekadException(NLS.bind(Messages.atkomstNekadAnordnare, vem.orgnr()));
        }
    }
}
