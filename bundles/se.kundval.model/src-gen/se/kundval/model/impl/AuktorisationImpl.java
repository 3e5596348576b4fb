/**
 */
package se.kundval.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import se.kundval.model.Anordnare;
import se.kundval.model.Auktorisation;
import se.kundval.model.Insatstyp;
import se.kundval.model.KundvalPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Auktorisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.AuktorisationImpl#getAnordnare <em>Anordnare</em>}</li>
 *   <li>{@link se.kundval.model.impl.AuktorisationImpl#getInsatstyp <em>Insatstyp</em>}</li>
 *   <li>{@link se.kundval.model.impl.AuktorisationImpl#getFran <em>Fran</em>}</li>
 *   <li>{@link se.kundval.model.impl.AuktorisationImpl#getTill <em>Till</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AuktorisationImpl extends EntitetImpl implements Auktorisation {
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
	 * The default value of the '{@link #getFran() <em>Fran</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFran()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FRAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFran() <em>Fran</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFran()
	 * @generated
	 * @ordered
	 */
	protected LocalDate fran = FRAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTill() <em>Till</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTill()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate TILL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTill() <em>Till</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTill()
	 * @generated
	 * @ordered
	 */
	protected LocalDate till = TILL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AuktorisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.AUKTORISATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Anordnare getAnordnare() {
		if (eContainerFeatureID() != KundvalPackage.AUKTORISATION__ANORDNARE) return null;
		return (Anordnare)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAnordnare(Anordnare newAnordnare, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newAnordnare, KundvalPackage.AUKTORISATION__ANORDNARE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnordnare(Anordnare newAnordnare) {
		if (newAnordnare != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.AUKTORISATION__ANORDNARE && newAnordnare != null)) {
			if (EcoreUtil.isAncestor(this, newAnordnare))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newAnordnare != null)
				msgs = ((InternalEObject)newAnordnare).eInverseAdd(this, KundvalPackage.ANORDNARE__AUKTORISATIONER, Anordnare.class, msgs);
			msgs = basicSetAnordnare(newAnordnare, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AUKTORISATION__ANORDNARE, newAnordnare, newAnordnare));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KundvalPackage.AUKTORISATION__INSATSTYP, oldInsatstyp, insatstyp));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AUKTORISATION__INSATSTYP, oldInsatstyp, insatstyp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFran() {
		return fran;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFran(LocalDate newFran) {
		LocalDate oldFran = fran;
		fran = newFran;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AUKTORISATION__FRAN, oldFran, fran));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getTill() {
		return till;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTill(LocalDate newTill) {
		LocalDate oldTill = till;
		till = newTill;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AUKTORISATION__TILL, oldTill, till));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.AUKTORISATION__ANORDNARE:
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
			case KundvalPackage.AUKTORISATION__ANORDNARE:
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
			case KundvalPackage.AUKTORISATION__ANORDNARE:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.ANORDNARE__AUKTORISATIONER, Anordnare.class, msgs);
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
			case KundvalPackage.AUKTORISATION__ANORDNARE:
				return getAnordnare();
			case KundvalPackage.AUKTORISATION__INSATSTYP:
				if (resolve) return getInsatstyp();
				return basicGetInsatstyp();
			case KundvalPackage.AUKTORISATION__FRAN:
				return getFran();
			case KundvalPackage.AUKTORISATION__TILL:
				return getTill();
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
			case KundvalPackage.AUKTORISATION__ANORDNARE:
				setAnordnare((Anordnare)newValue);
				return;
			case KundvalPackage.AUKTORISATION__INSATSTYP:
				setInsatstyp((Insatstyp)newValue);
				return;
			case KundvalPackage.AUKTORISATION__FRAN:
				setFran((LocalDate)newValue);
				return;
			case KundvalPackage.AUKTORISATION__TILL:
				setTill((LocalDate)newValue);
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
			case KundvalPackage.AUKTORISATION__ANORDNARE:
				setAnordnare((Anordnare)null);
				return;
			case KundvalPackage.AUKTORISATION__INSATSTYP:
				setInsatstyp((Insatstyp)null);
				return;
			case KundvalPackage.AUKTORISATION__FRAN:
				setFran(FRAN_EDEFAULT);
				return;
			case KundvalPackage.AUKTORISATION__TILL:
				setTill(TILL_EDEFAULT);
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
			case KundvalPackage.AUKTORISATION__ANORDNARE:
				return getAnordnare() != null;
			case KundvalPackage.AUKTORISATION__INSATSTYP:
				return insatstyp != null;
			case KundvalPackage.AUKTORISATION__FRAN:
				return FRAN_EDEFAULT == null ? fran != null : !FRAN_EDEFAULT.equals(fran);
			case KundvalPackage.AUKTORISATION__TILL:
				return TILL_EDEFAULT == null ? till != null : !TILL_EDEFAULT.equals(till);
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
		result.append(" (fran: ");
		result.append(fran);
		result.append(", till: ");
		result.append(till);
		result.append(')');
		return result.toString();
	}

} //AuktorisationImpl
