/**
 */
package se.kundval.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import se.kundval.model.Insatstyp;
import se.kundval.model.Kundval;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Malsattning;
import se.kundval.model.Niva;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Insatstyp</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.InsatstypImpl#getKod <em>Kod</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatstypImpl#getNamn <em>Namn</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatstypImpl#getKundval <em>Kundval</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatstypImpl#getNiva <em>Niva</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatstypImpl#getLangdManader <em>Langd Manader</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatstypImpl#getMalsattning <em>Malsattning</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatstypImpl#getGiltigFran <em>Giltig Fran</em>}</li>
 *   <li>{@link se.kundval.model.impl.InsatstypImpl#getGiltigTill <em>Giltig Till</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InsatstypImpl extends EntitetImpl implements Insatstyp {
	/**
	 * The default value of the '{@link #getKod() <em>Kod</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKod()
	 * @generated
	 * @ordered
	 */
	protected static final String KOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKod() <em>Kod</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKod()
	 * @generated
	 * @ordered
	 */
	protected String kod = KOD_EDEFAULT;

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
	 * The cached value of the '{@link #getKundval() <em>Kundval</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKundval()
	 * @generated
	 * @ordered
	 */
	protected Kundval kundval;

	/**
	 * The cached value of the '{@link #getNiva() <em>Niva</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNiva()
	 * @generated
	 * @ordered
	 */
	protected Niva niva;

	/**
	 * The default value of the '{@link #getLangdManader() <em>Langd Manader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLangdManader()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LANGD_MANADER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLangdManader() <em>Langd Manader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLangdManader()
	 * @generated
	 * @ordered
	 */
	protected Integer langdManader = LANGD_MANADER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMalsattning() <em>Malsattning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMalsattning()
	 * @generated
	 * @ordered
	 */
	protected static final Malsattning MALSATTNING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMalsattning() <em>Malsattning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMalsattning()
	 * @generated
	 * @ordered
	 */
	protected Malsattning malsattning = MALSATTNING_EDEFAULT;

	/**
	 * The default value of the '{@link #getGiltigFran() <em>Giltig Fran</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGiltigFran()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate GILTIG_FRAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGiltigFran() <em>Giltig Fran</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGiltigFran()
	 * @generated
	 * @ordered
	 */
	protected LocalDate giltigFran = GILTIG_FRAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getGiltigTill() <em>Giltig Till</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGiltigTill()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate GILTIG_TILL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGiltigTill() <em>Giltig Till</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGiltigTill()
	 * @generated
	 * @ordered
	 */
	protected LocalDate giltigTill = GILTIG_TILL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InsatstypImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.INSATSTYP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKod() {
		return kod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKod(String newKod) {
		String oldKod = kod;
		kod = newKod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATSTYP__KOD, oldKod, kod));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATSTYP__NAMN, oldNamn, namn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kundval getKundval() {
		if (kundval != null && kundval.eIsProxy()) {
			InternalEObject oldKundval = (InternalEObject)kundval;
			kundval = (Kundval)eResolveProxy(oldKundval);
			if (kundval != oldKundval) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KundvalPackage.INSATSTYP__KUNDVAL, oldKundval, kundval));
			}
		}
		return kundval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Kundval basicGetKundval() {
		return kundval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKundval(Kundval newKundval) {
		Kundval oldKundval = kundval;
		kundval = newKundval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATSTYP__KUNDVAL, oldKundval, kundval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Niva getNiva() {
		if (niva != null && niva.eIsProxy()) {
			InternalEObject oldNiva = (InternalEObject)niva;
			niva = (Niva)eResolveProxy(oldNiva);
			if (niva != oldNiva) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KundvalPackage.INSATSTYP__NIVA, oldNiva, niva));
			}
		}
		return niva;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Niva basicGetNiva() {
		return niva;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNiva(Niva newNiva) {
		Niva oldNiva = niva;
		niva = newNiva;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATSTYP__NIVA, oldNiva, niva));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLangdManader() {
		return langdManader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLangdManader(Integer newLangdManader) {
		Integer oldLangdManader = langdManader;
		langdManader = newLangdManader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATSTYP__LANGD_MANADER, oldLangdManader, langdManader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Malsattning getMalsattning() {
		return malsattning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMalsattning(Malsattning newMalsattning) {
		Malsattning oldMalsattning = malsattning;
		malsattning = newMalsattning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATSTYP__MALSATTNING, oldMalsattning, malsattning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getGiltigFran() {
		return giltigFran;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGiltigFran(LocalDate newGiltigFran) {
		LocalDate oldGiltigFran = giltigFran;
		giltigFran = newGiltigFran;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATSTYP__GILTIG_FRAN, oldGiltigFran, giltigFran));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getGiltigTill() {
		return giltigTill;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGiltigTill(LocalDate newGiltigTill) {
		LocalDate oldGiltigTill = giltigTill;
		giltigTill = newGiltigTill;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.INSATSTYP__GILTIG_TILL, oldGiltigTill, giltigTill));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KundvalPackage.INSATSTYP__KOD:
				return getKod();
			case KundvalPackage.INSATSTYP__NAMN:
				return getNamn();
			case KundvalPackage.INSATSTYP__KUNDVAL:
				if (resolve) return getKundval();
				return basicGetKundval();
			case KundvalPackage.INSATSTYP__NIVA:
				if (resolve) return getNiva();
				return basicGetNiva();
			case KundvalPackage.INSATSTYP__LANGD_MANADER:
				return getLangdManader();
			case KundvalPackage.INSATSTYP__MALSATTNING:
				return getMalsattning();
			case KundvalPackage.INSATSTYP__GILTIG_FRAN:
				return getGiltigFran();
			case KundvalPackage.INSATSTYP__GILTIG_TILL:
				return getGiltigTill();
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
			case KundvalPackage.INSATSTYP__KOD:
				setKod((String)newValue);
				return;
			case KundvalPackage.INSATSTYP__NAMN:
				setNamn((String)newValue);
				return;
			case KundvalPackage.INSATSTYP__KUNDVAL:
				setKundval((Kundval)newValue);
				return;
			case KundvalPackage.INSATSTYP__NIVA:
				setNiva((Niva)newValue);
				return;
			case KundvalPackage.INSATSTYP__LANGD_MANADER:
				setLangdManader((Integer)newValue);
				return;
			case KundvalPackage.INSATSTYP__MALSATTNING:
				setMalsattning((Malsattning)newValue);
				return;
			case KundvalPackage.INSATSTYP__GILTIG_FRAN:
				setGiltigFran((LocalDate)newValue);
				return;
			case KundvalPackage.INSATSTYP__GILTIG_TILL:
				setGiltigTill((LocalDate)newValue);
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
			case KundvalPackage.INSATSTYP__KOD:
				setKod(KOD_EDEFAULT);
				return;
			case KundvalPackage.INSATSTYP__NAMN:
				setNamn(NAMN_EDEFAULT);
				return;
			case KundvalPackage.INSATSTYP__KUNDVAL:
				setKundval((Kundval)null);
				return;
			case KundvalPackage.INSATSTYP__NIVA:
				setNiva((Niva)null);
				return;
			case KundvalPackage.INSATSTYP__LANGD_MANADER:
				setLangdManader(LANGD_MANADER_EDEFAULT);
				return;
			case KundvalPackage.INSATSTYP__MALSATTNING:
				setMalsattning(MALSATTNING_EDEFAULT);
				return;
			case KundvalPackage.INSATSTYP__GILTIG_FRAN:
				setGiltigFran(GILTIG_FRAN_EDEFAULT);
				return;
			case KundvalPackage.INSATSTYP__GILTIG_TILL:
				setGiltigTill(GILTIG_TILL_EDEFAULT);
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
			case KundvalPackage.INSATSTYP__KOD:
				return KOD_EDEFAULT == null ? kod != null : !KOD_EDEFAULT.equals(kod);
			case KundvalPackage.INSATSTYP__NAMN:
				return NAMN_EDEFAULT == null ? namn != null : !NAMN_EDEFAULT.equals(namn);
			case KundvalPackage.INSATSTYP__KUNDVAL:
				return kundval != null;
			case KundvalPackage.INSATSTYP__NIVA:
				return niva != null;
			case KundvalPackage.INSATSTYP__LANGD_MANADER:
				return LANGD_MANADER_EDEFAULT == null ? langdManader != null : !LANGD_MANADER_EDEFAULT.equals(langdManader);
			case KundvalPackage.INSATSTYP__MALSATTNING:
				return MALSATTNING_EDEFAULT == null ? malsattning != null : !MALSATTNING_EDEFAULT.equals(malsattning);
			case KundvalPackage.INSATSTYP__GILTIG_FRAN:
				return GILTIG_FRAN_EDEFAULT == null ? giltigFran != null : !GILTIG_FRAN_EDEFAULT.equals(giltigFran);
			case KundvalPackage.INSATSTYP__GILTIG_TILL:
				return GILTIG_TILL_EDEFAULT == null ? giltigTill != null : !GILTIG_TILL_EDEFAULT.equals(giltigTill);
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
		result.append(" (kod: ");
		result.append(kod);
		result.append(", namn: ");
		result.append(namn);
		result.append(", langdManader: ");
		result.append(langdManader);
		result.append(", malsattning: ");
		result.append(malsattning);
		result.append(", giltigFran: ");
		result.append(giltigFran);
		result.append(", giltigTill: ");
		result.append(giltigTill);
		result.append(')');
		return result.toString();
	}

} //InsatstypImpl
