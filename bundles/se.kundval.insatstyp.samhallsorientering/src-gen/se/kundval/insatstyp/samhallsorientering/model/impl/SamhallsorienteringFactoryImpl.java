/**
 */
package se.kundval.insatstyp.samhallsorientering.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import se.kundval.insatstyp.samhallsorientering.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SamhallsorienteringFactoryImpl extends EFactoryImpl implements SamhallsorienteringFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SamhallsorienteringFactory init() {
		try {
			SamhallsorienteringFactory theSamhallsorienteringFactory = (SamhallsorienteringFactory)EPackage.Registry.INSTANCE.getEFactory(SamhallsorienteringPackage.eNS_URI);
			if (theSamhallsorienteringFactory != null) {
				return theSamhallsorienteringFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SamhallsorienteringFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SamhallsorienteringFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SamhallsorienteringPackage.KURSDELTAGANDE: return createKursdeltagande();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kursdeltagande createKursdeltagande() {
		KursdeltagandeImpl kursdeltagande = new KursdeltagandeImpl();
		return kursdeltagande;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SamhallsorienteringPackage getSamhallsorienteringPackage() {
		return (SamhallsorienteringPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SamhallsorienteringPackage getPackage() {
		return SamhallsorienteringPackage.eINSTANCE;
	}

} //SamhallsorienteringFactoryImpl
