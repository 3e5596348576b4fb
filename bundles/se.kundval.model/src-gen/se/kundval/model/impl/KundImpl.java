/**
 */
package se.kundval.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import se.kundval.model.Kon;
import se.kundval.model.Kund;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Utbildningsniva;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kund</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.KundImpl#getKundId <em>Kund Id</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundImpl#getPersonnummer <em>Personnummer</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundImpl#getNamn <em>Namn</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundImpl#getKon <em>Kon</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundImpl#getFodelsedatum <em>Fodelsedatum</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundImpl#getKommun <em>Kommun</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundImpl#getSprak <em>Sprak</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundImpl#getUtbildningsniva <em>Utbildningsniva</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundImpl#isEkonomisktBistand <em>Ekonomiskt Bistand</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundImpl#isEtableringsprogram <em>Etableringsprogram</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundImpl#isEtableringsersattning <em>Etableringsersattning</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundImpl#getArbetsformaga <em>Arbetsformaga</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundImpl#isArbetsformagaOklar <em>Arbetsformaga Oklar</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundImpl#isTolkbehov <em>Tolkbehov</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundImpl#getAnsvarigKarriarvagledare <em>Ansvarig Karriarvagledare</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundImpl#isSkyddad <em>Skyddad</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KundImpl extends EntitetImpl implements Kund {
	/**
	 * The default value of the '{@link #getKundId() <em>Kund Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKundId()
	 * @generated
	 * @ordered
	 */
	protected static final String KUND_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKundId() <em>Kund Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKundId()
	 * @generated
	 * @ordered
	 */
	protected String kundId = KUND_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPersonnummer() <em>Personnummer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonnummer()
	 * @generated
	 * @ordered
	 */
	protected static final String PERSONNUMMER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPersonnummer() <em>Personnummer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonnummer()
	 * @generated
	 * @ordered
	 */
	protected String personnummer = PERSONNUMMER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNamn() <em>Namn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNamn() <em>Namn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamn()
	 * @generated
	 * @ordered
	 */
	protected String namn = NAMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getKon() <em>Kon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKon()
	 * @generated
	 * @ordered
	 */
	protected static final Kon KON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKon() <em>Kon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKon()
	 * @generated
	 * @ordered
	 */
	protected Kon kon = KON_EDEFAULT;

	/**
	 * The default value of the '{@link #getFodelsedatum() <em>Fodelsedatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFodelsedatum()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FODELSEDATUM_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getKommun() <em>Kommun</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKommun()
	 * @generated
	 * @ordered
	 */
	protected static final String KOMMUN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKommun() <em>Kommun</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKommun()
	 * @generated
	 * @ordered
	 */
	protected String kommun = KOMMUN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSprak() <em>Sprak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSprak()
	 * @generated
	 * @ordered
	 */
	protected static final String SPRAK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSprak() <em>Sprak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSprak()
	 * @generated
	 * @ordered
	 */
	protected String sprak = SPRAK_EDEFAULT;

	/**
	 * The default value of the '{@link #getUtbildningsniva() <em>Utbildningsniva</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtbildningsniva()
	 * @generated
	 * @ordered
	 */
	protected static final Utbildningsniva UTBILDNINGSNIVA_EDEFAULT = Utbildningsniva.EJ_ANGIVET;

	/**
	 * The cached value of the '{@link #getUtbildningsniva() <em>Utbildningsniva</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtbildningsniva()
	 * @generated
	 * @ordered
	 */
	protected Utbildningsniva utbildningsniva = UTBILDNINGSNIVA_EDEFAULT;

	/**
	 * The default value of the '{@link #isEkonomisktBistand() <em>Ekonomiskt Bistand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEkonomisktBistand()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EKONOMISKT_BISTAND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEkonomisktBistand() <em>Ekonomiskt Bistand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEkonomisktBistand()
	 * @generated
	 * @ordered
	 */
	protected boolean ekonomisktBistand = EKONOMISKT_BISTAND_EDEFAULT;

	/**
	 * The default value of the '{@link #isEtableringsprogram() <em>Etableringsprogram</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEtableringsprogram()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ETABLERINGSPROGRAM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEtableringsprogram() <em>Etableringsprogram</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEtableringsprogram()
	 * @generated
	 * @ordered
	 */
	protected boolean etableringsprogram = ETABLERINGSPROGRAM_EDEFAULT;

	/**
	 * The default value of the '{@link #isEtableringsersattning() <em>Etableringsersattning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEtableringsersattning()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ETABLERINGSERSATTNING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEtableringsersattning() <em>Etableringsersattning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEtableringsersattning()
	 * @generated
	 * @ordered
	 */
	protected boolean etableringsersattning = ETABLERINGSERSATTNING_EDEFAULT;

	/**
	 * The default value of the '{@link #getArbetsformaga() <em>Arbetsformaga</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArbetsformaga()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ARBETSFORMAGA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArbetsformaga() <em>Arbetsformaga</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArbetsformaga()
	 * @generated
	 * @ordered
	 */
	protected Integer arbetsformaga = ARBETSFORMAGA_EDEFAULT;

	/**
	 * The default value of the '{@link #isArbetsformagaOklar() <em>Arbetsformaga Oklar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isArbetsformagaOklar()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ARBETSFORMAGA_OKLAR_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isArbetsformagaOklar() <em>Arbetsformaga Oklar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isArbetsformagaOklar()
	 * @generated
	 * @ordered
	 */
	protected boolean arbetsformagaOklar = ARBETSFORMAGA_OKLAR_EDEFAULT;

	/**
	 * The default value of the '{@link #isTolkbehov() <em>Tolkbehov</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTolkbehov()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TOLKBEHOV_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTolkbehov() <em>Tolkbehov</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTolkbehov()
	 * @generated
	 * @ordered
	 */
	protected boolean tolkbehov = TOLKBEHOV_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnsvarigKarriarvagledare() <em>Ansvarig Karriarvagledare</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsvarigKarriarvagledare()
	 * @generated
	 * @ordered
	 */
	protected static final String ANSVARIG_KARRIARVAGLEDARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnsvarigKarriarvagledare() <em>Ansvarig Karriarvagledare</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsvarigKarriarvagledare()
	 * @generated
	 * @ordered
	 */
	protected String ansvarigKarriarvagledare = ANSVARIG_KARRIARVAGLEDARE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSkyddad() <em>Skyddad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSkyddad()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SKYDDAD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSkyddad() <em>Skyddad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSkyddad()
	 * @generated
	 * @ordered
	 */
	protected boolean skyddad = SKYDDAD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KundImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.KUND;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKundId() {
		return kundId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKundId(String newKundId) {
		String oldKundId = kundId;
		kundId = newKundId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUND__KUND_ID, oldKundId, kundId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPersonnummer() {
		return personnummer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonnummer(String newPersonnummer) {
		String oldPersonnummer = personnummer;
		personnummer = newPersonnummer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUND__PERSONNUMMER, oldPersonnummer, personnummer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNamn() {
		return namn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamn(String newNamn) {
		String oldNamn = namn;
		namn = newNamn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUND__NAMN, oldNamn, namn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kon getKon() {
		return kon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKon(Kon newKon) {
		Kon oldKon = kon;
		kon = newKon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUND__KON, oldKon, kon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFodelsedatum() {
		return se.kundval.model.regler.Personnummer.fodelsedatum(getPersonnummer());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKommun() {
		return kommun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKommun(String newKommun) {
		String oldKommun = kommun;
		kommun = newKommun;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUND__KOMMUN, oldKommun, kommun));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSprak() {
		return sprak;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSprak(String newSprak) {
		String oldSprak = sprak;
		sprak = newSprak;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUND__SPRAK, oldSprak, sprak));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Utbildningsniva getUtbildningsniva() {
		return utbildningsniva;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUtbildningsniva(Utbildningsniva newUtbildningsniva) {
		Utbildningsniva oldUtbildningsniva = utbildningsniva;
		utbildningsniva = newUtbildningsniva == null ? UTBILDNINGSNIVA_EDEFAULT : newUtbildningsniva;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUND__UTBILDNINGSNIVA, oldUtbildningsniva, utbildningsniva));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEkonomisktBistand() {
		return ekonomisktBistand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEkonomisktBistand(boolean newEkonomisktBistand) {
		boolean oldEkonomisktBistand = ekonomisktBistand;
		ekonomisktBistand = newEkonomisktBistand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUND__EKONOMISKT_BISTAND, oldEkonomisktBistand, ekonomisktBistand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEtableringsprogram() {
		return etableringsprogram;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEtableringsprogram(boolean newEtableringsprogram) {
		boolean oldEtableringsprogram = etableringsprogram;
		etableringsprogram = newEtableringsprogram;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUND__ETABLERINGSPROGRAM, oldEtableringsprogram, etableringsprogram));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEtableringsersattning() {
		return etableringsersattning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEtableringsersattning(boolean newEtableringsersattning) {
		boolean oldEtableringsersattning = etableringsersattning;
		etableringsersattning = newEtableringsersattning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUND__ETABLERINGSERSATTNING, oldEtableringsersattning, etableringsersattning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getArbetsformaga() {
		return arbetsformaga;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArbetsformaga(Integer newArbetsformaga) {
		Integer oldArbetsformaga = arbetsformaga;
		arbetsformaga = newArbetsformaga;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUND__ARBETSFORMAGA, oldArbetsformaga, arbetsformaga));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isArbetsformagaOklar() {
		return arbetsformagaOklar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArbetsformagaOklar(boolean newArbetsformagaOklar) {
		boolean oldArbetsformagaOklar = arbetsformagaOklar;
		arbetsformagaOklar = newArbetsformagaOklar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUND__ARBETSFORMAGA_OKLAR, oldArbetsformagaOklar, arbetsformagaOklar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTolkbehov() {
		return tolkbehov;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTolkbehov(boolean newTolkbehov) {
		boolean oldTolkbehov = tolkbehov;
		tolkbehov = newTolkbehov;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUND__TOLKBEHOV, oldTolkbehov, tolkbehov));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnsvarigKarriarvagledare() {
		return ansvarigKarriarvagledare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnsvarigKarriarvagledare(String newAnsvarigKarriarvagledare) {
		String oldAnsvarigKarriarvagledare = ansvarigKarriarvagledare;
		ansvarigKarriarvagledare = newAnsvarigKarriarvagledare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUND__ANSVARIG_KARRIARVAGLEDARE, oldAnsvarigKarriarvagledare, ansvarigKarriarvagledare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSkyddad() {
		return skyddad;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkyddad(boolean newSkyddad) {
		boolean oldSkyddad = skyddad;
		skyddad = newSkyddad;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUND__SKYDDAD, oldSkyddad, skyddad));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KundvalPackage.KUND__KUND_ID:
				return getKundId();
			case KundvalPackage.KUND__PERSONNUMMER:
				return getPersonnummer();
			case KundvalPackage.KUND__NAMN:
				return getNamn();
			case KundvalPackage.KUND__KON:
				return getKon();
			case KundvalPackage.KUND__FODELSEDATUM:
				return getFodelsedatum();
			case KundvalPackage.KUND__KOMMUN:
				return getKommun();
			case KundvalPackage.KUND__SPRAK:
				return getSprak();
			case KundvalPackage.KUND__UTBILDNINGSNIVA:
				return getUtbildningsniva();
			case KundvalPackage.KUND__EKONOMISKT_BISTAND:
				return isEkonomisktBistand();
			case KundvalPackage.KUND__ETABLERINGSPROGRAM:
				return isEtableringsprogram();
			case KundvalPackage.KUND__ETABLERINGSERSATTNING:
				return isEtableringsersattning();
			case KundvalPackage.KUND__ARBETSFORMAGA:
				return getArbetsformaga();
			case KundvalPackage.KUND__ARBETSFORMAGA_OKLAR:
				return isArbetsformagaOklar();
			case KundvalPackage.KUND__TOLKBEHOV:
				return isTolkbehov();
			case KundvalPackage.KUND__ANSVARIG_KARRIARVAGLEDARE:
				return getAnsvarigKarriarvagledare();
			case KundvalPackage.KUND__SKYDDAD:
				return isSkyddad();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case KundvalPackage.KUND__KUND_ID:
				setKundId((String)newValue);
				return;
			case KundvalPackage.KUND__PERSONNUMMER:
				setPersonnummer((String)newValue);
				return;
			case KundvalPackage.KUND__NAMN:
				setNamn((String)newValue);
				return;
			case KundvalPackage.KUND__KON:
				setKon((Kon)newValue);
				return;
			case KundvalPackage.KUND__KOMMUN:
				setKommun((String)newValue);
				return;
			case KundvalPackage.KUND__SPRAK:
				setSprak((String)newValue);
				return;
			case KundvalPackage.KUND__UTBILDNINGSNIVA:
				setUtbildningsniva((Utbildningsniva)newValue);
				return;
			case KundvalPackage.KUND__EKONOMISKT_BISTAND:
				setEkonomisktBistand((Boolean)newValue);
				return;
			case KundvalPackage.KUND__ETABLERINGSPROGRAM:
				setEtableringsprogram((Boolean)newValue);
				return;
			case KundvalPackage.KUND__ETABLERINGSERSATTNING:
				setEtableringsersattning((Boolean)newValue);
				return;
			case KundvalPackage.KUND__ARBETSFORMAGA:
				setArbetsformaga((Integer)newValue);
				return;
			case KundvalPackage.KUND__ARBETSFORMAGA_OKLAR:
				setArbetsformagaOklar((Boolean)newValue);
				return;
			case KundvalPackage.KUND__TOLKBEHOV:
				setTolkbehov((Boolean)newValue);
				return;
			case KundvalPackage.KUND__ANSVARIG_KARRIARVAGLEDARE:
				setAnsvarigKarriarvagledare((String)newValue);
				return;
			case KundvalPackage.KUND__SKYDDAD:
				setSkyddad((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case KundvalPackage.KUND__KUND_ID:
				setKundId(KUND_ID_EDEFAULT);
				return;
			case KundvalPackage.KUND__PERSONNUMMER:
				setPersonnummer(PERSONNUMMER_EDEFAULT);
				return;
			case KundvalPackage.KUND__NAMN:
				setNamn(NAMN_EDEFAULT);
				return;
			case KundvalPackage.KUND__KON:
				setKon(KON_EDEFAULT);
				return;
			case KundvalPackage.KUND__KOMMUN:
				setKommun(KOMMUN_EDEFAULT);
				return;
			case KundvalPackage.KUND__SPRAK:
				setSprak(SPRAK_EDEFAULT);
				return;
			case KundvalPackage.KUND__UTBILDNINGSNIVA:
				setUtbildningsniva(UTBILDNINGSNIVA_EDEFAULT);
				return;
			case KundvalPackage.KUND__EKONOMISKT_BISTAND:
				setEkonomisktBistand(EKONOMISKT_BISTAND_EDEFAULT);
				return;
			case KundvalPackage.KUND__ETABLERINGSPROGRAM:
				setEtableringsprogram(ETABLERINGSPROGRAM_EDEFAULT);
				return;
			case KundvalPackage.KUND__ETABLERINGSERSATTNING:
				setEtableringsersattning(ETABLERINGSERSATTNING_EDEFAULT);
				return;
			case KundvalPackage.KUND__ARBETSFORMAGA:
				setArbetsformaga(ARBETSFORMAGA_EDEFAULT);
				return;
			case KundvalPackage.KUND__ARBETSFORMAGA_OKLAR:
				setArbetsformagaOklar(ARBETSFORMAGA_OKLAR_EDEFAULT);
				return;
			case KundvalPackage.KUND__TOLKBEHOV:
				setTolkbehov(TOLKBEHOV_EDEFAULT);
				return;
			case KundvalPackage.KUND__ANSVARIG_KARRIARVAGLEDARE:
				setAnsvarigKarriarvagledare(ANSVARIG_KARRIARVAGLEDARE_EDEFAULT);
				return;
			case KundvalPackage.KUND__SKYDDAD:
				setSkyddad(SKYDDAD_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case KundvalPackage.KUND__KUND_ID:
				return KUND_ID_EDEFAULT == null ? kundId != null : !KUND_ID_EDEFAULT.equals(kundId);
			case KundvalPackage.KUND__PERSONNUMMER:
				return PERSONNUMMER_EDEFAULT == null ? personnummer != null : !PERSONNUMMER_EDEFAULT.equals(personnummer);
			case KundvalPackage.KUND__NAMN:
				return NAMN_EDEFAULT == null ? namn != null : !NAMN_EDEFAULT.equals(namn);
			case KundvalPackage.KUND__KON:
				return KON_EDEFAULT == null ? kon != null : !KON_EDEFAULT.equals(kon);
			case KundvalPackage.KUND__FODELSEDATUM:
				return FODELSEDATUM_EDEFAULT == null ? getFodelsedatum() != null : !FODELSEDATUM_EDEFAULT.equals(getFodelsedatum());
			case KundvalPackage.KUND__KOMMUN:
				return KOMMUN_EDEFAULT == null ? kommun != null : !KOMMUN_EDEFAULT.equals(kommun);
			case KundvalPackage.KUND__SPRAK:
				return SPRAK_EDEFAULT == null ? sprak != null : !SPRAK_EDEFAULT.equals(sprak);
			case KundvalPackage.KUND__UTBILDNINGSNIVA:
				return utbildningsniva != UTBILDNINGSNIVA_EDEFAULT;
			case KundvalPackage.KUND__EKONOMISKT_BISTAND:
				return ekonomisktBistand != EKONOMISKT_BISTAND_EDEFAULT;
			case KundvalPackage.KUND__ETABLERINGSPROGRAM:
				return etableringsprogram != ETABLERINGSPROGRAM_EDEFAULT;
			case KundvalPackage.KUND__ETABLERINGSERSATTNING:
				return etableringsersattning != ETABLERINGSERSATTNING_EDEFAULT;
			case KundvalPackage.KUND__ARBETSFORMAGA:
				return ARBETSFORMAGA_EDEFAULT == null ? arbetsformaga != null : !ARBETSFORMAGA_EDEFAULT.equals(arbetsformaga);
			case KundvalPackage.KUND__ARBETSFORMAGA_OKLAR:
				return arbetsformagaOklar != ARBETSFORMAGA_OKLAR_EDEFAULT;
			case KundvalPackage.KUND__TOLKBEHOV:
				return tolkbehov != TOLKBEHOV_EDEFAULT;
			case KundvalPackage.KUND__ANSVARIG_KARRIARVAGLEDARE:
				return ANSVARIG_KARRIARVAGLEDARE_EDEFAULT == null ? ansvarigKarriarvagledare != null : !ANSVARIG_KARRIARVAGLEDARE_EDEFAULT.equals(ansvarigKarriarvagledare);
			case KundvalPackage.KUND__SKYDDAD:
				return skyddad != SKYDDAD_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kundId: ");
		result.append(kundId);
		result.append(", personnummer: ");
		result.append(personnummer);
		result.append(", namn: ");
		result.append(namn);
		result.append(", kon: ");
		result.append(kon);
		result.append(", kommun: ");
		result.append(kommun);
		result.append(", sprak: ");
		result.append(sprak);
		result.append(", utbildningsniva: ");
		result.append(utbildningsniva);
		result.append(", ekonomisktBistand: ");
		result.append(ekonomisktBistand);
		result.append(", etableringsprogram: ");
		result.append(etableringsprogram);
		result.append(", etableringsersattning: ");
		result.append(etableringsersattning);
		result.append(", arbetsformaga: ");
		result.append(arbetsformaga);
		result.append(", arbetsformagaOklar: ");
		result.append(arbetsformagaOklar);
		result.append(", tolkbehov: ");
		result.append(tolkbehov);
		result.append(", ansvarigKarriarvagledare: ");
		result.append(ansvarigKarriarvagledare);
		result.append(", skyddad: ");
		result.append(skyddad);
		result.append(')');
		return result.toString();
	}

} //KundImpl
