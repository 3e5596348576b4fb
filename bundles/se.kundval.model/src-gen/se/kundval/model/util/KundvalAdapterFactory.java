/**
 */
package se.kundval.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import se.kundval.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage
 * @generated
 */
public class KundvalAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static KundvalPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KundvalAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = KundvalPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KundvalSwitch<Adapter> modelSwitch =
		new KundvalSwitch<Adapter>() {
			@Override
			public Adapter caseEntitet(Entitet object) {
				return createEntitetAdapter();
			}
			@Override
			public Adapter caseKundval(Kundval object) {
				return createKundvalAdapter();
			}
			@Override
			public Adapter caseNiva(Niva object) {
				return createNivaAdapter();
			}
			@Override
			public Adapter caseInsatstyp(Insatstyp object) {
				return createInsatstypAdapter();
			}
			@Override
			public Adapter casePris(Pris object) {
				return createPrisAdapter();
			}
			@Override
			public Adapter caseAnordnare(Anordnare object) {
				return createAnordnareAdapter();
			}
			@Override
			public Adapter caseCoach(Coach object) {
				return createCoachAdapter();
			}
			@Override
			public Adapter caseAuktorisation(Auktorisation object) {
				return createAuktorisationAdapter();
			}
			@Override
			public Adapter caseAnvandare(Anvandare object) {
				return createAnvandareAdapter();
			}
			@Override
			public Adapter caseKund(Kund object) {
				return createKundAdapter();
			}
			@Override
			public Adapter caseInsats(Insats object) {
				return createInsatsAdapter();
			}
			@Override
			public Adapter caseBeslut(Beslut object) {
				return createBeslutAdapter();
			}
			@Override
			public Adapter caseUndantag(Undantag object) {
				return createUndantagAdapter();
			}
			@Override
			public Adapter caseAvslut(Avslut object) {
				return createAvslutAdapter();
			}
			@Override
			public Adapter caseAvslutsbedomning(Avslutsbedomning object) {
				return createAvslutsbedomningAdapter();
			}
			@Override
			public Adapter caseGenomforandeplan(Genomforandeplan object) {
				return createGenomforandeplanAdapter();
			}
			@Override
			public Adapter casePlanmal(Planmal object) {
				return createPlanmalAdapter();
			}
			@Override
			public Adapter casePlanaktivitet(Planaktivitet object) {
				return createPlanaktivitetAdapter();
			}
			@Override
			public Adapter casePlanrevision(Planrevision object) {
				return createPlanrevisionAdapter();
			}
			@Override
			public Adapter caseManadsrapport(Manadsrapport object) {
				return createManadsrapportAdapter();
			}
			@Override
			public Adapter caseProgressgenomgang(Progressgenomgang object) {
				return createProgressgenomgangAdapter();
			}
			@Override
			public Adapter caseSexmanadersuppfoljning(Sexmanadersuppfoljning object) {
				return createSexmanadersuppfoljningAdapter();
			}
			@Override
			public Adapter caseEffektuppfoljning(Effektuppfoljning object) {
				return createEffektuppfoljningAdapter();
			}
			@Override
			public Adapter caseInsatstypdata(Insatstypdata object) {
				return createInsatstypdataAdapter();
			}
			@Override
			public Adapter caseEnkatsvar(Enkatsvar object) {
				return createEnkatsvarAdapter();
			}
			@Override
			public Adapter caseEnkatutskick(Enkatutskick object) {
				return createEnkatutskickAdapter();
			}
			@Override
			public Adapter caseTillsyn(Tillsyn object) {
				return createTillsynAdapter();
			}
			@Override
			public Adapter caseTillsynspunkt(Tillsynspunkt object) {
				return createTillsynspunktAdapter();
			}
			@Override
			public Adapter caseGranskningshandelse(Granskningshandelse object) {
				return createGranskningshandelseAdapter();
			}
			@Override
			public Adapter caseFaltandring(Faltandring object) {
				return createFaltandringAdapter();
			}
			@Override
			public Adapter caseDokument(Dokument object) {
				return createDokumentAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Entitet <em>Entitet</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Entitet
	 * @generated
	 */
	public Adapter createEntitetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Kundval <em>Kundval</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Kundval
	 * @generated
	 */
	public Adapter createKundvalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Niva <em>Niva</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Niva
	 * @generated
	 */
	public Adapter createNivaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Insatstyp <em>Insatstyp</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Insatstyp
	 * @generated
	 */
	public Adapter createInsatstypAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Pris <em>Pris</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Pris
	 * @generated
	 */
	public Adapter createPrisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Anordnare <em>Anordnare</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Anordnare
	 * @generated
	 */
	public Adapter createAnordnareAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Coach <em>Coach</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Coach
	 * @generated
	 */
	public Adapter createCoachAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Auktorisation <em>Auktorisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Auktorisation
	 * @generated
	 */
	public Adapter createAuktorisationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Anvandare <em>Anvandare</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Anvandare
	 * @generated
	 */
	public Adapter createAnvandareAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Kund <em>Kund</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Kund
	 * @generated
	 */
	public Adapter createKundAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Insats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Insats
	 * @generated
	 */
	public Adapter createInsatsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Beslut <em>Beslut</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Beslut
	 * @generated
	 */
	public Adapter createBeslutAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Undantag <em>Undantag</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Undantag
	 * @generated
	 */
	public Adapter createUndantagAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Avslut <em>Avslut</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Avslut
	 * @generated
	 */
	public Adapter createAvslutAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Avslutsbedomning <em>Avslutsbedomning</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Avslutsbedomning
	 * @generated
	 */
	public Adapter createAvslutsbedomningAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Genomforandeplan <em>Genomforandeplan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Genomforandeplan
	 * @generated
	 */
	public Adapter createGenomforandeplanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Planmal <em>Planmal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Planmal
	 * @generated
	 */
	public Adapter createPlanmalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Planaktivitet <em>Planaktivitet</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Planaktivitet
	 * @generated
	 */
	public Adapter createPlanaktivitetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Planrevision <em>Planrevision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Planrevision
	 * @generated
	 */
	public Adapter createPlanrevisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Manadsrapport <em>Manadsrapport</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Manadsrapport
	 * @generated
	 */
	public Adapter createManadsrapportAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Progressgenomgang <em>Progressgenomgang</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Progressgenomgang
	 * @generated
	 */
	public Adapter createProgressgenomgangAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Sexmanadersuppfoljning <em>Sexmanadersuppfoljning</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Sexmanadersuppfoljning
	 * @generated
	 */
	public Adapter createSexmanadersuppfoljningAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Effektuppfoljning <em>Effektuppfoljning</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Effektuppfoljning
	 * @generated
	 */
	public Adapter createEffektuppfoljningAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Insatstypdata <em>Insatstypdata</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Insatstypdata
	 * @generated
	 */
	public Adapter createInsatstypdataAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Enkatsvar <em>Enkatsvar</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Enkatsvar
	 * @generated
	 */
	public Adapter createEnkatsvarAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Enkatutskick <em>Enkatutskick</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Enkatutskick
	 * @generated
	 */
	public Adapter createEnkatutskickAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Tillsyn <em>Tillsyn</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Tillsyn
	 * @generated
	 */
	public Adapter createTillsynAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Tillsynspunkt <em>Tillsynspunkt</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Tillsynspunkt
	 * @generated
	 */
	public Adapter createTillsynspunktAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Granskningshandelse <em>Granskningshandelse</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Granskningshandelse
	 * @generated
	 */
	public Adapter createGranskningshandelseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Faltandring <em>Faltandring</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Faltandring
	 * @generated
	 */
	public Adapter createFaltandringAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.kundval.model.Dokument <em>Dokument</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.model.Dokument
	 * @generated
	 */
	public Adapter createDokumentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //KundvalAdapterFactory
