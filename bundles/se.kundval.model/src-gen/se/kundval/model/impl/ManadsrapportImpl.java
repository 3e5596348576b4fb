/**
 */
package se.kundval.model.impl;

import java.time.LocalDate;
import java.time.YearMonth;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import se.kundval.model.Insats;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Manadsrapport;
import se.kundval.model.Manadsrapportstatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Manadsrapport</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.ManadsrapportImpl#getInsats <em>Insats</em>}</li>
 *   <li>{@link se.kundval.model.impl.ManadsrapportImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link se.kundval.model.impl.ManadsrapportImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link se.kundval.model.impl.ManadsrapportImpl#getInlamnad <em>Inlamnad</em>}</li>
 *   <li>{@link se.kundval.model.impl.ManadsrapportImpl#getAktiviteter <em>Aktiviteter</em>}</li>
 *   <li>{@link se.kundval.model.impl.ManadsrapportImpl#getNarvarodagar <em>Narvarodagar</em>}</li>
 *   <li>{@link se.kundval.model.impl.ManadsrapportImpl#getProgression <em>Progression</em>}</li>
 *   <li>{@link se.kundval.model.impl.ManadsrapportImpl#getFranvarodagar <em>Franvarodagar</em>}</li>
 *   <li>{@link se.kundval.model.impl.ManadsrapportImpl#getSjukdagar <em>Sjukdagar</em>}</li>
 *   <li>{@link se.kundval.model.impl.ManadsrapportImpl#getSjukdagarMedLakarintyg <em>Sjukdagar Med Lakarintyg</em>}</li>
 *   <li>{@link se.kundval.model.impl.ManadsrapportImpl#getAvvikelser <em>Avvikelser</em>}</li>
 *   <li>{@link se.kundval.model.impl.ManadsrapportImpl#getGranskadAv <em>Granskad Av</em>}</li>
 *   <li>{@link se.kundval.model.impl.ManadsrapportImpl#getGranskadDatum <em>Granskad Datum</em>}</li>
 *   <li>{@link se.kundval.model.impl.ManadsrapportImpl#getKommentar <em>Kommentar</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ManadsrapportImpl extends EntitetImpl implements Manadsrapport {
	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final YearMonth PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected YearMonth period = PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final Manadsrapportstatus STATUS_EDEFAULT = Manadsrapportstatus.INLAMNAD;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected Manadsrapportstatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInlamnad() <em>Inlamnad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInlamnad()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate INLAMNAD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInlamnad() <em>Inlamnad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInlamnad()
	 * @generated
	 * @ordered
	 */
	protected LocalDate inlamnad = INLAMNAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getAktiviteter() <em>Aktiviteter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAktiviteter()
	 * @generated
	 * @ordered
	 */
	protected static final String AKTIVITETER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAktiviteter() <em>Aktiviteter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAktiviteter()
	 * @generated
	 * @ordered
	 */
	protected String aktiviteter = AKTIVITETER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNarvarodagar() <em>Narvarodagar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNarvarodagar()
	 * @generated
	 * @ordered
	 */
	protected static final int NARVARODAGAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNarvarodagar() <em>Narvarodagar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNarvarodagar()
	 * @generated
	 * @ordered
	 */
	protected int narvarodagar = NARVARODAGAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getProgression() <em>Progression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgression()
	 * @generated
	 * @ordered
	 */
	protected static final String PROGRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProgression() <em>Progression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgression()
	 * @generated
	 * @ordered
	 */
	protected String progression = PROGRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFranvarodagar() <em>Franvarodagar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFranvarodagar()
	 * @generated
	 * @ordered
	 */
	protected static final int FRANVARODAGAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFranvarodagar() <em>Franvarodagar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFranvarodagar()
	 * @generated
	 * @ordered
	 */
	protected int franvarodagar = FRANVARODAGAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSjukdagar() <em>Sjukdagar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSjukdagar()
	 * @generated
	 * @ordered
	 */
	protected static final int SJUKDAGAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSjukdagar() <em>Sjukdagar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSjukdagar()
	 * @generated
	 * @ordered
	 */
	protected int sjukdagar = SJUKDAGAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSjukdagarMedLakarintyg() <em>Sjukdagar Med Lakarintyg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSjukdagarMedLakarintyg()
	 * @generated
	 * @ordered
	 */
	protected static final int SJUKDAGAR_MED_LAKARINTYG_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSjukdagarMedLakarintyg() <em>Sjukdagar Med Lakarintyg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSjukdagarMedLakarintyg()
	 * @generated
	 * @ordered
	 */
	protected int sjukdagarMedLakarintyg = SJUKDAGAR_MED_LAKARINTYG_EDEFAULT;

	/**
	 * The default value of the '{@link #getAvvikelser() <em>Avvikelser</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvvikelser()
	 * @generated
	 * @ordered
	 */
	protected static final String AVVIKELSER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAvvikelser() <em>Avvikelser</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvvikelser()
	 * @generated
	 * @ordered
	 */
	protected String avvikelser = AVVIKELSER_EDEFAULT;

	/**
	 * The default value of the '{@link #getGranskadAv() <em>Granskad Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGranskadAv()
	 * @generated
	 * @ordered
	 */
	protected static final String GRANSKAD_AV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGranskadAv() <em>Granskad Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGranskadAv()
	 * @generated
	 * @ordered
	 */
	protected String granskadAv = GRANSKAD_AV_EDEFAULT;

	/**
	 * The default value of the '{@link #getGranskadDatum() <em>Granskad Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGranskadDatum()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate GRANSKAD_DATUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGranskadDatum() <em>Granskad Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGranskadDatum()
	 * @generated
	 * @ordered
	 */
	protected LocalDate granskadDatum = GRANSKAD_DATUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getKommentar() <em>Kommentar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKommentar()
	 * @generated
	 * @ordered
	 */
	protected static final String KOMMENTAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKommentar() <em>Kommentar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKommentar()
	 * @generated
	 * @ordered
	 */
	protected String kommentar = KOMMENTAR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ManadsrapportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.MANADSRAPPORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Insats getInsats() {
		if (eContainerFeatureID() != KundvalPackage.MANADSRAPPORT__INSATS) return null;
		return (Insats)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInsats(Insats newInsats, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newInsats, KundvalPackage.MANADSRAPPORT__INSATS, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsats(Insats newInsats) {
		if (newInsats != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.MANADSRAPPORT__INSATS && newInsats != null)) {
			if (EcoreUtil.isAncestor(this, newInsats))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newInsats != null)
				msgs = ((InternalEObject)newInsats).eInverseAdd(this, KundvalPackage.INSATS__MANADSRAPPORTER, Insats.class, msgs);
			msgs = basicSetInsats(newInsats, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.MANADSRAPPORT__INSATS, newInsats, newInsats));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearMonth getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(YearMonth newPeriod) {
		YearMonth oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.MANADSRAPPORT__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Manadsrapportstatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(Manadsrapportstatus newStatus) {
		Manadsrapportstatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.MANADSRAPPORT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getInlamnad() {
		return inlamnad;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInlamnad(LocalDate newInlamnad) {
		LocalDate oldInlamnad = inlamnad;
		inlamnad = newInlamnad;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.MANADSRAPPORT__INLAMNAD, oldInlamnad, inlamnad));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAktiviteter() {
		return aktiviteter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAktiviteter(String newAktiviteter) {
		String oldAktiviteter = aktiviteter;
		aktiviteter = newAktiviteter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.MANADSRAPPORT__AKTIVITETER, oldAktiviteter, aktiviteter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNarvarodagar() {
		return narvarodagar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNarvarodagar(int newNarvarodagar) {
		int oldNarvarodagar = narvarodagar;
		narvarodagar = newNarvarodagar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.MANADSRAPPORT__NARVARODAGAR, oldNarvarodagar, narvarodagar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProgression() {
		return progression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgression(String newProgression) {
		String oldProgression = progression;
		progression = newProgression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.MANADSRAPPORT__PROGRESSION, oldProgression, progression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFranvarodagar() {
		return franvarodagar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFranvarodagar(int newFranvarodagar) {
		int oldFranvarodagar = franvarodagar;
		franvarodagar = newFranvarodagar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.MANADSRAPPORT__FRANVARODAGAR, oldFranvarodagar, franvarodagar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSjukdagar() {
		return sjukdagar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSjukdagar(int newSjukdagar) {
		int oldSjukdagar = sjukdagar;
		sjukdagar = newSjukdagar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.MANADSRAPPORT__SJUKDAGAR, oldSjukdagar, sjukdagar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSjukdagarMedLakarintyg() {
		return sjukdagarMedLakarintyg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSjukdagarMedLakarintyg(int newSjukdagarMedLakarintyg) {
		int oldSjukdagarMedLakarintyg = sjukdagarMedLakarintyg;
		sjukdagarMedLakarintyg = newSjukdagarMedLakarintyg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.MANADSRAPPORT__SJUKDAGAR_MED_LAKARINTYG, oldSjukdagarMedLakarintyg, sjukdagarMedLakarintyg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAvvikelser() {
		return avvikelser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvvikelser(String newAvvikelser) {
		String oldAvvikelser = avvikelser;
		avvikelser = newAvvikelser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.MANADSRAPPORT__AVVIKELSER, oldAvvikelser, avvikelser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGranskadAv() {
		return granskadAv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGranskadAv(String newGranskadAv) {
		String oldGranskadAv = granskadAv;
		granskadAv = newGranskadAv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.MANADSRAPPORT__GRANSKAD_AV, oldGranskadAv, granskadAv));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getGranskadDatum() {
		return granskadDatum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGranskadDatum(LocalDate newGranskadDatum) {
		LocalDate oldGranskadDatum = granskadDatum;
		granskadDatum = newGranskadDatum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.MANADSRAPPORT__GRANSKAD_DATUM, oldGranskadDatum, granskadDatum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKommentar() {
		return kommentar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKommentar(String newKommentar) {
		String oldKommentar = kommentar;
		kommentar = newKommentar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.MANADSRAPPORT__KOMMENTAR, oldKommentar, kommentar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.MANADSRAPPORT__INSATS:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetInsats((Insats)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.MANADSRAPPORT__INSATS:
				return basicSetInsats(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case KundvalPackage.MANADSRAPPORT__INSATS:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.INSATS__MANADSRAPPORTER, Insats.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KundvalPackage.MANADSRAPPORT__INSATS:
				return getInsats();
			case KundvalPackage.MANADSRAPPORT__PERIOD:
				return getPeriod();
			case KundvalPackage.MANADSRAPPORT__STATUS:
				return getStatus();
			case KundvalPackage.MANADSRAPPORT__INLAMNAD:
				return getInlamnad();
			case KundvalPackage.MANADSRAPPORT__AKTIVITETER:
				return getAktiviteter();
			case KundvalPackage.MANADSRAPPORT__NARVARODAGAR:
				return getNarvarodagar();
			case KundvalPackage.MANADSRAPPORT__PROGRESSION:
				return getProgression();
			case KundvalPackage.MANADSRAPPORT__FRANVARODAGAR:
				return getFranvarodagar();
			case KundvalPackage.MANADSRAPPORT__SJUKDAGAR:
				return getSjukdagar();
			case KundvalPackage.MANADSRAPPORT__SJUKDAGAR_MED_LAKARINTYG:
				return getSjukdagarMedLakarintyg();
			case KundvalPackage.MANADSRAPPORT__AVVIKELSER:
				return getAvvikelser();
			case KundvalPackage.MANADSRAPPORT__GRANSKAD_AV:
				return getGranskadAv();
			case KundvalPackage.MANADSRAPPORT__GRANSKAD_DATUM:
				return getGranskadDatum();
			case KundvalPackage.MANADSRAPPORT__KOMMENTAR:
				return getKommentar();
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
			case KundvalPackage.MANADSRAPPORT__INSATS:
				setInsats((Insats)newValue);
				return;
			case KundvalPackage.MANADSRAPPORT__PERIOD:
				setPeriod((YearMonth)newValue);
				return;
			case KundvalPackage.MANADSRAPPORT__STATUS:
				setStatus((Manadsrapportstatus)newValue);
				return;
			case KundvalPackage.MANADSRAPPORT__INLAMNAD:
				setInlamnad((LocalDate)newValue);
				return;
			case KundvalPackage.MANADSRAPPORT__AKTIVITETER:
				setAktiviteter((String)newValue);
				return;
			case KundvalPackage.MANADSRAPPORT__NARVARODAGAR:
				setNarvarodagar((Integer)newValue);
				return;
			case KundvalPackage.MANADSRAPPORT__PROGRESSION:
				setProgression((String)newValue);
				return;
			case KundvalPackage.MANADSRAPPORT__FRANVARODAGAR:
				setFranvarodagar((Integer)newValue);
				return;
			case KundvalPackage.MANADSRAPPORT__SJUKDAGAR:
				setSjukdagar((Integer)newValue);
				return;
			case KundvalPackage.MANADSRAPPORT__SJUKDAGAR_MED_LAKARINTYG:
				setSjukdagarMedLakarintyg((Integer)newValue);
				return;
			case KundvalPackage.MANADSRAPPORT__AVVIKELSER:
				setAvvikelser((String)newValue);
				return;
			case KundvalPackage.MANADSRAPPORT__GRANSKAD_AV:
				setGranskadAv((String)newValue);
				return;
			case KundvalPackage.MANADSRAPPORT__GRANSKAD_DATUM:
				setGranskadDatum((LocalDate)newValue);
				return;
			case KundvalPackage.MANADSRAPPORT__KOMMENTAR:
				setKommentar((String)newValue);
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
			case KundvalPackage.MANADSRAPPORT__INSATS:
				setInsats((Insats)null);
				return;
			case KundvalPackage.MANADSRAPPORT__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case KundvalPackage.MANADSRAPPORT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case KundvalPackage.MANADSRAPPORT__INLAMNAD:
				setInlamnad(INLAMNAD_EDEFAULT);
				return;
			case KundvalPackage.MANADSRAPPORT__AKTIVITETER:
				setAktiviteter(AKTIVITETER_EDEFAULT);
				return;
			case KundvalPackage.MANADSRAPPORT__NARVARODAGAR:
				setNarvarodagar(NARVARODAGAR_EDEFAULT);
				return;
			case KundvalPackage.MANADSRAPPORT__PROGRESSION:
				setProgression(PROGRESSION_EDEFAULT);
				return;
			case KundvalPackage.MANADSRAPPORT__FRANVARODAGAR:
				setFranvarodagar(FRANVARODAGAR_EDEFAULT);
				return;
			case KundvalPackage.MANADSRAPPORT__SJUKDAGAR:
				setSjukdagar(SJUKDAGAR_EDEFAULT);
				return;
			case KundvalPackage.MANADSRAPPORT__SJUKDAGAR_MED_LAKARINTYG:
				setSjukdagarMedLakarintyg(SJUKDAGAR_MED_LAKARINTYG_EDEFAULT);
				return;
			case KundvalPackage.MANADSRAPPORT__AVVIKELSER:
				setAvvikelser(AVVIKELSER_EDEFAULT);
				return;
			case KundvalPackage.MANADSRAPPORT__GRANSKAD_AV:
				setGranskadAv(GRANSKAD_AV_EDEFAULT);
				return;
			case KundvalPackage.MANADSRAPPORT__GRANSKAD_DATUM:
				setGranskadDatum(GRANSKAD_DATUM_EDEFAULT);
				return;
			case KundvalPackage.MANADSRAPPORT__KOMMENTAR:
				setKommentar(KOMMENTAR_EDEFAULT);
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
			case KundvalPackage.MANADSRAPPORT__INSATS:
				return getInsats() != null;
			case KundvalPackage.MANADSRAPPORT__PERIOD:
				return PERIOD_EDEFAULT == null ? period != null : !PERIOD_EDEFAULT.equals(period);
			case KundvalPackage.MANADSRAPPORT__STATUS:
				return status != STATUS_EDEFAULT;
			case KundvalPackage.MANADSRAPPORT__INLAMNAD:
				return INLAMNAD_EDEFAULT == null ? inlamnad != null : !INLAMNAD_EDEFAULT.equals(inlamnad);
			case KundvalPackage.MANADSRAPPORT__AKTIVITETER:
				return AKTIVITETER_EDEFAULT == null ? aktiviteter != null : !AKTIVITETER_EDEFAULT.equals(aktiviteter);
			case KundvalPackage.MANADSRAPPORT__NARVARODAGAR:
				return narvarodagar != NARVARODAGAR_EDEFAULT;
			case KundvalPackage.MANADSRAPPORT__PROGRESSION:
				return PROGRESSION_EDEFAULT == null ? progression != null : !PROGRESSION_EDEFAULT.equals(progression);
			case KundvalPackage.MANADSRAPPORT__FRANVARODAGAR:
				return franvarodagar != FRANVARODAGAR_EDEFAULT;
			case KundvalPackage.MANADSRAPPORT__SJUKDAGAR:
				return sjukdagar != SJUKDAGAR_EDEFAULT;
			case KundvalPackage.MANADSRAPPORT__SJUKDAGAR_MED_LAKARINTYG:
				return sjukdagarMedLakarintyg != SJUKDAGAR_MED_LAKARINTYG_EDEFAULT;
			case KundvalPackage.MANADSRAPPORT__AVVIKELSER:
				return AVVIKELSER_EDEFAULT == null ? avvikelser != null : !AVVIKELSER_EDEFAULT.equals(avvikelser);
			case KundvalPackage.MANADSRAPPORT__GRANSKAD_AV:
				return GRANSKAD_AV_EDEFAULT == null ? granskadAv != null : !GRANSKAD_AV_EDEFAULT.equals(granskadAv);
			case KundvalPackage.MANADSRAPPORT__GRANSKAD_DATUM:
				return GRANSKAD_DATUM_EDEFAULT == null ? granskadDatum != null : !GRANSKAD_DATUM_EDEFAULT.equals(granskadDatum);
			case KundvalPackage.MANADSRAPPORT__KOMMENTAR:
				return KOMMENTAR_EDEFAULT == null ? kommentar != null : !KOMMENTAR_EDEFAULT.equals(kommentar);
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
		result.append(" (period: ");
		result.append(period);
		result.append(", status: ");
		result.append(status);
		result.append(", inlamnad: ");
		result.append(inlamnad);
		result.append(", aktiviteter: ");
		result.append(aktiviteter);
		result.append(", narvarodagar: ");
		result.append(narvarodagar);
		result.append(", progression: ");
		result.append(progression);
		result.append(", franvarodagar: ");
		result.append(franvarodagar);
		result.append(", sjukdagar: ");
		result.append(sjukdagar);
		result.append(", sjukdagarMedLakarintyg: ");
		result.append(sjukdagarMedLakarintyg);
		result.append(", avvikelser: ");
		result.append(avvikelser);
		result.append(", granskadAv: ");
		result.append(granskadAv);
		result.append(", granskadDatum: ");
		result.append(granskadDatum);
		result.append(", kommentar: ");
		result.append(kommentar);
		result.append(')');
		return result.toString();
	}

} //ManadsrapportImpl
