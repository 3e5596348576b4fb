/**
 */
package se.kundval.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import se.kundval.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage
 * @generated
 */
public class KundvalSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static KundvalPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KundvalSwitch() {
		if (modelPackage == null) {
			modelPackage = KundvalPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case KundvalPackage.ENTITET: {
				Entitet entitet = (Entitet)theEObject;
				T result = caseEntitet(entitet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.KUNDVAL: {
				Kundval kundval = (Kundval)theEObject;
				T result = caseKundval(kundval);
				if (result == null) result = caseEntitet(kundval);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.NIVA: {
				Niva niva = (Niva)theEObject;
				T result = caseNiva(niva);
				if (result == null) result = caseEntitet(niva);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.INSATSTYP: {
				Insatstyp insatstyp = (Insatstyp)theEObject;
				T result = caseInsatstyp(insatstyp);
				if (result == null) result = caseEntitet(insatstyp);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.PRIS: {
				Pris pris = (Pris)theEObject;
				T result = casePris(pris);
				if (result == null) result = caseEntitet(pris);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.ANORDNARE: {
				Anordnare anordnare = (Anordnare)theEObject;
				T result = caseAnordnare(anordnare);
				if (result == null) result = caseEntitet(anordnare);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.COACH: {
				Coach coach = (Coach)theEObject;
				T result = caseCoach(coach);
				if (result == null) result = caseEntitet(coach);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.AUKTORISATION: {
				Auktorisation auktorisation = (Auktorisation)theEObject;
				T result = caseAuktorisation(auktorisation);
				if (result == null) result = caseEntitet(auktorisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.ANVANDARE: {
				Anvandare anvandare = (Anvandare)theEObject;
				T result = caseAnvandare(anvandare);
				if (result == null) result = caseEntitet(anvandare);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.KUND: {
				Kund kund = (Kund)theEObject;
				T result = caseKund(kund);
				if (result == null) result = caseEntitet(kund);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.INSATS: {
				Insats insats = (Insats)theEObject;
				T result = caseInsats(insats);
				if (result == null) result = caseEntitet(insats);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.BESLUT: {
				Beslut beslut = (Beslut)theEObject;
				T result = caseBeslut(beslut);
				if (result == null) result = caseEntitet(beslut);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.UNDANTAG: {
				Undantag undantag = (Undantag)theEObject;
				T result = caseUndantag(undantag);
				if (result == null) result = caseEntitet(undantag);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.AVSLUT: {
				Avslut avslut = (Avslut)theEObject;
				T result = caseAvslut(avslut);
				if (result == null) result = caseEntitet(avslut);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.AVSLUTSBEDOMNING: {
				Avslutsbedomning avslutsbedomning = (Avslutsbedomning)theEObject;
				T result = caseAvslutsbedomning(avslutsbedomning);
				if (result == null) result = caseEntitet(avslutsbedomning);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.GENOMFORANDEPLAN: {
				Genomforandeplan genomforandeplan = (Genomforandeplan)theEObject;
				T result = caseGenomforandeplan(genomforandeplan);
				if (result == null) result = caseEntitet(genomforandeplan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.PLANMAL: {
				Planmal planmal = (Planmal)theEObject;
				T result = casePlanmal(planmal);
				if (result == null) result = caseEntitet(planmal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.PLANAKTIVITET: {
				Planaktivitet planaktivitet = (Planaktivitet)theEObject;
				T result = casePlanaktivitet(planaktivitet);
				if (result == null) result = caseEntitet(planaktivitet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.PLANREVISION: {
				Planrevision planrevision = (Planrevision)theEObject;
				T result = casePlanrevision(planrevision);
				if (result == null) result = caseEntitet(planrevision);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.MANADSRAPPORT: {
				Manadsrapport manadsrapport = (Manadsrapport)theEObject;
				T result = caseManadsrapport(manadsrapport);
				if (result == null) result = caseEntitet(manadsrapport);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.PROGRESSGENOMGANG: {
				Progressgenomgang progressgenomgang = (Progressgenomgang)theEObject;
				T result = caseProgressgenomgang(progressgenomgang);
				if (result == null) result = caseEntitet(progressgenomgang);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.SEXMANADERSUPPFOLJNING: {
				Sexmanadersuppfoljning sexmanadersuppfoljning = (Sexmanadersuppfoljning)theEObject;
				T result = caseSexmanadersuppfoljning(sexmanadersuppfoljning);
				if (result == null) result = caseEntitet(sexmanadersuppfoljning);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.EFFEKTUPPFOLJNING: {
				Effektuppfoljning effektuppfoljning = (Effektuppfoljning)theEObject;
				T result = caseEffektuppfoljning(effektuppfoljning);
				if (result == null) result = caseEntitet(effektuppfoljning);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.INSATSTYPDATA: {
				Insatstypdata insatstypdata = (Insatstypdata)theEObject;
				T result = caseInsatstypdata(insatstypdata);
				if (result == null) result = caseEntitet(insatstypdata);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.ENKATSVAR: {
				Enkatsvar enkatsvar = (Enkatsvar)theEObject;
				T result = caseEnkatsvar(enkatsvar);
				if (result == null) result = caseEntitet(enkatsvar);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.ENKATUTSKICK: {
				Enkatutskick enkatutskick = (Enkatutskick)theEObject;
				T result = caseEnkatutskick(enkatutskick);
				if (result == null) result = caseEntitet(enkatutskick);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.TILLSYN: {
				Tillsyn tillsyn = (Tillsyn)theEObject;
				T result = caseTillsyn(tillsyn);
				if (result == null) result = caseEntitet(tillsyn);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.TILLSYNSPUNKT: {
				Tillsynspunkt tillsynspunkt = (Tillsynspunkt)theEObject;
				T result = caseTillsynspunkt(tillsynspunkt);
				if (result == null) result = caseEntitet(tillsynspunkt);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.GRANSKNINGSHANDELSE: {
				Granskningshandelse granskningshandelse = (Granskningshandelse)theEObject;
				T result = caseGranskningshandelse(granskningshandelse);
				if (result == null) result = caseEntitet(granskningshandelse);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.FALTANDRING: {
				Faltandring faltandring = (Faltandring)theEObject;
				T result = caseFaltandring(faltandring);
				if (result == null) result = caseEntitet(faltandring);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KundvalPackage.DOKUMENT: {
				Dokument dokument = (Dokument)theEObject;
				T result = caseDokument(dokument);
				if (result == null) result = caseEntitet(dokument);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Entitet</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Entitet</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEntitet(Entitet object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kundval</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kundval</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKundval(Kundval object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Niva</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Niva</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNiva(Niva object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Insatstyp</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Insatstyp</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInsatstyp(Insatstyp object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pris</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pris</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePris(Pris object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Anordnare</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Anordnare</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnordnare(Anordnare object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Coach</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Coach</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCoach(Coach object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Auktorisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Auktorisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAuktorisation(Auktorisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Anvandare</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Anvandare</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnvandare(Anvandare object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kund</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kund</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKund(Kund object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Insats</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Insats</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInsats(Insats object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Beslut</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Beslut</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBeslut(Beslut object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Undantag</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Undantag</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUndantag(Undantag object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Avslut</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Avslut</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAvslut(Avslut object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Avslutsbedomning</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Avslutsbedomning</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAvslutsbedomning(Avslutsbedomning object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Genomforandeplan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Genomforandeplan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGenomforandeplan(Genomforandeplan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Planmal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Planmal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanmal(Planmal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Planaktivitet</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Planaktivitet</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanaktivitet(Planaktivitet object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Planrevision</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Planrevision</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanrevision(Planrevision object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Manadsrapport</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Manadsrapport</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseManadsrapport(Manadsrapport object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Progressgenomgang</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Progressgenomgang</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProgressgenomgang(Progressgenomgang object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sexmanadersuppfoljning</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sexmanadersuppfoljning</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSexmanadersuppfoljning(Sexmanadersuppfoljning object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Effektuppfoljning</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Effektuppfoljning</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEffektuppfoljning(Effektuppfoljning object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Insatstypdata</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Insatstypdata</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInsatstypdata(Insatstypdata object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Enkatsvar</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Enkatsvar</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEnkatsvar(Enkatsvar object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Enkatutskick</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Enkatutskick</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEnkatutskick(Enkatutskick object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tillsyn</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tillsyn</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTillsyn(Tillsyn object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tillsynspunkt</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tillsynspunkt</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTillsynspunkt(Tillsynspunkt object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Granskningshandelse</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Granskningshandelse</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGranskningshandelse(Granskningshandelse object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Faltandring</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Faltandring</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFaltandring(Faltandring object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dokument</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dokument</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDokument(Dokument object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //KundvalSwitch
