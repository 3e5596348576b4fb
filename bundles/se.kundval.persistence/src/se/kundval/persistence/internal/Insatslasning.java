package se.kundval.persistence.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

import se.kundval.core.Inloggning;
import se.kundval.model.Anordnare;
import se.kundval.model.Insats;
import se.kundval.model.Kund;
import se.kundval.model.KundvalPackage.Literals;
import se.kundval.persistence.internal.orm.Hamtplan;
import se.kundval.persistence.internal.orm.Urvalshamtning;

/**
 * Reads insatser with their kund, type and anordnare, as {@link InsatsLager} and the Kund editor's
 * one read ({@link KundLager#akt}) both need them; neither masks nor logs, which is the caller's part.
 */
final class Insatslasning {

    private static final String MED_REFERENSER = "from Insats i join fetch i.kund join fetch i.insatstyp " //$NON-NLS-1$
            + "join fetch i.anordnare"; //$NON-NLS-1$

    private Insatslasning() {
    }

    /** @param begransning the user whose anordnare limit applies, or null for none */
    static List<Insats> sok(Sessionskalla databas, Inloggning begransning, String villkor, Map<String, Object> parametrar,
            Hamtplan plan) {
        List<String> alla = new ArrayList<>(List.of(villkor));
        Map<String, Object> allaParametrar = new HashMap<>(parametrar);
        if (begransning != null) {
            Atkomst.begransaInsatser(begransning, "i", alla, allaParametrar); //$NON-NLS-1$
        }
        String dar = "where " + String.join(" and ", alla); //$NON-NLS-1$ //$NON-NLS-2$
        // one snapshot: the contents' queries repeat the condition, and an insats that stopped matching it
        // between the statements (a kund moved, an avslut saved) would otherwise come without its contents
        return databas.lasaOgonblicksbild(s -> {
            SelectionQuery<Insats> q = s.createSelectionQuery(MED_REFERENSER + " " + dar + " order by i.startdatum, i.id", Insats.class); //$NON-NLS-1$ //$NON-NLS-2$
            allaParametrar.forEach(q::setParameter);
            List<Insats> insatser = q.getResultList();
            // the contents are found by the same condition, not by the insatser's ids: a caseload is 100 000 of them
            new Urvalshamtning(databas.aggregat()).fyll(s, insatser, "i", dar, allaParametrar, plan); //$NON-NLS-1$
            if (plan.omfattar(Literals.ANORDNARE__AUKTORISATIONER)) {
                fyllAuktorisationer(databas, s, insatser);
            }
            return insatser;
        });
    }

    /** Every insats of the kund the user reaches, with everything it contains. */
    static List<Insats> forKund(Sessionskalla databas, Inloggning vem, long kundId) {
        return sok(databas, vem, "i.kund.id = :kund", Map.of("kund", kundId), Hamtplan.ALLT); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The distinct kunder of the insatser, in order of first appearance. */
    static List<Kund> kunder(List<Insats> insatser) {
        return new ArrayList<>(new LinkedHashSet<>(insatser.stream().map(Insats::getKund).toList()));
    }

    /** The anordnare's auktorisationer, so the insats can be validated against them. */
    private static void fyllAuktorisationer(Sessionskalla databas, Session s, List<Insats> insatser) {
        List<Anordnare> anordnare = new ArrayList<>(new LinkedHashSet<>(insatser.stream().map(Insats::getAnordnare).toList()));
        databas.aggregat().fyll(s, anordnare, Hamtplan.bara(Literals.ANORDNARE__AUKTORISATIONER));
    }
}
