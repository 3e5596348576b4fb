package se.kundval.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

import se.kundval.core.tjanst.Granskningstexter;
import se.kundval.model.KundvalPackage;
import se.kundval.model.KundvalPackage.Literals;

/**
 * The audit trail reads in Swedish (issue 10 item 7, issue 12 item 6): every kind of entry the
 * services write, every field a save can change and every code a field can hold has its word, so no
 * code reaches a person; a field added to the model without one fails here.
 */
class GranskningstexterTest {

    /** What the services write besides the plain {@code <TYP>_SKAPAD/_ANDRAD}. */
    private static final List<String> HANDELSER = List.of("IMPORT", "BESLUT_BEVILJANDE", "BESLUT_FORLANGNING",
            "AVSLUT_RAPPORTERAT", "AVSLUTSBEDOMNING", "SEXMANADERSUPPFOLJNING", "PRIS_FORESLAGET", "PRIS_GODKANT",
            "PRIS_ATERKALLAT", "PRIS_FRAN_INSATSTYPEN", "GENOMFORANDEPLAN_SPARAD", "MANADSRAPPORT_INLAMNAD",
            "MANADSRAPPORT_GRANSKAD", "SEXMANADERSUNDERLAG_INLAMNAT", "SEXMANADERSUNDERLAG_KOMPLETTERING", "PROGRESSGENOMGANG",
            "EFFEKTUPPFOLJNING", "ENGANGSKOD_FORNYAD");
    /** Codes that are words already. */
    private static final Set<String> SOM_DE_AR = Set.of("A", "B", "C", "D");

    @Test
    void varjeHandelseHarEttSvensktNamn() {
        for (String kod : HANDELSER) {
            assertNotEquals(kod, Granskningstexter.handelse(kod), kod);
        }
        assertEquals("Förlängning beviljad", Granskningstexter.handelse("BESLUT_FORLANGNING"));
        assertEquals("Kund registrerad", Granskningstexter.handelse("KUND_SKAPAD"));
        assertEquals("Månadsrapport ändrad", Granskningstexter.handelse("MANADSRAPPORT_ANDRAD"));
        assertEquals("Användare registrerad", Granskningstexter.handelse("ANVANDARE_SKAPAD"));
    }

    @Test
    void varjeFaltSomEnSparningKanAndraHarEttSvensktNamn() {
        for (EClass klass : KundvalPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
                .map(EClass.class::cast).filter(k -> !k.isAbstract()).toList()) {
            for (EStructuralFeature f : klass.getEAllStructuralFeatures()) {
                boolean struktur = f.isMany() || f.isTransient() || f instanceof EReference r
                        && (r.isContainment() || r.isContainer() || r.getEOpposite() != null && r.getEOpposite().isContainment());
                if (!struktur && f != Literals.ENTITET__ID && f != Literals.ENTITET__VERSION) {
                    assertNotEquals(f.getName(), Granskningstexter.falt(klass.getName(), klass.getName(), f.getName()),
                            klass.getName() + '.' + f.getName());
                }
            }
        }
        assertEquals("Kön", Granskningstexter.falt("Kund", "Kund", "kon"));
        assertEquals("Månadsrapport: Status", Granskningstexter.falt("Insats", "Manadsrapport", "status"));
        assertEquals("Avslutsbedömning", Granskningstexter.klass("Avslutsbedomning"));
    }

    @Test
    void varjeKodSomEttFaltKanHaHarEttSvensktOrd() {
        for (EEnum uppraknad : KundvalPackage.eINSTANCE.getEClassifiers().stream().filter(EEnum.class::isInstance)
                .map(EEnum.class::cast).toList()) {
            for (EEnumLiteral literal : uppraknad.getELiterals()) {
                if (!SOM_DE_AR.contains(literal.getName())) {
                    assertNotEquals(literal.getName(), Granskningstexter.varde(literal.getName()), uppraknad.getName());
                }
            }
        }
        assertEquals("Ja", Granskningstexter.varde("true"));
        assertEquals("Kvinna", Granskningstexter.varde("KVINNA"));
        assertEquals("2024-05-01", Granskningstexter.varde("2024-05-01"), "other values as they are");
        assertEquals("", Granskningstexter.varde(null));
    }
}
