/**
 */
package se.kundval.insatstyp.samhallsorientering.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import se.kundval.insatstyp.samhallsorientering.model.*;

import se.kundval.model.Entitet;
import se.kundval.model.Insatstypdata;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringPackage
 * @generated
 */
public class SamhallsorienteringAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SamhallsorienteringPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SamhallsorienteringAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SamhallsorienteringPackage.eINSTANCE;
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
	protected SamhallsorienteringSwitch<Adapter> modelSwitch =
		new SamhallsorienteringSwitch<Adapter>() {
			@Override
			public Adapter caseKursdeltagande(Kursdeltagande object) {
				return createKursdeltagandeAdapter();
			}
			@Override
			public Adapter caseEntitet(Entitet object) {
				return createEntitetAdapter();
			}
			@Override
			public Adapter caseInsatstypdata(Insatstypdata object) {
				return createInsatstypdataAdapter();
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
	 * Creates a new adapter for an object of class '{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande <em>Kursdeltagande</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande
	 * @generated
	 */
	public Adapter createKursdeltagandeAdapter() {
		return null;
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

} //SamhallsorienteringAdapterFactory
