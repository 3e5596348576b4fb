/**
 */
package se.kundval.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import se.kundval.model.Anordnare;
import se.kundval.model.Enkatutskick;
import se.kundval.model.KundvalPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Enkatutskick</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.EnkatutskickImpl#getAnordnare <em>Anordnare</em>}</li>
 *   <li>{@link se.kundval.model.impl.EnkatutskickImpl#getAr <em>Ar</em>}</li>
 *   <li>{@link se.kundval.model.impl.EnkatutskickImpl#getAntal <em>Antal</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnkatutskickImpl extends EntitetImpl implements Enkatutskick {
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
	 * The default value of the '{@link #getAntal() <em>Antal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAntal()
	 * @generated
	 * @ordered
	 */
	protected static final int ANTAL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAntal() <em>Antal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAntal()
	 * @generated
	 * @ordered
	 */
	protected int antal = ANTAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnkatutskickImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.ENKATUTSKICK;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KundvalPackage.ENKATUTSKICK__ANORDNARE, oldAnordnare, anordnare));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ENKATUTSKICK__ANORDNARE, oldAnordnare, anordnare));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ENKATUTSKICK__AR, oldAr, ar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAntal() {
		return antal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAntal(int newAntal) {
		int oldAntal = antal;
		antal = newAntal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ENKATUTSKICK__ANTAL, oldAntal, antal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KundvalPackage.ENKATUTSKICK__ANORDNARE:
				if (resolve) return getAnordnare();
				return basicGetAnordnare();
			case KundvalPackage.ENKATUTSKICK__AR:
				return getAr();
			case KundvalPackage.ENKATUTSKICK__ANTAL:
				return getAntal();
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
			case KundvalPackage.ENKATUTSKICK__ANORDNARE:
				setAnordnare((Anordnare)newValue);
				return;
			case KundvalPackage.ENKATUTSKICK__AR:
				setAr((Integer)newValue);
				return;
			case KundvalPackage.ENKATUTSKICK__ANTAL:
				setAntal((Integer)newValue);
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
			case KundvalPackage.ENKATUTSKICK__ANORDNARE:
				setAnordnare((Anordnare)null);
				return;
			case KundvalPackage.ENKATUTSKICK__AR:
				setAr(AR_EDEFAULT);
				return;
			case KundvalPackage.ENKATUTSKICK__ANTAL:
				setAntal(ANTAL_EDEFAULT);
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
			case KundvalPackage.ENKATUTSKICK__ANORDNARE:
				return anordnare != null;
			case KundvalPackage.ENKATUTSKICK__AR:
				return ar != AR_EDEFAULT;
			case KundvalPackage.ENKATUTSKICK__ANTAL:
				return antal != ANTAL_EDEFAULT;
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
		result.append(", antal: ");
		result.append(antal);
		result.append(')');
		return result.toString();
	}

} //EnkatutskickImpl
