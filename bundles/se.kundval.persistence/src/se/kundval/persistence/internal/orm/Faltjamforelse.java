package se.kundval.persistence.internal.orm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.kundval.model.Entitet;
import se.kundval.model.Faltandring;
import se.kundval.model.KundvalFactory;
import se.kundval.model.KundvalPackage.Literals;

/**
 * The fields of one stored object that a save changes, before and after, as text: every single
 * attribute and reference the mapping stores, except the surrogate key, the version and the link
 * to the container (the tree says that). A reference is written as the key a person knows (a
 * type's code, an orgnr, a kund-id), a password hash never.
 */
final class Faltjamforelse {

    /** What the audit shows instead of a password hash: that it changed, not what to. */
    static final String DOLT = "******"; //$NON-NLS-1$
    private static final List<String> NYCKLAR = List.of("kod", "orgnr", "kundId", "insatsId", "anvandarnamn"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private Faltjamforelse() {
    }

    /** The changed fields of {@code efter} against the stored {@code fore}; null stands for "no row" on either side. */
    static List<Faltandring> andringar(EObject fore, EObject efter) {
        EObject nagon = efter != null ? efter : fore;
        List<Faltandring> andringar = new ArrayList<>();
        for (EStructuralFeature f : lagrade(nagon.eClass())) {
            String foreText = fore == null ? null : text(f, fore.eGet(f));
            String efterText = efter == null ? null : text(f, efter.eGet(f));
            if (!Objects.equals(foreText, efterText)) {
                Faltandring a = KundvalFactory.eINSTANCE.createFaltandring();
                a.setObjekttyp(nagon.eClass().getName());
                a.setObjektId(((Entitet) nagon).getId());
                a.setFalt(f.getName());
                a.setFore(kort(foreText));
                a.setEfter(kort(efterText));
                andringar.add(a);
            }
        }
        return andringar;
    }

    private static List<EStructuralFeature> lagrade(EClass klass) {
        List<EStructuralFeature> falt = new ArrayList<>();
        for (EStructuralFeature f : klass.getEAllStructuralFeatures()) {
            boolean struktur = f instanceof EReference r && (r.isContainment() || r.isContainer()
                    || r.getEOpposite() != null && r.getEOpposite().isContainment());
            if (!f.isMany() && !f.isTransient() && !f.isDerived() && !f.isVolatile() && !struktur
                    && f != Literals.ENTITET__ID && f != Literals.ENTITET__VERSION) {
                falt.add(f);
            }
        }
        return falt;
    }

    private static String text(EStructuralFeature f, Object varde) {
        if (varde == null) {
            return null;
        }
        if (f == Literals.ANVANDARE__LOSENORD_HASH) {
            return DOLT;
        }
        if (varde instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (varde instanceof Enumerator e) {
            return e.getName();
        }
        if (varde instanceof EObject o && f instanceof EReference) {
            return nyckel(o);
        }
        return varde.toString();
    }

    private static String nyckel(EObject o) {
        for (String namn : NYCKLAR) {
            EStructuralFeature f = o.eClass().getEStructuralFeature(namn);
            if (f != null && o.eGet(f) != null) {
                return o.eGet(f).toString();
            }
        }
        return String.valueOf(((Entitet) o).getId());
    }

    /** Free texts are stored up to 4 000 characters; so is what the audit keeps of them. */
    private static String kort(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3999) + '\u2026';
    }
}
