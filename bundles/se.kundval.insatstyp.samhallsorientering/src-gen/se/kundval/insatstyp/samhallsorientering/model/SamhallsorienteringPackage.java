/**
 */
package se.kundval.insatstyp.samhallsorientering.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import se.kundval.model.KundvalPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringFactory
 * @model kind="package"
 * @generated
 */
public interface SamhallsorienteringPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://kundval.se/samhallsorientering/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "samhallsorientering";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SamhallsorienteringPackage eINSTANCE = se.kundval.insatstyp.samhallsorientering.model.impl.SamhallsorienteringPackageImpl.init();

	/**
	 * The meta object id for the '{@link se.kundval.insatstyp.samhallsorientering.model.impl.KursdeltagandeImpl <em>Kursdeltagande</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.insatstyp.samhallsorientering.model.impl.KursdeltagandeImpl
	 * @see se.kundval.insatstyp.samhallsorientering.model.impl.SamhallsorienteringPackageImpl#getKursdeltagande()
	 * @generated
	 */
	int KURSDELTAGANDE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSDELTAGANDE__ID = KundvalPackage.INSATSTYPDATA__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSDELTAGANDE__VERSION = KundvalPackage.INSATSTYPDATA__VERSION;

	/**
	 * The feature id for the '<em><b>Insats</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSDELTAGANDE__INSATS = KundvalPackage.INSATSTYPDATA__INSATS;

	/**
	 * The feature id for the '<em><b>Anmalningsdatum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSDELTAGANDE__ANMALNINGSDATUM = KundvalPackage.INSATSTYPDATA_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kursstart</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSDELTAGANDE__KURSSTART = KundvalPackage.INSATSTYPDATA_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kursslut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSDELTAGANDE__KURSSLUT = KundvalPackage.INSATSTYPDATA_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Avbrott</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSDELTAGANDE__AVBROTT = KundvalPackage.INSATSTYPDATA_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Expert</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSDELTAGANDE__EXPERT = KundvalPackage.INSATSTYPDATA_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Kursdeltagande</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSDELTAGANDE_FEATURE_COUNT = KundvalPackage.INSATSTYPDATA_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Kursdeltagande</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KURSDELTAGANDE_OPERATION_COUNT = KundvalPackage.INSATSTYPDATA_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande <em>Kursdeltagande</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kursdeltagande</em>'.
	 * @see se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande
	 * @generated
	 */
	EClass getKursdeltagande();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getAnmalningsdatum <em>Anmalningsdatum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anmalningsdatum</em>'.
	 * @see se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getAnmalningsdatum()
	 * @see #getKursdeltagande()
	 * @generated
	 */
	EAttribute getKursdeltagande_Anmalningsdatum();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getKursstart <em>Kursstart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kursstart</em>'.
	 * @see se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getKursstart()
	 * @see #getKursdeltagande()
	 * @generated
	 */
	EAttribute getKursdeltagande_Kursstart();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getKursslut <em>Kursslut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kursslut</em>'.
	 * @see se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getKursslut()
	 * @see #getKursdeltagande()
	 * @generated
	 */
	EAttribute getKursdeltagande_Kursslut();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getAvbrott <em>Avbrott</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Avbrott</em>'.
	 * @see se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getAvbrott()
	 * @see #getKursdeltagande()
	 * @generated
	 */
	EAttribute getKursdeltagande_Avbrott();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getExpert <em>Expert</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expert</em>'.
	 * @see se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getExpert()
	 * @see #getKursdeltagande()
	 * @generated
	 */
	EAttribute getKursdeltagande_Expert();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SamhallsorienteringFactory getSamhallsorienteringFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link se.kundval.insatstyp.samhallsorientering.model.impl.KursdeltagandeImpl <em>Kursdeltagande</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.insatstyp.samhallsorientering.model.impl.KursdeltagandeImpl
		 * @see se.kundval.insatstyp.samhallsorientering.model.impl.SamhallsorienteringPackageImpl#getKursdeltagande()
		 * @generated
		 */
		EClass KURSDELTAGANDE = eINSTANCE.getKursdeltagande();

		/**
		 * The meta object literal for the '<em><b>Anmalningsdatum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURSDELTAGANDE__ANMALNINGSDATUM = eINSTANCE.getKursdeltagande_Anmalningsdatum();

		/**
		 * The meta object literal for the '<em><b>Kursstart</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURSDELTAGANDE__KURSSTART = eINSTANCE.getKursdeltagande_Kursstart();

		/**
		 * The meta object literal for the '<em><b>Kursslut</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURSDELTAGANDE__KURSSLUT = eINSTANCE.getKursdeltagande_Kursslut();

		/**
		 * The meta object literal for the '<em><b>Avbrott</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURSDELTAGANDE__AVBROTT = eINSTANCE.getKursdeltagande_Avbrott();

		/**
		 * The meta object literal for the '<em><b>Expert</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KURSDELTAGANDE__EXPERT = eINSTANCE.getKursdeltagande_Expert();

	}

} //SamhallsorienteringPackage
