package se.kundval.behorighet.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import se.kundval.model.Insats;
import se.kundval.model.Kund;

/**
 * Walks whatever a service returned (collections, maps, optionals, records, EMF objects with
 * everything they reference, texts) and fails on anything of B's kund: the kund or its insats as
 * objects, or its name, kund-id or insats-id as text. Works on any return type, so a method added
 * later is checked without a walker of its own.
 */
final class Lackagesok {

    private final TvaAnordnare varld;
    private final String fall;
    private final Set<Object> besokta = Collections.newSetFromMap(new IdentityHashMap<>());

    private Lackagesok(TvaAnordnare varld, String fall) {
        this.varld = varld;
        this.fall = fall;
    }

    static void kontrollera(TvaAnordnare varld, String fall, Object svar) {
        new Lackagesok(varld, fall).besok(svar, "svar");
    }

    private void besok(Object o, String vag) {
        if (o == null || o instanceof Number || o instanceof Boolean || o instanceof Enum<?> || !besokta.add(o)) {
            return;
        }
        switch (o) {
            case String text -> text(text, vag);
            case Optional<?> valfri -> valfri.ifPresent(v -> besok(v, vag + ".get()"));
            case Collection<?> samling -> {
                int i = 0;
                for (Object element : samling) {
                    besok(element, vag + "[" + i++ + "]");
                }
            }
            case Map<?, ?> karta -> karta.forEach((nyckel, varde) -> {
                besok(nyckel, vag + ".key");
                besok(varde, vag + "[" + nyckel + "]");
            });
            case EObject objekt -> emf(objekt, vag);
            case Record post -> post(post, vag);
            default -> text(o.toString(), vag);
        }
    }

    private void emf(EObject objekt, String vag) {
        if (objekt instanceof Kund kund && varld.kundB.getId().equals(kund.getId())) {
            fail(fall + ": B's kund returned at " + vag);
        }
        if (objekt instanceof Insats insats && varld.insatsB.getId().equals(insats.getId())) {
            fail(fall + ": B's insats returned at " + vag);
        }
        for (EAttribute attribut : objekt.eClass().getEAllAttributes()) {
            besok(objekt.eGet(attribut), vag + "." + attribut.getName());
        }
        for (EReference referens : objekt.eClass().getEAllReferences()) {
            if (!referens.isContainer()) {
                besok(referens(objekt, referens), vag + "." + referens.getName());
            }
        }
    }

    /** A reference the service did not load cannot reach the caller (its session is closed), so it is skipped. */
    private static Object referens(EObject objekt, EReference referens) {
        try {
            return objekt.eGet(referens);
        } catch (RuntimeException olast) {
            return null;
        }
    }

    private void post(Record post, String vag) {
        for (RecordComponent del : post.getClass().getRecordComponents()) {
            try {
                del.getAccessor().setAccessible(true);
                besok(del.getAccessor().invoke(post), vag + "." + del.getName());
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                text(post.toString(), vag);
            }
        }
    }

    private void text(String text, String vag) {
        if (text.contains(TvaAnordnare.ANDRAS_KUND) || text.equals(varld.kundB.getKundId())
                || text.equals(varld.insatsB.getInsatsId())) {
            fail(fall + ": B's kund shows at " + vag + ": " + text);
        }
    }
}
