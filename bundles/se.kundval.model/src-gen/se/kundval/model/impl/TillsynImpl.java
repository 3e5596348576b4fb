/**
 */
package se.kundval.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import se.kundval.model.Anordnare;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Tillsyn;
import se.kundval.model.Tillsynspunkt;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tillsyn</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.TillsynImpl#getAnordnare <em>Anordnare</em>}</li>
 *   <li>{@link se.kundval.model.impl.TillsynImpl#getAr <em>Ar</em>}</li>
 *   <li>{@link se.kundval.model.impl.TillsynImpl#getPunkter <em>Punkter</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TillsynImpl extends EntitetImpl implements Tillsyn {
	/**
	 * The cached value of the '{@link #getAnordnare() <em>Anordnare</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnordnare()
	 * @generated
	 * @ordered
	 */
	protected Anordnare anordnare;

	/**
	 * The default value of the '{@link #getAr() <em>Ar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAr()
	 * @generated
	 * @ordered
	 */
	protected static final int AR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAr() <em>Ar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAr()
	 * @generated
	 * @ordered
	 */
	protected int ar = AR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPunkter() <em>Punkter</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPunkter()
	 * @generated
	 * @ordered
	 */
	protected EList<Tillsynspunkt> punkter;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TillsynImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.TILLSYN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Anordnare getAnordnare() {
		if (anordnare != null && anordnare.eIsProxy()) {
			InternalEObject oldAnordnare = (InternalEObject)anordnare;
			anordnare = (Anordnare)eResolveProxy(oldAnordnare);
			if (anordnare != oldAnordnare) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KundvalPackage.TILLSYN__ANORDNARE, oldAnordnare, anordnare));
			}
		}
		return anordnare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Anordnare basicGetAnordnare() {
		return anordnare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnordnare(Anordnare newAnordnare) {
		Anordnare oldAnordnare = anordnare;
		anordnare = newAnordnare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.TILLSYN__ANORDNARE, oldAnordnare, anordnare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAr() {
		return ar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAr(int newAr) {
		int oldAr = ar;
		ar = newAr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.TILLSYN__AR, oldAr, ar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tillsynspunkt> getPunkter() {
		if (punkter == null) {
			punkter = new EObjectContainmentWithInverseEList<Tillsynspunkt>(Tillsynspunkt.class, this, KundvalPackage.TILLSYN__PUNKTER, KundvalPackage.TILLSYNSPUNKT__TILLSYN);
		}
		return punkter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.TILLSYN__PUNKTER:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPunkter()).basicAdd(otherEnd, msgs);
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
			case KundvalPackage.TILLSYN__PUNKTER:
				return ((InternalEList<?>)getPunkter()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KundvalPackage.TILLSYN__ANORDNARE:
				if (resolve) return getAnordnare();
				return basicGetAnordnare();
			case KundvalPackage.TILLSYN__AR:
				return getAr();
			case KundvalPackage.TILLSYN__PUNKTER:
				return getPunkter();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case KundvalPackage.TILLSYN__ANORDNARE:
				setAnordnare((Anordnare)newValue);
				return;
			case KundvalPackage.TILLSYN__AR:
				setAr((Integer)newValue);
				return;
			case KundvalPackage.TILLSYN__PUNKTER:
				getPunkter().clear();
				getPunkter().addAll((Collection<? extends Tillsynspunkt>)newValue);
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
			case KundvalPackage.TILLSYN__ANORDNARE:
				setAnordnare((Anordnare)null);
				return;
			case KundvalPackage.TILLSYN__AR:
				setAr(AR_EDEFAULT);
				return;
			case KundvalPackage.TILLSYN__PUNKTER:
				getPunkter().clear();
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
			case KundvalPackage.TILLSYN__ANORDNARE:
				return anordnare != null;
			case KundvalPackage.TILLSYN__AR:
				return ar != AR_EDEFAULT;
			case KundvalPackage.TILLSYN__PUNKTER:
				return punkter != null && !punkter.isEmpty();
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
		result.append(" (ar: ");
		result.append(ar);
		result.append(')');
		return result.toString();
	}

} //TillsynImpl
