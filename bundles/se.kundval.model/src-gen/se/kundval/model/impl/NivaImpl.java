/**
 */
package se.kundval.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import se.kundval.model.Kundval;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Niva;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Niva</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.NivaImpl#getKundval <em>Kundval</em>}</li>
 *   <li>{@link se.kundval.model.impl.NivaImpl#getNummer <em>Nummer</em>}</li>
 *   <li>{@link se.kundval.model.impl.NivaImpl#getNamn <em>Namn</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NivaImpl extends EntitetImpl implements Niva {
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
	 * The default value of the '{@link #getNummer() <em>Nummer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNummer()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMMER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNummer() <em>Nummer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNummer()
	 * @generated
	 * @ordered
	 */
	protected int nummer = NUMMER_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NivaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.NIVA;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KundvalPackage.NIVA__KUNDVAL, oldKundval, kundval));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.NIVA__KUNDVAL, oldKundval, kundval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNummer() {
		return nummer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNummer(int newNummer) {
		int oldNummer = nummer;
		nummer = newNummer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.NIVA__NUMMER, oldNummer, nummer));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.NIVA__NAMN, oldNamn, namn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KundvalPackage.NIVA__KUNDVAL:
				if (resolve) return getKundval();
				return basicGetKundval();
			case KundvalPackage.NIVA__NUMMER:
				return getNummer();
			case KundvalPackage.NIVA__NAMN:
				return getNamn();
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
			case KundvalPackage.NIVA__KUNDVAL:
				setKundval((Kundval)newValue);
				return;
			case KundvalPackage.NIVA__NUMMER:
				setNummer((Integer)newValue);
				return;
			case KundvalPackage.NIVA__NAMN:
				setNamn((String)newValue);
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
			case KundvalPackage.NIVA__KUNDVAL:
				setKundval((Kundval)null);
				return;
			case KundvalPackage.NIVA__NUMMER:
				setNummer(NUMMER_EDEFAULT);
				return;
			case KundvalPackage.NIVA__NAMN:
				setNamn(NAMN_EDEFAULT);
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
			case KundvalPackage.NIVA__KUNDVAL:
				return kundval != null;
			case KundvalPackage.NIVA__NUMMER:
				return nummer != NUMMER_EDEFAULT;
			case KundvalPackage.NIVA__NAMN:
				return NAMN_EDEFAULT == null ? namn != null : !NAMN_EDEFAULT.equals(namn);
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
		result.append(" (nummer: ");
		result.append(nummer);
		result.append(", namn: ");
		result.append(namn);
		result.append(')');
		return result.toString();
	}

} //NivaImpl
