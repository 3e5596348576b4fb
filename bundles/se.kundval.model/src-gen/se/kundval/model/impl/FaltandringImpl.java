/**
 */
package se.kundval.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import se.kundval.model.Faltandring;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.KundvalPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Faltandring</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.FaltandringImpl#getHandelse <em>Handelse</em>}</li>
 *   <li>{@link se.kundval.model.impl.FaltandringImpl#getObjekttyp <em>Objekttyp</em>}</li>
 *   <li>{@link se.kundval.model.impl.FaltandringImpl#getObjektId <em>Objekt Id</em>}</li>
 *   <li>{@link se.kundval.model.impl.FaltandringImpl#getFalt <em>Falt</em>}</li>
 *   <li>{@link se.kundval.model.impl.FaltandringImpl#getFore <em>Fore</em>}</li>
 *   <li>{@link se.kundval.model.impl.FaltandringImpl#getEfter <em>Efter</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FaltandringImpl extends EntitetImpl implements Faltandring {
	/**
	 * The default value of the '{@link #getObjekttyp() <em>Objekttyp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjekttyp()
	 * @generated
	 * @ordered
	 */
	protected static final String OBJEKTTYP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObjekttyp() <em>Objekttyp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjekttyp()
	 * @generated
	 * @ordered
	 */
	protected String objekttyp = OBJEKTTYP_EDEFAULT;

	/**
	 * The default value of the '{@link #getObjektId() <em>Objekt Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjektId()
	 * @generated
	 * @ordered
	 */
	protected static final Long OBJEKT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObjektId() <em>Objekt Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjektId()
	 * @generated
	 * @ordered
	 */
	protected Long objektId = OBJEKT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getFalt() <em>Falt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFalt()
	 * @generated
	 * @ordered
	 */
	protected static final String FALT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFalt() <em>Falt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFalt()
	 * @generated
	 * @ordered
	 */
	protected String falt = FALT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFore() <em>Fore</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFore()
	 * @generated
	 * @ordered
	 */
	protected static final String FORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFore() <em>Fore</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFore()
	 * @generated
	 * @ordered
	 */
	protected String fore = FORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEfter() <em>Efter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEfter()
	 * @generated
	 * @ordered
	 */
	protected static final String EFTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEfter() <em>Efter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEfter()
	 * @generated
	 * @ordered
	 */
	protected String efter = EFTER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FaltandringImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.FALTANDRING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Granskningshandelse getHandelse() {
		if (eContainerFeatureID() != KundvalPackage.FALTANDRING__HANDELSE) return null;
		return (Granskningshandelse)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHandelse(Granskningshandelse newHandelse, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newHandelse, KundvalPackage.FALTANDRING__HANDELSE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandelse(Granskningshandelse newHandelse) {
		if (newHandelse != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.FALTANDRING__HANDELSE && newHandelse != null)) {
			if (EcoreUtil.isAncestor(this, newHandelse))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newHandelse != null)
				msgs = ((InternalEObject)newHandelse).eInverseAdd(this, KundvalPackage.GRANSKNINGSHANDELSE__ANDRINGAR, Granskningshandelse.class, msgs);
			msgs = basicSetHandelse(newHandelse, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.FALTANDRING__HANDELSE, newHandelse, newHandelse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObjekttyp() {
		return objekttyp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjekttyp(String newObjekttyp) {
		String oldObjekttyp = objekttyp;
		objekttyp = newObjekttyp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.FALTANDRING__OBJEKTTYP, oldObjekttyp, objekttyp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getObjektId() {
		return objektId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjektId(Long newObjektId) {
		Long oldObjektId = objektId;
		objektId = newObjektId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.FALTANDRING__OBJEKT_ID, oldObjektId, objektId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFalt() {
		return falt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFalt(String newFalt) {
		String oldFalt = falt;
		falt = newFalt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.FALTANDRING__FALT, oldFalt, falt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFore() {
		return fore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFore(String newFore) {
		String oldFore = fore;
		fore = newFore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.FALTANDRING__FORE, oldFore, fore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEfter() {
		return efter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEfter(String newEfter) {
		String oldEfter = efter;
		efter = newEfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.FALTANDRING__EFTER, oldEfter, efter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.FALTANDRING__HANDELSE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetHandelse((Granskningshandelse)otherEnd, msgs);
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
			case KundvalPackage.FALTANDRING__HANDELSE:
				return basicSetHandelse(null, msgs);
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
			case KundvalPackage.FALTANDRING__HANDELSE:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.GRANSKNINGSHANDELSE__ANDRINGAR, Granskningshandelse.class, msgs);
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
			case KundvalPackage.FALTANDRING__HANDELSE:
				return getHandelse();
			case KundvalPackage.FALTANDRING__OBJEKTTYP:
				return getObjekttyp();
			case KundvalPackage.FALTANDRING__OBJEKT_ID:
				return getObjektId();
			case KundvalPackage.FALTANDRING__FALT:
				return getFalt();
			case KundvalPackage.FALTANDRING__FORE:
				return getFore();
			case KundvalPackage.FALTANDRING__EFTER:
				return getEfter();
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
			case KundvalPackage.FALTANDRING__HANDELSE:
				setHandelse((Granskningshandelse)newValue);
				return;
			case KundvalPackage.FALTANDRING__OBJEKTTYP:
				setObjekttyp((String)newValue);
				return;
			case KundvalPackage.FALTANDRING__OBJEKT_ID:
				setObjektId((Long)newValue);
				return;
			case KundvalPackage.FALTANDRING__FALT:
				setFalt((String)newValue);
				return;
			case KundvalPackage.FALTANDRING__FORE:
				setFore((String)newValue);
				return;
			case KundvalPackage.FALTANDRING__EFTER:
				setEfter((String)newValue);
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
			case KundvalPackage.FALTANDRING__HANDELSE:
				setHandelse((Granskningshandelse)null);
				return;
			case KundvalPackage.FALTANDRING__OBJEKTTYP:
				setObjekttyp(OBJEKTTYP_EDEFAULT);
				return;
			case KundvalPackage.FALTANDRING__OBJEKT_ID:
				setObjektId(OBJEKT_ID_EDEFAULT);
				return;
			case KundvalPackage.FALTANDRING__FALT:
				setFalt(FALT_EDEFAULT);
				return;
			case KundvalPackage.FALTANDRING__FORE:
				setFore(FORE_EDEFAULT);
				return;
			case KundvalPackage.FALTANDRING__EFTER:
				setEfter(EFTER_EDEFAULT);
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
			case KundvalPackage.FALTANDRING__HANDELSE:
				return getHandelse() != null;
			case KundvalPackage.FALTANDRING__OBJEKTTYP:
				return OBJEKTTYP_EDEFAULT == null ? objekttyp != null : !OBJEKTTYP_EDEFAULT.equals(objekttyp);
			case KundvalPackage.FALTANDRING__OBJEKT_ID:
				return OBJEKT_ID_EDEFAULT == null ? objektId != null : !OBJEKT_ID_EDEFAULT.equals(objektId);
			case KundvalPackage.FALTANDRING__FALT:
				return FALT_EDEFAULT == null ? falt != null : !FALT_EDEFAULT.equals(falt);
			case KundvalPackage.FALTANDRING__FORE:
				return FORE_EDEFAULT == null ? fore != null : !FORE_EDEFAULT.equals(fore);
			case KundvalPackage.FALTANDRING__EFTER:
				return EFTER_EDEFAULT == null ? efter != null : !EFTER_EDEFAULT.equals(efter);
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
		result.append(" (objekttyp: ");
		result.append(objekttyp);
		result.append(", objektId: ");
		result.append(objektId);
		result.append(", falt: ");
		result.append(falt);
		result.append(", fore: ");
		result.append(fore);
		result.append(", efter: ");
		result.append(efter);
		result.append(')');
		return result.toString();
	}

} //FaltandringImpl
