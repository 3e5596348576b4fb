/**
 */
package se.kundval.model.impl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import se.kundval.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class KundvalFactoryImpl extends EFactoryImpl implements KundvalFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static KundvalFactory init() {
		try {
			KundvalFactory theKundvalFactory = (KundvalFactory)EPackage.Registry.INSTANCE.getEFactory(KundvalPackage.eNS_URI);
			if (theKundvalFactory != null) {
				return theKundvalFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new KundvalFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KundvalFactoryImpl() {
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
			case KundvalPackage.KUNDVAL: return createKundval();
			case KundvalPackage.NIVA: return createNiva();
			case KundvalPackage.INSATSTYP: return createInsatstyp();
			case KundvalPackage.PRIS: return createPris();
			case KundvalPackage.ANORDNARE: return createAnordnare();
			case KundvalPackage.COACH: return createCoach();
			case KundvalPackage.AUKTORISATION: return createAuktorisation();
			case KundvalPackage.ANVANDARE: return createAnvandare();
			case KundvalPackage.KUND: return createKund();
			case KundvalPackage.INSATS: return createInsats();
			case KundvalPackage.BESLUT: return createBeslut();
			case KundvalPackage.UNDANTAG: return createUndantag();
			case KundvalPackage.AVSLUT: return createAvslut();
			case KundvalPackage.AVSLUTSBEDOMNING: return createAvslutsbedomning();
			case KundvalPackage.GENOMFORANDEPLAN: return createGenomforandeplan();
			case KundvalPackage.PLANMAL: return createPlanmal();
			case KundvalPackage.PLANAKTIVITET: return createPlanaktivitet();
			case KundvalPackage.PLANREVISION: return createPlanrevision();
			case KundvalPackage.MANADSRAPPORT: return createManadsrapport();
			case KundvalPackage.PROGRESSGENOMGANG: return createProgressgenomgang();
			case KundvalPackage.SEXMANADERSUPPFOLJNING: return createSexmanadersuppfoljning();
			case KundvalPackage.EFFEKTUPPFOLJNING: return createEffektuppfoljning();
			case KundvalPackage.ENKATSVAR: return createEnkatsvar();
			case KundvalPackage.ENKATUTSKICK: return createEnkatutskick();
			case KundvalPackage.TILLSYN: return createTillsyn();
			case KundvalPackage.TILLSYNSPUNKT: return createTillsynspunkt();
			case KundvalPackage.GRANSKNINGSHANDELSE: return createGranskningshandelse();
			case KundvalPackage.FALTANDRING: return createFaltandring();
			case KundvalPackage.DOKUMENT: return createDokument();
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
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case KundvalPackage.KON:
				return createKonFromString(eDataType, initialValue);
			case KundvalPackage.UTBILDNINGSNIVA:
				return createUtbildningsnivaFromString(eDataType, initialValue);
			case KundvalPackage.MALSATTNING:
				return createMalsattningFromString(eDataType, initialValue);
			case KundvalPackage.INSATS_STATUS:
				return createInsatsStatusFromString(eDataType, initialValue);
			case KundvalPackage.AVSLUTSORSAK:
				return createAvslutsorsakFromString(eDataType, initialValue);
			case KundvalPackage.BESLUT_TYP:
				return createBeslutTypFromString(eDataType, initialValue);
			case KundvalPackage.SYSSELSATTNINGSFORM:
				return createSysselsattningsformFromString(eDataType, initialValue);
			case KundvalPackage.MANADSRAPPORTSTATUS:
				return createManadsrapportstatusFromString(eDataType, initialValue);
			case KundvalPackage.UPPFOLJNINGSSTATUS:
				return createUppfoljningsstatusFromString(eDataType, initialValue);
			case KundvalPackage.UNDERLAGSTYP:
				return createUnderlagstypFromString(eDataType, initialValue);
			case KundvalPackage.AKTIVITETSTYP:
				return createAktivitetstypFromString(eDataType, initialValue);
			case KundvalPackage.OMRADE:
				return createOmradeFromString(eDataType, initialValue);
			case KundvalPackage.TILLSYNSDEL:
				return createTillsynsdelFromString(eDataType, initialValue);
			case KundvalPackage.UPPFYLLNADSGRAD:
				return createUppfyllnadsgradFromString(eDataType, initialValue);
			case KundvalPackage.ROLL:
				return createRollFromString(eDataType, initialValue);
			case KundvalPackage.PRISSTATUS:
				return createPrisstatusFromString(eDataType, initialValue);
			case KundvalPackage.PROGRESSUTFALL:
				return createProgressutfallFromString(eDataType, initialValue);
			case KundvalPackage.AKTIVITETSTYP_OBJECT:
				return createAktivitetstypObjectFromString(eDataType, initialValue);
			case KundvalPackage.AVSLUTSORSAK_OBJECT:
				return createAvslutsorsakObjectFromString(eDataType, initialValue);
			case KundvalPackage.KON_OBJECT:
				return createKonObjectFromString(eDataType, initialValue);
			case KundvalPackage.MALSATTNING_OBJECT:
				return createMalsattningObjectFromString(eDataType, initialValue);
			case KundvalPackage.OMRADE_OBJECT:
				return createOmradeObjectFromString(eDataType, initialValue);
			case KundvalPackage.PROGRESSUTFALL_OBJECT:
				return createProgressutfallObjectFromString(eDataType, initialValue);
			case KundvalPackage.ROLL_OBJECT:
				return createRollObjectFromString(eDataType, initialValue);
			case KundvalPackage.SYSSELSATTNINGSFORM_OBJECT:
				return createSysselsattningsformObjectFromString(eDataType, initialValue);
			case KundvalPackage.TILLSYNSDEL_OBJECT:
				return createTillsynsdelObjectFromString(eDataType, initialValue);
			case KundvalPackage.UNDERLAGSTYP_OBJECT:
				return createUnderlagstypObjectFromString(eDataType, initialValue);
			case KundvalPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case KundvalPackage.LOCAL_DATE_TIME:
				return createLocalDateTimeFromString(eDataType, initialValue);
			case KundvalPackage.YEAR_MONTH:
				return createYearMonthFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case KundvalPackage.KON:
				return convertKonToString(eDataType, instanceValue);
			case KundvalPackage.UTBILDNINGSNIVA:
				return convertUtbildningsnivaToString(eDataType, instanceValue);
			case KundvalPackage.MALSATTNING:
				return convertMalsattningToString(eDataType, instanceValue);
			case KundvalPackage.INSATS_STATUS:
				return convertInsatsStatusToString(eDataType, instanceValue);
			case KundvalPackage.AVSLUTSORSAK:
				return convertAvslutsorsakToString(eDataType, instanceValue);
			case KundvalPackage.BESLUT_TYP:
				return convertBeslutTypToString(eDataType, instanceValue);
			case KundvalPackage.SYSSELSATTNINGSFORM:
				return convertSysselsattningsformToString(eDataType, instanceValue);
			case KundvalPackage.MANADSRAPPORTSTATUS:
				return convertManadsrapportstatusToString(eDataType, instanceValue);
			case KundvalPackage.UPPFOLJNINGSSTATUS:
				return convertUppfoljningsstatusToString(eDataType, instanceValue);
			case KundvalPackage.UNDERLAGSTYP:
				return convertUnderlagstypToString(eDataType, instanceValue);
			case KundvalPackage.AKTIVITETSTYP:
				return convertAktivitetstypToString(eDataType, instanceValue);
			case KundvalPackage.OMRADE:
				return convertOmradeToString(eDataType, instanceValue);
			case KundvalPackage.TILLSYNSDEL:
				return convertTillsynsdelToString(eDataType, instanceValue);
			case KundvalPackage.UPPFYLLNADSGRAD:
				return convertUppfyllnadsgradToString(eDataType, instanceValue);
			case KundvalPackage.ROLL:
				return convertRollToString(eDataType, instanceValue);
			case KundvalPackage.PRISSTATUS:
				return convertPrisstatusToString(eDataType, instanceValue);
			case KundvalPackage.PROGRESSUTFALL:
				return convertProgressutfallToString(eDataType, instanceValue);
			case KundvalPackage.AKTIVITETSTYP_OBJECT:
				return convertAktivitetstypObjectToString(eDataType, instanceValue);
			case KundvalPackage.AVSLUTSORSAK_OBJECT:
				return convertAvslutsorsakObjectToString(eDataType, instanceValue);
			case KundvalPackage.KON_OBJECT:
				return convertKonObjectToString(eDataType, instanceValue);
			case KundvalPackage.MALSATTNING_OBJECT:
				return convertMalsattningObjectToString(eDataType, instanceValue);
			case KundvalPackage.OMRADE_OBJECT:
				return convertOmradeObjectToString(eDataType, instanceValue);
			case KundvalPackage.PROGRESSUTFALL_OBJECT:
				return convertProgressutfallObjectToString(eDataType, instanceValue);
			case KundvalPackage.ROLL_OBJECT:
				return convertRollObjectToString(eDataType, instanceValue);
			case KundvalPackage.SYSSELSATTNINGSFORM_OBJECT:
				return convertSysselsattningsformObjectToString(eDataType, instanceValue);
			case KundvalPackage.TILLSYNSDEL_OBJECT:
				return convertTillsynsdelObjectToString(eDataType, instanceValue);
			case KundvalPackage.UNDERLAGSTYP_OBJECT:
				return convertUnderlagstypObjectToString(eDataType, instanceValue);
			case KundvalPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case KundvalPackage.LOCAL_DATE_TIME:
				return convertLocalDateTimeToString(eDataType, instanceValue);
			case KundvalPackage.YEAR_MONTH:
				return convertYearMonthToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kundval createKundval() {
		KundvalImpl kundval = new KundvalImpl();
		return kundval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Niva createNiva() {
		NivaImpl niva = new NivaImpl();
		return niva;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Insatstyp createInsatstyp() {
		InsatstypImpl insatstyp = new InsatstypImpl();
		return insatstyp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pris createPris() {
		PrisImpl pris = new PrisImpl();
		return pris;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Anordnare createAnordnare() {
		AnordnareImpl anordnare = new AnordnareImpl();
		return anordnare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Coach createCoach() {
		CoachImpl coach = new CoachImpl();
		return coach;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Auktorisation createAuktorisation() {
		AuktorisationImpl auktorisation = new AuktorisationImpl();
		return auktorisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Anvandare createAnvandare() {
		AnvandareImpl anvandare = new AnvandareImpl();
		return anvandare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kund createKund() {
		KundImpl kund = new KundImpl();
		return kund;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Insats createInsats() {
		InsatsImpl insats = new InsatsImpl();
		return insats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Beslut createBeslut() {
		BeslutImpl beslut = new BeslutImpl();
		return beslut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Undantag createUndantag() {
		UndantagImpl undantag = new UndantagImpl();
		return undantag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Avslut createAvslut() {
		AvslutImpl avslut = new AvslutImpl();
		return avslut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Avslutsbedomning createAvslutsbedomning() {
		AvslutsbedomningImpl avslutsbedomning = new AvslutsbedomningImpl();
		return avslutsbedomning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Genomforandeplan createGenomforandeplan() {
		GenomforandeplanImpl genomforandeplan = new GenomforandeplanImpl();
		return genomforandeplan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Planmal createPlanmal() {
		PlanmalImpl planmal = new PlanmalImpl();
		return planmal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Planaktivitet createPlanaktivitet() {
		PlanaktivitetImpl planaktivitet = new PlanaktivitetImpl();
		return planaktivitet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Planrevision createPlanrevision() {
		PlanrevisionImpl planrevision = new PlanrevisionImpl();
		return planrevision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Manadsrapport createManadsrapport() {
		ManadsrapportImpl manadsrapport = new ManadsrapportImpl();
		return manadsrapport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Progressgenomgang createProgressgenomgang() {
		ProgressgenomgangImpl progressgenomgang = new ProgressgenomgangImpl();
		return progressgenomgang;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sexmanadersuppfoljning createSexmanadersuppfoljning() {
		SexmanadersuppfoljningImpl sexmanadersuppfoljning = new SexmanadersuppfoljningImpl();
		return sexmanadersuppfoljning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Effektuppfoljning createEffektuppfoljning() {
		EffektuppfoljningImpl effektuppfoljning = new EffektuppfoljningImpl();
		return effektuppfoljning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enkatsvar createEnkatsvar() {
		EnkatsvarImpl enkatsvar = new EnkatsvarImpl();
		return enkatsvar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enkatutskick createEnkatutskick() {
		EnkatutskickImpl enkatutskick = new EnkatutskickImpl();
		return enkatutskick;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tillsyn createTillsyn() {
		TillsynImpl tillsyn = new TillsynImpl();
		return tillsyn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tillsynspunkt createTillsynspunkt() {
		TillsynspunktImpl tillsynspunkt = new TillsynspunktImpl();
		return tillsynspunkt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Granskningshandelse createGranskningshandelse() {
		GranskningshandelseImpl granskningshandelse = new GranskningshandelseImpl();
		return granskningshandelse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Faltandring createFaltandring() {
		FaltandringImpl faltandring = new FaltandringImpl();
		return faltandring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dokument createDokument() {
		DokumentImpl dokument = new DokumentImpl();
		return dokument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Kon createKonFromString(EDataType eDataType, String initialValue) {
		Kon result = Kon.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKonToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Utbildningsniva createUtbildningsnivaFromString(EDataType eDataType, String initialValue) {
		Utbildningsniva result = Utbildningsniva.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUtbildningsnivaToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Malsattning createMalsattningFromString(EDataType eDataType, String initialValue) {
		Malsattning result = Malsattning.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMalsattningToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InsatsStatus createInsatsStatusFromString(EDataType eDataType, String initialValue) {
		InsatsStatus result = InsatsStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInsatsStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Avslutsorsak createAvslutsorsakFromString(EDataType eDataType, String initialValue) {
		Avslutsorsak result = Avslutsorsak.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAvslutsorsakToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BeslutTyp createBeslutTypFromString(EDataType eDataType, String initialValue) {
		BeslutTyp result = BeslutTyp.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBeslutTypToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sysselsattningsform createSysselsattningsformFromString(EDataType eDataType, String initialValue) {
		Sysselsattningsform result = Sysselsattningsform.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSysselsattningsformToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Manadsrapportstatus createManadsrapportstatusFromString(EDataType eDataType, String initialValue) {
		Manadsrapportstatus result = Manadsrapportstatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertManadsrapportstatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Uppfoljningsstatus createUppfoljningsstatusFromString(EDataType eDataType, String initialValue) {
		Uppfoljningsstatus result = Uppfoljningsstatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUppfoljningsstatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Underlagstyp createUnderlagstypFromString(EDataType eDataType, String initialValue) {
		Underlagstyp result = Underlagstyp.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnderlagstypToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Aktivitetstyp createAktivitetstypFromString(EDataType eDataType, String initialValue) {
		Aktivitetstyp result = Aktivitetstyp.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAktivitetstypToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Omrade createOmradeFromString(EDataType eDataType, String initialValue) {
		Omrade result = Omrade.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOmradeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Tillsynsdel createTillsynsdelFromString(EDataType eDataType, String initialValue) {
		Tillsynsdel result = Tillsynsdel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTillsynsdelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Uppfyllnadsgrad createUppfyllnadsgradFromString(EDataType eDataType, String initialValue) {
		Uppfyllnadsgrad result = Uppfyllnadsgrad.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUppfyllnadsgradToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Roll createRollFromString(EDataType eDataType, String initialValue) {
		Roll result = Roll.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRollToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Prisstatus createPrisstatusFromString(EDataType eDataType, String initialValue) {
		Prisstatus result = Prisstatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPrisstatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Progressutfall createProgressutfallFromString(EDataType eDataType, String initialValue) {
		Progressutfall result = Progressutfall.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProgressutfallToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Aktivitetstyp createAktivitetstypObject(final String it) {
		return it == null || it.isEmpty() ? null : se.kundval.model.Aktivitetstyp.get(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Aktivitetstyp createAktivitetstypObjectFromString(EDataType eDataType, String initialValue) {
		return createAktivitetstypObject(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAktivitetstypObject(final Aktivitetstyp it) {
		return it == null ? null : it.getName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAktivitetstypObjectToString(EDataType eDataType, Object instanceValue) {
		return convertAktivitetstypObject((Aktivitetstyp)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Avslutsorsak createAvslutsorsakObject(final String it) {
		return it == null || it.isEmpty() ? null : se.kundval.model.Avslutsorsak.get(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Avslutsorsak createAvslutsorsakObjectFromString(EDataType eDataType, String initialValue) {
		return createAvslutsorsakObject(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAvslutsorsakObject(final Avslutsorsak it) {
		return it == null ? null : it.getName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAvslutsorsakObjectToString(EDataType eDataType, Object instanceValue) {
		return convertAvslutsorsakObject((Avslutsorsak)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Kon createKonObject(final String it) {
		return it == null || it.isEmpty() ? null : se.kundval.model.Kon.get(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Kon createKonObjectFromString(EDataType eDataType, String initialValue) {
		return createKonObject(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKonObject(final Kon it) {
		return it == null ? null : it.getName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKonObjectToString(EDataType eDataType, Object instanceValue) {
		return convertKonObject((Kon)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Malsattning createMalsattningObject(final String it) {
		return it == null || it.isEmpty() ? null : se.kundval.model.Malsattning.get(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Malsattning createMalsattningObjectFromString(EDataType eDataType, String initialValue) {
		return createMalsattningObject(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMalsattningObject(final Malsattning it) {
		return it == null ? null : it.getName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMalsattningObjectToString(EDataType eDataType, Object instanceValue) {
		return convertMalsattningObject((Malsattning)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Omrade createOmradeObject(final String it) {
		return it == null || it.isEmpty() ? null : se.kundval.model.Omrade.get(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Omrade createOmradeObjectFromString(EDataType eDataType, String initialValue) {
		return createOmradeObject(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOmradeObject(final Omrade it) {
		return it == null ? null : it.getName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOmradeObjectToString(EDataType eDataType, Object instanceValue) {
		return convertOmradeObject((Omrade)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Progressutfall createProgressutfallObject(final String it) {
		return it == null || it.isEmpty() ? null : se.kundval.model.Progressutfall.get(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Progressutfall createProgressutfallObjectFromString(EDataType eDataType, String initialValue) {
		return createProgressutfallObject(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProgressutfallObject(final Progressutfall it) {
		return it == null ? null : it.getName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProgressutfallObjectToString(EDataType eDataType, Object instanceValue) {
		return convertProgressutfallObject((Progressutfall)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Roll createRollObject(final String it) {
		return it == null || it.isEmpty() ? null : se.kundval.model.Roll.get(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Roll createRollObjectFromString(EDataType eDataType, String initialValue) {
		return createRollObject(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRollObject(final Roll it) {
		return it == null ? null : it.getName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRollObjectToString(EDataType eDataType, Object instanceValue) {
		return convertRollObject((Roll)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sysselsattningsform createSysselsattningsformObject(final String it) {
		return it == null || it.isEmpty() ? null : se.kundval.model.Sysselsattningsform.get(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sysselsattningsform createSysselsattningsformObjectFromString(EDataType eDataType, String initialValue) {
		return createSysselsattningsformObject(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSysselsattningsformObject(final Sysselsattningsform it) {
		return it == null ? null : it.getName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSysselsattningsformObjectToString(EDataType eDataType, Object instanceValue) {
		return convertSysselsattningsformObject((Sysselsattningsform)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Tillsynsdel createTillsynsdelObject(final String it) {
		return it == null || it.isEmpty() ? null : se.kundval.model.Tillsynsdel.get(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Tillsynsdel createTillsynsdelObjectFromString(EDataType eDataType, String initialValue) {
		return createTillsynsdelObject(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTillsynsdelObject(final Tillsynsdel it) {
		return it == null ? null : it.getName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTillsynsdelObjectToString(EDataType eDataType, Object instanceValue) {
		return convertTillsynsdelObject((Tillsynsdel)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Underlagstyp createUnderlagstypObject(final String it) {
		return it == null || it.isEmpty() ? null : se.kundval.model.Underlagstyp.get(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Underlagstyp createUnderlagstypObjectFromString(EDataType eDataType, String initialValue) {
		return createUnderlagstypObject(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnderlagstypObject(final Underlagstyp it) {
		return it == null ? null : it.getName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnderlagstypObjectToString(EDataType eDataType, Object instanceValue) {
		return convertUnderlagstypObject((Underlagstyp)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null || it.isEmpty() ? null : java.time.LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDateTime createLocalDateTime(final String it) {
		return it == null || it.isEmpty() ? null : java.time.LocalDateTime.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDateTime createLocalDateTimeFromString(EDataType eDataType, String initialValue) {
		return createLocalDateTime(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateTime(final LocalDateTime it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateTimeToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDateTime((LocalDateTime)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public YearMonth createYearMonth(final String it) {
		return it == null || it.isEmpty() ? null : java.time.YearMonth.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public YearMonth createYearMonthFromString(EDataType eDataType, String initialValue) {
		return createYearMonth(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertYearMonth(final YearMonth it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertYearMonthToString(EDataType eDataType, Object instanceValue) {
		return convertYearMonth((YearMonth)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KundvalPackage getKundvalPackage() {
		return (KundvalPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static KundvalPackage getPackage() {
		return KundvalPackage.eINSTANCE;
	}

} //KundvalFactoryImpl
