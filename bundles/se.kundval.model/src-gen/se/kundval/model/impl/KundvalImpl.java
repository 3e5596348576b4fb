/**
 */
package se.kundval.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import se.kundval.model.Kundval;
import se.kundval.model.KundvalPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kundval</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.KundvalImpl#getKod <em>Kod</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundvalImpl#getNamn <em>Namn</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundvalImpl#getGiltigFran <em>Giltig Fran</em>}</li>
 *   <li>{@link se.kundval.model.impl.KundvalImpl#getGiltigTill <em>Giltig Till</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KundvalImpl extends EntitetImpl implements Kundval {
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
	protected KundvalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.KUNDVAL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUNDVAL__KOD, oldKod, kod));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUNDVAL__NAMN, oldNamn, namn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUNDVAL__GILTIG_FRAN, oldGiltigFran, giltigFran));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.KUNDVAL__GILTIG_TILL, oldGiltigTill, giltigTill));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KundvalPackage.KUNDVAL__KOD:
				return getKod();
			case KundvalPackage.KUNDVAL__NAMN:
				return getNamn();
			case KundvalPackage.KUNDVAL__GILTIG_FRAN:
				return getGiltigFran();
			case KundvalPackage.KUNDVAL__GILTIG_TILL:
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
			case KundvalPackage.KUNDVAL__KOD:
				setKod((String)newValue);
				return;
			case KundvalPackage.KUNDVAL__NAMN:
				setNamn((String)newValue);
				return;
			case KundvalPackage.KUNDVAL__GILTIG_FRAN:
				setGiltigFran((LocalDate)newValue);
				return;
			case KundvalPackage.KUNDVAL__GILTIG_TILL:
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
			case KundvalPackage.KUNDVAL__KOD:
				setKod(KOD_EDEFAULT);
				return;
			case KundvalPackage.KUNDVAL__NAMN:
				setNamn(NAMN_EDEFAULT);
				return;
			case KundvalPackage.KUNDVAL__GILTIG_FRAN:
				setGiltigFran(GILTIG_FRAN_EDEFAULT);
				return;
			case KundvalPackage.KUNDVAL__GILTIG_TILL:
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
			case KundvalPackage.KUNDVAL__KOD:
				return KOD_EDEFAULT == null ? kod != null : !KOD_EDEFAULT.equals(kod);
			case KundvalPackage.KUNDVAL__NAMN:
				return NAMN_EDEFAULT == null ? namn != null : !NAMN_EDEFAULT.equals(namn);
			case KundvalPackage.KUNDVAL__GILTIG_FRAN:
				return GILTIG_FRAN_EDEFAULT == null ? giltigFran != null : !GILTIG_FRAN_EDEFAULT.equals(giltigFran);
			case KundvalPackage.KUNDVAL__GILTIG_TILL:
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
		result.append(", giltigFran: ");
		result.append(giltigFran);
		result.append(", giltigTill: ");
		result.append(giltigTill);
		result.append(')');
		return result.toString();
	}

} //KundvalImpl
