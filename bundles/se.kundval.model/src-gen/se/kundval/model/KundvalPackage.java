/**
 */
package se.kundval.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * @see se.kundval.model.KundvalFactory
 * @model kind="package"
 * @generated
 */
public interface KundvalPackage extends EPackage {
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
	String eNS_URI = "http://kundval.se/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "kundval";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	KundvalPackage eINSTANCE = se.kundval.model.impl.KundvalPackageImpl.init();

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.EntitetImpl <em>Entitet</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.EntitetImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getEntitet()
	 * @generated
	 */
	int ENTITET = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITET__ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITET__VERSION = 1;

	/**
	 * The number of structural features of the '<em>Entitet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITET_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Entitet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.KundvalImpl <em>Kundval</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.KundvalImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getKundval()
	 * @generated
	 */
	int KUNDVAL = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUNDVAL__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUNDVAL__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Kod</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUNDVAL__KOD = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Namn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUNDVAL__NAMN = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Giltig Fran</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUNDVAL__GILTIG_FRAN = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Giltig Till</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUNDVAL__GILTIG_TILL = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Kundval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUNDVAL_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Kundval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUNDVAL_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.NivaImpl <em>Niva</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.NivaImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getNiva()
	 * @generated
	 */
	int NIVA = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIVA__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIVA__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Kundval</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIVA__KUNDVAL = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Nummer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIVA__NUMMER = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Namn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIVA__NAMN = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Niva</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIVA_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Niva</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIVA_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.InsatstypImpl <em>Insatstyp</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.InsatstypImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getInsatstyp()
	 * @generated
	 */
	int INSATSTYP = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYP__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYP__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Kod</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYP__KOD = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Namn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYP__NAMN = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kundval</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYP__KUNDVAL = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Niva</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYP__NIVA = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Langd Manader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYP__LANGD_MANADER = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Malsattning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYP__MALSATTNING = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Giltig Fran</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYP__GILTIG_FRAN = ENTITET_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Giltig Till</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYP__GILTIG_TILL = ENTITET_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Insatstyp</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYP_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Insatstyp</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYP_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.PrisImpl <em>Pris</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.PrisImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getPris()
	 * @generated
	 */
	int PRIS = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIS__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIS__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Insatstyp</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIS__INSATSTYP = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Giltig Fran</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIS__GILTIG_FRAN = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Checkbelopp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIS__CHECKBELOPP = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Bonus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIS__BONUS = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIS__STATUS = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Foreslagen Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIS__FORESLAGEN_AV = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Foreslagen Tid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIS__FORESLAGEN_TID = ENTITET_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Godkand Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIS__GODKAND_AV = ENTITET_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Godkand Tid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIS__GODKAND_TID = ENTITET_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Aterkallad Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIS__ATERKALLAD_AV = ENTITET_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Aterkallad Tid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIS__ATERKALLAD_TID = ENTITET_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Pris</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIS_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Pris</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIS_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.AnordnareImpl <em>Anordnare</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.AnordnareImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getAnordnare()
	 * @generated
	 */
	int ANORDNARE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANORDNARE__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANORDNARE__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Orgnr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANORDNARE__ORGNR = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Namn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANORDNARE__NAMN = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Coacher</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANORDNARE__COACHER = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Auktorisationer</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANORDNARE__AUKTORISATIONER = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Anordnare</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANORDNARE_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Anordnare</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANORDNARE_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.CoachImpl <em>Coach</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.CoachImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getCoach()
	 * @generated
	 */
	int COACH = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACH__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACH__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Anordnare</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACH__ANORDNARE = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Namn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACH__NAMN = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Epost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACH__EPOST = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Telefon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACH__TELEFON = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Coach</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACH_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Coach</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COACH_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.AuktorisationImpl <em>Auktorisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.AuktorisationImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getAuktorisation()
	 * @generated
	 */
	int AUKTORISATION = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUKTORISATION__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUKTORISATION__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Anordnare</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUKTORISATION__ANORDNARE = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Insatstyp</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUKTORISATION__INSATSTYP = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fran</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUKTORISATION__FRAN = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Till</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUKTORISATION__TILL = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Auktorisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUKTORISATION_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Auktorisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUKTORISATION_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.AnvandareImpl <em>Anvandare</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.AnvandareImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getAnvandare()
	 * @generated
	 */
	int ANVANDARE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANVANDARE__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANVANDARE__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Anvandarnamn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANVANDARE__ANVANDARNAMN = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Namn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANVANDARE__NAMN = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Roll</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANVANDARE__ROLL = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Orgnr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANVANDARE__ORGNR = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Losenord Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANVANDARE__LOSENORD_HASH = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Aktiv</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANVANDARE__AKTIV = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Portaladmin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANVANDARE__PORTALADMIN = ENTITET_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Anvandare</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANVANDARE_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Anvandare</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANVANDARE_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.KundImpl <em>Kund</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.KundImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getKund()
	 * @generated
	 */
	int KUND = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Kund Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__KUND_ID = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Personnummer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__PERSONNUMMER = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Namn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__NAMN = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__KON = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fodelsedatum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__FODELSEDATUM = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Kommun</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__KOMMUN = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Sprak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__SPRAK = ENTITET_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Utbildningsniva</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__UTBILDNINGSNIVA = ENTITET_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Ekonomiskt Bistand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__EKONOMISKT_BISTAND = ENTITET_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Etableringsprogram</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__ETABLERINGSPROGRAM = ENTITET_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Etableringsersattning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__ETABLERINGSERSATTNING = ENTITET_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Arbetsformaga</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__ARBETSFORMAGA = ENTITET_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Arbetsformaga Oklar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__ARBETSFORMAGA_OKLAR = ENTITET_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Tolkbehov</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__TOLKBEHOV = ENTITET_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Ansvarig Karriarvagledare</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__ANSVARIG_KARRIARVAGLEDARE = ENTITET_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Skyddad</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND__SKYDDAD = ENTITET_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Kund</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Kund</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KUND_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.InsatsImpl <em>Insats</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.InsatsImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getInsats()
	 * @generated
	 */
	int INSATS = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Insats Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__INSATS_ID = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kund</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__KUND = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Insatstyp</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__INSATSTYP = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Anordnare</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__ANORDNARE = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Startdatum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__STARTDATUM = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Langd Manader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__LANGD_MANADER = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Slutdatum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__SLUTDATUM = ENTITET_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__STATUS = ENTITET_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Beslut</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__BESLUT = ENTITET_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Avslut</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__AVSLUT = ENTITET_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Genomforandeplan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__GENOMFORANDEPLAN = ENTITET_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Manadsrapporter</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__MANADSRAPPORTER = ENTITET_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Progressgenomgangar</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__PROGRESSGENOMGANGAR = ENTITET_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Sexmanadersuppfoljningar</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__SEXMANADERSUPPFOLJNINGAR = ENTITET_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Effektuppfoljningar</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__EFFEKTUPPFOLJNINGAR = ENTITET_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Typdata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS__TYPDATA = ENTITET_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Insats</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Insats</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATS_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.BeslutImpl <em>Beslut</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.BeslutImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getBeslut()
	 * @generated
	 */
	int BESLUT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BESLUT__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BESLUT__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Insats</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BESLUT__INSATS = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Typ</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BESLUT__TYP = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BESLUT__DATUM = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Handlaggare</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BESLUT__HANDLAGGARE = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Motivering</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BESLUT__MOTIVERING = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Langd Manader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BESLUT__LANGD_MANADER = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Tidpunkt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BESLUT__TIDPUNKT = ENTITET_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Undantag</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BESLUT__UNDANTAG = ENTITET_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Beslut</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BESLUT_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Beslut</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BESLUT_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.UndantagImpl <em>Undantag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.UndantagImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getUndantag()
	 * @generated
	 */
	int UNDANTAG = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNDANTAG__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNDANTAG__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Beslut</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNDANTAG__BESLUT = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Regel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNDANTAG__REGEL = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Skal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNDANTAG__SKAL = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Motivering</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNDANTAG__MOTIVERING = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Namn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNDANTAG__NAMN = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Undantag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNDANTAG_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Undantag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNDANTAG_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.AvslutImpl <em>Avslut</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.AvslutImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getAvslut()
	 * @generated
	 */
	int AVSLUT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUT__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUT__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Insats</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUT__INSATS = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Avslutsdatum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUT__AVSLUTSDATUM = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Avslutsorsak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUT__AVSLUTSORSAK = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sysselsattning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUT__SYSSELSATTNING = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Varaktighet Manader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUT__VARAKTIGHET_MANADER = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Rapporterad Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUT__RAPPORTERAD_AV = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Rapporterad Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUT__RAPPORTERAD_DATUM = ENTITET_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Bedomningar</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUT__BEDOMNINGAR = ENTITET_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Avslut</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUT_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Avslut</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUT_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.AvslutsbedomningImpl <em>Avslutsbedomning</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.AvslutsbedomningImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getAvslutsbedomning()
	 * @generated
	 */
	int AVSLUTSBEDOMNING = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUTSBEDOMNING__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUTSBEDOMNING__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Avslut</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUTSBEDOMNING__AVSLUT = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Lyckat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUTSBEDOMNING__LYCKAT = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bonusgrundande</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUTSBEDOMNING__BONUSGRUNDANDE = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Motivering</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUTSBEDOMNING__MOTIVERING = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Bedomd Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUTSBEDOMNING__BEDOMD_AV = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Tidpunkt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUTSBEDOMNING__TIDPUNKT = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Lopnummer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUTSBEDOMNING__LOPNUMMER = ENTITET_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Avslutsbedomning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUTSBEDOMNING_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Avslutsbedomning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVSLUTSBEDOMNING_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.GenomforandeplanImpl <em>Genomforandeplan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.GenomforandeplanImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getGenomforandeplan()
	 * @generated
	 */
	int GENOMFORANDEPLAN = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENOMFORANDEPLAN__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENOMFORANDEPLAN__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Insats</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENOMFORANDEPLAN__INSATS = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Upprattad</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENOMFORANDEPLAN__UPPRATTAD = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mal</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENOMFORANDEPLAN__MAL = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Aktiviteter</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENOMFORANDEPLAN__AKTIVITETER = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Revisioner</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENOMFORANDEPLAN__REVISIONER = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Genomforandeplan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENOMFORANDEPLAN_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Genomforandeplan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENOMFORANDEPLAN_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.PlanmalImpl <em>Planmal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.PlanmalImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getPlanmal()
	 * @generated
	 */
	int PLANMAL = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANMAL__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANMAL__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANMAL__PLAN = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Beskrivning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANMAL__BESKRIVNING = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Planmal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANMAL_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Planmal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANMAL_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.PlanaktivitetImpl <em>Planaktivitet</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.PlanaktivitetImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getPlanaktivitet()
	 * @generated
	 */
	int PLANAKTIVITET = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANAKTIVITET__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANAKTIVITET__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANAKTIVITET__PLAN = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Typ</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANAKTIVITET__TYP = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Beskrivning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANAKTIVITET__BESKRIVNING = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Planerad Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANAKTIVITET__PLANERAD_START = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Planerad Slut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANAKTIVITET__PLANERAD_SLUT = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Planaktivitet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANAKTIVITET_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Planaktivitet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANAKTIVITET_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.PlanrevisionImpl <em>Planrevision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.PlanrevisionImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getPlanrevision()
	 * @generated
	 */
	int PLANREVISION = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANREVISION__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANREVISION__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANREVISION__PLAN = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANREVISION__DATUM = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Beskrivning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANREVISION__BESKRIVNING = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reviderad Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANREVISION__REVIDERAD_AV = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Planrevision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANREVISION_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Planrevision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANREVISION_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.ManadsrapportImpl <em>Manadsrapport</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.ManadsrapportImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getManadsrapport()
	 * @generated
	 */
	int MANADSRAPPORT = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Insats</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__INSATS = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__PERIOD = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__STATUS = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Inlamnad</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__INLAMNAD = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Aktiviteter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__AKTIVITETER = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Narvarodagar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__NARVARODAGAR = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Progression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__PROGRESSION = ENTITET_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Franvarodagar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__FRANVARODAGAR = ENTITET_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sjukdagar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__SJUKDAGAR = ENTITET_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Sjukdagar Med Lakarintyg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__SJUKDAGAR_MED_LAKARINTYG = ENTITET_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Avvikelser</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__AVVIKELSER = ENTITET_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Granskad Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__GRANSKAD_AV = ENTITET_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Granskad Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__GRANSKAD_DATUM = ENTITET_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Kommentar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT__KOMMENTAR = ENTITET_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Manadsrapport</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Manadsrapport</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANADSRAPPORT_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.ProgressgenomgangImpl <em>Progressgenomgang</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.ProgressgenomgangImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getProgressgenomgang()
	 * @generated
	 */
	int PROGRESSGENOMGANG = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESSGENOMGANG__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESSGENOMGANG__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Insats</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESSGENOMGANG__INSATS = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESSGENOMGANG__DATUM = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Utfall</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESSGENOMGANG__UTFALL = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kommentar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESSGENOMGANG__KOMMENTAR = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESSGENOMGANG__AV = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Progressgenomgang</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESSGENOMGANG_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Progressgenomgang</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESSGENOMGANG_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.SexmanadersuppfoljningImpl <em>Sexmanadersuppfoljning</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.SexmanadersuppfoljningImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getSexmanadersuppfoljning()
	 * @generated
	 */
	int SEXMANADERSUPPFOLJNING = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEXMANADERSUPPFOLJNING__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEXMANADERSUPPFOLJNING__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Insats</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEXMANADERSUPPFOLJNING__INSATS = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Inlamnad</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEXMANADERSUPPFOLJNING__INLAMNAD = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Underlag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEXMANADERSUPPFOLJNING__UNDERLAG = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Beskrivning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEXMANADERSUPPFOLJNING__BESKRIVNING = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEXMANADERSUPPFOLJNING__STATUS = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Bedomd Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEXMANADERSUPPFOLJNING__BEDOMD_AV = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Bedomd Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEXMANADERSUPPFOLJNING__BEDOMD_DATUM = ENTITET_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Motivering</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEXMANADERSUPPFOLJNING__MOTIVERING = ENTITET_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Dokument</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEXMANADERSUPPFOLJNING__DOKUMENT = ENTITET_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Sexmanadersuppfoljning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEXMANADERSUPPFOLJNING_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Sexmanadersuppfoljning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEXMANADERSUPPFOLJNING_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.EffektuppfoljningImpl <em>Effektuppfoljning</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.EffektuppfoljningImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getEffektuppfoljning()
	 * @generated
	 */
	int EFFEKTUPPFOLJNING = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFEKTUPPFOLJNING__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFEKTUPPFOLJNING__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Insats</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFEKTUPPFOLJNING__INSATS = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Manader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFEKTUPPFOLJNING__MANADER = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFEKTUPPFOLJNING__DATUM = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Egen Forsorjning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFEKTUPPFOLJNING__EGEN_FORSORJNING = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Kommentar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFEKTUPPFOLJNING__KOMMENTAR = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Effektuppfoljning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFEKTUPPFOLJNING_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Effektuppfoljning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFEKTUPPFOLJNING_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.InsatstypdataImpl <em>Insatstypdata</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.InsatstypdataImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getInsatstypdata()
	 * @generated
	 */
	int INSATSTYPDATA = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYPDATA__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYPDATA__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Insats</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYPDATA__INSATS = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Insatstypdata</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYPDATA_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Insatstypdata</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSATSTYPDATA_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.EnkatsvarImpl <em>Enkatsvar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.EnkatsvarImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getEnkatsvar()
	 * @generated
	 */
	int ENKATSVAR = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATSVAR__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATSVAR__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Anordnare</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATSVAR__ANORDNARE = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATSVAR__AR = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Respondent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATSVAR__RESPONDENT = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Fraga</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATSVAR__FRAGA = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Omrade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATSVAR__OMRADE = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Svar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATSVAR__SVAR = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Enkatsvar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATSVAR_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Enkatsvar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATSVAR_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.EnkatutskickImpl <em>Enkatutskick</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.EnkatutskickImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getEnkatutskick()
	 * @generated
	 */
	int ENKATUTSKICK = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATUTSKICK__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATUTSKICK__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Anordnare</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATUTSKICK__ANORDNARE = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATUTSKICK__AR = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Antal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATUTSKICK__ANTAL = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Enkatutskick</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATUTSKICK_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Enkatutskick</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENKATUTSKICK_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.TillsynImpl <em>Tillsyn</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.TillsynImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getTillsyn()
	 * @generated
	 */
	int TILLSYN = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYN__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYN__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Anordnare</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYN__ANORDNARE = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYN__AR = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Punkter</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYN__PUNKTER = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Tillsyn</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYN_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Tillsyn</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYN_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.TillsynspunktImpl <em>Tillsynspunkt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.TillsynspunktImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getTillsynspunkt()
	 * @generated
	 */
	int TILLSYNSPUNKT = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYNSPUNKT__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYNSPUNKT__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Tillsyn</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYNSPUNKT__TILLSYN = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Krav</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYNSPUNKT__KRAV = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Del</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYNSPUNKT__DEL = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Uppfyllnadsgrad</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYNSPUNKT__UPPFYLLNADSGRAD = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Atgard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYNSPUNKT__ATGARD = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYNSPUNKT__DEADLINE = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Tillsynspunkt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYNSPUNKT_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Tillsynspunkt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILLSYNSPUNKT_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.GranskningshandelseImpl <em>Granskningshandelse</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.GranskningshandelseImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getGranskningshandelse()
	 * @generated
	 */
	int GRANSKNINGSHANDELSE = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANSKNINGSHANDELSE__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANSKNINGSHANDELSE__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Tidpunkt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANSKNINGSHANDELSE__TIDPUNKT = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Anvandare</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANSKNINGSHANDELSE__ANVANDARE = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Handelse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANSKNINGSHANDELSE__HANDELSE = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Objekttyp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANSKNINGSHANDELSE__OBJEKTTYP = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Objekt Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANSKNINGSHANDELSE__OBJEKT_ID = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Detaljer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANSKNINGSHANDELSE__DETALJER = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Andringar</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANSKNINGSHANDELSE__ANDRINGAR = ENTITET_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Granskningshandelse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANSKNINGSHANDELSE_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Granskningshandelse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRANSKNINGSHANDELSE_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.FaltandringImpl <em>Faltandring</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.FaltandringImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getFaltandring()
	 * @generated
	 */
	int FALTANDRING = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALTANDRING__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALTANDRING__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Handelse</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALTANDRING__HANDELSE = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Objekttyp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALTANDRING__OBJEKTTYP = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Objekt Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALTANDRING__OBJEKT_ID = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Falt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALTANDRING__FALT = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fore</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALTANDRING__FORE = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Efter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALTANDRING__EFTER = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Faltandring</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALTANDRING_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Faltandring</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FALTANDRING_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.impl.DokumentImpl <em>Dokument</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.impl.DokumentImpl
	 * @see se.kundval.model.impl.KundvalPackageImpl#getDokument()
	 * @generated
	 */
	int DOKUMENT = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOKUMENT__ID = ENTITET__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOKUMENT__VERSION = ENTITET__VERSION;

	/**
	 * The feature id for the '<em><b>Uppfoljning</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOKUMENT__UPPFOLJNING = ENTITET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Filnamn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOKUMENT__FILNAMN = ENTITET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Innehallstyp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOKUMENT__INNEHALLSTYP = ENTITET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Storlek</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOKUMENT__STORLEK = ENTITET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOKUMENT__SHA256 = ENTITET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Uppladdad Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOKUMENT__UPPLADDAD_AV = ENTITET_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Uppladdad</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOKUMENT__UPPLADDAD = ENTITET_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Dokument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOKUMENT_FEATURE_COUNT = ENTITET_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Dokument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOKUMENT_OPERATION_COUNT = ENTITET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.kundval.model.Kon <em>Kon</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Kon
	 * @see se.kundval.model.impl.KundvalPackageImpl#getKon()
	 * @generated
	 */
	int KON = 31;

	/**
	 * The meta object id for the '{@link se.kundval.model.Utbildningsniva <em>Utbildningsniva</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Utbildningsniva
	 * @see se.kundval.model.impl.KundvalPackageImpl#getUtbildningsniva()
	 * @generated
	 */
	int UTBILDNINGSNIVA = 32;

	/**
	 * The meta object id for the '{@link se.kundval.model.Malsattning <em>Malsattning</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Malsattning
	 * @see se.kundval.model.impl.KundvalPackageImpl#getMalsattning()
	 * @generated
	 */
	int MALSATTNING = 33;

	/**
	 * The meta object id for the '{@link se.kundval.model.InsatsStatus <em>Insats Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.InsatsStatus
	 * @see se.kundval.model.impl.KundvalPackageImpl#getInsatsStatus()
	 * @generated
	 */
	int INSATS_STATUS = 34;

	/**
	 * The meta object id for the '{@link se.kundval.model.Avslutsorsak <em>Avslutsorsak</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Avslutsorsak
	 * @see se.kundval.model.impl.KundvalPackageImpl#getAvslutsorsak()
	 * @generated
	 */
	int AVSLUTSORSAK = 35;

	/**
	 * The meta object id for the '{@link se.kundval.model.BeslutTyp <em>Beslut Typ</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.BeslutTyp
	 * @see se.kundval.model.impl.KundvalPackageImpl#getBeslutTyp()
	 * @generated
	 */
	int BESLUT_TYP = 36;

	/**
	 * The meta object id for the '{@link se.kundval.model.Sysselsattningsform <em>Sysselsattningsform</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Sysselsattningsform
	 * @see se.kundval.model.impl.KundvalPackageImpl#getSysselsattningsform()
	 * @generated
	 */
	int SYSSELSATTNINGSFORM = 37;

	/**
	 * The meta object id for the '{@link se.kundval.model.Manadsrapportstatus <em>Manadsrapportstatus</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Manadsrapportstatus
	 * @see se.kundval.model.impl.KundvalPackageImpl#getManadsrapportstatus()
	 * @generated
	 */
	int MANADSRAPPORTSTATUS = 38;

	/**
	 * The meta object id for the '{@link se.kundval.model.Uppfoljningsstatus <em>Uppfoljningsstatus</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Uppfoljningsstatus
	 * @see se.kundval.model.impl.KundvalPackageImpl#getUppfoljningsstatus()
	 * @generated
	 */
	int UPPFOLJNINGSSTATUS = 39;

	/**
	 * The meta object id for the '{@link se.kundval.model.Underlagstyp <em>Underlagstyp</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Underlagstyp
	 * @see se.kundval.model.impl.KundvalPackageImpl#getUnderlagstyp()
	 * @generated
	 */
	int UNDERLAGSTYP = 40;

	/**
	 * The meta object id for the '{@link se.kundval.model.Aktivitetstyp <em>Aktivitetstyp</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Aktivitetstyp
	 * @see se.kundval.model.impl.KundvalPackageImpl#getAktivitetstyp()
	 * @generated
	 */
	int AKTIVITETSTYP = 41;

	/**
	 * The meta object id for the '{@link se.kundval.model.Omrade <em>Omrade</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Omrade
	 * @see se.kundval.model.impl.KundvalPackageImpl#getOmrade()
	 * @generated
	 */
	int OMRADE = 42;

	/**
	 * The meta object id for the '{@link se.kundval.model.Tillsynsdel <em>Tillsynsdel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Tillsynsdel
	 * @see se.kundval.model.impl.KundvalPackageImpl#getTillsynsdel()
	 * @generated
	 */
	int TILLSYNSDEL = 43;

	/**
	 * The meta object id for the '{@link se.kundval.model.Uppfyllnadsgrad <em>Uppfyllnadsgrad</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Uppfyllnadsgrad
	 * @see se.kundval.model.impl.KundvalPackageImpl#getUppfyllnadsgrad()
	 * @generated
	 */
	int UPPFYLLNADSGRAD = 44;

	/**
	 * The meta object id for the '{@link se.kundval.model.Roll <em>Roll</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Roll
	 * @see se.kundval.model.impl.KundvalPackageImpl#getRoll()
	 * @generated
	 */
	int ROLL = 45;

	/**
	 * The meta object id for the '{@link se.kundval.model.Prisstatus <em>Prisstatus</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Prisstatus
	 * @see se.kundval.model.impl.KundvalPackageImpl#getPrisstatus()
	 * @generated
	 */
	int PRISSTATUS = 46;

	/**
	 * The meta object id for the '{@link se.kundval.model.Progressutfall <em>Progressutfall</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Progressutfall
	 * @see se.kundval.model.impl.KundvalPackageImpl#getProgressutfall()
	 * @generated
	 */
	int PROGRESSUTFALL = 47;

	/**
	 * The meta object id for the '<em>Aktivitetstyp Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Aktivitetstyp
	 * @see se.kundval.model.impl.KundvalPackageImpl#getAktivitetstypObject()
	 * @generated
	 */
	int AKTIVITETSTYP_OBJECT = 48;

	/**
	 * The meta object id for the '<em>Avslutsorsak Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Avslutsorsak
	 * @see se.kundval.model.impl.KundvalPackageImpl#getAvslutsorsakObject()
	 * @generated
	 */
	int AVSLUTSORSAK_OBJECT = 49;

	/**
	 * The meta object id for the '<em>Kon Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Kon
	 * @see se.kundval.model.impl.KundvalPackageImpl#getKonObject()
	 * @generated
	 */
	int KON_OBJECT = 50;

	/**
	 * The meta object id for the '<em>Malsattning Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Malsattning
	 * @see se.kundval.model.impl.KundvalPackageImpl#getMalsattningObject()
	 * @generated
	 */
	int MALSATTNING_OBJECT = 51;

	/**
	 * The meta object id for the '<em>Omrade Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Omrade
	 * @see se.kundval.model.impl.KundvalPackageImpl#getOmradeObject()
	 * @generated
	 */
	int OMRADE_OBJECT = 52;

	/**
	 * The meta object id for the '<em>Progressutfall Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Progressutfall
	 * @see se.kundval.model.impl.KundvalPackageImpl#getProgressutfallObject()
	 * @generated
	 */
	int PROGRESSUTFALL_OBJECT = 53;

	/**
	 * The meta object id for the '<em>Roll Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Roll
	 * @see se.kundval.model.impl.KundvalPackageImpl#getRollObject()
	 * @generated
	 */
	int ROLL_OBJECT = 54;

	/**
	 * The meta object id for the '<em>Sysselsattningsform Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Sysselsattningsform
	 * @see se.kundval.model.impl.KundvalPackageImpl#getSysselsattningsformObject()
	 * @generated
	 */
	int SYSSELSATTNINGSFORM_OBJECT = 55;

	/**
	 * The meta object id for the '<em>Tillsynsdel Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Tillsynsdel
	 * @see se.kundval.model.impl.KundvalPackageImpl#getTillsynsdelObject()
	 * @generated
	 */
	int TILLSYNSDEL_OBJECT = 56;

	/**
	 * The meta object id for the '<em>Underlagstyp Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.kundval.model.Underlagstyp
	 * @see se.kundval.model.impl.KundvalPackageImpl#getUnderlagstypObject()
	 * @generated
	 */
	int UNDERLAGSTYP_OBJECT = 57;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see se.kundval.model.impl.KundvalPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 58;

	/**
	 * The meta object id for the '<em>Local Date Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDateTime
	 * @see se.kundval.model.impl.KundvalPackageImpl#getLocalDateTime()
	 * @generated
	 */
	int LOCAL_DATE_TIME = 59;

	/**
	 * The meta object id for the '<em>Year Month</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.YearMonth
	 * @see se.kundval.model.impl.KundvalPackageImpl#getYearMonth()
	 * @generated
	 */
	int YEAR_MONTH = 60;


	/**
	 * Returns the meta object for class '{@link se.kundval.model.Entitet <em>Entitet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entitet</em>'.
	 * @see se.kundval.model.Entitet
	 * @generated
	 */
	EClass getEntitet();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Entitet#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.kundval.model.Entitet#getId()
	 * @see #getEntitet()
	 * @generated
	 */
	EAttribute getEntitet_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Entitet#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see se.kundval.model.Entitet#getVersion()
	 * @see #getEntitet()
	 * @generated
	 */
	EAttribute getEntitet_Version();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Kundval <em>Kundval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kundval</em>'.
	 * @see se.kundval.model.Kundval
	 * @generated
	 */
	EClass getKundval();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kundval#getKod <em>Kod</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kod</em>'.
	 * @see se.kundval.model.Kundval#getKod()
	 * @see #getKundval()
	 * @generated
	 */
	EAttribute getKundval_Kod();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kundval#getNamn <em>Namn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namn</em>'.
	 * @see se.kundval.model.Kundval#getNamn()
	 * @see #getKundval()
	 * @generated
	 */
	EAttribute getKundval_Namn();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kundval#getGiltigFran <em>Giltig Fran</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Giltig Fran</em>'.
	 * @see se.kundval.model.Kundval#getGiltigFran()
	 * @see #getKundval()
	 * @generated
	 */
	EAttribute getKundval_GiltigFran();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kundval#getGiltigTill <em>Giltig Till</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Giltig Till</em>'.
	 * @see se.kundval.model.Kundval#getGiltigTill()
	 * @see #getKundval()
	 * @generated
	 */
	EAttribute getKundval_GiltigTill();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Niva <em>Niva</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Niva</em>'.
	 * @see se.kundval.model.Niva
	 * @generated
	 */
	EClass getNiva();

	/**
	 * Returns the meta object for the reference '{@link se.kundval.model.Niva#getKundval <em>Kundval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Kundval</em>'.
	 * @see se.kundval.model.Niva#getKundval()
	 * @see #getNiva()
	 * @generated
	 */
	EReference getNiva_Kundval();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Niva#getNummer <em>Nummer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nummer</em>'.
	 * @see se.kundval.model.Niva#getNummer()
	 * @see #getNiva()
	 * @generated
	 */
	EAttribute getNiva_Nummer();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Niva#getNamn <em>Namn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namn</em>'.
	 * @see se.kundval.model.Niva#getNamn()
	 * @see #getNiva()
	 * @generated
	 */
	EAttribute getNiva_Namn();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Insatstyp <em>Insatstyp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Insatstyp</em>'.
	 * @see se.kundval.model.Insatstyp
	 * @generated
	 */
	EClass getInsatstyp();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Insatstyp#getKod <em>Kod</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kod</em>'.
	 * @see se.kundval.model.Insatstyp#getKod()
	 * @see #getInsatstyp()
	 * @generated
	 */
	EAttribute getInsatstyp_Kod();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Insatstyp#getNamn <em>Namn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namn</em>'.
	 * @see se.kundval.model.Insatstyp#getNamn()
	 * @see #getInsatstyp()
	 * @generated
	 */
	EAttribute getInsatstyp_Namn();

	/**
	 * Returns the meta object for the reference '{@link se.kundval.model.Insatstyp#getKundval <em>Kundval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Kundval</em>'.
	 * @see se.kundval.model.Insatstyp#getKundval()
	 * @see #getInsatstyp()
	 * @generated
	 */
	EReference getInsatstyp_Kundval();

	/**
	 * Returns the meta object for the reference '{@link se.kundval.model.Insatstyp#getNiva <em>Niva</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Niva</em>'.
	 * @see se.kundval.model.Insatstyp#getNiva()
	 * @see #getInsatstyp()
	 * @generated
	 */
	EReference getInsatstyp_Niva();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Insatstyp#getLangdManader <em>Langd Manader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Langd Manader</em>'.
	 * @see se.kundval.model.Insatstyp#getLangdManader()
	 * @see #getInsatstyp()
	 * @generated
	 */
	EAttribute getInsatstyp_LangdManader();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Insatstyp#getMalsattning <em>Malsattning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Malsattning</em>'.
	 * @see se.kundval.model.Insatstyp#getMalsattning()
	 * @see #getInsatstyp()
	 * @generated
	 */
	EAttribute getInsatstyp_Malsattning();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Insatstyp#getGiltigFran <em>Giltig Fran</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Giltig Fran</em>'.
	 * @see se.kundval.model.Insatstyp#getGiltigFran()
	 * @see #getInsatstyp()
	 * @generated
	 */
	EAttribute getInsatstyp_GiltigFran();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Insatstyp#getGiltigTill <em>Giltig Till</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Giltig Till</em>'.
	 * @see se.kundval.model.Insatstyp#getGiltigTill()
	 * @see #getInsatstyp()
	 * @generated
	 */
	EAttribute getInsatstyp_GiltigTill();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Pris <em>Pris</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pris</em>'.
	 * @see se.kundval.model.Pris
	 * @generated
	 */
	EClass getPris();

	/**
	 * Returns the meta object for the reference '{@link se.kundval.model.Pris#getInsatstyp <em>Insatstyp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Insatstyp</em>'.
	 * @see se.kundval.model.Pris#getInsatstyp()
	 * @see #getPris()
	 * @generated
	 */
	EReference getPris_Insatstyp();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Pris#getGiltigFran <em>Giltig Fran</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Giltig Fran</em>'.
	 * @see se.kundval.model.Pris#getGiltigFran()
	 * @see #getPris()
	 * @generated
	 */
	EAttribute getPris_GiltigFran();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Pris#getCheckbelopp <em>Checkbelopp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checkbelopp</em>'.
	 * @see se.kundval.model.Pris#getCheckbelopp()
	 * @see #getPris()
	 * @generated
	 */
	EAttribute getPris_Checkbelopp();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Pris#getBonus <em>Bonus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bonus</em>'.
	 * @see se.kundval.model.Pris#getBonus()
	 * @see #getPris()
	 * @generated
	 */
	EAttribute getPris_Bonus();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Pris#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see se.kundval.model.Pris#getStatus()
	 * @see #getPris()
	 * @generated
	 */
	EAttribute getPris_Status();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Pris#getForeslagenAv <em>Foreslagen Av</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foreslagen Av</em>'.
	 * @see se.kundval.model.Pris#getForeslagenAv()
	 * @see #getPris()
	 * @generated
	 */
	EAttribute getPris_ForeslagenAv();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Pris#getForeslagenTid <em>Foreslagen Tid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foreslagen Tid</em>'.
	 * @see se.kundval.model.Pris#getForeslagenTid()
	 * @see #getPris()
	 * @generated
	 */
	EAttribute getPris_ForeslagenTid();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Pris#getGodkandAv <em>Godkand Av</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Godkand Av</em>'.
	 * @see se.kundval.model.Pris#getGodkandAv()
	 * @see #getPris()
	 * @generated
	 */
	EAttribute getPris_GodkandAv();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Pris#getGodkandTid <em>Godkand Tid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Godkand Tid</em>'.
	 * @see se.kundval.model.Pris#getGodkandTid()
	 * @see #getPris()
	 * @generated
	 */
	EAttribute getPris_GodkandTid();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Pris#getAterkalladAv <em>Aterkallad Av</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aterkallad Av</em>'.
	 * @see se.kundval.model.Pris#getAterkalladAv()
	 * @see #getPris()
	 * @generated
	 */
	EAttribute getPris_AterkalladAv();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Pris#getAterkalladTid <em>Aterkallad Tid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aterkallad Tid</em>'.
	 * @see se.kundval.model.Pris#getAterkalladTid()
	 * @see #getPris()
	 * @generated
	 */
	EAttribute getPris_AterkalladTid();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Anordnare <em>Anordnare</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Anordnare</em>'.
	 * @see se.kundval.model.Anordnare
	 * @generated
	 */
	EClass getAnordnare();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Anordnare#getOrgnr <em>Orgnr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Orgnr</em>'.
	 * @see se.kundval.model.Anordnare#getOrgnr()
	 * @see #getAnordnare()
	 * @generated
	 */
	EAttribute getAnordnare_Orgnr();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Anordnare#getNamn <em>Namn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namn</em>'.
	 * @see se.kundval.model.Anordnare#getNamn()
	 * @see #getAnordnare()
	 * @generated
	 */
	EAttribute getAnordnare_Namn();

	/**
	 * Returns the meta object for the containment reference list '{@link se.kundval.model.Anordnare#getCoacher <em>Coacher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Coacher</em>'.
	 * @see se.kundval.model.Anordnare#getCoacher()
	 * @see #getAnordnare()
	 * @generated
	 */
	EReference getAnordnare_Coacher();

	/**
	 * Returns the meta object for the containment reference list '{@link se.kundval.model.Anordnare#getAuktorisationer <em>Auktorisationer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Auktorisationer</em>'.
	 * @see se.kundval.model.Anordnare#getAuktorisationer()
	 * @see #getAnordnare()
	 * @generated
	 */
	EReference getAnordnare_Auktorisationer();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Coach <em>Coach</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coach</em>'.
	 * @see se.kundval.model.Coach
	 * @generated
	 */
	EClass getCoach();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Coach#getAnordnare <em>Anordnare</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Anordnare</em>'.
	 * @see se.kundval.model.Coach#getAnordnare()
	 * @see #getCoach()
	 * @generated
	 */
	EReference getCoach_Anordnare();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Coach#getNamn <em>Namn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namn</em>'.
	 * @see se.kundval.model.Coach#getNamn()
	 * @see #getCoach()
	 * @generated
	 */
	EAttribute getCoach_Namn();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Coach#getEpost <em>Epost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epost</em>'.
	 * @see se.kundval.model.Coach#getEpost()
	 * @see #getCoach()
	 * @generated
	 */
	EAttribute getCoach_Epost();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Coach#getTelefon <em>Telefon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Telefon</em>'.
	 * @see se.kundval.model.Coach#getTelefon()
	 * @see #getCoach()
	 * @generated
	 */
	EAttribute getCoach_Telefon();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Auktorisation <em>Auktorisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Auktorisation</em>'.
	 * @see se.kundval.model.Auktorisation
	 * @generated
	 */
	EClass getAuktorisation();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Auktorisation#getAnordnare <em>Anordnare</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Anordnare</em>'.
	 * @see se.kundval.model.Auktorisation#getAnordnare()
	 * @see #getAuktorisation()
	 * @generated
	 */
	EReference getAuktorisation_Anordnare();

	/**
	 * Returns the meta object for the reference '{@link se.kundval.model.Auktorisation#getInsatstyp <em>Insatstyp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Insatstyp</em>'.
	 * @see se.kundval.model.Auktorisation#getInsatstyp()
	 * @see #getAuktorisation()
	 * @generated
	 */
	EReference getAuktorisation_Insatstyp();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Auktorisation#getFran <em>Fran</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fran</em>'.
	 * @see se.kundval.model.Auktorisation#getFran()
	 * @see #getAuktorisation()
	 * @generated
	 */
	EAttribute getAuktorisation_Fran();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Auktorisation#getTill <em>Till</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Till</em>'.
	 * @see se.kundval.model.Auktorisation#getTill()
	 * @see #getAuktorisation()
	 * @generated
	 */
	EAttribute getAuktorisation_Till();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Anvandare <em>Anvandare</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Anvandare</em>'.
	 * @see se.kundval.model.Anvandare
	 * @generated
	 */
	EClass getAnvandare();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Anvandare#getAnvandarnamn <em>Anvandarnamn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anvandarnamn</em>'.
	 * @see se.kundval.model.Anvandare#getAnvandarnamn()
	 * @see #getAnvandare()
	 * @generated
	 */
	EAttribute getAnvandare_Anvandarnamn();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Anvandare#getNamn <em>Namn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namn</em>'.
	 * @see se.kundval.model.Anvandare#getNamn()
	 * @see #getAnvandare()
	 * @generated
	 */
	EAttribute getAnvandare_Namn();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Anvandare#getRoll <em>Roll</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Roll</em>'.
	 * @see se.kundval.model.Anvandare#getRoll()
	 * @see #getAnvandare()
	 * @generated
	 */
	EAttribute getAnvandare_Roll();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Anvandare#getOrgnr <em>Orgnr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Orgnr</em>'.
	 * @see se.kundval.model.Anvandare#getOrgnr()
	 * @see #getAnvandare()
	 * @generated
	 */
	EAttribute getAnvandare_Orgnr();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Anvandare#getLosenordHash <em>Losenord Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Losenord Hash</em>'.
	 * @see se.kundval.model.Anvandare#getLosenordHash()
	 * @see #getAnvandare()
	 * @generated
	 */
	EAttribute getAnvandare_LosenordHash();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Anvandare#isAktiv <em>Aktiv</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aktiv</em>'.
	 * @see se.kundval.model.Anvandare#isAktiv()
	 * @see #getAnvandare()
	 * @generated
	 */
	EAttribute getAnvandare_Aktiv();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Anvandare#isPortaladmin <em>Portaladmin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Portaladmin</em>'.
	 * @see se.kundval.model.Anvandare#isPortaladmin()
	 * @see #getAnvandare()
	 * @generated
	 */
	EAttribute getAnvandare_Portaladmin();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Kund <em>Kund</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kund</em>'.
	 * @see se.kundval.model.Kund
	 * @generated
	 */
	EClass getKund();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#getKundId <em>Kund Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kund Id</em>'.
	 * @see se.kundval.model.Kund#getKundId()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_KundId();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#getPersonnummer <em>Personnummer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Personnummer</em>'.
	 * @see se.kundval.model.Kund#getPersonnummer()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_Personnummer();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#getNamn <em>Namn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namn</em>'.
	 * @see se.kundval.model.Kund#getNamn()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_Namn();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#getKon <em>Kon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kon</em>'.
	 * @see se.kundval.model.Kund#getKon()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_Kon();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#getFodelsedatum <em>Fodelsedatum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fodelsedatum</em>'.
	 * @see se.kundval.model.Kund#getFodelsedatum()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_Fodelsedatum();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#getKommun <em>Kommun</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kommun</em>'.
	 * @see se.kundval.model.Kund#getKommun()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_Kommun();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#getSprak <em>Sprak</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sprak</em>'.
	 * @see se.kundval.model.Kund#getSprak()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_Sprak();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#getUtbildningsniva <em>Utbildningsniva</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Utbildningsniva</em>'.
	 * @see se.kundval.model.Kund#getUtbildningsniva()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_Utbildningsniva();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#isEkonomisktBistand <em>Ekonomiskt Bistand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ekonomiskt Bistand</em>'.
	 * @see se.kundval.model.Kund#isEkonomisktBistand()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_EkonomisktBistand();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#isEtableringsprogram <em>Etableringsprogram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Etableringsprogram</em>'.
	 * @see se.kundval.model.Kund#isEtableringsprogram()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_Etableringsprogram();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#isEtableringsersattning <em>Etableringsersattning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Etableringsersattning</em>'.
	 * @see se.kundval.model.Kund#isEtableringsersattning()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_Etableringsersattning();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#getArbetsformaga <em>Arbetsformaga</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arbetsformaga</em>'.
	 * @see se.kundval.model.Kund#getArbetsformaga()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_Arbetsformaga();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#isArbetsformagaOklar <em>Arbetsformaga Oklar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arbetsformaga Oklar</em>'.
	 * @see se.kundval.model.Kund#isArbetsformagaOklar()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_ArbetsformagaOklar();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#isTolkbehov <em>Tolkbehov</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tolkbehov</em>'.
	 * @see se.kundval.model.Kund#isTolkbehov()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_Tolkbehov();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#getAnsvarigKarriarvagledare <em>Ansvarig Karriarvagledare</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ansvarig Karriarvagledare</em>'.
	 * @see se.kundval.model.Kund#getAnsvarigKarriarvagledare()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_AnsvarigKarriarvagledare();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Kund#isSkyddad <em>Skyddad</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Skyddad</em>'.
	 * @see se.kundval.model.Kund#isSkyddad()
	 * @see #getKund()
	 * @generated
	 */
	EAttribute getKund_Skyddad();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Insats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Insats</em>'.
	 * @see se.kundval.model.Insats
	 * @generated
	 */
	EClass getInsats();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Insats#getInsatsId <em>Insats Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Insats Id</em>'.
	 * @see se.kundval.model.Insats#getInsatsId()
	 * @see #getInsats()
	 * @generated
	 */
	EAttribute getInsats_InsatsId();

	/**
	 * Returns the meta object for the reference '{@link se.kundval.model.Insats#getKund <em>Kund</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Kund</em>'.
	 * @see se.kundval.model.Insats#getKund()
	 * @see #getInsats()
	 * @generated
	 */
	EReference getInsats_Kund();

	/**
	 * Returns the meta object for the reference '{@link se.kundval.model.Insats#getInsatstyp <em>Insatstyp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Insatstyp</em>'.
	 * @see se.kundval.model.Insats#getInsatstyp()
	 * @see #getInsats()
	 * @generated
	 */
	EReference getInsats_Insatstyp();

	/**
	 * Returns the meta object for the reference '{@link se.kundval.model.Insats#getAnordnare <em>Anordnare</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Anordnare</em>'.
	 * @see se.kundval.model.Insats#getAnordnare()
	 * @see #getInsats()
	 * @generated
	 */
	EReference getInsats_Anordnare();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Insats#getStartdatum <em>Startdatum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Startdatum</em>'.
	 * @see se.kundval.model.Insats#getStartdatum()
	 * @see #getInsats()
	 * @generated
	 */
	EAttribute getInsats_Startdatum();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Insats#getLangdManader <em>Langd Manader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Langd Manader</em>'.
	 * @see se.kundval.model.Insats#getLangdManader()
	 * @see #getInsats()
	 * @generated
	 */
	EAttribute getInsats_LangdManader();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Insats#getSlutdatum <em>Slutdatum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slutdatum</em>'.
	 * @see se.kundval.model.Insats#getSlutdatum()
	 * @see #getInsats()
	 * @generated
	 */
	EAttribute getInsats_Slutdatum();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Insats#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see se.kundval.model.Insats#getStatus()
	 * @see #getInsats()
	 * @generated
	 */
	EAttribute getInsats_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link se.kundval.model.Insats#getBeslut <em>Beslut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Beslut</em>'.
	 * @see se.kundval.model.Insats#getBeslut()
	 * @see #getInsats()
	 * @generated
	 */
	EReference getInsats_Beslut();

	/**
	 * Returns the meta object for the containment reference '{@link se.kundval.model.Insats#getAvslut <em>Avslut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Avslut</em>'.
	 * @see se.kundval.model.Insats#getAvslut()
	 * @see #getInsats()
	 * @generated
	 */
	EReference getInsats_Avslut();

	/**
	 * Returns the meta object for the containment reference '{@link se.kundval.model.Insats#getGenomforandeplan <em>Genomforandeplan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Genomforandeplan</em>'.
	 * @see se.kundval.model.Insats#getGenomforandeplan()
	 * @see #getInsats()
	 * @generated
	 */
	EReference getInsats_Genomforandeplan();

	/**
	 * Returns the meta object for the containment reference list '{@link se.kundval.model.Insats#getManadsrapporter <em>Manadsrapporter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Manadsrapporter</em>'.
	 * @see se.kundval.model.Insats#getManadsrapporter()
	 * @see #getInsats()
	 * @generated
	 */
	EReference getInsats_Manadsrapporter();

	/**
	 * Returns the meta object for the containment reference list '{@link se.kundval.model.Insats#getProgressgenomgangar <em>Progressgenomgangar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Progressgenomgangar</em>'.
	 * @see se.kundval.model.Insats#getProgressgenomgangar()
	 * @see #getInsats()
	 * @generated
	 */
	EReference getInsats_Progressgenomgangar();

	/**
	 * Returns the meta object for the containment reference list '{@link se.kundval.model.Insats#getSexmanadersuppfoljningar <em>Sexmanadersuppfoljningar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sexmanadersuppfoljningar</em>'.
	 * @see se.kundval.model.Insats#getSexmanadersuppfoljningar()
	 * @see #getInsats()
	 * @generated
	 */
	EReference getInsats_Sexmanadersuppfoljningar();

	/**
	 * Returns the meta object for the containment reference list '{@link se.kundval.model.Insats#getEffektuppfoljningar <em>Effektuppfoljningar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Effektuppfoljningar</em>'.
	 * @see se.kundval.model.Insats#getEffektuppfoljningar()
	 * @see #getInsats()
	 * @generated
	 */
	EReference getInsats_Effektuppfoljningar();

	/**
	 * Returns the meta object for the containment reference '{@link se.kundval.model.Insats#getTypdata <em>Typdata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Typdata</em>'.
	 * @see se.kundval.model.Insats#getTypdata()
	 * @see #getInsats()
	 * @generated
	 */
	EReference getInsats_Typdata();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Beslut <em>Beslut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Beslut</em>'.
	 * @see se.kundval.model.Beslut
	 * @generated
	 */
	EClass getBeslut();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Beslut#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Insats</em>'.
	 * @see se.kundval.model.Beslut#getInsats()
	 * @see #getBeslut()
	 * @generated
	 */
	EReference getBeslut_Insats();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Beslut#getTyp <em>Typ</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Typ</em>'.
	 * @see se.kundval.model.Beslut#getTyp()
	 * @see #getBeslut()
	 * @generated
	 */
	EAttribute getBeslut_Typ();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Beslut#getDatum <em>Datum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Datum</em>'.
	 * @see se.kundval.model.Beslut#getDatum()
	 * @see #getBeslut()
	 * @generated
	 */
	EAttribute getBeslut_Datum();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Beslut#getHandlaggare <em>Handlaggare</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handlaggare</em>'.
	 * @see se.kundval.model.Beslut#getHandlaggare()
	 * @see #getBeslut()
	 * @generated
	 */
	EAttribute getBeslut_Handlaggare();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Beslut#getMotivering <em>Motivering</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Motivering</em>'.
	 * @see se.kundval.model.Beslut#getMotivering()
	 * @see #getBeslut()
	 * @generated
	 */
	EAttribute getBeslut_Motivering();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Beslut#getLangdManader <em>Langd Manader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Langd Manader</em>'.
	 * @see se.kundval.model.Beslut#getLangdManader()
	 * @see #getBeslut()
	 * @generated
	 */
	EAttribute getBeslut_LangdManader();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Beslut#getTidpunkt <em>Tidpunkt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tidpunkt</em>'.
	 * @see se.kundval.model.Beslut#getTidpunkt()
	 * @see #getBeslut()
	 * @generated
	 */
	EAttribute getBeslut_Tidpunkt();

	/**
	 * Returns the meta object for the containment reference list '{@link se.kundval.model.Beslut#getUndantag <em>Undantag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Undantag</em>'.
	 * @see se.kundval.model.Beslut#getUndantag()
	 * @see #getBeslut()
	 * @generated
	 */
	EReference getBeslut_Undantag();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Undantag <em>Undantag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Undantag</em>'.
	 * @see se.kundval.model.Undantag
	 * @generated
	 */
	EClass getUndantag();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Undantag#getBeslut <em>Beslut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Beslut</em>'.
	 * @see se.kundval.model.Undantag#getBeslut()
	 * @see #getUndantag()
	 * @generated
	 */
	EReference getUndantag_Beslut();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Undantag#getRegel <em>Regel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Regel</em>'.
	 * @see se.kundval.model.Undantag#getRegel()
	 * @see #getUndantag()
	 * @generated
	 */
	EAttribute getUndantag_Regel();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Undantag#getSkal <em>Skal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Skal</em>'.
	 * @see se.kundval.model.Undantag#getSkal()
	 * @see #getUndantag()
	 * @generated
	 */
	EAttribute getUndantag_Skal();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Undantag#getMotivering <em>Motivering</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Motivering</em>'.
	 * @see se.kundval.model.Undantag#getMotivering()
	 * @see #getUndantag()
	 * @generated
	 */
	EAttribute getUndantag_Motivering();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Undantag#getNamn <em>Namn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namn</em>'.
	 * @see se.kundval.model.Undantag#getNamn()
	 * @see #getUndantag()
	 * @generated
	 */
	EAttribute getUndantag_Namn();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Avslut <em>Avslut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Avslut</em>'.
	 * @see se.kundval.model.Avslut
	 * @generated
	 */
	EClass getAvslut();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Avslut#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Insats</em>'.
	 * @see se.kundval.model.Avslut#getInsats()
	 * @see #getAvslut()
	 * @generated
	 */
	EReference getAvslut_Insats();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Avslut#getAvslutsdatum <em>Avslutsdatum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Avslutsdatum</em>'.
	 * @see se.kundval.model.Avslut#getAvslutsdatum()
	 * @see #getAvslut()
	 * @generated
	 */
	EAttribute getAvslut_Avslutsdatum();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Avslut#getAvslutsorsak <em>Avslutsorsak</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Avslutsorsak</em>'.
	 * @see se.kundval.model.Avslut#getAvslutsorsak()
	 * @see #getAvslut()
	 * @generated
	 */
	EAttribute getAvslut_Avslutsorsak();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Avslut#getSysselsattning <em>Sysselsattning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sysselsattning</em>'.
	 * @see se.kundval.model.Avslut#getSysselsattning()
	 * @see #getAvslut()
	 * @generated
	 */
	EAttribute getAvslut_Sysselsattning();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Avslut#getVaraktighetManader <em>Varaktighet Manader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Varaktighet Manader</em>'.
	 * @see se.kundval.model.Avslut#getVaraktighetManader()
	 * @see #getAvslut()
	 * @generated
	 */
	EAttribute getAvslut_VaraktighetManader();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Avslut#getRapporteradAv <em>Rapporterad Av</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rapporterad Av</em>'.
	 * @see se.kundval.model.Avslut#getRapporteradAv()
	 * @see #getAvslut()
	 * @generated
	 */
	EAttribute getAvslut_RapporteradAv();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Avslut#getRapporteradDatum <em>Rapporterad Datum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rapporterad Datum</em>'.
	 * @see se.kundval.model.Avslut#getRapporteradDatum()
	 * @see #getAvslut()
	 * @generated
	 */
	EAttribute getAvslut_RapporteradDatum();

	/**
	 * Returns the meta object for the containment reference list '{@link se.kundval.model.Avslut#getBedomningar <em>Bedomningar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bedomningar</em>'.
	 * @see se.kundval.model.Avslut#getBedomningar()
	 * @see #getAvslut()
	 * @generated
	 */
	EReference getAvslut_Bedomningar();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Avslutsbedomning <em>Avslutsbedomning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Avslutsbedomning</em>'.
	 * @see se.kundval.model.Avslutsbedomning
	 * @generated
	 */
	EClass getAvslutsbedomning();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Avslutsbedomning#getAvslut <em>Avslut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Avslut</em>'.
	 * @see se.kundval.model.Avslutsbedomning#getAvslut()
	 * @see #getAvslutsbedomning()
	 * @generated
	 */
	EReference getAvslutsbedomning_Avslut();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Avslutsbedomning#isLyckat <em>Lyckat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lyckat</em>'.
	 * @see se.kundval.model.Avslutsbedomning#isLyckat()
	 * @see #getAvslutsbedomning()
	 * @generated
	 */
	EAttribute getAvslutsbedomning_Lyckat();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Avslutsbedomning#isBonusgrundande <em>Bonusgrundande</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bonusgrundande</em>'.
	 * @see se.kundval.model.Avslutsbedomning#isBonusgrundande()
	 * @see #getAvslutsbedomning()
	 * @generated
	 */
	EAttribute getAvslutsbedomning_Bonusgrundande();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Avslutsbedomning#getMotivering <em>Motivering</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Motivering</em>'.
	 * @see se.kundval.model.Avslutsbedomning#getMotivering()
	 * @see #getAvslutsbedomning()
	 * @generated
	 */
	EAttribute getAvslutsbedomning_Motivering();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Avslutsbedomning#getBedomdAv <em>Bedomd Av</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bedomd Av</em>'.
	 * @see se.kundval.model.Avslutsbedomning#getBedomdAv()
	 * @see #getAvslutsbedomning()
	 * @generated
	 */
	EAttribute getAvslutsbedomning_BedomdAv();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Avslutsbedomning#getTidpunkt <em>Tidpunkt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tidpunkt</em>'.
	 * @see se.kundval.model.Avslutsbedomning#getTidpunkt()
	 * @see #getAvslutsbedomning()
	 * @generated
	 */
	EAttribute getAvslutsbedomning_Tidpunkt();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Avslutsbedomning#getLopnummer <em>Lopnummer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lopnummer</em>'.
	 * @see se.kundval.model.Avslutsbedomning#getLopnummer()
	 * @see #getAvslutsbedomning()
	 * @generated
	 */
	EAttribute getAvslutsbedomning_Lopnummer();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Genomforandeplan <em>Genomforandeplan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Genomforandeplan</em>'.
	 * @see se.kundval.model.Genomforandeplan
	 * @generated
	 */
	EClass getGenomforandeplan();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Genomforandeplan#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Insats</em>'.
	 * @see se.kundval.model.Genomforandeplan#getInsats()
	 * @see #getGenomforandeplan()
	 * @generated
	 */
	EReference getGenomforandeplan_Insats();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Genomforandeplan#getUpprattad <em>Upprattad</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upprattad</em>'.
	 * @see se.kundval.model.Genomforandeplan#getUpprattad()
	 * @see #getGenomforandeplan()
	 * @generated
	 */
	EAttribute getGenomforandeplan_Upprattad();

	/**
	 * Returns the meta object for the containment reference list '{@link se.kundval.model.Genomforandeplan#getMal <em>Mal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mal</em>'.
	 * @see se.kundval.model.Genomforandeplan#getMal()
	 * @see #getGenomforandeplan()
	 * @generated
	 */
	EReference getGenomforandeplan_Mal();

	/**
	 * Returns the meta object for the containment reference list '{@link se.kundval.model.Genomforandeplan#getAktiviteter <em>Aktiviteter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Aktiviteter</em>'.
	 * @see se.kundval.model.Genomforandeplan#getAktiviteter()
	 * @see #getGenomforandeplan()
	 * @generated
	 */
	EReference getGenomforandeplan_Aktiviteter();

	/**
	 * Returns the meta object for the containment reference list '{@link se.kundval.model.Genomforandeplan#getRevisioner <em>Revisioner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Revisioner</em>'.
	 * @see se.kundval.model.Genomforandeplan#getRevisioner()
	 * @see #getGenomforandeplan()
	 * @generated
	 */
	EReference getGenomforandeplan_Revisioner();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Planmal <em>Planmal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planmal</em>'.
	 * @see se.kundval.model.Planmal
	 * @generated
	 */
	EClass getPlanmal();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Planmal#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Plan</em>'.
	 * @see se.kundval.model.Planmal#getPlan()
	 * @see #getPlanmal()
	 * @generated
	 */
	EReference getPlanmal_Plan();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Planmal#getBeskrivning <em>Beskrivning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beskrivning</em>'.
	 * @see se.kundval.model.Planmal#getBeskrivning()
	 * @see #getPlanmal()
	 * @generated
	 */
	EAttribute getPlanmal_Beskrivning();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Planaktivitet <em>Planaktivitet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planaktivitet</em>'.
	 * @see se.kundval.model.Planaktivitet
	 * @generated
	 */
	EClass getPlanaktivitet();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Planaktivitet#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Plan</em>'.
	 * @see se.kundval.model.Planaktivitet#getPlan()
	 * @see #getPlanaktivitet()
	 * @generated
	 */
	EReference getPlanaktivitet_Plan();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Planaktivitet#getTyp <em>Typ</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Typ</em>'.
	 * @see se.kundval.model.Planaktivitet#getTyp()
	 * @see #getPlanaktivitet()
	 * @generated
	 */
	EAttribute getPlanaktivitet_Typ();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Planaktivitet#getBeskrivning <em>Beskrivning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beskrivning</em>'.
	 * @see se.kundval.model.Planaktivitet#getBeskrivning()
	 * @see #getPlanaktivitet()
	 * @generated
	 */
	EAttribute getPlanaktivitet_Beskrivning();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Planaktivitet#getPlaneradStart <em>Planerad Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planerad Start</em>'.
	 * @see se.kundval.model.Planaktivitet#getPlaneradStart()
	 * @see #getPlanaktivitet()
	 * @generated
	 */
	EAttribute getPlanaktivitet_PlaneradStart();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Planaktivitet#getPlaneradSlut <em>Planerad Slut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planerad Slut</em>'.
	 * @see se.kundval.model.Planaktivitet#getPlaneradSlut()
	 * @see #getPlanaktivitet()
	 * @generated
	 */
	EAttribute getPlanaktivitet_PlaneradSlut();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Planrevision <em>Planrevision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planrevision</em>'.
	 * @see se.kundval.model.Planrevision
	 * @generated
	 */
	EClass getPlanrevision();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Planrevision#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Plan</em>'.
	 * @see se.kundval.model.Planrevision#getPlan()
	 * @see #getPlanrevision()
	 * @generated
	 */
	EReference getPlanrevision_Plan();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Planrevision#getDatum <em>Datum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Datum</em>'.
	 * @see se.kundval.model.Planrevision#getDatum()
	 * @see #getPlanrevision()
	 * @generated
	 */
	EAttribute getPlanrevision_Datum();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Planrevision#getBeskrivning <em>Beskrivning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beskrivning</em>'.
	 * @see se.kundval.model.Planrevision#getBeskrivning()
	 * @see #getPlanrevision()
	 * @generated
	 */
	EAttribute getPlanrevision_Beskrivning();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Planrevision#getRevideradAv <em>Reviderad Av</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviderad Av</em>'.
	 * @see se.kundval.model.Planrevision#getRevideradAv()
	 * @see #getPlanrevision()
	 * @generated
	 */
	EAttribute getPlanrevision_RevideradAv();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Manadsrapport <em>Manadsrapport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Manadsrapport</em>'.
	 * @see se.kundval.model.Manadsrapport
	 * @generated
	 */
	EClass getManadsrapport();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Manadsrapport#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Insats</em>'.
	 * @see se.kundval.model.Manadsrapport#getInsats()
	 * @see #getManadsrapport()
	 * @generated
	 */
	EReference getManadsrapport_Insats();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Manadsrapport#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see se.kundval.model.Manadsrapport#getPeriod()
	 * @see #getManadsrapport()
	 * @generated
	 */
	EAttribute getManadsrapport_Period();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Manadsrapport#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see se.kundval.model.Manadsrapport#getStatus()
	 * @see #getManadsrapport()
	 * @generated
	 */
	EAttribute getManadsrapport_Status();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Manadsrapport#getInlamnad <em>Inlamnad</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inlamnad</em>'.
	 * @see se.kundval.model.Manadsrapport#getInlamnad()
	 * @see #getManadsrapport()
	 * @generated
	 */
	EAttribute getManadsrapport_Inlamnad();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Manadsrapport#getAktiviteter <em>Aktiviteter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aktiviteter</em>'.
	 * @see se.kundval.model.Manadsrapport#getAktiviteter()
	 * @see #getManadsrapport()
	 * @generated
	 */
	EAttribute getManadsrapport_Aktiviteter();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Manadsrapport#getNarvarodagar <em>Narvarodagar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Narvarodagar</em>'.
	 * @see se.kundval.model.Manadsrapport#getNarvarodagar()
	 * @see #getManadsrapport()
	 * @generated
	 */
	EAttribute getManadsrapport_Narvarodagar();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Manadsrapport#getProgression <em>Progression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progression</em>'.
	 * @see se.kundval.model.Manadsrapport#getProgression()
	 * @see #getManadsrapport()
	 * @generated
	 */
	EAttribute getManadsrapport_Progression();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Manadsrapport#getFranvarodagar <em>Franvarodagar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Franvarodagar</em>'.
	 * @see se.kundval.model.Manadsrapport#getFranvarodagar()
	 * @see #getManadsrapport()
	 * @generated
	 */
	EAttribute getManadsrapport_Franvarodagar();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Manadsrapport#getSjukdagar <em>Sjukdagar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sjukdagar</em>'.
	 * @see se.kundval.model.Manadsrapport#getSjukdagar()
	 * @see #getManadsrapport()
	 * @generated
	 */
	EAttribute getManadsrapport_Sjukdagar();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Manadsrapport#getSjukdagarMedLakarintyg <em>Sjukdagar Med Lakarintyg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sjukdagar Med Lakarintyg</em>'.
	 * @see se.kundval.model.Manadsrapport#getSjukdagarMedLakarintyg()
	 * @see #getManadsrapport()
	 * @generated
	 */
	EAttribute getManadsrapport_SjukdagarMedLakarintyg();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Manadsrapport#getAvvikelser <em>Avvikelser</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Avvikelser</em>'.
	 * @see se.kundval.model.Manadsrapport#getAvvikelser()
	 * @see #getManadsrapport()
	 * @generated
	 */
	EAttribute getManadsrapport_Avvikelser();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Manadsrapport#getGranskadAv <em>Granskad Av</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Granskad Av</em>'.
	 * @see se.kundval.model.Manadsrapport#getGranskadAv()
	 * @see #getManadsrapport()
	 * @generated
	 */
	EAttribute getManadsrapport_GranskadAv();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Manadsrapport#getGranskadDatum <em>Granskad Datum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Granskad Datum</em>'.
	 * @see se.kundval.model.Manadsrapport#getGranskadDatum()
	 * @see #getManadsrapport()
	 * @generated
	 */
	EAttribute getManadsrapport_GranskadDatum();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Manadsrapport#getKommentar <em>Kommentar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kommentar</em>'.
	 * @see se.kundval.model.Manadsrapport#getKommentar()
	 * @see #getManadsrapport()
	 * @generated
	 */
	EAttribute getManadsrapport_Kommentar();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Progressgenomgang <em>Progressgenomgang</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Progressgenomgang</em>'.
	 * @see se.kundval.model.Progressgenomgang
	 * @generated
	 */
	EClass getProgressgenomgang();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Progressgenomgang#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Insats</em>'.
	 * @see se.kundval.model.Progressgenomgang#getInsats()
	 * @see #getProgressgenomgang()
	 * @generated
	 */
	EReference getProgressgenomgang_Insats();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Progressgenomgang#getDatum <em>Datum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Datum</em>'.
	 * @see se.kundval.model.Progressgenomgang#getDatum()
	 * @see #getProgressgenomgang()
	 * @generated
	 */
	EAttribute getProgressgenomgang_Datum();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Progressgenomgang#getUtfall <em>Utfall</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Utfall</em>'.
	 * @see se.kundval.model.Progressgenomgang#getUtfall()
	 * @see #getProgressgenomgang()
	 * @generated
	 */
	EAttribute getProgressgenomgang_Utfall();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Progressgenomgang#getKommentar <em>Kommentar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kommentar</em>'.
	 * @see se.kundval.model.Progressgenomgang#getKommentar()
	 * @see #getProgressgenomgang()
	 * @generated
	 */
	EAttribute getProgressgenomgang_Kommentar();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Progressgenomgang#getAv <em>Av</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Av</em>'.
	 * @see se.kundval.model.Progressgenomgang#getAv()
	 * @see #getProgressgenomgang()
	 * @generated
	 */
	EAttribute getProgressgenomgang_Av();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Sexmanadersuppfoljning <em>Sexmanadersuppfoljning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sexmanadersuppfoljning</em>'.
	 * @see se.kundval.model.Sexmanadersuppfoljning
	 * @generated
	 */
	EClass getSexmanadersuppfoljning();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Sexmanadersuppfoljning#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Insats</em>'.
	 * @see se.kundval.model.Sexmanadersuppfoljning#getInsats()
	 * @see #getSexmanadersuppfoljning()
	 * @generated
	 */
	EReference getSexmanadersuppfoljning_Insats();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Sexmanadersuppfoljning#getInlamnad <em>Inlamnad</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inlamnad</em>'.
	 * @see se.kundval.model.Sexmanadersuppfoljning#getInlamnad()
	 * @see #getSexmanadersuppfoljning()
	 * @generated
	 */
	EAttribute getSexmanadersuppfoljning_Inlamnad();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Sexmanadersuppfoljning#getUnderlag <em>Underlag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Underlag</em>'.
	 * @see se.kundval.model.Sexmanadersuppfoljning#getUnderlag()
	 * @see #getSexmanadersuppfoljning()
	 * @generated
	 */
	EAttribute getSexmanadersuppfoljning_Underlag();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Sexmanadersuppfoljning#getBeskrivning <em>Beskrivning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beskrivning</em>'.
	 * @see se.kundval.model.Sexmanadersuppfoljning#getBeskrivning()
	 * @see #getSexmanadersuppfoljning()
	 * @generated
	 */
	EAttribute getSexmanadersuppfoljning_Beskrivning();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Sexmanadersuppfoljning#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see se.kundval.model.Sexmanadersuppfoljning#getStatus()
	 * @see #getSexmanadersuppfoljning()
	 * @generated
	 */
	EAttribute getSexmanadersuppfoljning_Status();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Sexmanadersuppfoljning#getBedomdAv <em>Bedomd Av</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bedomd Av</em>'.
	 * @see se.kundval.model.Sexmanadersuppfoljning#getBedomdAv()
	 * @see #getSexmanadersuppfoljning()
	 * @generated
	 */
	EAttribute getSexmanadersuppfoljning_BedomdAv();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Sexmanadersuppfoljning#getBedomdDatum <em>Bedomd Datum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bedomd Datum</em>'.
	 * @see se.kundval.model.Sexmanadersuppfoljning#getBedomdDatum()
	 * @see #getSexmanadersuppfoljning()
	 * @generated
	 */
	EAttribute getSexmanadersuppfoljning_BedomdDatum();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Sexmanadersuppfoljning#getMotivering <em>Motivering</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Motivering</em>'.
	 * @see se.kundval.model.Sexmanadersuppfoljning#getMotivering()
	 * @see #getSexmanadersuppfoljning()
	 * @generated
	 */
	EAttribute getSexmanadersuppfoljning_Motivering();

	/**
	 * Returns the meta object for the containment reference list '{@link se.kundval.model.Sexmanadersuppfoljning#getDokument <em>Dokument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dokument</em>'.
	 * @see se.kundval.model.Sexmanadersuppfoljning#getDokument()
	 * @see #getSexmanadersuppfoljning()
	 * @generated
	 */
	EReference getSexmanadersuppfoljning_Dokument();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Effektuppfoljning <em>Effektuppfoljning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Effektuppfoljning</em>'.
	 * @see se.kundval.model.Effektuppfoljning
	 * @generated
	 */
	EClass getEffektuppfoljning();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Effektuppfoljning#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Insats</em>'.
	 * @see se.kundval.model.Effektuppfoljning#getInsats()
	 * @see #getEffektuppfoljning()
	 * @generated
	 */
	EReference getEffektuppfoljning_Insats();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Effektuppfoljning#getManader <em>Manader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manader</em>'.
	 * @see se.kundval.model.Effektuppfoljning#getManader()
	 * @see #getEffektuppfoljning()
	 * @generated
	 */
	EAttribute getEffektuppfoljning_Manader();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Effektuppfoljning#getDatum <em>Datum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Datum</em>'.
	 * @see se.kundval.model.Effektuppfoljning#getDatum()
	 * @see #getEffektuppfoljning()
	 * @generated
	 */
	EAttribute getEffektuppfoljning_Datum();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Effektuppfoljning#getEgenForsorjning <em>Egen Forsorjning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Egen Forsorjning</em>'.
	 * @see se.kundval.model.Effektuppfoljning#getEgenForsorjning()
	 * @see #getEffektuppfoljning()
	 * @generated
	 */
	EAttribute getEffektuppfoljning_EgenForsorjning();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Effektuppfoljning#getKommentar <em>Kommentar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kommentar</em>'.
	 * @see se.kundval.model.Effektuppfoljning#getKommentar()
	 * @see #getEffektuppfoljning()
	 * @generated
	 */
	EAttribute getEffektuppfoljning_Kommentar();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Insatstypdata <em>Insatstypdata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Insatstypdata</em>'.
	 * @see se.kundval.model.Insatstypdata
	 * @generated
	 */
	EClass getInsatstypdata();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Insatstypdata#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Insats</em>'.
	 * @see se.kundval.model.Insatstypdata#getInsats()
	 * @see #getInsatstypdata()
	 * @generated
	 */
	EReference getInsatstypdata_Insats();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Enkatsvar <em>Enkatsvar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enkatsvar</em>'.
	 * @see se.kundval.model.Enkatsvar
	 * @generated
	 */
	EClass getEnkatsvar();

	/**
	 * Returns the meta object for the reference '{@link se.kundval.model.Enkatsvar#getAnordnare <em>Anordnare</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Anordnare</em>'.
	 * @see se.kundval.model.Enkatsvar#getAnordnare()
	 * @see #getEnkatsvar()
	 * @generated
	 */
	EReference getEnkatsvar_Anordnare();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Enkatsvar#getAr <em>Ar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ar</em>'.
	 * @see se.kundval.model.Enkatsvar#getAr()
	 * @see #getEnkatsvar()
	 * @generated
	 */
	EAttribute getEnkatsvar_Ar();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Enkatsvar#getRespondent <em>Respondent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Respondent</em>'.
	 * @see se.kundval.model.Enkatsvar#getRespondent()
	 * @see #getEnkatsvar()
	 * @generated
	 */
	EAttribute getEnkatsvar_Respondent();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Enkatsvar#getFraga <em>Fraga</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fraga</em>'.
	 * @see se.kundval.model.Enkatsvar#getFraga()
	 * @see #getEnkatsvar()
	 * @generated
	 */
	EAttribute getEnkatsvar_Fraga();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Enkatsvar#getOmrade <em>Omrade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Omrade</em>'.
	 * @see se.kundval.model.Enkatsvar#getOmrade()
	 * @see #getEnkatsvar()
	 * @generated
	 */
	EAttribute getEnkatsvar_Omrade();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Enkatsvar#getSvar <em>Svar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Svar</em>'.
	 * @see se.kundval.model.Enkatsvar#getSvar()
	 * @see #getEnkatsvar()
	 * @generated
	 */
	EAttribute getEnkatsvar_Svar();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Enkatutskick <em>Enkatutskick</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enkatutskick</em>'.
	 * @see se.kundval.model.Enkatutskick
	 * @generated
	 */
	EClass getEnkatutskick();

	/**
	 * Returns the meta object for the reference '{@link se.kundval.model.Enkatutskick#getAnordnare <em>Anordnare</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Anordnare</em>'.
	 * @see se.kundval.model.Enkatutskick#getAnordnare()
	 * @see #getEnkatutskick()
	 * @generated
	 */
	EReference getEnkatutskick_Anordnare();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Enkatutskick#getAr <em>Ar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ar</em>'.
	 * @see se.kundval.model.Enkatutskick#getAr()
	 * @see #getEnkatutskick()
	 * @generated
	 */
	EAttribute getEnkatutskick_Ar();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Enkatutskick#getAntal <em>Antal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Antal</em>'.
	 * @see se.kundval.model.Enkatutskick#getAntal()
	 * @see #getEnkatutskick()
	 * @generated
	 */
	EAttribute getEnkatutskick_Antal();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Tillsyn <em>Tillsyn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tillsyn</em>'.
	 * @see se.kundval.model.Tillsyn
	 * @generated
	 */
	EClass getTillsyn();

	/**
	 * Returns the meta object for the reference '{@link se.kundval.model.Tillsyn#getAnordnare <em>Anordnare</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Anordnare</em>'.
	 * @see se.kundval.model.Tillsyn#getAnordnare()
	 * @see #getTillsyn()
	 * @generated
	 */
	EReference getTillsyn_Anordnare();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Tillsyn#getAr <em>Ar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ar</em>'.
	 * @see se.kundval.model.Tillsyn#getAr()
	 * @see #getTillsyn()
	 * @generated
	 */
	EAttribute getTillsyn_Ar();

	/**
	 * Returns the meta object for the containment reference list '{@link se.kundval.model.Tillsyn#getPunkter <em>Punkter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Punkter</em>'.
	 * @see se.kundval.model.Tillsyn#getPunkter()
	 * @see #getTillsyn()
	 * @generated
	 */
	EReference getTillsyn_Punkter();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Tillsynspunkt <em>Tillsynspunkt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tillsynspunkt</em>'.
	 * @see se.kundval.model.Tillsynspunkt
	 * @generated
	 */
	EClass getTillsynspunkt();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Tillsynspunkt#getTillsyn <em>Tillsyn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Tillsyn</em>'.
	 * @see se.kundval.model.Tillsynspunkt#getTillsyn()
	 * @see #getTillsynspunkt()
	 * @generated
	 */
	EReference getTillsynspunkt_Tillsyn();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Tillsynspunkt#getKrav <em>Krav</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Krav</em>'.
	 * @see se.kundval.model.Tillsynspunkt#getKrav()
	 * @see #getTillsynspunkt()
	 * @generated
	 */
	EAttribute getTillsynspunkt_Krav();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Tillsynspunkt#getDel <em>Del</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Del</em>'.
	 * @see se.kundval.model.Tillsynspunkt#getDel()
	 * @see #getTillsynspunkt()
	 * @generated
	 */
	EAttribute getTillsynspunkt_Del();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Tillsynspunkt#getUppfyllnadsgrad <em>Uppfyllnadsgrad</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uppfyllnadsgrad</em>'.
	 * @see se.kundval.model.Tillsynspunkt#getUppfyllnadsgrad()
	 * @see #getTillsynspunkt()
	 * @generated
	 */
	EAttribute getTillsynspunkt_Uppfyllnadsgrad();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Tillsynspunkt#getAtgard <em>Atgard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Atgard</em>'.
	 * @see se.kundval.model.Tillsynspunkt#getAtgard()
	 * @see #getTillsynspunkt()
	 * @generated
	 */
	EAttribute getTillsynspunkt_Atgard();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Tillsynspunkt#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see se.kundval.model.Tillsynspunkt#getDeadline()
	 * @see #getTillsynspunkt()
	 * @generated
	 */
	EAttribute getTillsynspunkt_Deadline();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Granskningshandelse <em>Granskningshandelse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Granskningshandelse</em>'.
	 * @see se.kundval.model.Granskningshandelse
	 * @generated
	 */
	EClass getGranskningshandelse();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Granskningshandelse#getTidpunkt <em>Tidpunkt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tidpunkt</em>'.
	 * @see se.kundval.model.Granskningshandelse#getTidpunkt()
	 * @see #getGranskningshandelse()
	 * @generated
	 */
	EAttribute getGranskningshandelse_Tidpunkt();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Granskningshandelse#getAnvandare <em>Anvandare</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anvandare</em>'.
	 * @see se.kundval.model.Granskningshandelse#getAnvandare()
	 * @see #getGranskningshandelse()
	 * @generated
	 */
	EAttribute getGranskningshandelse_Anvandare();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Granskningshandelse#getHandelse <em>Handelse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handelse</em>'.
	 * @see se.kundval.model.Granskningshandelse#getHandelse()
	 * @see #getGranskningshandelse()
	 * @generated
	 */
	EAttribute getGranskningshandelse_Handelse();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Granskningshandelse#getObjekttyp <em>Objekttyp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Objekttyp</em>'.
	 * @see se.kundval.model.Granskningshandelse#getObjekttyp()
	 * @see #getGranskningshandelse()
	 * @generated
	 */
	EAttribute getGranskningshandelse_Objekttyp();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Granskningshandelse#getObjektId <em>Objekt Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Objekt Id</em>'.
	 * @see se.kundval.model.Granskningshandelse#getObjektId()
	 * @see #getGranskningshandelse()
	 * @generated
	 */
	EAttribute getGranskningshandelse_ObjektId();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Granskningshandelse#getDetaljer <em>Detaljer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detaljer</em>'.
	 * @see se.kundval.model.Granskningshandelse#getDetaljer()
	 * @see #getGranskningshandelse()
	 * @generated
	 */
	EAttribute getGranskningshandelse_Detaljer();

	/**
	 * Returns the meta object for the containment reference list '{@link se.kundval.model.Granskningshandelse#getAndringar <em>Andringar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Andringar</em>'.
	 * @see se.kundval.model.Granskningshandelse#getAndringar()
	 * @see #getGranskningshandelse()
	 * @generated
	 */
	EReference getGranskningshandelse_Andringar();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Faltandring <em>Faltandring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Faltandring</em>'.
	 * @see se.kundval.model.Faltandring
	 * @generated
	 */
	EClass getFaltandring();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Faltandring#getHandelse <em>Handelse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Handelse</em>'.
	 * @see se.kundval.model.Faltandring#getHandelse()
	 * @see #getFaltandring()
	 * @generated
	 */
	EReference getFaltandring_Handelse();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Faltandring#getObjekttyp <em>Objekttyp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Objekttyp</em>'.
	 * @see se.kundval.model.Faltandring#getObjekttyp()
	 * @see #getFaltandring()
	 * @generated
	 */
	EAttribute getFaltandring_Objekttyp();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Faltandring#getObjektId <em>Objekt Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Objekt Id</em>'.
	 * @see se.kundval.model.Faltandring#getObjektId()
	 * @see #getFaltandring()
	 * @generated
	 */
	EAttribute getFaltandring_ObjektId();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Faltandring#getFalt <em>Falt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Falt</em>'.
	 * @see se.kundval.model.Faltandring#getFalt()
	 * @see #getFaltandring()
	 * @generated
	 */
	EAttribute getFaltandring_Falt();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Faltandring#getFore <em>Fore</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fore</em>'.
	 * @see se.kundval.model.Faltandring#getFore()
	 * @see #getFaltandring()
	 * @generated
	 */
	EAttribute getFaltandring_Fore();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Faltandring#getEfter <em>Efter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Efter</em>'.
	 * @see se.kundval.model.Faltandring#getEfter()
	 * @see #getFaltandring()
	 * @generated
	 */
	EAttribute getFaltandring_Efter();

	/**
	 * Returns the meta object for class '{@link se.kundval.model.Dokument <em>Dokument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dokument</em>'.
	 * @see se.kundval.model.Dokument
	 * @generated
	 */
	EClass getDokument();

	/**
	 * Returns the meta object for the container reference '{@link se.kundval.model.Dokument#getUppfoljning <em>Uppfoljning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Uppfoljning</em>'.
	 * @see se.kundval.model.Dokument#getUppfoljning()
	 * @see #getDokument()
	 * @generated
	 */
	EReference getDokument_Uppfoljning();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Dokument#getFilnamn <em>Filnamn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Filnamn</em>'.
	 * @see se.kundval.model.Dokument#getFilnamn()
	 * @see #getDokument()
	 * @generated
	 */
	EAttribute getDokument_Filnamn();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Dokument#getInnehallstyp <em>Innehallstyp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Innehallstyp</em>'.
	 * @see se.kundval.model.Dokument#getInnehallstyp()
	 * @see #getDokument()
	 * @generated
	 */
	EAttribute getDokument_Innehallstyp();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Dokument#getStorlek <em>Storlek</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Storlek</em>'.
	 * @see se.kundval.model.Dokument#getStorlek()
	 * @see #getDokument()
	 * @generated
	 */
	EAttribute getDokument_Storlek();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Dokument#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see se.kundval.model.Dokument#getSha256()
	 * @see #getDokument()
	 * @generated
	 */
	EAttribute getDokument_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Dokument#getUppladdadAv <em>Uppladdad Av</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uppladdad Av</em>'.
	 * @see se.kundval.model.Dokument#getUppladdadAv()
	 * @see #getDokument()
	 * @generated
	 */
	EAttribute getDokument_UppladdadAv();

	/**
	 * Returns the meta object for the attribute '{@link se.kundval.model.Dokument#getUppladdad <em>Uppladdad</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uppladdad</em>'.
	 * @see se.kundval.model.Dokument#getUppladdad()
	 * @see #getDokument()
	 * @generated
	 */
	EAttribute getDokument_Uppladdad();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.Kon <em>Kon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kon</em>'.
	 * @see se.kundval.model.Kon
	 * @generated
	 */
	EEnum getKon();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.Utbildningsniva <em>Utbildningsniva</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Utbildningsniva</em>'.
	 * @see se.kundval.model.Utbildningsniva
	 * @generated
	 */
	EEnum getUtbildningsniva();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.Malsattning <em>Malsattning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Malsattning</em>'.
	 * @see se.kundval.model.Malsattning
	 * @generated
	 */
	EEnum getMalsattning();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.InsatsStatus <em>Insats Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Insats Status</em>'.
	 * @see se.kundval.model.InsatsStatus
	 * @generated
	 */
	EEnum getInsatsStatus();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.Avslutsorsak <em>Avslutsorsak</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Avslutsorsak</em>'.
	 * @see se.kundval.model.Avslutsorsak
	 * @generated
	 */
	EEnum getAvslutsorsak();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.BeslutTyp <em>Beslut Typ</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Beslut Typ</em>'.
	 * @see se.kundval.model.BeslutTyp
	 * @generated
	 */
	EEnum getBeslutTyp();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.Sysselsattningsform <em>Sysselsattningsform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sysselsattningsform</em>'.
	 * @see se.kundval.model.Sysselsattningsform
	 * @generated
	 */
	EEnum getSysselsattningsform();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.Manadsrapportstatus <em>Manadsrapportstatus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Manadsrapportstatus</em>'.
	 * @see se.kundval.model.Manadsrapportstatus
	 * @generated
	 */
	EEnum getManadsrapportstatus();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.Uppfoljningsstatus <em>Uppfoljningsstatus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Uppfoljningsstatus</em>'.
	 * @see se.kundval.model.Uppfoljningsstatus
	 * @generated
	 */
	EEnum getUppfoljningsstatus();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.Underlagstyp <em>Underlagstyp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Underlagstyp</em>'.
	 * @see se.kundval.model.Underlagstyp
	 * @generated
	 */
	EEnum getUnderlagstyp();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.Aktivitetstyp <em>Aktivitetstyp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Aktivitetstyp</em>'.
	 * @see se.kundval.model.Aktivitetstyp
	 * @generated
	 */
	EEnum getAktivitetstyp();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.Omrade <em>Omrade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Omrade</em>'.
	 * @see se.kundval.model.Omrade
	 * @generated
	 */
	EEnum getOmrade();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.Tillsynsdel <em>Tillsynsdel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tillsynsdel</em>'.
	 * @see se.kundval.model.Tillsynsdel
	 * @generated
	 */
	EEnum getTillsynsdel();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.Uppfyllnadsgrad <em>Uppfyllnadsgrad</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Uppfyllnadsgrad</em>'.
	 * @see se.kundval.model.Uppfyllnadsgrad
	 * @generated
	 */
	EEnum getUppfyllnadsgrad();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.Roll <em>Roll</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Roll</em>'.
	 * @see se.kundval.model.Roll
	 * @generated
	 */
	EEnum getRoll();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.Prisstatus <em>Prisstatus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Prisstatus</em>'.
	 * @see se.kundval.model.Prisstatus
	 * @generated
	 */
	EEnum getPrisstatus();

	/**
	 * Returns the meta object for enum '{@link se.kundval.model.Progressutfall <em>Progressutfall</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Progressutfall</em>'.
	 * @see se.kundval.model.Progressutfall
	 * @generated
	 */
	EEnum getProgressutfall();

	/**
	 * Returns the meta object for data type '{@link se.kundval.model.Aktivitetstyp <em>Aktivitetstyp Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Aktivitetstyp that may be empty (unknown or not given): an EEnum attribute can never be null.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Aktivitetstyp Object</em>'.
	 * @see se.kundval.model.Aktivitetstyp
	 * @model instanceClass="se.kundval.model.Aktivitetstyp"
	 * @generated
	 */
	EDataType getAktivitetstypObject();

	/**
	 * Returns the meta object for data type '{@link se.kundval.model.Avslutsorsak <em>Avslutsorsak Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Avslutsorsak that may be empty (unknown or not given): an EEnum attribute can never be null.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Avslutsorsak Object</em>'.
	 * @see se.kundval.model.Avslutsorsak
	 * @model instanceClass="se.kundval.model.Avslutsorsak"
	 * @generated
	 */
	EDataType getAvslutsorsakObject();

	/**
	 * Returns the meta object for data type '{@link se.kundval.model.Kon <em>Kon Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Kon that may be empty (unknown or not given): an EEnum attribute can never be null.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Kon Object</em>'.
	 * @see se.kundval.model.Kon
	 * @model instanceClass="se.kundval.model.Kon"
	 * @generated
	 */
	EDataType getKonObject();

	/**
	 * Returns the meta object for data type '{@link se.kundval.model.Malsattning <em>Malsattning Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Malsattning that may be empty (unknown or not given): an EEnum attribute can never be null.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Malsattning Object</em>'.
	 * @see se.kundval.model.Malsattning
	 * @model instanceClass="se.kundval.model.Malsattning"
	 * @generated
	 */
	EDataType getMalsattningObject();

	/**
	 * Returns the meta object for data type '{@link se.kundval.model.Omrade <em>Omrade Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Omrade that may be empty (unknown or not given): an EEnum attribute can never be null.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Omrade Object</em>'.
	 * @see se.kundval.model.Omrade
	 * @model instanceClass="se.kundval.model.Omrade"
	 * @generated
	 */
	EDataType getOmradeObject();

	/**
	 * Returns the meta object for data type '{@link se.kundval.model.Progressutfall <em>Progressutfall Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Progressutfall that may be empty (unknown or not given): an EEnum attribute can never be null.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Progressutfall Object</em>'.
	 * @see se.kundval.model.Progressutfall
	 * @model instanceClass="se.kundval.model.Progressutfall"
	 * @generated
	 */
	EDataType getProgressutfallObject();

	/**
	 * Returns the meta object for data type '{@link se.kundval.model.Roll <em>Roll Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Roll that may be empty (unknown or not given): an EEnum attribute can never be null.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Roll Object</em>'.
	 * @see se.kundval.model.Roll
	 * @model instanceClass="se.kundval.model.Roll"
	 * @generated
	 */
	EDataType getRollObject();

	/**
	 * Returns the meta object for data type '{@link se.kundval.model.Sysselsattningsform <em>Sysselsattningsform Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Sysselsattningsform that may be empty (unknown or not given): an EEnum attribute can never be null.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Sysselsattningsform Object</em>'.
	 * @see se.kundval.model.Sysselsattningsform
	 * @model instanceClass="se.kundval.model.Sysselsattningsform"
	 * @generated
	 */
	EDataType getSysselsattningsformObject();

	/**
	 * Returns the meta object for data type '{@link se.kundval.model.Tillsynsdel <em>Tillsynsdel Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Tillsynsdel that may be empty (unknown or not given): an EEnum attribute can never be null.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Tillsynsdel Object</em>'.
	 * @see se.kundval.model.Tillsynsdel
	 * @model instanceClass="se.kundval.model.Tillsynsdel"
	 * @generated
	 */
	EDataType getTillsynsdelObject();

	/**
	 * Returns the meta object for data type '{@link se.kundval.model.Underlagstyp <em>Underlagstyp Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Underlagstyp that may be empty (unknown or not given): an EEnum attribute can never be null.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Underlagstyp Object</em>'.
	 * @see se.kundval.model.Underlagstyp
	 * @model instanceClass="se.kundval.model.Underlagstyp"
	 * @generated
	 */
	EDataType getUnderlagstypObject();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDateTime <em>Local Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Local Date Time</em>'.
	 * @see java.time.LocalDateTime
	 * @model instanceClass="java.time.LocalDateTime"
	 * @generated
	 */
	EDataType getLocalDateTime();

	/**
	 * Returns the meta object for data type '{@link java.time.YearMonth <em>Year Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Year Month</em>'.
	 * @see java.time.YearMonth
	 * @model instanceClass="java.time.YearMonth"
	 * @generated
	 */
	EDataType getYearMonth();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	KundvalFactory getKundvalFactory();

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
		 * The meta object literal for the '{@link se.kundval.model.impl.EntitetImpl <em>Entitet</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.EntitetImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getEntitet()
		 * @generated
		 */
		EClass ENTITET = eINSTANCE.getEntitet();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITET__ID = eINSTANCE.getEntitet_Id();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITET__VERSION = eINSTANCE.getEntitet_Version();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.KundvalImpl <em>Kundval</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.KundvalImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getKundval()
		 * @generated
		 */
		EClass KUNDVAL = eINSTANCE.getKundval();

		/**
		 * The meta object literal for the '<em><b>Kod</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUNDVAL__KOD = eINSTANCE.getKundval_Kod();

		/**
		 * The meta object literal for the '<em><b>Namn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUNDVAL__NAMN = eINSTANCE.getKundval_Namn();

		/**
		 * The meta object literal for the '<em><b>Giltig Fran</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUNDVAL__GILTIG_FRAN = eINSTANCE.getKundval_GiltigFran();

		/**
		 * The meta object literal for the '<em><b>Giltig Till</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUNDVAL__GILTIG_TILL = eINSTANCE.getKundval_GiltigTill();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.NivaImpl <em>Niva</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.NivaImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getNiva()
		 * @generated
		 */
		EClass NIVA = eINSTANCE.getNiva();

		/**
		 * The meta object literal for the '<em><b>Kundval</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NIVA__KUNDVAL = eINSTANCE.getNiva_Kundval();

		/**
		 * The meta object literal for the '<em><b>Nummer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIVA__NUMMER = eINSTANCE.getNiva_Nummer();

		/**
		 * The meta object literal for the '<em><b>Namn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIVA__NAMN = eINSTANCE.getNiva_Namn();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.InsatstypImpl <em>Insatstyp</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.InsatstypImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getInsatstyp()
		 * @generated
		 */
		EClass INSATSTYP = eINSTANCE.getInsatstyp();

		/**
		 * The meta object literal for the '<em><b>Kod</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSATSTYP__KOD = eINSTANCE.getInsatstyp_Kod();

		/**
		 * The meta object literal for the '<em><b>Namn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSATSTYP__NAMN = eINSTANCE.getInsatstyp_Namn();

		/**
		 * The meta object literal for the '<em><b>Kundval</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSATSTYP__KUNDVAL = eINSTANCE.getInsatstyp_Kundval();

		/**
		 * The meta object literal for the '<em><b>Niva</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSATSTYP__NIVA = eINSTANCE.getInsatstyp_Niva();

		/**
		 * The meta object literal for the '<em><b>Langd Manader</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSATSTYP__LANGD_MANADER = eINSTANCE.getInsatstyp_LangdManader();

		/**
		 * The meta object literal for the '<em><b>Malsattning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSATSTYP__MALSATTNING = eINSTANCE.getInsatstyp_Malsattning();

		/**
		 * The meta object literal for the '<em><b>Giltig Fran</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSATSTYP__GILTIG_FRAN = eINSTANCE.getInsatstyp_GiltigFran();

		/**
		 * The meta object literal for the '<em><b>Giltig Till</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSATSTYP__GILTIG_TILL = eINSTANCE.getInsatstyp_GiltigTill();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.PrisImpl <em>Pris</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.PrisImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getPris()
		 * @generated
		 */
		EClass PRIS = eINSTANCE.getPris();

		/**
		 * The meta object literal for the '<em><b>Insatstyp</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIS__INSATSTYP = eINSTANCE.getPris_Insatstyp();

		/**
		 * The meta object literal for the '<em><b>Giltig Fran</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIS__GILTIG_FRAN = eINSTANCE.getPris_GiltigFran();

		/**
		 * The meta object literal for the '<em><b>Checkbelopp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIS__CHECKBELOPP = eINSTANCE.getPris_Checkbelopp();

		/**
		 * The meta object literal for the '<em><b>Bonus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIS__BONUS = eINSTANCE.getPris_Bonus();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIS__STATUS = eINSTANCE.getPris_Status();

		/**
		 * The meta object literal for the '<em><b>Foreslagen Av</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIS__FORESLAGEN_AV = eINSTANCE.getPris_ForeslagenAv();

		/**
		 * The meta object literal for the '<em><b>Foreslagen Tid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIS__FORESLAGEN_TID = eINSTANCE.getPris_ForeslagenTid();

		/**
		 * The meta object literal for the '<em><b>Godkand Av</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIS__GODKAND_AV = eINSTANCE.getPris_GodkandAv();

		/**
		 * The meta object literal for the '<em><b>Godkand Tid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIS__GODKAND_TID = eINSTANCE.getPris_GodkandTid();

		/**
		 * The meta object literal for the '<em><b>Aterkallad Av</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIS__ATERKALLAD_AV = eINSTANCE.getPris_AterkalladAv();

		/**
		 * The meta object literal for the '<em><b>Aterkallad Tid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIS__ATERKALLAD_TID = eINSTANCE.getPris_AterkalladTid();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.AnordnareImpl <em>Anordnare</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.AnordnareImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getAnordnare()
		 * @generated
		 */
		EClass ANORDNARE = eINSTANCE.getAnordnare();

		/**
		 * The meta object literal for the '<em><b>Orgnr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANORDNARE__ORGNR = eINSTANCE.getAnordnare_Orgnr();

		/**
		 * The meta object literal for the '<em><b>Namn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANORDNARE__NAMN = eINSTANCE.getAnordnare_Namn();

		/**
		 * The meta object literal for the '<em><b>Coacher</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANORDNARE__COACHER = eINSTANCE.getAnordnare_Coacher();

		/**
		 * The meta object literal for the '<em><b>Auktorisationer</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANORDNARE__AUKTORISATIONER = eINSTANCE.getAnordnare_Auktorisationer();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.CoachImpl <em>Coach</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.CoachImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getCoach()
		 * @generated
		 */
		EClass COACH = eINSTANCE.getCoach();

		/**
		 * The meta object literal for the '<em><b>Anordnare</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COACH__ANORDNARE = eINSTANCE.getCoach_Anordnare();

		/**
		 * The meta object literal for the '<em><b>Namn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COACH__NAMN = eINSTANCE.getCoach_Namn();

		/**
		 * The meta object literal for the '<em><b>Epost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COACH__EPOST = eINSTANCE.getCoach_Epost();

		/**
		 * The meta object literal for the '<em><b>Telefon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COACH__TELEFON = eINSTANCE.getCoach_Telefon();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.AuktorisationImpl <em>Auktorisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.AuktorisationImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getAuktorisation()
		 * @generated
		 */
		EClass AUKTORISATION = eINSTANCE.getAuktorisation();

		/**
		 * The meta object literal for the '<em><b>Anordnare</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUKTORISATION__ANORDNARE = eINSTANCE.getAuktorisation_Anordnare();

		/**
		 * The meta object literal for the '<em><b>Insatstyp</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUKTORISATION__INSATSTYP = eINSTANCE.getAuktorisation_Insatstyp();

		/**
		 * The meta object literal for the '<em><b>Fran</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUKTORISATION__FRAN = eINSTANCE.getAuktorisation_Fran();

		/**
		 * The meta object literal for the '<em><b>Till</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUKTORISATION__TILL = eINSTANCE.getAuktorisation_Till();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.AnvandareImpl <em>Anvandare</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.AnvandareImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getAnvandare()
		 * @generated
		 */
		EClass ANVANDARE = eINSTANCE.getAnvandare();

		/**
		 * The meta object literal for the '<em><b>Anvandarnamn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANVANDARE__ANVANDARNAMN = eINSTANCE.getAnvandare_Anvandarnamn();

		/**
		 * The meta object literal for the '<em><b>Namn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANVANDARE__NAMN = eINSTANCE.getAnvandare_Namn();

		/**
		 * The meta object literal for the '<em><b>Roll</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANVANDARE__ROLL = eINSTANCE.getAnvandare_Roll();

		/**
		 * The meta object literal for the '<em><b>Orgnr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANVANDARE__ORGNR = eINSTANCE.getAnvandare_Orgnr();

		/**
		 * The meta object literal for the '<em><b>Losenord Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANVANDARE__LOSENORD_HASH = eINSTANCE.getAnvandare_LosenordHash();

		/**
		 * The meta object literal for the '<em><b>Aktiv</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANVANDARE__AKTIV = eINSTANCE.getAnvandare_Aktiv();

		/**
		 * The meta object literal for the '<em><b>Portaladmin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANVANDARE__PORTALADMIN = eINSTANCE.getAnvandare_Portaladmin();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.KundImpl <em>Kund</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.KundImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getKund()
		 * @generated
		 */
		EClass KUND = eINSTANCE.getKund();

		/**
		 * The meta object literal for the '<em><b>Kund Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__KUND_ID = eINSTANCE.getKund_KundId();

		/**
		 * The meta object literal for the '<em><b>Personnummer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__PERSONNUMMER = eINSTANCE.getKund_Personnummer();

		/**
		 * The meta object literal for the '<em><b>Namn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__NAMN = eINSTANCE.getKund_Namn();

		/**
		 * The meta object literal for the '<em><b>Kon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__KON = eINSTANCE.getKund_Kon();

		/**
		 * The meta object literal for the '<em><b>Fodelsedatum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__FODELSEDATUM = eINSTANCE.getKund_Fodelsedatum();

		/**
		 * The meta object literal for the '<em><b>Kommun</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__KOMMUN = eINSTANCE.getKund_Kommun();

		/**
		 * The meta object literal for the '<em><b>Sprak</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__SPRAK = eINSTANCE.getKund_Sprak();

		/**
		 * The meta object literal for the '<em><b>Utbildningsniva</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__UTBILDNINGSNIVA = eINSTANCE.getKund_Utbildningsniva();

		/**
		 * The meta object literal for the '<em><b>Ekonomiskt Bistand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__EKONOMISKT_BISTAND = eINSTANCE.getKund_EkonomisktBistand();

		/**
		 * The meta object literal for the '<em><b>Etableringsprogram</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__ETABLERINGSPROGRAM = eINSTANCE.getKund_Etableringsprogram();

		/**
		 * The meta object literal for the '<em><b>Etableringsersattning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__ETABLERINGSERSATTNING = eINSTANCE.getKund_Etableringsersattning();

		/**
		 * The meta object literal for the '<em><b>Arbetsformaga</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__ARBETSFORMAGA = eINSTANCE.getKund_Arbetsformaga();

		/**
		 * The meta object literal for the '<em><b>Arbetsformaga Oklar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__ARBETSFORMAGA_OKLAR = eINSTANCE.getKund_ArbetsformagaOklar();

		/**
		 * The meta object literal for the '<em><b>Tolkbehov</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__TOLKBEHOV = eINSTANCE.getKund_Tolkbehov();

		/**
		 * The meta object literal for the '<em><b>Ansvarig Karriarvagledare</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__ANSVARIG_KARRIARVAGLEDARE = eINSTANCE.getKund_AnsvarigKarriarvagledare();

		/**
		 * The meta object literal for the '<em><b>Skyddad</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KUND__SKYDDAD = eINSTANCE.getKund_Skyddad();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.InsatsImpl <em>Insats</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.InsatsImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getInsats()
		 * @generated
		 */
		EClass INSATS = eINSTANCE.getInsats();

		/**
		 * The meta object literal for the '<em><b>Insats Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSATS__INSATS_ID = eINSTANCE.getInsats_InsatsId();

		/**
		 * The meta object literal for the '<em><b>Kund</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSATS__KUND = eINSTANCE.getInsats_Kund();

		/**
		 * The meta object literal for the '<em><b>Insatstyp</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSATS__INSATSTYP = eINSTANCE.getInsats_Insatstyp();

		/**
		 * The meta object literal for the '<em><b>Anordnare</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSATS__ANORDNARE = eINSTANCE.getInsats_Anordnare();

		/**
		 * The meta object literal for the '<em><b>Startdatum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSATS__STARTDATUM = eINSTANCE.getInsats_Startdatum();

		/**
		 * The meta object literal for the '<em><b>Langd Manader</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSATS__LANGD_MANADER = eINSTANCE.getInsats_LangdManader();

		/**
		 * The meta object literal for the '<em><b>Slutdatum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSATS__SLUTDATUM = eINSTANCE.getInsats_Slutdatum();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSATS__STATUS = eINSTANCE.getInsats_Status();

		/**
		 * The meta object literal for the '<em><b>Beslut</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSATS__BESLUT = eINSTANCE.getInsats_Beslut();

		/**
		 * The meta object literal for the '<em><b>Avslut</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSATS__AVSLUT = eINSTANCE.getInsats_Avslut();

		/**
		 * The meta object literal for the '<em><b>Genomforandeplan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSATS__GENOMFORANDEPLAN = eINSTANCE.getInsats_Genomforandeplan();

		/**
		 * The meta object literal for the '<em><b>Manadsrapporter</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSATS__MANADSRAPPORTER = eINSTANCE.getInsats_Manadsrapporter();

		/**
		 * The meta object literal for the '<em><b>Progressgenomgangar</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSATS__PROGRESSGENOMGANGAR = eINSTANCE.getInsats_Progressgenomgangar();

		/**
		 * The meta object literal for the '<em><b>Sexmanadersuppfoljningar</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSATS__SEXMANADERSUPPFOLJNINGAR = eINSTANCE.getInsats_Sexmanadersuppfoljningar();

		/**
		 * The meta object literal for the '<em><b>Effektuppfoljningar</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSATS__EFFEKTUPPFOLJNINGAR = eINSTANCE.getInsats_Effektuppfoljningar();

		/**
		 * The meta object literal for the '<em><b>Typdata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSATS__TYPDATA = eINSTANCE.getInsats_Typdata();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.BeslutImpl <em>Beslut</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.BeslutImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getBeslut()
		 * @generated
		 */
		EClass BESLUT = eINSTANCE.getBeslut();

		/**
		 * The meta object literal for the '<em><b>Insats</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BESLUT__INSATS = eINSTANCE.getBeslut_Insats();

		/**
		 * The meta object literal for the '<em><b>Typ</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BESLUT__TYP = eINSTANCE.getBeslut_Typ();

		/**
		 * The meta object literal for the '<em><b>Datum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BESLUT__DATUM = eINSTANCE.getBeslut_Datum();

		/**
		 * The meta object literal for the '<em><b>Handlaggare</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BESLUT__HANDLAGGARE = eINSTANCE.getBeslut_Handlaggare();

		/**
		 * The meta object literal for the '<em><b>Motivering</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BESLUT__MOTIVERING = eINSTANCE.getBeslut_Motivering();

		/**
		 * The meta object literal for the '<em><b>Langd Manader</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BESLUT__LANGD_MANADER = eINSTANCE.getBeslut_LangdManader();

		/**
		 * The meta object literal for the '<em><b>Tidpunkt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BESLUT__TIDPUNKT = eINSTANCE.getBeslut_Tidpunkt();

		/**
		 * The meta object literal for the '<em><b>Undantag</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BESLUT__UNDANTAG = eINSTANCE.getBeslut_Undantag();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.UndantagImpl <em>Undantag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.UndantagImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getUndantag()
		 * @generated
		 */
		EClass UNDANTAG = eINSTANCE.getUndantag();

		/**
		 * The meta object literal for the '<em><b>Beslut</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNDANTAG__BESLUT = eINSTANCE.getUndantag_Beslut();

		/**
		 * The meta object literal for the '<em><b>Regel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNDANTAG__REGEL = eINSTANCE.getUndantag_Regel();

		/**
		 * The meta object literal for the '<em><b>Skal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNDANTAG__SKAL = eINSTANCE.getUndantag_Skal();

		/**
		 * The meta object literal for the '<em><b>Motivering</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNDANTAG__MOTIVERING = eINSTANCE.getUndantag_Motivering();

		/**
		 * The meta object literal for the '<em><b>Namn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNDANTAG__NAMN = eINSTANCE.getUndantag_Namn();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.AvslutImpl <em>Avslut</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.AvslutImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getAvslut()
		 * @generated
		 */
		EClass AVSLUT = eINSTANCE.getAvslut();

		/**
		 * The meta object literal for the '<em><b>Insats</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AVSLUT__INSATS = eINSTANCE.getAvslut_Insats();

		/**
		 * The meta object literal for the '<em><b>Avslutsdatum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVSLUT__AVSLUTSDATUM = eINSTANCE.getAvslut_Avslutsdatum();

		/**
		 * The meta object literal for the '<em><b>Avslutsorsak</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVSLUT__AVSLUTSORSAK = eINSTANCE.getAvslut_Avslutsorsak();

		/**
		 * The meta object literal for the '<em><b>Sysselsattning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVSLUT__SYSSELSATTNING = eINSTANCE.getAvslut_Sysselsattning();

		/**
		 * The meta object literal for the '<em><b>Varaktighet Manader</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVSLUT__VARAKTIGHET_MANADER = eINSTANCE.getAvslut_VaraktighetManader();

		/**
		 * The meta object literal for the '<em><b>Rapporterad Av</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVSLUT__RAPPORTERAD_AV = eINSTANCE.getAvslut_RapporteradAv();

		/**
		 * The meta object literal for the '<em><b>Rapporterad Datum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVSLUT__RAPPORTERAD_DATUM = eINSTANCE.getAvslut_RapporteradDatum();

		/**
		 * The meta object literal for the '<em><b>Bedomningar</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AVSLUT__BEDOMNINGAR = eINSTANCE.getAvslut_Bedomningar();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.AvslutsbedomningImpl <em>Avslutsbedomning</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.AvslutsbedomningImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getAvslutsbedomning()
		 * @generated
		 */
		EClass AVSLUTSBEDOMNING = eINSTANCE.getAvslutsbedomning();

		/**
		 * The meta object literal for the '<em><b>Avslut</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AVSLUTSBEDOMNING__AVSLUT = eINSTANCE.getAvslutsbedomning_Avslut();

		/**
		 * The meta object literal for the '<em><b>Lyckat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVSLUTSBEDOMNING__LYCKAT = eINSTANCE.getAvslutsbedomning_Lyckat();

		/**
		 * The meta object literal for the '<em><b>Bonusgrundande</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVSLUTSBEDOMNING__BONUSGRUNDANDE = eINSTANCE.getAvslutsbedomning_Bonusgrundande();

		/**
		 * The meta object literal for the '<em><b>Motivering</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVSLUTSBEDOMNING__MOTIVERING = eINSTANCE.getAvslutsbedomning_Motivering();

		/**
		 * The meta object literal for the '<em><b>Bedomd Av</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVSLUTSBEDOMNING__BEDOMD_AV = eINSTANCE.getAvslutsbedomning_BedomdAv();

		/**
		 * The meta object literal for the '<em><b>Tidpunkt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVSLUTSBEDOMNING__TIDPUNKT = eINSTANCE.getAvslutsbedomning_Tidpunkt();

		/**
		 * The meta object literal for the '<em><b>Lopnummer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVSLUTSBEDOMNING__LOPNUMMER = eINSTANCE.getAvslutsbedomning_Lopnummer();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.GenomforandeplanImpl <em>Genomforandeplan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.GenomforandeplanImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getGenomforandeplan()
		 * @generated
		 */
		EClass GENOMFORANDEPLAN = eINSTANCE.getGenomforandeplan();

		/**
		 * The meta object literal for the '<em><b>Insats</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GENOMFORANDEPLAN__INSATS = eINSTANCE.getGenomforandeplan_Insats();

		/**
		 * The meta object literal for the '<em><b>Upprattad</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENOMFORANDEPLAN__UPPRATTAD = eINSTANCE.getGenomforandeplan_Upprattad();

		/**
		 * The meta object literal for the '<em><b>Mal</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GENOMFORANDEPLAN__MAL = eINSTANCE.getGenomforandeplan_Mal();

		/**
		 * The meta object literal for the '<em><b>Aktiviteter</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GENOMFORANDEPLAN__AKTIVITETER = eINSTANCE.getGenomforandeplan_Aktiviteter();

		/**
		 * The meta object literal for the '<em><b>Revisioner</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GENOMFORANDEPLAN__REVISIONER = eINSTANCE.getGenomforandeplan_Revisioner();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.PlanmalImpl <em>Planmal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.PlanmalImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getPlanmal()
		 * @generated
		 */
		EClass PLANMAL = eINSTANCE.getPlanmal();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANMAL__PLAN = eINSTANCE.getPlanmal_Plan();

		/**
		 * The meta object literal for the '<em><b>Beskrivning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANMAL__BESKRIVNING = eINSTANCE.getPlanmal_Beskrivning();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.PlanaktivitetImpl <em>Planaktivitet</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.PlanaktivitetImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getPlanaktivitet()
		 * @generated
		 */
		EClass PLANAKTIVITET = eINSTANCE.getPlanaktivitet();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANAKTIVITET__PLAN = eINSTANCE.getPlanaktivitet_Plan();

		/**
		 * The meta object literal for the '<em><b>Typ</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANAKTIVITET__TYP = eINSTANCE.getPlanaktivitet_Typ();

		/**
		 * The meta object literal for the '<em><b>Beskrivning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANAKTIVITET__BESKRIVNING = eINSTANCE.getPlanaktivitet_Beskrivning();

		/**
		 * The meta object literal for the '<em><b>Planerad Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANAKTIVITET__PLANERAD_START = eINSTANCE.getPlanaktivitet_PlaneradStart();

		/**
		 * The meta object literal for the '<em><b>Planerad Slut</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANAKTIVITET__PLANERAD_SLUT = eINSTANCE.getPlanaktivitet_PlaneradSlut();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.PlanrevisionImpl <em>Planrevision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.PlanrevisionImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getPlanrevision()
		 * @generated
		 */
		EClass PLANREVISION = eINSTANCE.getPlanrevision();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANREVISION__PLAN = eINSTANCE.getPlanrevision_Plan();

		/**
		 * The meta object literal for the '<em><b>Datum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANREVISION__DATUM = eINSTANCE.getPlanrevision_Datum();

		/**
		 * The meta object literal for the '<em><b>Beskrivning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANREVISION__BESKRIVNING = eINSTANCE.getPlanrevision_Beskrivning();

		/**
		 * The meta object literal for the '<em><b>Reviderad Av</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANREVISION__REVIDERAD_AV = eINSTANCE.getPlanrevision_RevideradAv();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.ManadsrapportImpl <em>Manadsrapport</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.ManadsrapportImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getManadsrapport()
		 * @generated
		 */
		EClass MANADSRAPPORT = eINSTANCE.getManadsrapport();

		/**
		 * The meta object literal for the '<em><b>Insats</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANADSRAPPORT__INSATS = eINSTANCE.getManadsrapport_Insats();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANADSRAPPORT__PERIOD = eINSTANCE.getManadsrapport_Period();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANADSRAPPORT__STATUS = eINSTANCE.getManadsrapport_Status();

		/**
		 * The meta object literal for the '<em><b>Inlamnad</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANADSRAPPORT__INLAMNAD = eINSTANCE.getManadsrapport_Inlamnad();

		/**
		 * The meta object literal for the '<em><b>Aktiviteter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANADSRAPPORT__AKTIVITETER = eINSTANCE.getManadsrapport_Aktiviteter();

		/**
		 * The meta object literal for the '<em><b>Narvarodagar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANADSRAPPORT__NARVARODAGAR = eINSTANCE.getManadsrapport_Narvarodagar();

		/**
		 * The meta object literal for the '<em><b>Progression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANADSRAPPORT__PROGRESSION = eINSTANCE.getManadsrapport_Progression();

		/**
		 * The meta object literal for the '<em><b>Franvarodagar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANADSRAPPORT__FRANVARODAGAR = eINSTANCE.getManadsrapport_Franvarodagar();

		/**
		 * The meta object literal for the '<em><b>Sjukdagar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANADSRAPPORT__SJUKDAGAR = eINSTANCE.getManadsrapport_Sjukdagar();

		/**
		 * The meta object literal for the '<em><b>Sjukdagar Med Lakarintyg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANADSRAPPORT__SJUKDAGAR_MED_LAKARINTYG = eINSTANCE.getManadsrapport_SjukdagarMedLakarintyg();

		/**
		 * The meta object literal for the '<em><b>Avvikelser</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANADSRAPPORT__AVVIKELSER = eINSTANCE.getManadsrapport_Avvikelser();

		/**
		 * The meta object literal for the '<em><b>Granskad Av</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANADSRAPPORT__GRANSKAD_AV = eINSTANCE.getManadsrapport_GranskadAv();

		/**
		 * The meta object literal for the '<em><b>Granskad Datum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANADSRAPPORT__GRANSKAD_DATUM = eINSTANCE.getManadsrapport_GranskadDatum();

		/**
		 * The meta object literal for the '<em><b>Kommentar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANADSRAPPORT__KOMMENTAR = eINSTANCE.getManadsrapport_Kommentar();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.ProgressgenomgangImpl <em>Progressgenomgang</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.ProgressgenomgangImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getProgressgenomgang()
		 * @generated
		 */
		EClass PROGRESSGENOMGANG = eINSTANCE.getProgressgenomgang();

		/**
		 * The meta object literal for the '<em><b>Insats</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESSGENOMGANG__INSATS = eINSTANCE.getProgressgenomgang_Insats();

		/**
		 * The meta object literal for the '<em><b>Datum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESSGENOMGANG__DATUM = eINSTANCE.getProgressgenomgang_Datum();

		/**
		 * The meta object literal for the '<em><b>Utfall</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESSGENOMGANG__UTFALL = eINSTANCE.getProgressgenomgang_Utfall();

		/**
		 * The meta object literal for the '<em><b>Kommentar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESSGENOMGANG__KOMMENTAR = eINSTANCE.getProgressgenomgang_Kommentar();

		/**
		 * The meta object literal for the '<em><b>Av</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESSGENOMGANG__AV = eINSTANCE.getProgressgenomgang_Av();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.SexmanadersuppfoljningImpl <em>Sexmanadersuppfoljning</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.SexmanadersuppfoljningImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getSexmanadersuppfoljning()
		 * @generated
		 */
		EClass SEXMANADERSUPPFOLJNING = eINSTANCE.getSexmanadersuppfoljning();

		/**
		 * The meta object literal for the '<em><b>Insats</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEXMANADERSUPPFOLJNING__INSATS = eINSTANCE.getSexmanadersuppfoljning_Insats();

		/**
		 * The meta object literal for the '<em><b>Inlamnad</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEXMANADERSUPPFOLJNING__INLAMNAD = eINSTANCE.getSexmanadersuppfoljning_Inlamnad();

		/**
		 * The meta object literal for the '<em><b>Underlag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEXMANADERSUPPFOLJNING__UNDERLAG = eINSTANCE.getSexmanadersuppfoljning_Underlag();

		/**
		 * The meta object literal for the '<em><b>Beskrivning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEXMANADERSUPPFOLJNING__BESKRIVNING = eINSTANCE.getSexmanadersuppfoljning_Beskrivning();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEXMANADERSUPPFOLJNING__STATUS = eINSTANCE.getSexmanadersuppfoljning_Status();

		/**
		 * The meta object literal for the '<em><b>Bedomd Av</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEXMANADERSUPPFOLJNING__BEDOMD_AV = eINSTANCE.getSexmanadersuppfoljning_BedomdAv();

		/**
		 * The meta object literal for the '<em><b>Bedomd Datum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEXMANADERSUPPFOLJNING__BEDOMD_DATUM = eINSTANCE.getSexmanadersuppfoljning_BedomdDatum();

		/**
		 * The meta object literal for the '<em><b>Motivering</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEXMANADERSUPPFOLJNING__MOTIVERING = eINSTANCE.getSexmanadersuppfoljning_Motivering();

		/**
		 * The meta object literal for the '<em><b>Dokument</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEXMANADERSUPPFOLJNING__DOKUMENT = eINSTANCE.getSexmanadersuppfoljning_Dokument();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.EffektuppfoljningImpl <em>Effektuppfoljning</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.EffektuppfoljningImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getEffektuppfoljning()
		 * @generated
		 */
		EClass EFFEKTUPPFOLJNING = eINSTANCE.getEffektuppfoljning();

		/**
		 * The meta object literal for the '<em><b>Insats</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EFFEKTUPPFOLJNING__INSATS = eINSTANCE.getEffektuppfoljning_Insats();

		/**
		 * The meta object literal for the '<em><b>Manader</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFEKTUPPFOLJNING__MANADER = eINSTANCE.getEffektuppfoljning_Manader();

		/**
		 * The meta object literal for the '<em><b>Datum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFEKTUPPFOLJNING__DATUM = eINSTANCE.getEffektuppfoljning_Datum();

		/**
		 * The meta object literal for the '<em><b>Egen Forsorjning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFEKTUPPFOLJNING__EGEN_FORSORJNING = eINSTANCE.getEffektuppfoljning_EgenForsorjning();

		/**
		 * The meta object literal for the '<em><b>Kommentar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFEKTUPPFOLJNING__KOMMENTAR = eINSTANCE.getEffektuppfoljning_Kommentar();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.InsatstypdataImpl <em>Insatstypdata</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.InsatstypdataImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getInsatstypdata()
		 * @generated
		 */
		EClass INSATSTYPDATA = eINSTANCE.getInsatstypdata();

		/**
		 * The meta object literal for the '<em><b>Insats</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSATSTYPDATA__INSATS = eINSTANCE.getInsatstypdata_Insats();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.EnkatsvarImpl <em>Enkatsvar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.EnkatsvarImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getEnkatsvar()
		 * @generated
		 */
		EClass ENKATSVAR = eINSTANCE.getEnkatsvar();

		/**
		 * The meta object literal for the '<em><b>Anordnare</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENKATSVAR__ANORDNARE = eINSTANCE.getEnkatsvar_Anordnare();

		/**
		 * The meta object literal for the '<em><b>Ar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENKATSVAR__AR = eINSTANCE.getEnkatsvar_Ar();

		/**
		 * The meta object literal for the '<em><b>Respondent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENKATSVAR__RESPONDENT = eINSTANCE.getEnkatsvar_Respondent();

		/**
		 * The meta object literal for the '<em><b>Fraga</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENKATSVAR__FRAGA = eINSTANCE.getEnkatsvar_Fraga();

		/**
		 * The meta object literal for the '<em><b>Omrade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENKATSVAR__OMRADE = eINSTANCE.getEnkatsvar_Omrade();

		/**
		 * The meta object literal for the '<em><b>Svar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENKATSVAR__SVAR = eINSTANCE.getEnkatsvar_Svar();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.EnkatutskickImpl <em>Enkatutskick</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.EnkatutskickImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getEnkatutskick()
		 * @generated
		 */
		EClass ENKATUTSKICK = eINSTANCE.getEnkatutskick();

		/**
		 * The meta object literal for the '<em><b>Anordnare</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENKATUTSKICK__ANORDNARE = eINSTANCE.getEnkatutskick_Anordnare();

		/**
		 * The meta object literal for the '<em><b>Ar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENKATUTSKICK__AR = eINSTANCE.getEnkatutskick_Ar();

		/**
		 * The meta object literal for the '<em><b>Antal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENKATUTSKICK__ANTAL = eINSTANCE.getEnkatutskick_Antal();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.TillsynImpl <em>Tillsyn</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.TillsynImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getTillsyn()
		 * @generated
		 */
		EClass TILLSYN = eINSTANCE.getTillsyn();

		/**
		 * The meta object literal for the '<em><b>Anordnare</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TILLSYN__ANORDNARE = eINSTANCE.getTillsyn_Anordnare();

		/**
		 * The meta object literal for the '<em><b>Ar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILLSYN__AR = eINSTANCE.getTillsyn_Ar();

		/**
		 * The meta object literal for the '<em><b>Punkter</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TILLSYN__PUNKTER = eINSTANCE.getTillsyn_Punkter();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.TillsynspunktImpl <em>Tillsynspunkt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.TillsynspunktImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getTillsynspunkt()
		 * @generated
		 */
		EClass TILLSYNSPUNKT = eINSTANCE.getTillsynspunkt();

		/**
		 * The meta object literal for the '<em><b>Tillsyn</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TILLSYNSPUNKT__TILLSYN = eINSTANCE.getTillsynspunkt_Tillsyn();

		/**
		 * The meta object literal for the '<em><b>Krav</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILLSYNSPUNKT__KRAV = eINSTANCE.getTillsynspunkt_Krav();

		/**
		 * The meta object literal for the '<em><b>Del</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILLSYNSPUNKT__DEL = eINSTANCE.getTillsynspunkt_Del();

		/**
		 * The meta object literal for the '<em><b>Uppfyllnadsgrad</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILLSYNSPUNKT__UPPFYLLNADSGRAD = eINSTANCE.getTillsynspunkt_Uppfyllnadsgrad();

		/**
		 * The meta object literal for the '<em><b>Atgard</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILLSYNSPUNKT__ATGARD = eINSTANCE.getTillsynspunkt_Atgard();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILLSYNSPUNKT__DEADLINE = eINSTANCE.getTillsynspunkt_Deadline();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.GranskningshandelseImpl <em>Granskningshandelse</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.GranskningshandelseImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getGranskningshandelse()
		 * @generated
		 */
		EClass GRANSKNINGSHANDELSE = eINSTANCE.getGranskningshandelse();

		/**
		 * The meta object literal for the '<em><b>Tidpunkt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANSKNINGSHANDELSE__TIDPUNKT = eINSTANCE.getGranskningshandelse_Tidpunkt();

		/**
		 * The meta object literal for the '<em><b>Anvandare</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANSKNINGSHANDELSE__ANVANDARE = eINSTANCE.getGranskningshandelse_Anvandare();

		/**
		 * The meta object literal for the '<em><b>Handelse</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANSKNINGSHANDELSE__HANDELSE = eINSTANCE.getGranskningshandelse_Handelse();

		/**
		 * The meta object literal for the '<em><b>Objekttyp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANSKNINGSHANDELSE__OBJEKTTYP = eINSTANCE.getGranskningshandelse_Objekttyp();

		/**
		 * The meta object literal for the '<em><b>Objekt Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANSKNINGSHANDELSE__OBJEKT_ID = eINSTANCE.getGranskningshandelse_ObjektId();

		/**
		 * The meta object literal for the '<em><b>Detaljer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRANSKNINGSHANDELSE__DETALJER = eINSTANCE.getGranskningshandelse_Detaljer();

		/**
		 * The meta object literal for the '<em><b>Andringar</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GRANSKNINGSHANDELSE__ANDRINGAR = eINSTANCE.getGranskningshandelse_Andringar();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.FaltandringImpl <em>Faltandring</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.FaltandringImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getFaltandring()
		 * @generated
		 */
		EClass FALTANDRING = eINSTANCE.getFaltandring();

		/**
		 * The meta object literal for the '<em><b>Handelse</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FALTANDRING__HANDELSE = eINSTANCE.getFaltandring_Handelse();

		/**
		 * The meta object literal for the '<em><b>Objekttyp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FALTANDRING__OBJEKTTYP = eINSTANCE.getFaltandring_Objekttyp();

		/**
		 * The meta object literal for the '<em><b>Objekt Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FALTANDRING__OBJEKT_ID = eINSTANCE.getFaltandring_ObjektId();

		/**
		 * The meta object literal for the '<em><b>Falt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FALTANDRING__FALT = eINSTANCE.getFaltandring_Falt();

		/**
		 * The meta object literal for the '<em><b>Fore</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FALTANDRING__FORE = eINSTANCE.getFaltandring_Fore();

		/**
		 * The meta object literal for the '<em><b>Efter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FALTANDRING__EFTER = eINSTANCE.getFaltandring_Efter();

		/**
		 * The meta object literal for the '{@link se.kundval.model.impl.DokumentImpl <em>Dokument</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.impl.DokumentImpl
		 * @see se.kundval.model.impl.KundvalPackageImpl#getDokument()
		 * @generated
		 */
		EClass DOKUMENT = eINSTANCE.getDokument();

		/**
		 * The meta object literal for the '<em><b>Uppfoljning</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOKUMENT__UPPFOLJNING = eINSTANCE.getDokument_Uppfoljning();

		/**
		 * The meta object literal for the '<em><b>Filnamn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOKUMENT__FILNAMN = eINSTANCE.getDokument_Filnamn();

		/**
		 * The meta object literal for the '<em><b>Innehallstyp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOKUMENT__INNEHALLSTYP = eINSTANCE.getDokument_Innehallstyp();

		/**
		 * The meta object literal for the '<em><b>Storlek</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOKUMENT__STORLEK = eINSTANCE.getDokument_Storlek();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOKUMENT__SHA256 = eINSTANCE.getDokument_Sha256();

		/**
		 * The meta object literal for the '<em><b>Uppladdad Av</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOKUMENT__UPPLADDAD_AV = eINSTANCE.getDokument_UppladdadAv();

		/**
		 * The meta object literal for the '<em><b>Uppladdad</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOKUMENT__UPPLADDAD = eINSTANCE.getDokument_Uppladdad();

		/**
		 * The meta object literal for the '{@link se.kundval.model.Kon <em>Kon</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Kon
		 * @see se.kundval.model.impl.KundvalPackageImpl#getKon()
		 * @generated
		 */
		EEnum KON = eINSTANCE.getKon();

		/**
		 * The meta object literal for the '{@link se.kundval.model.Utbildningsniva <em>Utbildningsniva</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Utbildningsniva
		 * @see se.kundval.model.impl.KundvalPackageImpl#getUtbildningsniva()
		 * @generated
		 */
		EEnum UTBILDNINGSNIVA = eINSTANCE.getUtbildningsniva();

		/**
		 * The meta object literal for the '{@link se.kundval.model.Malsattning <em>Malsattning</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Malsattning
		 * @see se.kundval.model.impl.KundvalPackageImpl#getMalsattning()
		 * @generated
		 */
		EEnum MALSATTNING = eINSTANCE.getMalsattning();

		/**
		 * The meta object literal for the '{@link se.kundval.model.InsatsStatus <em>Insats Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.InsatsStatus
		 * @see se.kundval.model.impl.KundvalPackageImpl#getInsatsStatus()
		 * @generated
		 */
		EEnum INSATS_STATUS = eINSTANCE.getInsatsStatus();

		/**
		 * The meta object literal for the '{@link se.kundval.model.Avslutsorsak <em>Avslutsorsak</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Avslutsorsak
		 * @see se.kundval.model.impl.KundvalPackageImpl#getAvslutsorsak()
		 * @generated
		 */
		EEnum AVSLUTSORSAK = eINSTANCE.getAvslutsorsak();

		/**
		 * The meta object literal for the '{@link se.kundval.model.BeslutTyp <em>Beslut Typ</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.BeslutTyp
		 * @see se.kundval.model.impl.KundvalPackageImpl#getBeslutTyp()
		 * @generated
		 */
		EEnum BESLUT_TYP = eINSTANCE.getBeslutTyp();

		/**
		 * The meta object literal for the '{@link se.kundval.model.Sysselsattningsform <em>Sysselsattningsform</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Sysselsattningsform
		 * @see se.kundval.model.impl.KundvalPackageImpl#getSysselsattningsform()
		 * @generated
		 */
		EEnum SYSSELSATTNINGSFORM = eINSTANCE.getSysselsattningsform();

		/**
		 * The meta object literal for the '{@link se.kundval.model.Manadsrapportstatus <em>Manadsrapportstatus</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Manadsrapportstatus
		 * @see se.kundval.model.impl.KundvalPackageImpl#getManadsrapportstatus()
		 * @generated
		 */
		EEnum MANADSRAPPORTSTATUS = eINSTANCE.getManadsrapportstatus();

		/**
		 * The meta object literal for the '{@link se.kundval.model.Uppfoljningsstatus <em>Uppfoljningsstatus</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Uppfoljningsstatus
		 * @see se.kundval.model.impl.KundvalPackageImpl#getUppfoljningsstatus()
		 * @generated
		 */
		EEnum UPPFOLJNINGSSTATUS = eINSTANCE.getUppfoljningsstatus();

		/**
		 * The meta object literal for the '{@link se.kundval.model.Underlagstyp <em>Underlagstyp</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Underlagstyp
		 * @see se.kundval.model.impl.KundvalPackageImpl#getUnderlagstyp()
		 * @generated
		 */
		EEnum UNDERLAGSTYP = eINSTANCE.getUnderlagstyp();

		/**
		 * The meta object literal for the '{@link se.kundval.model.Aktivitetstyp <em>Aktivitetstyp</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Aktivitetstyp
		 * @see se.kundval.model.impl.KundvalPackageImpl#getAktivitetstyp()
		 * @generated
		 */
		EEnum AKTIVITETSTYP = eINSTANCE.getAktivitetstyp();

		/**
		 * The meta object literal for the '{@link se.kundval.model.Omrade <em>Omrade</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Omrade
		 * @see se.kundval.model.impl.KundvalPackageImpl#getOmrade()
		 * @generated
		 */
		EEnum OMRADE = eINSTANCE.getOmrade();

		/**
		 * The meta object literal for the '{@link se.kundval.model.Tillsynsdel <em>Tillsynsdel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Tillsynsdel
		 * @see se.kundval.model.impl.KundvalPackageImpl#getTillsynsdel()
		 * @generated
		 */
		EEnum TILLSYNSDEL = eINSTANCE.getTillsynsdel();

		/**
		 * The meta object literal for the '{@link se.kundval.model.Uppfyllnadsgrad <em>Uppfyllnadsgrad</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Uppfyllnadsgrad
		 * @see se.kundval.model.impl.KundvalPackageImpl#getUppfyllnadsgrad()
		 * @generated
		 */
		EEnum UPPFYLLNADSGRAD = eINSTANCE.getUppfyllnadsgrad();

		/**
		 * The meta object literal for the '{@link se.kundval.model.Roll <em>Roll</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Roll
		 * @see se.kundval.model.impl.KundvalPackageImpl#getRoll()
		 * @generated
		 */
		EEnum ROLL = eINSTANCE.getRoll();

		/**
		 * The meta object literal for the '{@link se.kundval.model.Prisstatus <em>Prisstatus</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Prisstatus
		 * @see se.kundval.model.impl.KundvalPackageImpl#getPrisstatus()
		 * @generated
		 */
		EEnum PRISSTATUS = eINSTANCE.getPrisstatus();

		/**
		 * The meta object literal for the '{@link se.kundval.model.Progressutfall <em>Progressutfall</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Progressutfall
		 * @see se.kundval.model.impl.KundvalPackageImpl#getProgressutfall()
		 * @generated
		 */
		EEnum PROGRESSUTFALL = eINSTANCE.getProgressutfall();

		/**
		 * The meta object literal for the '<em>Aktivitetstyp Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Aktivitetstyp
		 * @see se.kundval.model.impl.KundvalPackageImpl#getAktivitetstypObject()
		 * @generated
		 */
		EDataType AKTIVITETSTYP_OBJECT = eINSTANCE.getAktivitetstypObject();

		/**
		 * The meta object literal for the '<em>Avslutsorsak Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Avslutsorsak
		 * @see se.kundval.model.impl.KundvalPackageImpl#getAvslutsorsakObject()
		 * @generated
		 */
		EDataType AVSLUTSORSAK_OBJECT = eINSTANCE.getAvslutsorsakObject();

		/**
		 * The meta object literal for the '<em>Kon Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Kon
		 * @see se.kundval.model.impl.KundvalPackageImpl#getKonObject()
		 * @generated
		 */
		EDataType KON_OBJECT = eINSTANCE.getKonObject();

		/**
		 * The meta object literal for the '<em>Malsattning Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Malsattning
		 * @see se.kundval.model.impl.KundvalPackageImpl#getMalsattningObject()
		 * @generated
		 */
		EDataType MALSATTNING_OBJECT = eINSTANCE.getMalsattningObject();

		/**
		 * The meta object literal for the '<em>Omrade Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Omrade
		 * @see se.kundval.model.impl.KundvalPackageImpl#getOmradeObject()
		 * @generated
		 */
		EDataType OMRADE_OBJECT = eINSTANCE.getOmradeObject();

		/**
		 * The meta object literal for the '<em>Progressutfall Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Progressutfall
		 * @see se.kundval.model.impl.KundvalPackageImpl#getProgressutfallObject()
		 * @generated
		 */
		EDataType PROGRESSUTFALL_OBJECT = eINSTANCE.getProgressutfallObject();

		/**
		 * The meta object literal for the '<em>Roll Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Roll
		 * @see se.kundval.model.impl.KundvalPackageImpl#getRollObject()
		 * @generated
		 */
		EDataType ROLL_OBJECT = eINSTANCE.getRollObject();

		/**
		 * The meta object literal for the '<em>Sysselsattningsform Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Sysselsattningsform
		 * @see se.kundval.model.impl.KundvalPackageImpl#getSysselsattningsformObject()
		 * @generated
		 */
		EDataType SYSSELSATTNINGSFORM_OBJECT = eINSTANCE.getSysselsattningsformObject();

		/**
		 * The meta object literal for the '<em>Tillsynsdel Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Tillsynsdel
		 * @see se.kundval.model.impl.KundvalPackageImpl#getTillsynsdelObject()
		 * @generated
		 */
		EDataType TILLSYNSDEL_OBJECT = eINSTANCE.getTillsynsdelObject();

		/**
		 * The meta object literal for the '<em>Underlagstyp Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.kundval.model.Underlagstyp
		 * @see se.kundval.model.impl.KundvalPackageImpl#getUnderlagstypObject()
		 * @generated
		 */
		EDataType UNDERLAGSTYP_OBJECT = eINSTANCE.getUnderlagstypObject();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see se.kundval.model.impl.KundvalPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Local Date Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDateTime
		 * @see se.kundval.model.impl.KundvalPackageImpl#getLocalDateTime()
		 * @generated
		 */
		EDataType LOCAL_DATE_TIME = eINSTANCE.getLocalDateTime();

		/**
		 * The meta object literal for the '<em>Year Month</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.YearMonth
		 * @see se.kundval.model.impl.KundvalPackageImpl#getYearMonth()
		 * @generated
		 */
		EDataType YEAR_MONTH = eINSTANCE.getYearMonth();

	}

} //KundvalPackage
