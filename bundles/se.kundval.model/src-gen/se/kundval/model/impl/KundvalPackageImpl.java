/**
 */
package se.kundval.model.impl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import se.kundval.model.Aktivitetstyp;
import se.kundval.model.Anordnare;
import se.kundval.model.Anvandare;
import se.kundval.model.Auktorisation;
import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Coach;
import se.kundval.model.Dokument;
import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Enkatsvar;
import se.kundval.model.Enkatutskick;
import se.kundval.model.Entitet;
import se.kundval.model.Faltandring;
import se.kundval.model.Genomforandeplan;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.Insats;
import se.kundval.model.InsatsStatus;
import se.kundval.model.Insatstyp;
import se.kundval.model.Insatstypdata;
import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.Kundval;
import se.kundval.model.KundvalFactory;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Malsattning;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Manadsrapportstatus;
import se.kundval.model.Niva;
import se.kundval.model.Omrade;
import se.kundval.model.Planaktivitet;
import se.kundval.model.Planmal;
import se.kundval.model.Planrevision;
import se.kundval.model.Pris;
import se.kundval.model.Prisstatus;
import se.kundval.model.Progressgenomgang;
import se.kundval.model.Progressutfall;
import se.kundval.model.Roll;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Sysselsattningsform;
import se.kundval.model.Tillsyn;
import se.kundval.model.Tillsynsdel;
import se.kundval.model.Tillsynspunkt;
import se.kundval.model.Undantag;
import se.kundval.model.Underlagstyp;
import se.kundval.model.Uppfoljningsstatus;
import se.kundval.model.Uppfyllnadsgrad;
import se.kundval.model.Utbildningsniva;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class KundvalPackageImpl extends EPackageImpl implements KundvalPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass entitetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kundvalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nivaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass insatstypEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass prisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass anordnareEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass coachEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass auktorisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass anvandareEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kundEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass insatsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass beslutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass undantagEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass avslutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass avslutsbedomningEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass genomforandeplanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planmalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planaktivitetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planrevisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass manadsrapportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass progressgenomgangEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sexmanadersuppfoljningEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass effektuppfoljningEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass insatstypdataEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enkatsvarEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enkatutskickEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tillsynEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tillsynspunktEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass granskningshandelseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass faltandringEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dokumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum konEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum utbildningsnivaEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum malsattningEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum insatsStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum avslutsorsakEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum beslutTypEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sysselsattningsformEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum manadsrapportstatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum uppfoljningsstatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum underlagstypEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum aktivitetstypEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum omradeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tillsynsdelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum uppfyllnadsgradEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rollEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum prisstatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum progressutfallEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType aktivitetstypObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType avslutsorsakObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType konObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType malsattningObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType omradeObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType progressutfallObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType rollObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType sysselsattningsformObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType tillsynsdelObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType underlagstypObjectEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateTimeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType yearMonthEDataType = null;

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
	 * @see se.kundval.model.KundvalPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private KundvalPackageImpl() {
		super(eNS_URI, KundvalFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link KundvalPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static KundvalPackage init() {
		if (isInited) return (KundvalPackage)EPackage.Registry.INSTANCE.getEPackage(KundvalPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredKundvalPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		KundvalPackageImpl theKundvalPackage = registeredKundvalPackage instanceof KundvalPackageImpl ? (KundvalPackageImpl)registeredKundvalPackage : new KundvalPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theKundvalPackage.createPackageContents();

		// Initialize created meta-data
		theKundvalPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theKundvalPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(KundvalPackage.eNS_URI, theKundvalPackage);
		return theKundvalPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEntitet() {
		return entitetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntitet_Id() {
		return (EAttribute)entitetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntitet_Version() {
		return (EAttribute)entitetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKundval() {
		return kundvalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKundval_Kod() {
		return (EAttribute)kundvalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKundval_Namn() {
		return (EAttribute)kundvalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKundval_GiltigFran() {
		return (EAttribute)kundvalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKundval_GiltigTill() {
		return (EAttribute)kundvalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNiva() {
		return nivaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNiva_Kundval() {
		return (EReference)nivaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNiva_Nummer() {
		return (EAttribute)nivaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNiva_Namn() {
		return (EAttribute)nivaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInsatstyp() {
		return insatstypEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsatstyp_Kod() {
		return (EAttribute)insatstypEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsatstyp_Namn() {
		return (EAttribute)insatstypEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsatstyp_Kundval() {
		return (EReference)insatstypEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsatstyp_Niva() {
		return (EReference)insatstypEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsatstyp_LangdManader() {
		return (EAttribute)insatstypEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsatstyp_Malsattning() {
		return (EAttribute)insatstypEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsatstyp_GiltigFran() {
		return (EAttribute)insatstypEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsatstyp_GiltigTill() {
		return (EAttribute)insatstypEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPris() {
		return prisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPris_Insatstyp() {
		return (EReference)prisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPris_GiltigFran() {
		return (EAttribute)prisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPris_Checkbelopp() {
		return (EAttribute)prisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPris_Bonus() {
		return (EAttribute)prisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPris_Status() {
		return (EAttribute)prisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPris_ForeslagenAv() {
		return (EAttribute)prisEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPris_ForeslagenTid() {
		return (EAttribute)prisEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPris_GodkandAv() {
		return (EAttribute)prisEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPris_GodkandTid() {
		return (EAttribute)prisEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPris_AterkalladAv() {
		return (EAttribute)prisEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPris_AterkalladTid() {
		return (EAttribute)prisEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnordnare() {
		return anordnareEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnordnare_Orgnr() {
		return (EAttribute)anordnareEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnordnare_Namn() {
		return (EAttribute)anordnareEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnordnare_Coacher() {
		return (EReference)anordnareEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnordnare_Auktorisationer() {
		return (EReference)anordnareEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCoach() {
		return coachEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoach_Anordnare() {
		return (EReference)coachEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoach_Namn() {
		return (EAttribute)coachEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoach_Epost() {
		return (EAttribute)coachEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoach_Telefon() {
		return (EAttribute)coachEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAuktorisation() {
		return auktorisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAuktorisation_Anordnare() {
		return (EReference)auktorisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAuktorisation_Insatstyp() {
		return (EReference)auktorisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuktorisation_Fran() {
		return (EAttribute)auktorisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuktorisation_Till() {
		return (EAttribute)auktorisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnvandare() {
		return anvandareEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnvandare_Anvandarnamn() {
		return (EAttribute)anvandareEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnvandare_Namn() {
		return (EAttribute)anvandareEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnvandare_Roll() {
		return (EAttribute)anvandareEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnvandare_Orgnr() {
		return (EAttribute)anvandareEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnvandare_LosenordHash() {
		return (EAttribute)anvandareEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnvandare_Aktiv() {
		return (EAttribute)anvandareEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnvandare_Portaladmin() {
		return (EAttribute)anvandareEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKund() {
		return kundEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_KundId() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_Personnummer() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_Namn() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_Kon() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_Fodelsedatum() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_Kommun() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_Sprak() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_Utbildningsniva() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_EkonomisktBistand() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_Etableringsprogram() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_Etableringsersattning() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_Arbetsformaga() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_ArbetsformagaOklar() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_Tolkbehov() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_AnsvarigKarriarvagledare() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKund_Skyddad() {
		return (EAttribute)kundEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInsats() {
		return insatsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsats_InsatsId() {
		return (EAttribute)insatsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsats_Kund() {
		return (EReference)insatsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsats_Insatstyp() {
		return (EReference)insatsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsats_Anordnare() {
		return (EReference)insatsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsats_Startdatum() {
		return (EAttribute)insatsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsats_LangdManader() {
		return (EAttribute)insatsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsats_Slutdatum() {
		return (EAttribute)insatsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsats_Status() {
		return (EAttribute)insatsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsats_Beslut() {
		return (EReference)insatsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsats_Avslut() {
		return (EReference)insatsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsats_Genomforandeplan() {
		return (EReference)insatsEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsats_Manadsrapporter() {
		return (EReference)insatsEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsats_Progressgenomgangar() {
		return (EReference)insatsEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsats_Sexmanadersuppfoljningar() {
		return (EReference)insatsEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsats_Effektuppfoljningar() {
		return (EReference)insatsEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsats_Typdata() {
		return (EReference)insatsEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBeslut() {
		return beslutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBeslut_Insats() {
		return (EReference)beslutEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBeslut_Typ() {
		return (EAttribute)beslutEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBeslut_Datum() {
		return (EAttribute)beslutEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBeslut_Handlaggare() {
		return (EAttribute)beslutEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBeslut_Motivering() {
		return (EAttribute)beslutEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBeslut_LangdManader() {
		return (EAttribute)beslutEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBeslut_Tidpunkt() {
		return (EAttribute)beslutEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBeslut_Undantag() {
		return (EReference)beslutEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUndantag() {
		return undantagEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUndantag_Beslut() {
		return (EReference)undantagEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUndantag_Regel() {
		return (EAttribute)undantagEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUndantag_Skal() {
		return (EAttribute)undantagEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUndantag_Motivering() {
		return (EAttribute)undantagEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUndantag_Namn() {
		return (EAttribute)undantagEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAvslut() {
		return avslutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAvslut_Insats() {
		return (EReference)avslutEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvslut_Avslutsdatum() {
		return (EAttribute)avslutEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvslut_Avslutsorsak() {
		return (EAttribute)avslutEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvslut_Sysselsattning() {
		return (EAttribute)avslutEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvslut_VaraktighetManader() {
		return (EAttribute)avslutEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvslut_RapporteradAv() {
		return (EAttribute)avslutEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvslut_RapporteradDatum() {
		return (EAttribute)avslutEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAvslut_Bedomningar() {
		return (EReference)avslutEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAvslutsbedomning() {
		return avslutsbedomningEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAvslutsbedomning_Avslut() {
		return (EReference)avslutsbedomningEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvslutsbedomning_Lyckat() {
		return (EAttribute)avslutsbedomningEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvslutsbedomning_Bonusgrundande() {
		return (EAttribute)avslutsbedomningEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvslutsbedomning_Motivering() {
		return (EAttribute)avslutsbedomningEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvslutsbedomning_BedomdAv() {
		return (EAttribute)avslutsbedomningEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvslutsbedomning_Tidpunkt() {
		return (EAttribute)avslutsbedomningEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvslutsbedomning_Lopnummer() {
		return (EAttribute)avslutsbedomningEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGenomforandeplan() {
		return genomforandeplanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGenomforandeplan_Insats() {
		return (EReference)genomforandeplanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenomforandeplan_Upprattad() {
		return (EAttribute)genomforandeplanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGenomforandeplan_Mal() {
		return (EReference)genomforandeplanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGenomforandeplan_Aktiviteter() {
		return (EReference)genomforandeplanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGenomforandeplan_Revisioner() {
		return (EReference)genomforandeplanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanmal() {
		return planmalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanmal_Plan() {
		return (EReference)planmalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanmal_Beskrivning() {
		return (EAttribute)planmalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanaktivitet() {
		return planaktivitetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanaktivitet_Plan() {
		return (EReference)planaktivitetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanaktivitet_Typ() {
		return (EAttribute)planaktivitetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanaktivitet_Beskrivning() {
		return (EAttribute)planaktivitetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanaktivitet_PlaneradStart() {
		return (EAttribute)planaktivitetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanaktivitet_PlaneradSlut() {
		return (EAttribute)planaktivitetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanrevision() {
		return planrevisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanrevision_Plan() {
		return (EReference)planrevisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanrevision_Datum() {
		return (EAttribute)planrevisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanrevision_Beskrivning() {
		return (EAttribute)planrevisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanrevision_RevideradAv() {
		return (EAttribute)planrevisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getManadsrapport() {
		return manadsrapportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getManadsrapport_Insats() {
		return (EReference)manadsrapportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManadsrapport_Period() {
		return (EAttribute)manadsrapportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManadsrapport_Status() {
		return (EAttribute)manadsrapportEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManadsrapport_Inlamnad() {
		return (EAttribute)manadsrapportEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManadsrapport_Aktiviteter() {
		return (EAttribute)manadsrapportEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManadsrapport_Narvarodagar() {
		return (EAttribute)manadsrapportEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManadsrapport_Progression() {
		return (EAttribute)manadsrapportEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManadsrapport_Franvarodagar() {
		return (EAttribute)manadsrapportEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManadsrapport_Sjukdagar() {
		return (EAttribute)manadsrapportEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManadsrapport_SjukdagarMedLakarintyg() {
		return (EAttribute)manadsrapportEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManadsrapport_Avvikelser() {
		return (EAttribute)manadsrapportEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManadsrapport_GranskadAv() {
		return (EAttribute)manadsrapportEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManadsrapport_GranskadDatum() {
		return (EAttribute)manadsrapportEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManadsrapport_Kommentar() {
		return (EAttribute)manadsrapportEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProgressgenomgang() {
		return progressgenomgangEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgressgenomgang_Insats() {
		return (EReference)progressgenomgangEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressgenomgang_Datum() {
		return (EAttribute)progressgenomgangEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressgenomgang_Utfall() {
		return (EAttribute)progressgenomgangEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressgenomgang_Kommentar() {
		return (EAttribute)progressgenomgangEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressgenomgang_Av() {
		return (EAttribute)progressgenomgangEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSexmanadersuppfoljning() {
		return sexmanadersuppfoljningEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSexmanadersuppfoljning_Insats() {
		return (EReference)sexmanadersuppfoljningEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSexmanadersuppfoljning_Inlamnad() {
		return (EAttribute)sexmanadersuppfoljningEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSexmanadersuppfoljning_Underlag() {
		return (EAttribute)sexmanadersuppfoljningEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSexmanadersuppfoljning_Beskrivning() {
		return (EAttribute)sexmanadersuppfoljningEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSexmanadersuppfoljning_Status() {
		return (EAttribute)sexmanadersuppfoljningEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSexmanadersuppfoljning_BedomdAv() {
		return (EAttribute)sexmanadersuppfoljningEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSexmanadersuppfoljning_BedomdDatum() {
		return (EAttribute)sexmanadersuppfoljningEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSexmanadersuppfoljning_Motivering() {
		return (EAttribute)sexmanadersuppfoljningEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSexmanadersuppfoljning_Dokument() {
		return (EReference)sexmanadersuppfoljningEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEffektuppfoljning() {
		return effektuppfoljningEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEffektuppfoljning_Insats() {
		return (EReference)effektuppfoljningEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffektuppfoljning_Manader() {
		return (EAttribute)effektuppfoljningEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffektuppfoljning_Datum() {
		return (EAttribute)effektuppfoljningEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffektuppfoljning_EgenForsorjning() {
		return (EAttribute)effektuppfoljningEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffektuppfoljning_Kommentar() {
		return (EAttribute)effektuppfoljningEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInsatstypdata() {
		return insatstypdataEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInsatstypdata_Insats() {
		return (EReference)insatstypdataEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnkatsvar() {
		return enkatsvarEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnkatsvar_Anordnare() {
		return (EReference)enkatsvarEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnkatsvar_Ar() {
		return (EAttribute)enkatsvarEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnkatsvar_Respondent() {
		return (EAttribute)enkatsvarEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnkatsvar_Fraga() {
		return (EAttribute)enkatsvarEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnkatsvar_Omrade() {
		return (EAttribute)enkatsvarEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnkatsvar_Svar() {
		return (EAttribute)enkatsvarEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnkatutskick() {
		return enkatutskickEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnkatutskick_Anordnare() {
		return (EReference)enkatutskickEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnkatutskick_Ar() {
		return (EAttribute)enkatutskickEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnkatutskick_Antal() {
		return (EAttribute)enkatutskickEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTillsyn() {
		return tillsynEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTillsyn_Anordnare() {
		return (EReference)tillsynEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTillsyn_Ar() {
		return (EAttribute)tillsynEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTillsyn_Punkter() {
		return (EReference)tillsynEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTillsynspunkt() {
		return tillsynspunktEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTillsynspunkt_Tillsyn() {
		return (EReference)tillsynspunktEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTillsynspunkt_Krav() {
		return (EAttribute)tillsynspunktEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTillsynspunkt_Del() {
		return (EAttribute)tillsynspunktEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTillsynspunkt_Uppfyllnadsgrad() {
		return (EAttribute)tillsynspunktEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTillsynspunkt_Atgard() {
		return (EAttribute)tillsynspunktEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTillsynspunkt_Deadline() {
		return (EAttribute)tillsynspunktEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGranskningshandelse() {
		return granskningshandelseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGranskningshandelse_Tidpunkt() {
		return (EAttribute)granskningshandelseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGranskningshandelse_Anvandare() {
		return (EAttribute)granskningshandelseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGranskningshandelse_Handelse() {
		return (EAttribute)granskningshandelseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGranskningshandelse_Objekttyp() {
		return (EAttribute)granskningshandelseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGranskningshandelse_ObjektId() {
		return (EAttribute)granskningshandelseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGranskningshandelse_Detaljer() {
		return (EAttribute)granskningshandelseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGranskningshandelse_Andringar() {
		return (EReference)granskningshandelseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFaltandring() {
		return faltandringEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFaltandring_Handelse() {
		return (EReference)faltandringEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFaltandring_Objekttyp() {
		return (EAttribute)faltandringEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFaltandring_ObjektId() {
		return (EAttribute)faltandringEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFaltandring_Falt() {
		return (EAttribute)faltandringEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFaltandring_Fore() {
		return (EAttribute)faltandringEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFaltandring_Efter() {
		return (EAttribute)faltandringEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDokument() {
		return dokumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDokument_Uppfoljning() {
		return (EReference)dokumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDokument_Filnamn() {
		return (EAttribute)dokumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDokument_Innehallstyp() {
		return (EAttribute)dokumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDokument_Storlek() {
		return (EAttribute)dokumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDokument_Sha256() {
		return (EAttribute)dokumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDokument_UppladdadAv() {
		return (EAttribute)dokumentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDokument_Uppladdad() {
		return (EAttribute)dokumentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKon() {
		return konEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUtbildningsniva() {
		return utbildningsnivaEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMalsattning() {
		return malsattningEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInsatsStatus() {
		return insatsStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAvslutsorsak() {
		return avslutsorsakEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBeslutTyp() {
		return beslutTypEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSysselsattningsform() {
		return sysselsattningsformEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getManadsrapportstatus() {
		return manadsrapportstatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUppfoljningsstatus() {
		return uppfoljningsstatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUnderlagstyp() {
		return underlagstypEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAktivitetstyp() {
		return aktivitetstypEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOmrade() {
		return omradeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTillsynsdel() {
		return tillsynsdelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUppfyllnadsgrad() {
		return uppfyllnadsgradEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRoll() {
		return rollEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPrisstatus() {
		return prisstatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProgressutfall() {
		return progressutfallEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getAktivitetstypObject() {
		return aktivitetstypObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getAvslutsorsakObject() {
		return avslutsorsakObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getKonObject() {
		return konObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMalsattningObject() {
		return malsattningObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getOmradeObject() {
		return omradeObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getProgressutfallObject() {
		return progressutfallObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getRollObject() {
		return rollObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getSysselsattningsformObject() {
		return sysselsattningsformObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getTillsynsdelObject() {
		return tillsynsdelObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getUnderlagstypObject() {
		return underlagstypObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDateTime() {
		return localDateTimeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getYearMonth() {
		return yearMonthEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KundvalFactory getKundvalFactory() {
		return (KundvalFactory)getEFactoryInstance();
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
		entitetEClass = createEClass(ENTITET);
		createEAttribute(entitetEClass, ENTITET__ID);
		createEAttribute(entitetEClass, ENTITET__VERSION);

		kundvalEClass = createEClass(KUNDVAL);
		createEAttribute(kundvalEClass, KUNDVAL__KOD);
		createEAttribute(kundvalEClass, KUNDVAL__NAMN);
		createEAttribute(kundvalEClass, KUNDVAL__GILTIG_FRAN);
		createEAttribute(kundvalEClass, KUNDVAL__GILTIG_TILL);

		nivaEClass = createEClass(NIVA);
		createEReference(nivaEClass, NIVA__KUNDVAL);
		createEAttribute(nivaEClass, NIVA__NUMMER);
		createEAttribute(nivaEClass, NIVA__NAMN);

		insatstypEClass = createEClass(INSATSTYP);
		createEAttribute(insatstypEClass, INSATSTYP__KOD);
		createEAttribute(insatstypEClass, INSATSTYP__NAMN);
		createEReference(insatstypEClass, INSATSTYP__KUNDVAL);
		createEReference(insatstypEClass, INSATSTYP__NIVA);
		createEAttribute(insatstypEClass, INSATSTYP__LANGD_MANADER);
		createEAttribute(insatstypEClass, INSATSTYP__MALSATTNING);
		createEAttribute(insatstypEClass, INSATSTYP__GILTIG_FRAN);
		createEAttribute(insatstypEClass, INSATSTYP__GILTIG_TILL);

		prisEClass = createEClass(PRIS);
		createEReference(prisEClass, PRIS__INSATSTYP);
		createEAttribute(prisEClass, PRIS__GILTIG_FRAN);
		createEAttribute(prisEClass, PRIS__CHECKBELOPP);
		createEAttribute(prisEClass, PRIS__BONUS);
		createEAttribute(prisEClass, PRIS__STATUS);
		createEAttribute(prisEClass, PRIS__FORESLAGEN_AV);
		createEAttribute(prisEClass, PRIS__FORESLAGEN_TID);
		createEAttribute(prisEClass, PRIS__GODKAND_AV);
		createEAttribute(prisEClass, PRIS__GODKAND_TID);
		createEAttribute(prisEClass, PRIS__ATERKALLAD_AV);
		createEAttribute(prisEClass, PRIS__ATERKALLAD_TID);

		anordnareEClass = createEClass(ANORDNARE);
		createEAttribute(anordnareEClass, ANORDNARE__ORGNR);
		createEAttribute(anordnareEClass, ANORDNARE__NAMN);
		createEReference(anordnareEClass, ANORDNARE__COACHER);
		createEReference(anordnareEClass, ANORDNARE__AUKTORISATIONER);

		coachEClass = createEClass(COACH);
		createEReference(coachEClass, COACH__ANORDNARE);
		createEAttribute(coachEClass, COACH__NAMN);
		createEAttribute(coachEClass, COACH__EPOST);
		createEAttribute(coachEClass, COACH__TELEFON);

		auktorisationEClass = createEClass(AUKTORISATION);
		createEReference(auktorisationEClass, AUKTORISATION__ANORDNARE);
		createEReference(auktorisationEClass, AUKTORISATION__INSATSTYP);
		createEAttribute(auktorisationEClass, AUKTORISATION__FRAN);
		createEAttribute(auktorisationEClass, AUKTORISATION__TILL);

		anvandareEClass = createEClass(ANVANDARE);
		createEAttribute(anvandareEClass, ANVANDARE__ANVANDARNAMN);
		createEAttribute(anvandareEClass, ANVANDARE__NAMN);
		createEAttribute(anvandareEClass, ANVANDARE__ROLL);
		createEAttribute(anvandareEClass, ANVANDARE__ORGNR);
		createEAttribute(anvandareEClass, ANVANDARE__LOSENORD_HASH);
		createEAttribute(anvandareEClass, ANVANDARE__AKTIV);
		createEAttribute(anvandareEClass, ANVANDARE__PORTALADMIN);

		kundEClass = createEClass(KUND);
		createEAttribute(kundEClass, KUND__KUND_ID);
		createEAttribute(kundEClass, KUND__PERSONNUMMER);
		createEAttribute(kundEClass, KUND__NAMN);
		createEAttribute(kundEClass, KUND__KON);
		createEAttribute(kundEClass, KUND__FODELSEDATUM);
		createEAttribute(kundEClass, KUND__KOMMUN);
		createEAttribute(kundEClass, KUND__SPRAK);
		createEAttribute(kundEClass, KUND__UTBILDNINGSNIVA);
		createEAttribute(kundEClass, KUND__EKONOMISKT_BISTAND);
		createEAttribute(kundEClass, KUND__ETABLERINGSPROGRAM);
		createEAttribute(kundEClass, KUND__ETABLERINGSERSATTNING);
		createEAttribute(kundEClass, KUND__ARBETSFORMAGA);
		createEAttribute(kundEClass, KUND__ARBETSFORMAGA_OKLAR);
		createEAttribute(kundEClass, KUND__TOLKBEHOV);
		createEAttribute(kundEClass, KUND__ANSVARIG_KARRIARVAGLEDARE);
		createEAttribute(kundEClass, KUND__SKYDDAD);

		insatsEClass = createEClass(INSATS);
		createEAttribute(insatsEClass, INSATS__INSATS_ID);
		createEReference(insatsEClass, INSATS__KUND);
		createEReference(insatsEClass, INSATS__INSATSTYP);
		createEReference(insatsEClass, INSATS__ANORDNARE);
		createEAttribute(insatsEClass, INSATS__STARTDATUM);
		createEAttribute(insatsEClass, INSATS__LANGD_MANADER);
		createEAttribute(insatsEClass, INSATS__SLUTDATUM);
		createEAttribute(insatsEClass, INSATS__STATUS);
		createEReference(insatsEClass, INSATS__BESLUT);
		createEReference(insatsEClass, INSATS__AVSLUT);
		createEReference(insatsEClass, INSATS__GENOMFORANDEPLAN);
		createEReference(insatsEClass, INSATS__MANADSRAPPORTER);
		createEReference(insatsEClass, INSATS__PROGRESSGENOMGANGAR);
		createEReference(insatsEClass, INSATS__SEXMANADERSUPPFOLJNINGAR);
		createEReference(insatsEClass, INSATS__EFFEKTUPPFOLJNINGAR);
		createEReference(insatsEClass, INSATS__TYPDATA);

		beslutEClass = createEClass(BESLUT);
		createEReference(beslutEClass, BESLUT__INSATS);
		createEAttribute(beslutEClass, BESLUT__TYP);
		createEAttribute(beslutEClass, BESLUT__DATUM);
		createEAttribute(beslutEClass, BESLUT__HANDLAGGARE);
		createEAttribute(beslutEClass, BESLUT__MOTIVERING);
		createEAttribute(beslutEClass, BESLUT__LANGD_MANADER);
		createEAttribute(beslutEClass, BESLUT__TIDPUNKT);
		createEReference(beslutEClass, BESLUT__UNDANTAG);

		undantagEClass = createEClass(UNDANTAG);
		createEReference(undantagEClass, UNDANTAG__BESLUT);
		createEAttribute(undantagEClass, UNDANTAG__REGEL);
		createEAttribute(undantagEClass, UNDANTAG__SKAL);
		createEAttribute(undantagEClass, UNDANTAG__MOTIVERING);
		createEAttribute(undantagEClass, UNDANTAG__NAMN);

		avslutEClass = createEClass(AVSLUT);
		createEReference(avslutEClass, AVSLUT__INSATS);
		createEAttribute(avslutEClass, AVSLUT__AVSLUTSDATUM);
		createEAttribute(avslutEClass, AVSLUT__AVSLUTSORSAK);
		createEAttribute(avslutEClass, AVSLUT__SYSSELSATTNING);
		createEAttribute(avslutEClass, AVSLUT__VARAKTIGHET_MANADER);
		createEAttribute(avslutEClass, AVSLUT__RAPPORTERAD_AV);
		createEAttribute(avslutEClass, AVSLUT__RAPPORTERAD_DATUM);
		createEReference(avslutEClass, AVSLUT__BEDOMNINGAR);

		avslutsbedomningEClass = createEClass(AVSLUTSBEDOMNING);
		createEReference(avslutsbedomningEClass, AVSLUTSBEDOMNING__AVSLUT);
		createEAttribute(avslutsbedomningEClass, AVSLUTSBEDOMNING__LYCKAT);
		createEAttribute(avslutsbedomningEClass, AVSLUTSBEDOMNING__BONUSGRUNDANDE);
		createEAttribute(avslutsbedomningEClass, AVSLUTSBEDOMNING__MOTIVERING);
		createEAttribute(avslutsbedomningEClass, AVSLUTSBEDOMNING__BEDOMD_AV);
		createEAttribute(avslutsbedomningEClass, AVSLUTSBEDOMNING__TIDPUNKT);
		createEAttribute(avslutsbedomningEClass, AVSLUTSBEDOMNING__LOPNUMMER);

		genomforandeplanEClass = createEClass(GENOMFORANDEPLAN);
		createEReference(genomforandeplanEClass, GENOMFORANDEPLAN__INSATS);
		createEAttribute(genomforandeplanEClass, GENOMFORANDEPLAN__UPPRATTAD);
		createEReference(genomforandeplanEClass, GENOMFORANDEPLAN__MAL);
		createEReference(genomforandeplanEClass, GENOMFORANDEPLAN__AKTIVITETER);
		createEReference(genomforandeplanEClass, GENOMFORANDEPLAN__REVISIONER);

		planmalEClass = createEClass(PLANMAL);
		createEReference(planmalEClass, PLANMAL__PLAN);
		createEAttribute(planmalEClass, PLANMAL__BESKRIVNING);

		planaktivitetEClass = createEClass(PLANAKTIVITET);
		createEReference(planaktivitetEClass, PLANAKTIVITET__PLAN);
		createEAttribute(planaktivitetEClass, PLANAKTIVITET__TYP);
		createEAttribute(planaktivitetEClass, PLANAKTIVITET__BESKRIVNING);
		createEAttribute(planaktivitetEClass, PLANAKTIVITET__PLANERAD_START);
		createEAttribute(planaktivitetEClass, PLANAKTIVITET__PLANERAD_SLUT);

		planrevisionEClass = createEClass(PLANREVISION);
		createEReference(planrevisionEClass, PLANREVISION__PLAN);
		createEAttribute(planrevisionEClass, PLANREVISION__DATUM);
		createEAttribute(planrevisionEClass, PLANREVISION__BESKRIVNING);
		createEAttribute(planrevisionEClass, PLANREVISION__REVIDERAD_AV);

		manadsrapportEClass = createEClass(MANADSRAPPORT);
		createEReference(manadsrapportEClass, MANADSRAPPORT__INSATS);
		createEAttribute(manadsrapportEClass, MANADSRAPPORT__PERIOD);
		createEAttribute(manadsrapportEClass, MANADSRAPPORT__STATUS);
		createEAttribute(manadsrapportEClass, MANADSRAPPORT__INLAMNAD);
		createEAttribute(manadsrapportEClass, MANADSRAPPORT__AKTIVITETER);
		createEAttribute(manadsrapportEClass, MANADSRAPPORT__NARVARODAGAR);
		createEAttribute(manadsrapportEClass, MANADSRAPPORT__PROGRESSION);
		createEAttribute(manadsrapportEClass, MANADSRAPPORT__FRANVARODAGAR);
		createEAttribute(manadsrapportEClass, MANADSRAPPORT__SJUKDAGAR);
		createEAttribute(manadsrapportEClass, MANADSRAPPORT__SJUKDAGAR_MED_LAKARINTYG);
		createEAttribute(manadsrapportEClass, MANADSRAPPORT__AVVIKELSER);
		createEAttribute(manadsrapportEClass, MANADSRAPPORT__GRANSKAD_AV);
		createEAttribute(manadsrapportEClass, MANADSRAPPORT__GRANSKAD_DATUM);
		createEAttribute(manadsrapportEClass, MANADSRAPPORT__KOMMENTAR);

		progressgenomgangEClass = createEClass(PROGRESSGENOMGANG);
		createEReference(progressgenomgangEClass, PROGRESSGENOMGANG__INSATS);
		createEAttribute(progressgenomgangEClass, PROGRESSGENOMGANG__DATUM);
		createEAttribute(progressgenomgangEClass, PROGRESSGENOMGANG__UTFALL);
		createEAttribute(progressgenomgangEClass, PROGRESSGENOMGANG__KOMMENTAR);
		createEAttribute(progressgenomgangEClass, PROGRESSGENOMGANG__AV);

		sexmanadersuppfoljningEClass = createEClass(SEXMANADERSUPPFOLJNING);
		createEReference(sexmanadersuppfoljningEClass, SEXMANADERSUPPFOLJNING__INSATS);
		createEAttribute(sexmanadersuppfoljningEClass, SEXMANADERSUPPFOLJNING__INLAMNAD);
		createEAttribute(sexmanadersuppfoljningEClass, SEXMANADERSUPPFOLJNING__UNDERLAG);
		createEAttribute(sexmanadersuppfoljningEClass, SEXMANADERSUPPFOLJNING__BESKRIVNING);
		createEAttribute(sexmanadersuppfoljningEClass, SEXMANADERSUPPFOLJNING__STATUS);
		createEAttribute(sexmanadersuppfoljningEClass, SEXMANADERSUPPFOLJNING__BEDOMD_AV);
		createEAttribute(sexmanadersuppfoljningEClass, SEXMANADERSUPPFOLJNING__BEDOMD_DATUM);
		createEAttribute(sexmanadersuppfoljningEClass, SEXMANADERSUPPFOLJNING__MOTIVERING);
		createEReference(sexmanadersuppfoljningEClass, SEXMANADERSUPPFOLJNING__DOKUMENT);

		effektuppfoljningEClass = createEClass(EFFEKTUPPFOLJNING);
		createEReference(effektuppfoljningEClass, EFFEKTUPPFOLJNING__INSATS);
		createEAttribute(effektuppfoljningEClass, EFFEKTUPPFOLJNING__MANADER);
		createEAttribute(effektuppfoljningEClass, EFFEKTUPPFOLJNING__DATUM);
		createEAttribute(effektuppfoljningEClass, EFFEKTUPPFOLJNING__EGEN_FORSORJNING);
		createEAttribute(effektuppfoljningEClass, EFFEKTUPPFOLJNING__KOMMENTAR);

		insatstypdataEClass = createEClass(INSATSTYPDATA);
		createEReference(insatstypdataEClass, INSATSTYPDATA__INSATS);

		enkatsvarEClass = createEClass(ENKATSVAR);
		createEReference(enkatsvarEClass, ENKATSVAR__ANORDNARE);
		createEAttribute(enkatsvarEClass, ENKATSVAR__AR);
		createEAttribute(enkatsvarEClass, ENKATSVAR__RESPONDENT);
		createEAttribute(enkatsvarEClass, ENKATSVAR__FRAGA);
		createEAttribute(enkatsvarEClass, ENKATSVAR__OMRADE);
		createEAttribute(enkatsvarEClass, ENKATSVAR__SVAR);

		enkatutskickEClass = createEClass(ENKATUTSKICK);
		createEReference(enkatutskickEClass, ENKATUTSKICK__ANORDNARE);
		createEAttribute(enkatutskickEClass, ENKATUTSKICK__AR);
		createEAttribute(enkatutskickEClass, ENKATUTSKICK__ANTAL);

		tillsynEClass = createEClass(TILLSYN);
		createEReference(tillsynEClass, TILLSYN__ANORDNARE);
		createEAttribute(tillsynEClass, TILLSYN__AR);
		createEReference(tillsynEClass, TILLSYN__PUNKTER);

		tillsynspunktEClass = createEClass(TILLSYNSPUNKT);
		createEReference(tillsynspunktEClass, TILLSYNSPUNKT__TILLSYN);
		createEAttribute(tillsynspunktEClass, TILLSYNSPUNKT__KRAV);
		createEAttribute(tillsynspunktEClass, TILLSYNSPUNKT__DEL);
		createEAttribute(tillsynspunktEClass, TILLSYNSPUNKT__UPPFYLLNADSGRAD);
		createEAttribute(tillsynspunktEClass, TILLSYNSPUNKT__ATGARD);
		createEAttribute(tillsynspunktEClass, TILLSYNSPUNKT__DEADLINE);

		granskningshandelseEClass = createEClass(GRANSKNINGSHANDELSE);
		createEAttribute(granskningshandelseEClass, GRANSKNINGSHANDELSE__TIDPUNKT);
		createEAttribute(granskningshandelseEClass, GRANSKNINGSHANDELSE__ANVANDARE);
		createEAttribute(granskningshandelseEClass, GRANSKNINGSHANDELSE__HANDELSE);
		createEAttribute(granskningshandelseEClass, GRANSKNINGSHANDELSE__OBJEKTTYP);
		createEAttribute(granskningshandelseEClass, GRANSKNINGSHANDELSE__OBJEKT_ID);
		createEAttribute(granskningshandelseEClass, GRANSKNINGSHANDELSE__DETALJER);
		createEReference(granskningshandelseEClass, GRANSKNINGSHANDELSE__ANDRINGAR);

		faltandringEClass = createEClass(FALTANDRING);
		createEReference(faltandringEClass, FALTANDRING__HANDELSE);
		createEAttribute(faltandringEClass, FALTANDRING__OBJEKTTYP);
		createEAttribute(faltandringEClass, FALTANDRING__OBJEKT_ID);
		createEAttribute(faltandringEClass, FALTANDRING__FALT);
		createEAttribute(faltandringEClass, FALTANDRING__FORE);
		createEAttribute(faltandringEClass, FALTANDRING__EFTER);

		dokumentEClass = createEClass(DOKUMENT);
		createEReference(dokumentEClass, DOKUMENT__UPPFOLJNING);
		createEAttribute(dokumentEClass, DOKUMENT__FILNAMN);
		createEAttribute(dokumentEClass, DOKUMENT__INNEHALLSTYP);
		createEAttribute(dokumentEClass, DOKUMENT__STORLEK);
		createEAttribute(dokumentEClass, DOKUMENT__SHA256);
		createEAttribute(dokumentEClass, DOKUMENT__UPPLADDAD_AV);
		createEAttribute(dokumentEClass, DOKUMENT__UPPLADDAD);

		// Create enums
		konEEnum = createEEnum(KON);
		utbildningsnivaEEnum = createEEnum(UTBILDNINGSNIVA);
		malsattningEEnum = createEEnum(MALSATTNING);
		insatsStatusEEnum = createEEnum(INSATS_STATUS);
		avslutsorsakEEnum = createEEnum(AVSLUTSORSAK);
		beslutTypEEnum = createEEnum(BESLUT_TYP);
		sysselsattningsformEEnum = createEEnum(SYSSELSATTNINGSFORM);
		manadsrapportstatusEEnum = createEEnum(MANADSRAPPORTSTATUS);
		uppfoljningsstatusEEnum = createEEnum(UPPFOLJNINGSSTATUS);
		underlagstypEEnum = createEEnum(UNDERLAGSTYP);
		aktivitetstypEEnum = createEEnum(AKTIVITETSTYP);
		omradeEEnum = createEEnum(OMRADE);
		tillsynsdelEEnum = createEEnum(TILLSYNSDEL);
		uppfyllnadsgradEEnum = createEEnum(UPPFYLLNADSGRAD);
		rollEEnum = createEEnum(ROLL);
		prisstatusEEnum = createEEnum(PRISSTATUS);
		progressutfallEEnum = createEEnum(PROGRESSUTFALL);

		// Create data types
		aktivitetstypObjectEDataType = createEDataType(AKTIVITETSTYP_OBJECT);
		avslutsorsakObjectEDataType = createEDataType(AVSLUTSORSAK_OBJECT);
		konObjectEDataType = createEDataType(KON_OBJECT);
		malsattningObjectEDataType = createEDataType(MALSATTNING_OBJECT);
		omradeObjectEDataType = createEDataType(OMRADE_OBJECT);
		progressutfallObjectEDataType = createEDataType(PROGRESSUTFALL_OBJECT);
		rollObjectEDataType = createEDataType(ROLL_OBJECT);
		sysselsattningsformObjectEDataType = createEDataType(SYSSELSATTNINGSFORM_OBJECT);
		tillsynsdelObjectEDataType = createEDataType(TILLSYNSDEL_OBJECT);
		underlagstypObjectEDataType = createEDataType(UNDERLAGSTYP_OBJECT);
		localDateEDataType = createEDataType(LOCAL_DATE);
		localDateTimeEDataType = createEDataType(LOCAL_DATE_TIME);
		yearMonthEDataType = createEDataType(YEAR_MONTH);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		kundvalEClass.getESuperTypes().add(this.getEntitet());
		nivaEClass.getESuperTypes().add(this.getEntitet());
		insatstypEClass.getESuperTypes().add(this.getEntitet());
		prisEClass.getESuperTypes().add(this.getEntitet());
		anordnareEClass.getESuperTypes().add(this.getEntitet());
		coachEClass.getESuperTypes().add(this.getEntitet());
		auktorisationEClass.getESuperTypes().add(this.getEntitet());
		anvandareEClass.getESuperTypes().add(this.getEntitet());
		kundEClass.getESuperTypes().add(this.getEntitet());
		insatsEClass.getESuperTypes().add(this.getEntitet());
		beslutEClass.getESuperTypes().add(this.getEntitet());
		undantagEClass.getESuperTypes().add(this.getEntitet());
		avslutEClass.getESuperTypes().add(this.getEntitet());
		avslutsbedomningEClass.getESuperTypes().add(this.getEntitet());
		genomforandeplanEClass.getESuperTypes().add(this.getEntitet());
		planmalEClass.getESuperTypes().add(this.getEntitet());
		planaktivitetEClass.getESuperTypes().add(this.getEntitet());
		planrevisionEClass.getESuperTypes().add(this.getEntitet());
		manadsrapportEClass.getESuperTypes().add(this.getEntitet());
		progressgenomgangEClass.getESuperTypes().add(this.getEntitet());
		sexmanadersuppfoljningEClass.getESuperTypes().add(this.getEntitet());
		effektuppfoljningEClass.getESuperTypes().add(this.getEntitet());
		insatstypdataEClass.getESuperTypes().add(this.getEntitet());
		enkatsvarEClass.getESuperTypes().add(this.getEntitet());
		enkatutskickEClass.getESuperTypes().add(this.getEntitet());
		tillsynEClass.getESuperTypes().add(this.getEntitet());
		tillsynspunktEClass.getESuperTypes().add(this.getEntitet());
		granskningshandelseEClass.getESuperTypes().add(this.getEntitet());
		faltandringEClass.getESuperTypes().add(this.getEntitet());
		dokumentEClass.getESuperTypes().add(this.getEntitet());

		// Initialize classes, features, and operations; add parameters
		initEClass(entitetEClass, Entitet.class, "Entitet", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEntitet_Id(), ecorePackage.getELongObject(), "id", null, 0, 1, Entitet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntitet_Version(), ecorePackage.getELong(), "version", null, 0, 1, Entitet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kundvalEClass, Kundval.class, "Kundval", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKundval_Kod(), ecorePackage.getEString(), "kod", null, 1, 1, Kundval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKundval_Namn(), ecorePackage.getEString(), "namn", null, 0, 1, Kundval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKundval_GiltigFran(), this.getLocalDate(), "giltigFran", null, 0, 1, Kundval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKundval_GiltigTill(), this.getLocalDate(), "giltigTill", null, 0, 1, Kundval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nivaEClass, Niva.class, "Niva", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNiva_Kundval(), this.getKundval(), null, "kundval", null, 1, 1, Niva.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNiva_Nummer(), ecorePackage.getEInt(), "nummer", null, 0, 1, Niva.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNiva_Namn(), ecorePackage.getEString(), "namn", null, 0, 1, Niva.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(insatstypEClass, Insatstyp.class, "Insatstyp", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInsatstyp_Kod(), ecorePackage.getEString(), "kod", null, 1, 1, Insatstyp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInsatstyp_Namn(), ecorePackage.getEString(), "namn", null, 0, 1, Insatstyp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInsatstyp_Kundval(), this.getKundval(), null, "kundval", null, 1, 1, Insatstyp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInsatstyp_Niva(), this.getNiva(), null, "niva", null, 0, 1, Insatstyp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInsatstyp_LangdManader(), ecorePackage.getEIntegerObject(), "langdManader", null, 0, 1, Insatstyp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInsatstyp_Malsattning(), this.getMalsattningObject(), "malsattning", null, 0, 1, Insatstyp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInsatstyp_GiltigFran(), this.getLocalDate(), "giltigFran", null, 0, 1, Insatstyp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInsatstyp_GiltigTill(), this.getLocalDate(), "giltigTill", null, 0, 1, Insatstyp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(prisEClass, Pris.class, "Pris", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPris_Insatstyp(), this.getInsatstyp(), null, "insatstyp", null, 1, 1, Pris.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPris_GiltigFran(), this.getLocalDate(), "giltigFran", null, 1, 1, Pris.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPris_Checkbelopp(), ecorePackage.getEBigDecimal(), "checkbelopp", null, 1, 1, Pris.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPris_Bonus(), ecorePackage.getEBigDecimal(), "bonus", null, 0, 1, Pris.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPris_Status(), this.getPrisstatus(), "status", "FORESLAGEN", 0, 1, Pris.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPris_ForeslagenAv(), ecorePackage.getEString(), "foreslagenAv", null, 0, 1, Pris.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPris_ForeslagenTid(), this.getLocalDateTime(), "foreslagenTid", null, 0, 1, Pris.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPris_GodkandAv(), ecorePackage.getEString(), "godkandAv", null, 0, 1, Pris.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPris_GodkandTid(), this.getLocalDateTime(), "godkandTid", null, 0, 1, Pris.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPris_AterkalladAv(), ecorePackage.getEString(), "aterkalladAv", null, 0, 1, Pris.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPris_AterkalladTid(), this.getLocalDateTime(), "aterkalladTid", null, 0, 1, Pris.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(anordnareEClass, Anordnare.class, "Anordnare", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnordnare_Orgnr(), ecorePackage.getEString(), "orgnr", null, 1, 1, Anordnare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnordnare_Namn(), ecorePackage.getEString(), "namn", null, 0, 1, Anordnare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnordnare_Coacher(), this.getCoach(), this.getCoach_Anordnare(), "coacher", null, 0, -1, Anordnare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnordnare_Auktorisationer(), this.getAuktorisation(), this.getAuktorisation_Anordnare(), "auktorisationer", null, 0, -1, Anordnare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(coachEClass, Coach.class, "Coach", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCoach_Anordnare(), this.getAnordnare(), this.getAnordnare_Coacher(), "anordnare", null, 0, 1, Coach.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoach_Namn(), ecorePackage.getEString(), "namn", null, 0, 1, Coach.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoach_Epost(), ecorePackage.getEString(), "epost", null, 0, 1, Coach.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoach_Telefon(), ecorePackage.getEString(), "telefon", null, 0, 1, Coach.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(auktorisationEClass, Auktorisation.class, "Auktorisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAuktorisation_Anordnare(), this.getAnordnare(), this.getAnordnare_Auktorisationer(), "anordnare", null, 0, 1, Auktorisation.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAuktorisation_Insatstyp(), this.getInsatstyp(), null, "insatstyp", null, 1, 1, Auktorisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuktorisation_Fran(), this.getLocalDate(), "fran", null, 1, 1, Auktorisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuktorisation_Till(), this.getLocalDate(), "till", null, 0, 1, Auktorisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(anvandareEClass, Anvandare.class, "Anvandare", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnvandare_Anvandarnamn(), ecorePackage.getEString(), "anvandarnamn", null, 1, 1, Anvandare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnvandare_Namn(), ecorePackage.getEString(), "namn", null, 0, 1, Anvandare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnvandare_Roll(), this.getRollObject(), "roll", null, 1, 1, Anvandare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnvandare_Orgnr(), ecorePackage.getEString(), "orgnr", null, 0, 1, Anvandare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnvandare_LosenordHash(), ecorePackage.getEString(), "losenordHash", null, 0, 1, Anvandare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnvandare_Aktiv(), ecorePackage.getEBoolean(), "aktiv", null, 0, 1, Anvandare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnvandare_Portaladmin(), ecorePackage.getEBoolean(), "portaladmin", null, 0, 1, Anvandare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kundEClass, Kund.class, "Kund", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKund_KundId(), ecorePackage.getEString(), "kundId", null, 1, 1, Kund.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKund_Personnummer(), ecorePackage.getEString(), "personnummer", null, 1, 1, Kund.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKund_Namn(), ecorePackage.getEString(), "namn", null, 0, 1, Kund.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKund_Kon(), this.getKonObject(), "kon", null, 0, 1, Kund.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKund_Fodelsedatum(), this.getLocalDate(), "fodelsedatum", null, 0, 1, Kund.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getKund_Kommun(), ecorePackage.getEString(), "kommun", null, 0, 1, Kund.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKund_Sprak(), ecorePackage.getEString(), "sprak", null, 0, 1, Kund.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKund_Utbildningsniva(), this.getUtbildningsniva(), "utbildningsniva", "EJ_ANGIVET", 0, 1, Kund.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKund_EkonomisktBistand(), ecorePackage.getEBoolean(), "ekonomisktBistand", null, 0, 1, Kund.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKund_Etableringsprogram(), ecorePackage.getEBoolean(), "etableringsprogram", null, 0, 1, Kund.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKund_Etableringsersattning(), ecorePackage.getEBoolean(), "etableringsersattning", null, 0, 1, Kund.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKund_Arbetsformaga(), ecorePackage.getEIntegerObject(), "arbetsformaga", null, 0, 1, Kund.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKund_ArbetsformagaOklar(), ecorePackage.getEBoolean(), "arbetsformagaOklar", null, 0, 1, Kund.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKund_Tolkbehov(), ecorePackage.getEBoolean(), "tolkbehov", null, 0, 1, Kund.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKund_AnsvarigKarriarvagledare(), ecorePackage.getEString(), "ansvarigKarriarvagledare", null, 0, 1, Kund.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKund_Skyddad(), ecorePackage.getEBoolean(), "skyddad", null, 0, 1, Kund.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(insatsEClass, Insats.class, "Insats", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInsats_InsatsId(), ecorePackage.getEString(), "insatsId", null, 1, 1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInsats_Kund(), this.getKund(), null, "kund", null, 1, 1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInsats_Insatstyp(), this.getInsatstyp(), null, "insatstyp", null, 1, 1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInsats_Anordnare(), this.getAnordnare(), null, "anordnare", null, 1, 1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInsats_Startdatum(), this.getLocalDate(), "startdatum", null, 1, 1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInsats_LangdManader(), ecorePackage.getEInt(), "langdManader", null, 0, 1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInsats_Slutdatum(), this.getLocalDate(), "slutdatum", null, 0, 1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInsats_Status(), this.getInsatsStatus(), "status", null, 0, 1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInsats_Beslut(), this.getBeslut(), this.getBeslut_Insats(), "beslut", null, 0, -1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInsats_Avslut(), this.getAvslut(), this.getAvslut_Insats(), "avslut", null, 0, 1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInsats_Genomforandeplan(), this.getGenomforandeplan(), this.getGenomforandeplan_Insats(), "genomforandeplan", null, 0, 1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInsats_Manadsrapporter(), this.getManadsrapport(), this.getManadsrapport_Insats(), "manadsrapporter", null, 0, -1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInsats_Progressgenomgangar(), this.getProgressgenomgang(), this.getProgressgenomgang_Insats(), "progressgenomgangar", null, 0, -1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInsats_Sexmanadersuppfoljningar(), this.getSexmanadersuppfoljning(), this.getSexmanadersuppfoljning_Insats(), "sexmanadersuppfoljningar", null, 0, -1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInsats_Effektuppfoljningar(), this.getEffektuppfoljning(), this.getEffektuppfoljning_Insats(), "effektuppfoljningar", null, 0, -1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInsats_Typdata(), this.getInsatstypdata(), this.getInsatstypdata_Insats(), "typdata", null, 0, 1, Insats.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(beslutEClass, Beslut.class, "Beslut", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBeslut_Insats(), this.getInsats(), this.getInsats_Beslut(), "insats", null, 0, 1, Beslut.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBeslut_Typ(), this.getBeslutTyp(), "typ", null, 0, 1, Beslut.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBeslut_Datum(), this.getLocalDate(), "datum", null, 1, 1, Beslut.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBeslut_Handlaggare(), ecorePackage.getEString(), "handlaggare", null, 0, 1, Beslut.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBeslut_Motivering(), ecorePackage.getEString(), "motivering", null, 0, 1, Beslut.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBeslut_LangdManader(), ecorePackage.getEInt(), "langdManader", null, 0, 1, Beslut.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBeslut_Tidpunkt(), this.getLocalDateTime(), "tidpunkt", null, 0, 1, Beslut.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBeslut_Undantag(), this.getUndantag(), this.getUndantag_Beslut(), "undantag", null, 0, -1, Beslut.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(undantagEClass, Undantag.class, "Undantag", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getUndantag_Beslut(), this.getBeslut(), this.getBeslut_Undantag(), "beslut", null, 0, 1, Undantag.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUndantag_Regel(), ecorePackage.getEString(), "regel", null, 1, 1, Undantag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUndantag_Skal(), ecorePackage.getEString(), "skal", null, 0, 1, Undantag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUndantag_Motivering(), ecorePackage.getEString(), "motivering", null, 1, 1, Undantag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUndantag_Namn(), ecorePackage.getEString(), "namn", null, 0, 1, Undantag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(avslutEClass, Avslut.class, "Avslut", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAvslut_Insats(), this.getInsats(), this.getInsats_Avslut(), "insats", null, 0, 1, Avslut.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvslut_Avslutsdatum(), this.getLocalDate(), "avslutsdatum", null, 1, 1, Avslut.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvslut_Avslutsorsak(), this.getAvslutsorsakObject(), "avslutsorsak", null, 1, 1, Avslut.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvslut_Sysselsattning(), this.getSysselsattningsformObject(), "sysselsattning", null, 0, 1, Avslut.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvslut_VaraktighetManader(), ecorePackage.getEIntegerObject(), "varaktighetManader", null, 0, 1, Avslut.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvslut_RapporteradAv(), ecorePackage.getEString(), "rapporteradAv", null, 0, 1, Avslut.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvslut_RapporteradDatum(), this.getLocalDate(), "rapporteradDatum", null, 0, 1, Avslut.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAvslut_Bedomningar(), this.getAvslutsbedomning(), this.getAvslutsbedomning_Avslut(), "bedomningar", null, 0, -1, Avslut.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(avslutsbedomningEClass, Avslutsbedomning.class, "Avslutsbedomning", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAvslutsbedomning_Avslut(), this.getAvslut(), this.getAvslut_Bedomningar(), "avslut", null, 0, 1, Avslutsbedomning.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvslutsbedomning_Lyckat(), ecorePackage.getEBoolean(), "lyckat", null, 0, 1, Avslutsbedomning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvslutsbedomning_Bonusgrundande(), ecorePackage.getEBoolean(), "bonusgrundande", null, 0, 1, Avslutsbedomning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvslutsbedomning_Motivering(), ecorePackage.getEString(), "motivering", null, 0, 1, Avslutsbedomning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvslutsbedomning_BedomdAv(), ecorePackage.getEString(), "bedomdAv", null, 0, 1, Avslutsbedomning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvslutsbedomning_Tidpunkt(), this.getLocalDateTime(), "tidpunkt", null, 0, 1, Avslutsbedomning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAvslutsbedomning_Lopnummer(), ecorePackage.getEInt(), "lopnummer", null, 0, 1, Avslutsbedomning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(genomforandeplanEClass, Genomforandeplan.class, "Genomforandeplan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGenomforandeplan_Insats(), this.getInsats(), this.getInsats_Genomforandeplan(), "insats", null, 0, 1, Genomforandeplan.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGenomforandeplan_Upprattad(), this.getLocalDate(), "upprattad", null, 0, 1, Genomforandeplan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGenomforandeplan_Mal(), this.getPlanmal(), this.getPlanmal_Plan(), "mal", null, 0, -1, Genomforandeplan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGenomforandeplan_Aktiviteter(), this.getPlanaktivitet(), this.getPlanaktivitet_Plan(), "aktiviteter", null, 0, -1, Genomforandeplan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGenomforandeplan_Revisioner(), this.getPlanrevision(), this.getPlanrevision_Plan(), "revisioner", null, 0, -1, Genomforandeplan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planmalEClass, Planmal.class, "Planmal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPlanmal_Plan(), this.getGenomforandeplan(), this.getGenomforandeplan_Mal(), "plan", null, 0, 1, Planmal.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanmal_Beskrivning(), ecorePackage.getEString(), "beskrivning", null, 0, 1, Planmal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planaktivitetEClass, Planaktivitet.class, "Planaktivitet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPlanaktivitet_Plan(), this.getGenomforandeplan(), this.getGenomforandeplan_Aktiviteter(), "plan", null, 0, 1, Planaktivitet.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanaktivitet_Typ(), this.getAktivitetstypObject(), "typ", null, 0, 1, Planaktivitet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanaktivitet_Beskrivning(), ecorePackage.getEString(), "beskrivning", null, 0, 1, Planaktivitet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanaktivitet_PlaneradStart(), this.getLocalDate(), "planeradStart", null, 0, 1, Planaktivitet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanaktivitet_PlaneradSlut(), this.getLocalDate(), "planeradSlut", null, 0, 1, Planaktivitet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planrevisionEClass, Planrevision.class, "Planrevision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPlanrevision_Plan(), this.getGenomforandeplan(), this.getGenomforandeplan_Revisioner(), "plan", null, 0, 1, Planrevision.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanrevision_Datum(), this.getLocalDate(), "datum", null, 0, 1, Planrevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanrevision_Beskrivning(), ecorePackage.getEString(), "beskrivning", null, 0, 1, Planrevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanrevision_RevideradAv(), ecorePackage.getEString(), "revideradAv", null, 0, 1, Planrevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(manadsrapportEClass, Manadsrapport.class, "Manadsrapport", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getManadsrapport_Insats(), this.getInsats(), this.getInsats_Manadsrapporter(), "insats", null, 0, 1, Manadsrapport.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManadsrapport_Period(), this.getYearMonth(), "period", null, 1, 1, Manadsrapport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManadsrapport_Status(), this.getManadsrapportstatus(), "status", null, 0, 1, Manadsrapport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManadsrapport_Inlamnad(), this.getLocalDate(), "inlamnad", null, 0, 1, Manadsrapport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManadsrapport_Aktiviteter(), ecorePackage.getEString(), "aktiviteter", null, 0, 1, Manadsrapport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManadsrapport_Narvarodagar(), ecorePackage.getEInt(), "narvarodagar", null, 0, 1, Manadsrapport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManadsrapport_Progression(), ecorePackage.getEString(), "progression", null, 0, 1, Manadsrapport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManadsrapport_Franvarodagar(), ecorePackage.getEInt(), "franvarodagar", null, 0, 1, Manadsrapport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManadsrapport_Sjukdagar(), ecorePackage.getEInt(), "sjukdagar", null, 0, 1, Manadsrapport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManadsrapport_SjukdagarMedLakarintyg(), ecorePackage.getEInt(), "sjukdagarMedLakarintyg", null, 0, 1, Manadsrapport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManadsrapport_Avvikelser(), ecorePackage.getEString(), "avvikelser", null, 0, 1, Manadsrapport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManadsrapport_GranskadAv(), ecorePackage.getEString(), "granskadAv", null, 0, 1, Manadsrapport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManadsrapport_GranskadDatum(), this.getLocalDate(), "granskadDatum", null, 0, 1, Manadsrapport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManadsrapport_Kommentar(), ecorePackage.getEString(), "kommentar", null, 0, 1, Manadsrapport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(progressgenomgangEClass, Progressgenomgang.class, "Progressgenomgang", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getProgressgenomgang_Insats(), this.getInsats(), this.getInsats_Progressgenomgangar(), "insats", null, 0, 1, Progressgenomgang.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressgenomgang_Datum(), this.getLocalDate(), "datum", null, 0, 1, Progressgenomgang.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressgenomgang_Utfall(), this.getProgressutfallObject(), "utfall", null, 0, 1, Progressgenomgang.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressgenomgang_Kommentar(), ecorePackage.getEString(), "kommentar", null, 0, 1, Progressgenomgang.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressgenomgang_Av(), ecorePackage.getEString(), "av", null, 0, 1, Progressgenomgang.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sexmanadersuppfoljningEClass, Sexmanadersuppfoljning.class, "Sexmanadersuppfoljning", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSexmanadersuppfoljning_Insats(), this.getInsats(), this.getInsats_Sexmanadersuppfoljningar(), "insats", null, 0, 1, Sexmanadersuppfoljning.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSexmanadersuppfoljning_Inlamnad(), this.getLocalDate(), "inlamnad", null, 0, 1, Sexmanadersuppfoljning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSexmanadersuppfoljning_Underlag(), this.getUnderlagstypObject(), "underlag", null, 0, 1, Sexmanadersuppfoljning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSexmanadersuppfoljning_Beskrivning(), ecorePackage.getEString(), "beskrivning", null, 0, 1, Sexmanadersuppfoljning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSexmanadersuppfoljning_Status(), this.getUppfoljningsstatus(), "status", null, 0, 1, Sexmanadersuppfoljning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSexmanadersuppfoljning_BedomdAv(), ecorePackage.getEString(), "bedomdAv", null, 0, 1, Sexmanadersuppfoljning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSexmanadersuppfoljning_BedomdDatum(), this.getLocalDate(), "bedomdDatum", null, 0, 1, Sexmanadersuppfoljning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSexmanadersuppfoljning_Motivering(), ecorePackage.getEString(), "motivering", null, 0, 1, Sexmanadersuppfoljning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSexmanadersuppfoljning_Dokument(), this.getDokument(), this.getDokument_Uppfoljning(), "dokument", null, 0, -1, Sexmanadersuppfoljning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(effektuppfoljningEClass, Effektuppfoljning.class, "Effektuppfoljning", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEffektuppfoljning_Insats(), this.getInsats(), this.getInsats_Effektuppfoljningar(), "insats", null, 0, 1, Effektuppfoljning.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffektuppfoljning_Manader(), ecorePackage.getEInt(), "manader", null, 0, 1, Effektuppfoljning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffektuppfoljning_Datum(), this.getLocalDate(), "datum", null, 0, 1, Effektuppfoljning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffektuppfoljning_EgenForsorjning(), ecorePackage.getEBooleanObject(), "egenForsorjning", null, 0, 1, Effektuppfoljning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffektuppfoljning_Kommentar(), ecorePackage.getEString(), "kommentar", null, 0, 1, Effektuppfoljning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(insatstypdataEClass, Insatstypdata.class, "Insatstypdata", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInsatstypdata_Insats(), this.getInsats(), this.getInsats_Typdata(), "insats", null, 0, 1, Insatstypdata.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(enkatsvarEClass, Enkatsvar.class, "Enkatsvar", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEnkatsvar_Anordnare(), this.getAnordnare(), null, "anordnare", null, 1, 1, Enkatsvar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnkatsvar_Ar(), ecorePackage.getEInt(), "ar", null, 0, 1, Enkatsvar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnkatsvar_Respondent(), ecorePackage.getEString(), "respondent", null, 0, 1, Enkatsvar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnkatsvar_Fraga(), ecorePackage.getEString(), "fraga", null, 0, 1, Enkatsvar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnkatsvar_Omrade(), this.getOmradeObject(), "omrade", null, 1, 1, Enkatsvar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnkatsvar_Svar(), ecorePackage.getEInt(), "svar", null, 0, 1, Enkatsvar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(enkatutskickEClass, Enkatutskick.class, "Enkatutskick", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEnkatutskick_Anordnare(), this.getAnordnare(), null, "anordnare", null, 1, 1, Enkatutskick.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnkatutskick_Ar(), ecorePackage.getEInt(), "ar", null, 0, 1, Enkatutskick.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnkatutskick_Antal(), ecorePackage.getEInt(), "antal", null, 0, 1, Enkatutskick.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tillsynEClass, Tillsyn.class, "Tillsyn", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTillsyn_Anordnare(), this.getAnordnare(), null, "anordnare", null, 1, 1, Tillsyn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTillsyn_Ar(), ecorePackage.getEInt(), "ar", null, 0, 1, Tillsyn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTillsyn_Punkter(), this.getTillsynspunkt(), this.getTillsynspunkt_Tillsyn(), "punkter", null, 0, -1, Tillsyn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tillsynspunktEClass, Tillsynspunkt.class, "Tillsynspunkt", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTillsynspunkt_Tillsyn(), this.getTillsyn(), this.getTillsyn_Punkter(), "tillsyn", null, 0, 1, Tillsynspunkt.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTillsynspunkt_Krav(), ecorePackage.getEString(), "krav", null, 0, 1, Tillsynspunkt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTillsynspunkt_Del(), this.getTillsynsdelObject(), "del", null, 0, 1, Tillsynspunkt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTillsynspunkt_Uppfyllnadsgrad(), this.getUppfyllnadsgrad(), "uppfyllnadsgrad", "EJ_BEDOMT", 0, 1, Tillsynspunkt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTillsynspunkt_Atgard(), ecorePackage.getEString(), "atgard", null, 0, 1, Tillsynspunkt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTillsynspunkt_Deadline(), this.getLocalDate(), "deadline", null, 0, 1, Tillsynspunkt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(granskningshandelseEClass, Granskningshandelse.class, "Granskningshandelse", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGranskningshandelse_Tidpunkt(), this.getLocalDateTime(), "tidpunkt", null, 1, 1, Granskningshandelse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGranskningshandelse_Anvandare(), ecorePackage.getEString(), "anvandare", null, 0, 1, Granskningshandelse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGranskningshandelse_Handelse(), ecorePackage.getEString(), "handelse", null, 0, 1, Granskningshandelse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGranskningshandelse_Objekttyp(), ecorePackage.getEString(), "objekttyp", null, 0, 1, Granskningshandelse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGranskningshandelse_ObjektId(), ecorePackage.getELongObject(), "objektId", null, 0, 1, Granskningshandelse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGranskningshandelse_Detaljer(), ecorePackage.getEString(), "detaljer", null, 0, 1, Granskningshandelse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGranskningshandelse_Andringar(), this.getFaltandring(), this.getFaltandring_Handelse(), "andringar", null, 0, -1, Granskningshandelse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(faltandringEClass, Faltandring.class, "Faltandring", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFaltandring_Handelse(), this.getGranskningshandelse(), this.getGranskningshandelse_Andringar(), "handelse", null, 1, 1, Faltandring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFaltandring_Objekttyp(), ecorePackage.getEString(), "objekttyp", null, 0, 1, Faltandring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFaltandring_ObjektId(), ecorePackage.getELongObject(), "objektId", null, 0, 1, Faltandring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFaltandring_Falt(), ecorePackage.getEString(), "falt", null, 0, 1, Faltandring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFaltandring_Fore(), ecorePackage.getEString(), "fore", null, 0, 1, Faltandring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFaltandring_Efter(), ecorePackage.getEString(), "efter", null, 0, 1, Faltandring.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dokumentEClass, Dokument.class, "Dokument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDokument_Uppfoljning(), this.getSexmanadersuppfoljning(), this.getSexmanadersuppfoljning_Dokument(), "uppfoljning", null, 0, 1, Dokument.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDokument_Filnamn(), ecorePackage.getEString(), "filnamn", null, 1, 1, Dokument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDokument_Innehallstyp(), ecorePackage.getEString(), "innehallstyp", null, 1, 1, Dokument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDokument_Storlek(), ecorePackage.getELong(), "storlek", null, 0, 1, Dokument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDokument_Sha256(), ecorePackage.getEString(), "sha256", null, 1, 1, Dokument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDokument_UppladdadAv(), ecorePackage.getEString(), "uppladdadAv", null, 0, 1, Dokument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDokument_Uppladdad(), this.getLocalDateTime(), "uppladdad", null, 0, 1, Dokument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(konEEnum, Kon.class, "Kon");
		addEEnumLiteral(konEEnum, Kon.KVINNA);
		addEEnumLiteral(konEEnum, Kon.MAN);
		addEEnumLiteral(konEEnum, Kon.ANNAT);

		initEEnum(utbildningsnivaEEnum, Utbildningsniva.class, "Utbildningsniva");
		addEEnumLiteral(utbildningsnivaEEnum, Utbildningsniva.GRUNDSKOLA_03);
		addEEnumLiteral(utbildningsnivaEEnum, Utbildningsniva.GRUNDSKOLA_49);
		addEEnumLiteral(utbildningsnivaEEnum, Utbildningsniva.GYMNASIUM);
		addEEnumLiteral(utbildningsnivaEEnum, Utbildningsniva.EFTERGYMNASIAL);
		addEEnumLiteral(utbildningsnivaEEnum, Utbildningsniva.HOGSKOLA);
		addEEnumLiteral(utbildningsnivaEEnum, Utbildningsniva.EJ_ANGIVET);

		initEEnum(malsattningEEnum, Malsattning.class, "Malsattning");
		addEEnumLiteral(malsattningEEnum, Malsattning.EGEN_FORSORJNING);
		addEEnumLiteral(malsattningEEnum, Malsattning.ARBETSFORMEDLINGEN);
		addEEnumLiteral(malsattningEEnum, Malsattning.STEGFORFLYTTNING);
		addEEnumLiteral(malsattningEEnum, Malsattning.GENOMFORD_KURS);

		initEEnum(insatsStatusEEnum, InsatsStatus.class, "InsatsStatus");
		addEEnumLiteral(insatsStatusEEnum, InsatsStatus.BEVILJAD);
		addEEnumLiteral(insatsStatusEEnum, InsatsStatus.PAGAENDE);
		addEEnumLiteral(insatsStatusEEnum, InsatsStatus.AVSLUTAD);

		initEEnum(avslutsorsakEEnum, Avslutsorsak.class, "Avslutsorsak");
		addEEnumLiteral(avslutsorsakEEnum, Avslutsorsak.ARBETE);
		addEEnumLiteral(avslutsorsakEEnum, Avslutsorsak.STUDIER);
		addEEnumLiteral(avslutsorsakEEnum, Avslutsorsak.EGET_FORETAG);
		addEEnumLiteral(avslutsorsakEEnum, Avslutsorsak.ANNAN_INSATS_AF);
		addEEnumLiteral(avslutsorsakEEnum, Avslutsorsak.ANNAN_INSATS_KOMMUN);
		addEEnumLiteral(avslutsorsakEEnum, Avslutsorsak.ANNAN_INSATS_SAMORDNINGSFORBUND);
		addEEnumLiteral(avslutsorsakEEnum, Avslutsorsak.STEGFORFLYTTNING);
		addEEnumLiteral(avslutsorsakEEnum, Avslutsorsak.ARBETSFORMEDLINGEN);
		addEEnumLiteral(avslutsorsakEEnum, Avslutsorsak.FLYTTAT);
		addEEnumLiteral(avslutsorsakEEnum, Avslutsorsak.SJUKDOM_MISSBRUK);
		addEEnumLiteral(avslutsorsakEEnum, Avslutsorsak.FORALDRALEDIG);
		addEEnumLiteral(avslutsorsakEEnum, Avslutsorsak.SAKNAR_BARNOMSORG);
		addEEnumLiteral(avslutsorsakEEnum, Avslutsorsak.BYTE_AV_ANORDNARE);
		addEEnumLiteral(avslutsorsakEEnum, Avslutsorsak.INSATSTID_SLUT);
		addEEnumLiteral(avslutsorsakEEnum, Avslutsorsak.OVRIGT);

		initEEnum(beslutTypEEnum, BeslutTyp.class, "BeslutTyp");
		addEEnumLiteral(beslutTypEEnum, BeslutTyp.BEVILJANDE);
		addEEnumLiteral(beslutTypEEnum, BeslutTyp.FORLANGNING);

		initEEnum(sysselsattningsformEEnum, Sysselsattningsform.class, "Sysselsattningsform");
		addEEnumLiteral(sysselsattningsformEEnum, Sysselsattningsform.TILLSVIDAREANSTALLNING);
		addEEnumLiteral(sysselsattningsformEEnum, Sysselsattningsform.VISSTIDSANSTALLNING);
		addEEnumLiteral(sysselsattningsformEEnum, Sysselsattningsform.TIMANSTALLNING_HELTID);
		addEEnumLiteral(sysselsattningsformEEnum, Sysselsattningsform.TIMANSTALLNING_DELTID);
		addEEnumLiteral(sysselsattningsformEEnum, Sysselsattningsform.STUDIER_CSN);
		addEEnumLiteral(sysselsattningsformEEnum, Sysselsattningsform.STUDIER_UTAN_CSN);
		addEEnumLiteral(sysselsattningsformEEnum, Sysselsattningsform.EGET_FORETAG);

		initEEnum(manadsrapportstatusEEnum, Manadsrapportstatus.class, "Manadsrapportstatus");
		addEEnumLiteral(manadsrapportstatusEEnum, Manadsrapportstatus.INLAMNAD);
		addEEnumLiteral(manadsrapportstatusEEnum, Manadsrapportstatus.GODKAND);
		addEEnumLiteral(manadsrapportstatusEEnum, Manadsrapportstatus.KOMPLETTERING_BEGARD);

		initEEnum(uppfoljningsstatusEEnum, Uppfoljningsstatus.class, "Uppfoljningsstatus");
		addEEnumLiteral(uppfoljningsstatusEEnum, Uppfoljningsstatus.INLAMNAD);
		addEEnumLiteral(uppfoljningsstatusEEnum, Uppfoljningsstatus.BEKRAFTAD);
		addEEnumLiteral(uppfoljningsstatusEEnum, Uppfoljningsstatus.AVVISAD);
		addEEnumLiteral(uppfoljningsstatusEEnum, Uppfoljningsstatus.KOMPLETTERING_BEGARD);

		initEEnum(underlagstypEEnum, Underlagstyp.class, "Underlagstyp");
		addEEnumLiteral(underlagstypEEnum, Underlagstyp.ANSTALLNINGSAVTAL);
		addEEnumLiteral(underlagstypEEnum, Underlagstyp.TIMANSTALLNING_HELTID);
		addEEnumLiteral(underlagstypEEnum, Underlagstyp.CSN_BESLUT);
		addEEnumLiteral(underlagstypEEnum, Underlagstyp.FSKATT);

		initEEnum(aktivitetstypEEnum, Aktivitetstyp.class, "Aktivitetstyp");
		addEEnumLiteral(aktivitetstypEEnum, Aktivitetstyp.PRAKTIK);
		addEEnumLiteral(aktivitetstypEEnum, Aktivitetstyp.ARBETSTRANING);
		addEEnumLiteral(aktivitetstypEEnum, Aktivitetstyp.SPRAKTRANING);
		addEEnumLiteral(aktivitetstypEEnum, Aktivitetstyp.SFI);
		addEEnumLiteral(aktivitetstypEEnum, Aktivitetstyp.STUDIER);
		addEEnumLiteral(aktivitetstypEEnum, Aktivitetstyp.COACHNING);
		addEEnumLiteral(aktivitetstypEEnum, Aktivitetstyp.JOBBSOK);
		addEEnumLiteral(aktivitetstypEEnum, Aktivitetstyp.ANNAT);

		initEEnum(omradeEEnum, Omrade.class, "Omrade");
		addEEnumLiteral(omradeEEnum, Omrade.VARDEGRUND);
		addEEnumLiteral(omradeEEnum, Omrade.MAL);
		addEEnumLiteral(omradeEEnum, Omrade.DELAKTIGHET);
		addEEnumLiteral(omradeEEnum, Omrade.KONTAKT_ARBETSLIV);

		initEEnum(tillsynsdelEEnum, Tillsynsdel.class, "Tillsynsdel");
		addEEnumLiteral(tillsynsdelEEnum, Tillsynsdel.A);
		addEEnumLiteral(tillsynsdelEEnum, Tillsynsdel.B);
		addEEnumLiteral(tillsynsdelEEnum, Tillsynsdel.C);
		addEEnumLiteral(tillsynsdelEEnum, Tillsynsdel.D);

		initEEnum(uppfyllnadsgradEEnum, Uppfyllnadsgrad.class, "Uppfyllnadsgrad");
		addEEnumLiteral(uppfyllnadsgradEEnum, Uppfyllnadsgrad.UPPNATT);
		addEEnumLiteral(uppfyllnadsgradEEnum, Uppfyllnadsgrad.DELVIS);
		addEEnumLiteral(uppfyllnadsgradEEnum, Uppfyllnadsgrad.EJ_UPPNATT);
		addEEnumLiteral(uppfyllnadsgradEEnum, Uppfyllnadsgrad.EJ_BEDOMT);

		initEEnum(rollEEnum, Roll.class, "Roll");
		addEEnumLiteral(rollEEnum, Roll.KARRIARVAGLEDARE);
		addEEnumLiteral(rollEEnum, Roll.HANDLAGGARE);
		addEEnumLiteral(rollEEnum, Roll.ANORDNARE);
		addEEnumLiteral(rollEEnum, Roll.KVALITETSUTVECKLARE);
		addEEnumLiteral(rollEEnum, Roll.ADMINISTRATOR);
		addEEnumLiteral(rollEEnum, Roll.LOGGRANSKARE);

		initEEnum(prisstatusEEnum, Prisstatus.class, "Prisstatus");
		addEEnumLiteral(prisstatusEEnum, Prisstatus.FORESLAGEN);
		addEEnumLiteral(prisstatusEEnum, Prisstatus.GODKAND);
		addEEnumLiteral(prisstatusEEnum, Prisstatus.ATERKALLAD);

		initEEnum(progressutfallEEnum, Progressutfall.class, "Progressutfall");
		addEEnumLiteral(progressutfallEEnum, Progressutfall.FORTSATT);
		addEEnumLiteral(progressutfallEEnum, Progressutfall.FORLANG);
		addEEnumLiteral(progressutfallEEnum, Progressutfall.AVSLUTA);

		// Initialize data types
		initEDataType(aktivitetstypObjectEDataType, Aktivitetstyp.class, "AktivitetstypObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(avslutsorsakObjectEDataType, Avslutsorsak.class, "AvslutsorsakObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(konObjectEDataType, Kon.class, "KonObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(malsattningObjectEDataType, Malsattning.class, "MalsattningObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(omradeObjectEDataType, Omrade.class, "OmradeObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(progressutfallObjectEDataType, Progressutfall.class, "ProgressutfallObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(rollObjectEDataType, Roll.class, "RollObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(sysselsattningsformObjectEDataType, Sysselsattningsform.class, "SysselsattningsformObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(tillsynsdelObjectEDataType, Tillsynsdel.class, "TillsynsdelObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(underlagstypObjectEDataType, Underlagstyp.class, "UnderlagstypObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(localDateTimeEDataType, LocalDateTime.class, "LocalDateTime", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(yearMonthEDataType, YearMonth.class, "YearMonth", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //KundvalPackageImpl
