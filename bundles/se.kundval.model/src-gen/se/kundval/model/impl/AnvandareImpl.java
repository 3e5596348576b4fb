/**
 */
package se.kundval.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import se.kundval.model.Anvandare;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Roll;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Anvandare</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.AnvandareImpl#getAnvandarnamn <em>Anvandarnamn</em>}</li>
 *   <li>{@link se.kundval.model.impl.AnvandareImpl#getNamn <em>Namn</em>}</li>
 *   <li>{@link se.kundval.model.impl.AnvandareImpl#getRoll <em>Roll</em>}</li>
 *   <li>{@link se.kundval.model.impl.AnvandareImpl#getOrgnr <em>Orgnr</em>}</li>
 *   <li>{@link se.kundval.model.impl.AnvandareImpl#getLosenordHash <em>Losenord Hash</em>}</li>
 *   <li>{@link se.kundval.model.impl.AnvandareImpl#isAktiv <em>Aktiv</em>}</li>
 *   <li>{@link se.kundval.model.impl.AnvandareImpl#isPortaladmin <em>Portaladmin</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnvandareImpl extends EntitetImpl implements Anvandare {
	/**
	 * The default value of the '{@link #getAnvandarnamn() <em>Anvandarnamn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnvandarnamn()
	 * @generated
	 * @ordered
	 */
	protected static final String ANVANDARNAMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnvandarnamn() <em>Anvandarnamn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnvandarnamn()
	 * @generated
	 * @ordered
	 */
	protected String anvandarnamn = ANVANDARNAMN_EDEFAULT;

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
	 * The default value of the '{@link #getRoll() <em>Roll</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoll()
	 * @generated
	 * @ordered
	 */
	protected static final Roll ROLL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRoll() <em>Roll</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoll()
	 * @generated
	 * @ordered
	 */
	protected Roll roll = ROLL_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrgnr() <em>Orgnr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrgnr()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGNR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrgnr() <em>Orgnr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrgnr()
	 * @generated
	 * @ordered
	 */
	protected String orgnr = ORGNR_EDEFAULT;

	/**
	 * The default value of the '{@link #getLosenordHash() <em>Losenord Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLosenordHash()
	 * @generated
	 * @ordered
	 */
	protected static final String LOSENORD_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLosenordHash() <em>Losenord Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLosenordHash()
	 * @generated
	 * @ordered
	 */
	protected String losenordHash = LOSENORD_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #isAktiv() <em>Aktiv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAktiv()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AKTIV_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAktiv() <em>Aktiv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAktiv()
	 * @generated
	 * @ordered
	 */
	protected boolean aktiv = AKTIV_EDEFAULT;

	/**
	 * The default value of the '{@link #isPortaladmin() <em>Portaladmin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPortaladmin()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PORTALADMIN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPortaladmin() <em>Portaladmin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPortaladmin()
	 * @generated
	 * @ordered
	 */
	protected boolean portaladmin = PORTALADMIN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnvandareImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.ANVANDARE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnvandarnamn() {
		return anvandarnamn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnvandarnamn(String newAnvandarnamn) {
		String oldAnvandarnamn = anvandarnamn;
		anvandarnamn = newAnvandarnamn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ANVANDARE__ANVANDARNAMN, oldAnvandarnamn, anvandarnamn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ANVANDARE__NAMN, oldNamn, namn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Roll getRoll() {
		return roll;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoll(Roll newRoll) {
		Roll oldRoll = roll;
		roll = newRoll;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ANVANDARE__ROLL, oldRoll, roll));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrgnr() {
		return orgnr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrgnr(String newOrgnr) {
		String oldOrgnr = orgnr;
		orgnr = newOrgnr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ANVANDARE__ORGNR, oldOrgnr, orgnr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLosenordHash() {
		return losenordHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLosenordHash(String newLosenordHash) {
		String oldLosenordHash = losenordHash;
		losenordHash = newLosenordHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ANVANDARE__LOSENORD_HASH, oldLosenordHash, losenordHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAktiv() {
		return aktiv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAktiv(boolean newAktiv) {
		boolean oldAktiv = aktiv;
		aktiv = newAktiv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ANVANDARE__AKTIV, oldAktiv, aktiv));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPortaladmin() {
		return portaladmin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPortaladmin(boolean newPortaladmin) {
		boolean oldPortaladmin = portaladmin;
		portaladmin = newPortaladmin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ANVANDARE__PORTALADMIN, oldPortaladmin, portaladmin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KundvalPackage.ANVANDARE__ANVANDARNAMN:
				return getAnvandarnamn();
			case KundvalPackage.ANVANDARE__NAMN:
				return getNamn();
			case KundvalPackage.ANVANDARE__ROLL:
				return getRoll();
			case KundvalPackage.ANVANDARE__ORGNR:
				return getOrgnr();
			case KundvalPackage.ANVANDARE__LOSENORD_HASH:
				return getLosenordHash();
			case KundvalPackage.ANVANDARE__AKTIV:
				return isAktiv();
			case KundvalPackage.ANVANDARE__PORTALADMIN:
				return isPortaladmin();
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
			case KundvalPackage.ANVANDARE__ANVANDARNAMN:
				setAnvandarnamn((String)newValue);
				return;
			case KundvalPackage.ANVANDARE__NAMN:
				setNamn((String)newValue);
				return;
			case KundvalPackage.ANVANDARE__ROLL:
				setRoll((Roll)newValue);
				return;
			case KundvalPackage.ANVANDARE__ORGNR:
				setOrgnr((String)newValue);
				return;
			case KundvalPackage.ANVANDARE__LOSENORD_HASH:
				setLosenordHash((String)newValue);
				return;
			case KundvalPackage.ANVANDARE__AKTIV:
				setAktiv((Boolean)newValue);
				return;
			case KundvalPackage.ANVANDARE__PORTALADMIN:
				setPortaladmin((Boolean)newValue);
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
			case KundvalPackage.ANVANDARE__ANVANDARNAMN:
				setAnvandarnamn(ANVANDARNAMN_EDEFAULT);
				return;
			case KundvalPackage.ANVANDARE__NAMN:
				setNamn(NAMN_EDEFAULT);
				return;
			case KundvalPackage.ANVANDARE__ROLL:
				setRoll(ROLL_EDEFAULT);
				return;
			case KundvalPackage.ANVANDARE__ORGNR:
				setOrgnr(ORGNR_EDEFAULT);
				return;
			case KundvalPackage.ANVANDARE__LOSENORD_HASH:
				setLosenordHash(LOSENORD_HASH_EDEFAULT);
				return;
			case KundvalPackage.ANVANDARE__AKTIV:
				setAktiv(AKTIV_EDEFAULT);
				return;
			case KundvalPackage.ANVANDARE__PORTALADMIN:
				setPortaladmin(PORTALADMIN_EDEFAULT);
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
			case KundvalPackage.ANVANDARE__ANVANDARNAMN:
				return ANVANDARNAMN_EDEFAULT == null ? anvandarnamn != null : !ANVANDARNAMN_EDEFAULT.equals(anvandarnamn);
			case KundvalPackage.ANVANDARE__NAMN:
				return NAMN_EDEFAULT == null ? namn != null : !NAMN_EDEFAULT.equals(namn);
			case KundvalPackage.ANVANDARE__ROLL:
				return ROLL_EDEFAULT == null ? roll != null : !ROLL_EDEFAULT.equals(roll);
			case KundvalPackage.ANVANDARE__ORGNR:
				return ORGNR_EDEFAULT == null ? orgnr != null : !ORGNR_EDEFAULT.equals(orgnr);
			case KundvalPackage.ANVANDARE__LOSENORD_HASH:
				return LOSENORD_HASH_EDEFAULT == null ? losenordHash != null : !LOSENORD_HASH_EDEFAULT.equals(losenordHash);
			case KundvalPackage.ANVANDARE__AKTIV:
				return aktiv != AKTIV_EDEFAULT;
			case KundvalPackage.ANVANDARE__PORTALADMIN:
				return portaladmin != PORTALADMIN_EDEFAULT;
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
		result.append(" (anvandarnamn: ");
		result.append(anvandarnamn);
		result.append(", namn: ");
		result.append(namn);
		result.append(", roll: ");
		result.append(roll);
		result.append(", orgnr: ");
		result.append(orgnr);
		result.append(", losenordHash: ");
		result.append(losenordHash);
		result.append(", aktiv: ");
		result.append(aktiv);
		result.append(", portaladmin: ");
		result.append(portaladmin);
		result.append(')');
		return result.toString();
	}

} //AnvandareImpl
