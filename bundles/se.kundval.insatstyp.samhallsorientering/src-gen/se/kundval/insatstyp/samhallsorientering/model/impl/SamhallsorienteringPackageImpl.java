/**
 */
package se.kundval.insatstyp.samhallsorientering.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande;
import se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringFactory;
import se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringPackage;

import se.kundval.model.KundvalPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SamhallsorienteringPackageImpl extends EPackageImpl implements SamhallsorienteringPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kursdeltagandeEClass = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SamhallsorienteringPackageImpl() {
		super(eNS_URI, SamhallsorienteringFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SamhallsorienteringPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SamhallsorienteringPackage init() {
		if (isInited) return (SamhallsorienteringPackage)EPackage.Registry.INSTANCE.getEPackage(SamhallsorienteringPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSamhallsorienteringPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SamhallsorienteringPackageImpl theSamhallsorienteringPackage = registeredSamhallsorienteringPackage instanceof SamhallsorienteringPackageImpl ? (SamhallsorienteringPackageImpl)registeredSamhallsorienteringPackage : new SamhallsorienteringPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		KundvalPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theSamhallsorienteringPackage.createPackageContents();

		// Initialize created meta-data
		theSamhallsorienteringPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSamhallsorienteringPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SamhallsorienteringPackage.eNS_URI, theSamhallsorienteringPackage);
		return theSamhallsorienteringPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKursdeltagande() {
		return kursdeltagandeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKursdeltagande_Anmalningsdatum() {
		return (EAttribute)kursdeltagandeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKursdeltagande_Kursstart() {
		return (EAttribute)kursdeltagandeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKursdeltagande_Kursslut() {
		return (EAttribute)kursdeltagandeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKursdeltagande_Avbrott() {
		return (EAttribute)kursdeltagandeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKursdeltagande_Expert() {
		return (EAttribute)kursdeltagandeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SamhallsorienteringFactory getSamhallsorienteringFactory() {
		return (SamhallsorienteringFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		kursdeltagandeEClass = createEClass(KURSDELTAGANDE);
		createEAttribute(kursdeltagandeEClass, KURSDELTAGANDE__ANMALNINGSDATUM);
		createEAttribute(kursdeltagandeEClass, KURSDELTAGANDE__KURSSTART);
		createEAttribute(kursdeltagandeEClass, KURSDELTAGANDE__KURSSLUT);
		createEAttribute(kursdeltagandeEClass, KURSDELTAGANDE__AVBROTT);
		createEAttribute(kursdeltagandeEClass, KURSDELTAGANDE__EXPERT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		KundvalPackage theKundvalPackage = (KundvalPackage)EPackage.Registry.INSTANCE.getEPackage(KundvalPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		kursdeltagandeEClass.getESuperTypes().add(theKundvalPackage.getInsatstypdata());

		// Initialize classes, features, and operations; add parameters
		initEClass(kursdeltagandeEClass, Kursdeltagande.class, "Kursdeltagande", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKursdeltagande_Anmalningsdatum(), theKundvalPackage.getLocalDate(), "anmalningsdatum", null, 0, 1, Kursdeltagande.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKursdeltagande_Kursstart(), theKundvalPackage.getLocalDate(), "kursstart", null, 0, 1, Kursdeltagande.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKursdeltagande_Kursslut(), theKundvalPackage.getLocalDate(), "kursslut", null, 0, 1, Kursdeltagande.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKursdeltagande_Avbrott(), ecorePackage.getEBooleanObject(), "avbrott", null, 0, 1, Kursdeltagande.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKursdeltagande_Expert(), ecorePackage.getEString(), "expert", null, 0, 1, Kursdeltagande.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Create resource
		createResource(eNS_URI);
	}

} //SamhallsorienteringPackageImpl
