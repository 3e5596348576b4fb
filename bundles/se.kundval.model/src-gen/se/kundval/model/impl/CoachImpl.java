/**
 */
package se.kundval.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import se.kundval.model.Anordnare;
import se.kundval.model.Coach;
import se.kundval.model.KundvalPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Coach</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.CoachImpl#getAnordnare <em>Anordnare</em>}</li>
 *   <li>{@link se.kundval.model.impl.CoachImpl#getNamn <em>Namn</em>}</li>
 *   <li>{@link se.kundval.model.impl.CoachImpl#getEpost <em>Epost</em>}</li>
 *   <li>{@link se.kundval.model.impl.CoachImpl#getTelefon <em>Telefon</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CoachImpl extends EntitetImpl implements Coach {
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
	 * The default value of the '{@link #getEpost() <em>Epost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpost()
	 * @generated
	 * @ordered
	 */
	protected static final String EPOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEpost() <em>Epost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpost()
	 * @generated
	 * @ordered
	 */
	protected String epost = EPOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getTelefon() <em>Telefon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTelefon()
	 * @generated
	 * @ordered
	 */
	protected static final String TELEFON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTelefon() <em>Telefon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTelefon()
	 * @generated
	 * @ordered
	 */
	protected String telefon = TELEFON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CoachImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.COACH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Anordnare getAnordnare() {
		if (eContainerFeatureID() != KundvalPackage.COACH__ANORDNARE) return null;
		return (Anordnare)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAnordnare(Anordnare newAnordnare, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newAnordnare, KundvalPackage.COACH__ANORDNARE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnordnare(Anordnare newAnordnare) {
		if (newAnordnare != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.COACH__ANORDNARE && newAnordnare != null)) {
			if (EcoreUtil.isAncestor(this, newAnordnare))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newAnordnare != null)
				msgs = ((InternalEObject)newAnordnare).eInverseAdd(this, KundvalPackage.ANORDNARE__COACHER, Anordnare.class, msgs);
			msgs = basicSetAnordnare(newAnordnare, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.COACH__ANORDNARE, newAnordnare, newAnordnare));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.COACH__NAMN, oldNamn, namn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEpost() {
		return epost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpost(String newEpost) {
		String oldEpost = epost;
		epost = newEpost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.COACH__EPOST, oldEpost, epost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTelefon() {
		return telefon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTelefon(String newTelefon) {
		String oldTelefon = telefon;
		telefon = newTelefon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.COACH__TELEFON, oldTelefon, telefon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.COACH__ANORDNARE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetAnordnare((Anordnare)otherEnd, msgs);
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
			case KundvalPackage.COACH__ANORDNARE:
				return basicSetAnordnare(null, msgs);
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
			case KundvalPackage.COACH__ANORDNARE:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.ANORDNARE__COACHER, Anordnare.class, msgs);
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
			case KundvalPackage.COACH__ANORDNARE:
				return getAnordnare();
			case KundvalPackage.COACH__NAMN:
				return getNamn();
			case KundvalPackage.COACH__EPOST:
				return getEpost();
			case KundvalPackage.COACH__TELEFON:
				return getTelefon();
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
			case KundvalPackage.COACH__ANORDNARE:
				setAnordnare((Anordnare)newValue);
				return;
			case KundvalPackage.COACH__NAMN:
				setNamn((String)newValue);
				return;
			case KundvalPackage.COACH__EPOST:
				setEpost((String)newValue);
				return;
			case KundvalPackage.COACH__TELEFON:
				setTelefon((String)newValue);
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
			case KundvalPackage.COACH__ANORDNARE:
				setAnordnare((Anordnare)null);
				return;
			case KundvalPackage.COACH__NAMN:
				setNamn(NAMN_EDEFAULT);
				return;
			case KundvalPackage.COACH__EPOST:
				setEpost(EPOST_EDEFAULT);
				return;
			case KundvalPackage.COACH__TELEFON:
				setTelefon(TELEFON_EDEFAULT);
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
			case KundvalPackage.COACH__ANORDNARE:
				return getAnordnare() != null;
			case KundvalPackage.COACH__NAMN:
				return NAMN_EDEFAULT == null ? namn != null : !NAMN_EDEFAULT.equals(namn);
			case KundvalPackage.COACH__EPOST:
				return EPOST_EDEFAULT == null ? epost != null : !EPOST_EDEFAULT.equals(epost);
			case KundvalPackage.COACH__TELEFON:
				return TELEFON_EDEFAULT == null ? telefon != null : !TELEFON_EDEFAULT.equals(telefon);
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
		result.append(" (namn: ");
		result.append(namn);
		result.append(", epost: ");
		result.append(epost);
		result.append(", telefon: ");
		result.append(telefon);
		result.append(')');
		return result.toString();
	}

} //CoachImpl
