/**
 */
package se.kundval.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import se.kundval.model.Insatstyp;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Pris;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pris</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.PrisImpl#getInsatstyp <em>Insatstyp</em>}</li>
 *   <li>{@link se.kundval.model.impl.PrisImpl#getGiltigFran <em>Giltig Fran</em>}</li>
 *   <li>{@link se.kundval.model.impl.PrisImpl#getCheckbelopp <em>Checkbelopp</em>}</li>
 *   <li>{@link se.kundval.model.impl.PrisImpl#getBonus <em>Bonus</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PrisImpl extends EntitetImpl implements Pris {
	/**
	 * The cached value of the '{@link #getInsatstyp() <em>Insatstyp</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsatstyp()
	 * @generated
	 * @ordered
	 */
	protected Insatstyp insatstyp;

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
	 * The default value of the '{@link #getCheckbelopp() <em>Checkbelopp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckbelopp()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CHECKBELOPP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCheckbelopp() <em>Checkbelopp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckbelopp()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal checkbelopp = CHECKBELOPP_EDEFAULT;

	/**
	 * The default value of the '{@link #getBonus() <em>Bonus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBonus()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BONUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBonus() <em>Bonus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBonus()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal bonus = BONUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PrisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.PRIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Insatstyp getInsatstyp() {
		if (insatstyp != null && insatstyp.eIsProxy()) {
			InternalEObject oldInsatstyp = (InternalEObject)insatstyp;
			insatstyp = (Insatstyp)eResolveProxy(oldInsatstyp);
			if (insatstyp != oldInsatstyp) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KundvalPackage.PRIS__INSATSTYP, oldInsatstyp, insatstyp));
			}
		}
		return insatstyp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Insatstyp basicGetInsatstyp() {
		return insatstyp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsatstyp(Insatstyp newInsatstyp) {
		Insatstyp oldInsatstyp = insatstyp;
		insatstyp = newInsatstyp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PRIS__INSATSTYP, oldInsatstyp, insatstyp));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PRIS__GILTIG_FRAN, oldGiltigFran, giltigFran));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCheckbelopp() {
		return checkbelopp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckbelopp(BigDecimal newCheckbelopp) {
		BigDecimal oldCheckbelopp = checkbelopp;
		checkbelopp = newCheckbelopp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PRIS__CHECKBELOPP, oldCheckbelopp, checkbelopp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBonus() {
		return bonus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBonus(BigDecimal newBonus) {
		BigDecimal oldBonus = bonus;
		bonus = newBonus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PRIS__BONUS, oldBonus, bonus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KundvalPackage.PRIS__INSATSTYP:
				if (resolve) return getInsatstyp();
				return basicGetInsatstyp();
			case KundvalPackage.PRIS__GILTIG_FRAN:
				return getGiltigFran();
			case KundvalPackage.PRIS__CHECKBELOPP:
				return getCheckbelopp();
			case KundvalPackage.PRIS__BONUS:
				return getBonus();
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
			case KundvalPackage.PRIS__INSATSTYP:
				setInsatstyp((Insatstyp)newValue);
				return;
			case KundvalPackage.PRIS__GILTIG_FRAN:
				setGiltigFran((LocalDate)newValue);
				return;
			case KundvalPackage.PRIS__CHECKBELOPP:
				setCheckbelopp((BigDecimal)newValue);
				return;
			case KundvalPackage.PRIS__BONUS:
				setBonus((BigDecimal)newValue);
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
			case KundvalPackage.PRIS__INSATSTYP:
				setInsatstyp((Insatstyp)null);
				return;
			case KundvalPackage.PRIS__GILTIG_FRAN:
				setGiltigFran(GILTIG_FRAN_EDEFAULT);
				return;
			case KundvalPackage.PRIS__CHECKBELOPP:
				setCheckbelopp(CHECKBELOPP_EDEFAULT);
				return;
			case KundvalPackage.PRIS__BONUS:
				setBonus(BONUS_EDEFAULT);
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
			case KundvalPackage.PRIS__INSATSTYP:
				return insatstyp != null;
			case KundvalPackage.PRIS__GILTIG_FRAN:
				return GILTIG_FRAN_EDEFAULT == null ? giltigFran != null : !GILTIG_FRAN_EDEFAULT.equals(giltigFran);
			case KundvalPackage.PRIS__CHECKBELOPP:
				return CHECKBELOPP_EDEFAULT == null ? checkbelopp != null : !CHECKBELOPP_EDEFAULT.equals(checkbelopp);
			case KundvalPackage.PRIS__BONUS:
				return BONUS_EDEFAULT == null ? bonus != null : !BONUS_EDEFAULT.equals(bonus);
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
		result.append(" (giltigFran: ");
		result.append(giltigFran);
		result.append(", checkbelopp: ");
		result.append(checkbelopp);
		result.append(", bonus: ");
		result.append(bonus);
		result.append(')');
		return result.toString();
	}

} //PrisImpl
