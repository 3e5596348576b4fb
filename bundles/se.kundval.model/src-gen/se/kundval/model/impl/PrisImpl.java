/**
 */
package se.kundval.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.time.LocalDateTime;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import se.kundval.model.Insatstyp;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Pris;
import se.kundval.model.Prisstatus;

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
 *   <li>{@link se.kundval.model.impl.PrisImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link se.kundval.model.impl.PrisImpl#getForeslagenAv <em>Foreslagen Av</em>}</li>
 *   <li>{@link se.kundval.model.impl.PrisImpl#getForeslagenTid <em>Foreslagen Tid</em>}</li>
 *   <li>{@link se.kundval.model.impl.PrisImpl#getGodkandAv <em>Godkand Av</em>}</li>
 *   <li>{@link se.kundval.model.impl.PrisImpl#getGodkandTid <em>Godkand Tid</em>}</li>
 *   <li>{@link se.kundval.model.impl.PrisImpl#getAterkalladAv <em>Aterkallad Av</em>}</li>
 *   <li>{@link se.kundval.model.impl.PrisImpl#getAterkalladTid <em>Aterkallad Tid</em>}</li>
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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final Prisstatus STATUS_EDEFAULT = Prisstatus.FORESLAGEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected Prisstatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getForeslagenAv() <em>Foreslagen Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForeslagenAv()
	 * @generated
	 * @ordered
	 */
	protected static final String FORESLAGEN_AV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getForeslagenAv() <em>Foreslagen Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForeslagenAv()
	 * @generated
	 * @ordered
	 */
	protected String foreslagenAv = FORESLAGEN_AV_EDEFAULT;

	/**
	 * The default value of the '{@link #getForeslagenTid() <em>Foreslagen Tid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForeslagenTid()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime FORESLAGEN_TID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getForeslagenTid() <em>Foreslagen Tid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForeslagenTid()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime foreslagenTid = FORESLAGEN_TID_EDEFAULT;

	/**
	 * The default value of the '{@link #getGodkandAv() <em>Godkand Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGodkandAv()
	 * @generated
	 * @ordered
	 */
	protected static final String GODKAND_AV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGodkandAv() <em>Godkand Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGodkandAv()
	 * @generated
	 * @ordered
	 */
	protected String godkandAv = GODKAND_AV_EDEFAULT;

	/**
	 * The default value of the '{@link #getGodkandTid() <em>Godkand Tid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGodkandTid()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime GODKAND_TID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGodkandTid() <em>Godkand Tid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGodkandTid()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime godkandTid = GODKAND_TID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAterkalladAv() <em>Aterkallad Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAterkalladAv()
	 * @generated
	 * @ordered
	 */
	protected static final String ATERKALLAD_AV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAterkalladAv() <em>Aterkallad Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAterkalladAv()
	 * @generated
	 * @ordered
	 */
	protected String aterkalladAv = ATERKALLAD_AV_EDEFAULT;

	/**
	 * The default value of the '{@link #getAterkalladTid() <em>Aterkallad Tid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAterkalladTid()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime ATERKALLAD_TID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAterkalladTid() <em>Aterkallad Tid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAterkalladTid()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime aterkalladTid = ATERKALLAD_TID_EDEFAULT;

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
	public Prisstatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(Prisstatus newStatus) {
		Prisstatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PRIS__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getForeslagenAv() {
		return foreslagenAv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForeslagenAv(String newForeslagenAv) {
		String oldForeslagenAv = foreslagenAv;
		foreslagenAv = newForeslagenAv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PRIS__FORESLAGEN_AV, oldForeslagenAv, foreslagenAv));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getForeslagenTid() {
		return foreslagenTid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForeslagenTid(LocalDateTime newForeslagenTid) {
		LocalDateTime oldForeslagenTid = foreslagenTid;
		foreslagenTid = newForeslagenTid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PRIS__FORESLAGEN_TID, oldForeslagenTid, foreslagenTid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGodkandAv() {
		return godkandAv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGodkandAv(String newGodkandAv) {
		String oldGodkandAv = godkandAv;
		godkandAv = newGodkandAv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PRIS__GODKAND_AV, oldGodkandAv, godkandAv));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getGodkandTid() {
		return godkandTid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGodkandTid(LocalDateTime newGodkandTid) {
		LocalDateTime oldGodkandTid = godkandTid;
		godkandTid = newGodkandTid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PRIS__GODKAND_TID, oldGodkandTid, godkandTid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAterkalladAv() {
		return aterkalladAv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAterkalladAv(String newAterkalladAv) {
		String oldAterkalladAv = aterkalladAv;
		aterkalladAv = newAterkalladAv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PRIS__ATERKALLAD_AV, oldAterkalladAv, aterkalladAv));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getAterkalladTid() {
		return aterkalladTid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAterkalladTid(LocalDateTime newAterkalladTid) {
		LocalDateTime oldAterkalladTid = aterkalladTid;
		aterkalladTid = newAterkalladTid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PRIS__ATERKALLAD_TID, oldAterkalladTid, aterkalladTid));
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
			case KundvalPackage.PRIS__STATUS:
				return getStatus();
			case KundvalPackage.PRIS__FORESLAGEN_AV:
				return getForeslagenAv();
			case KundvalPackage.PRIS__FORESLAGEN_TID:
				return getForeslagenTid();
			case KundvalPackage.PRIS__GODKAND_AV:
				return getGodkandAv();
			case KundvalPackage.PRIS__GODKAND_TID:
				return getGodkandTid();
			case KundvalPackage.PRIS__ATERKALLAD_AV:
				return getAterkalladAv();
			case KundvalPackage.PRIS__ATERKALLAD_TID:
				return getAterkalladTid();
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
			case KundvalPackage.PRIS__STATUS:
				setStatus((Prisstatus)newValue);
				return;
			case KundvalPackage.PRIS__FORESLAGEN_AV:
				setForeslagenAv((String)newValue);
				return;
			case KundvalPackage.PRIS__FORESLAGEN_TID:
				setForeslagenTid((LocalDateTime)newValue);
				return;
			case KundvalPackage.PRIS__GODKAND_AV:
				setGodkandAv((String)newValue);
				return;
			case KundvalPackage.PRIS__GODKAND_TID:
				setGodkandTid((LocalDateTime)newValue);
				return;
			case KundvalPackage.PRIS__ATERKALLAD_AV:
				setAterkalladAv((String)newValue);
				return;
			case KundvalPackage.PRIS__ATERKALLAD_TID:
				setAterkalladTid((LocalDateTime)newValue);
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
			case KundvalPackage.PRIS__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case KundvalPackage.PRIS__FORESLAGEN_AV:
				setForeslagenAv(FORESLAGEN_AV_EDEFAULT);
				return;
			case KundvalPackage.PRIS__FORESLAGEN_TID:
				setForeslagenTid(FORESLAGEN_TID_EDEFAULT);
				return;
			case KundvalPackage.PRIS__GODKAND_AV:
				setGodkandAv(GODKAND_AV_EDEFAULT);
				return;
			case KundvalPackage.PRIS__GODKAND_TID:
				setGodkandTid(GODKAND_TID_EDEFAULT);
				return;
			case KundvalPackage.PRIS__ATERKALLAD_AV:
				setAterkalladAv(ATERKALLAD_AV_EDEFAULT);
				return;
			case KundvalPackage.PRIS__ATERKALLAD_TID:
				setAterkalladTid(ATERKALLAD_TID_EDEFAULT);
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
			case KundvalPackage.PRIS__STATUS:
				return status != STATUS_EDEFAULT;
			case KundvalPackage.PRIS__FORESLAGEN_AV:
				return FORESLAGEN_AV_EDEFAULT == null ? foreslagenAv != null : !FORESLAGEN_AV_EDEFAULT.equals(foreslagenAv);
			case KundvalPackage.PRIS__FORESLAGEN_TID:
				return FORESLAGEN_TID_EDEFAULT == null ? foreslagenTid != null : !FORESLAGEN_TID_EDEFAULT.equals(foreslagenTid);
			case KundvalPackage.PRIS__GODKAND_AV:
				return GODKAND_AV_EDEFAULT == null ? godkandAv != null : !GODKAND_AV_EDEFAULT.equals(godkandAv);
			case KundvalPackage.PRIS__GODKAND_TID:
				return GODKAND_TID_EDEFAULT == null ? godkandTid != null : !GODKAND_TID_EDEFAULT.equals(godkandTid);
			case KundvalPackage.PRIS__ATERKALLAD_AV:
				return ATERKALLAD_AV_EDEFAULT == null ? aterkalladAv != null : !ATERKALLAD_AV_EDEFAULT.equals(aterkalladAv);
			case KundvalPackage.PRIS__ATERKALLAD_TID:
				return ATERKALLAD_TID_EDEFAULT == null ? aterkalladTid != null : !ATERKALLAD_TID_EDEFAULT.equals(aterkalladTid);
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
		result.append(", status: ");
		result.append(status);
		result.append(", foreslagenAv: ");
		result.append(foreslagenAv);
		result.append(", foreslagenTid: ");
		result.append(foreslagenTid);
		result.append(", godkandAv: ");
		result.append(godkandAv);
		result.append(", godkandTid: ");
		result.append(godkandTid);
		result.append(", aterkalladAv: ");
		result.append(aterkalladAv);
		result.append(", aterkalladTid: ");
		result.append(aterkalladTid);
		result.append(')');
		return result.toString();
	}

} //PrisImpl
