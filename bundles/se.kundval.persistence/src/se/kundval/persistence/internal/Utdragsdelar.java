package se.kundval.persistence.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.kundval.core.dataskydd.Utdragsdel;
import se.kundval.model.Insats;
import se.kundval.model.KundvalPackage.Literals;

/**
 * Turns stored records into the parts of a registerutdrag, one part per kind of record, with every
 * stored attribute as a column: read from the model, so a field added later is in the utdrag without
 * anyone remembering it. Labels from utdrag.properties (Swedish), else the attribute's own Swedish
 * name split into words.
 */
final class Utdragsdelar {

    private static final ResourceBundle ETIKETTER = ResourceBundle.getBundle("se.kundval.persistence.internal.utdrag", //$NON-NLS-1$
            Locale.getDefault(), Utdragsdelar.class.getClassLoader());

    private final Map<EClass, List<EObject>> perKlass = new LinkedHashMap<>();

    /** Declares a part, so that it is listed (as "none") even when the person has no such record. */
    void del(EClass klass) {
        perKlass.computeIfAbsent(klass, k -> new ArrayList<>());
    }

    void lagg(EObject objekt) {
        perKlass.computeIfAbsent(objekt.eClass(), k -> new ArrayList<>()).add(objekt);
    }

    /** The kund's data as label/value rows, which reads better than one very wide row. */
    static Utdragsdel kunduppgifter(EObject kund) {
        List<List<Object>> rader = new ArrayList<>();
        for (EAttribute a : attribut(kund.eClass())) {
            rader.add(Arrays.asList(etikett(a), varde(kund.eGet(a))));
        }
        return new Utdragsdel("kund", rubrik(kund.eClass()), List.of(etikett("uppgift"), etikett("varde")), rader); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The declared parts in order; records inside an insats name it in a first column. */
    List<Utdragsdel> delar() {
        List<Utdragsdel> delar = new ArrayList<>();
        perKlass.forEach((klass, objekt) -> {
            boolean iInsats = klass != Literals.INSATS && klass.getEAllReferences().stream().anyMatch(EReference::isContainer);
            List<EStructuralFeature> falt = new ArrayList<>(attribut(klass));
            klass.getEAllReferences().stream().filter(r -> !r.isContainment() && !r.isContainer() && r.getEReferenceType() != Literals.KUND)
                    .forEach(falt::add);
            List<String> kolumner = new ArrayList<>();
            if (iInsats) {
                kolumner.add(etikett("insats")); //$NON-NLS-1$
            }
            falt.forEach(f -> kolumner.add(etikett(f)));
            List<List<Object>> rader = new ArrayList<>();
            for (EObject o : objekt) {
                List<Object> rad = new ArrayList<>();
                if (iInsats) {
                    rad.add(insats(o));
                }
                falt.forEach(f -> rad.add(f instanceof EReference ? referens((EObject) o.eGet(f)) : varde(o.eGet(f))));
                rader.add(rad);
            }
            delar.add(new Utdragsdel(nyckel(klass), rubrik(klass), kolumner, rader));
        });
        return delar;
    }

    private static String insats(EObject o) {
        for (EObject c = o.eContainer(); c != null; c = c.eContainer()) {
            if (c instanceof Insats i) {
                return i.getInsatsId();
            }
        }
        return null;
    }

    /** Every stored attribute but the database's own id and version; derived ones only where stored data gives them. */
    private static List<EAttribute> attribut(EClass klass) {
        return klass.getEAllAttributes().stream()
                .filter(a -> a.getEContainingClass() != Literals.ENTITET && (!a.isTransient() || a.isDerived())).toList();
    }

    private static Object varde(Object v) {
        return v instanceof Enumerator e ? e.getLiteral() : v;
    }

    /** A referenced type or anordnare by its code or organisationsnummer and name. */
    private static Object referens(EObject o) {
        if (o == null) {
            return null;
        }
        EStructuralFeature kod = o.eClass().getEStructuralFeature("kod"); //$NON-NLS-1$
        EStructuralFeature orgnr = o.eClass().getEStructuralFeature("orgnr"); //$NON-NLS-1$
        EStructuralFeature namn = o.eClass().getEStructuralFeature("namn"); //$NON-NLS-1$
        if (kod != null) {
            return o.eGet(kod);
        }
        if (orgnr != null) {
            return o.eGet(orgnr) + (namn == null || o.eGet(namn) == null ? "" : " " + o.eGet(namn)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return String.valueOf(o);
    }

    private static String nyckel(EClass klass) {
        return klass.getName().toLowerCase(Locale.ROOT);
    }

    private static String rubrik(EClass klass) {
        return text("del." + klass.getName(), klass.getName()); //$NON-NLS-1$
    }

    private static String etikett(EStructuralFeature f) {
        return text(f.getName(), ord(f.getName()));
    }

    private static String etikett(String nyckel) {
        return text(nyckel, ord(nyckel));
    }

    private static String text(String nyckel, String annars) {
        try {
            return ETIKETTER.getString(nyckel);
        } catch (MissingResourceException e) {
            return annars;
        }
    }

    /** {@code rapporteradAv} → "Rapporterad av". */
    static String ord(String namn) {
        String ord = namn.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        return Character.toUpperCase(ord.charAt(0)) + ord.substring(1);
    }
}
