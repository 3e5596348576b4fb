/**
 */
package se.kundval.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import se.kundval.model.Beslut;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Undantag;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Undantag</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.UndantagImpl#getBeslut <em>Beslut</em>}</li>
 *   <li>{@link se.kundval.model.impl.UndantagImpl#getRegel <em>Regel</em>}</li>
 *   <li>{@link se.kundval.model.impl.UndantagImpl#getSkal <em>Skal</em>}</li>
 *   <li>{@link se.kundval.model.impl.UndantagImpl#getMotivering <em>Motivering</em>}</li>
 *   <li>{@link se.kundval.model.impl.UndantagImpl#getNamn <em>Namn</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UndantagImpl extends EntitetImpl implements Undantag {
	/**
	 * The default value of the '{@link #getRegel() <em>Regel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegel()
	 * @generated
	 * @ordered
	 */
	protected static final String REGEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegel() <em>Regel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegel()
	 * @generated
	 * @ordered
	 */
	protected String regel = REGEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSkal() <em>Skal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkal()
	 * @generated
	 * @ordered
	 */
	protected static final String SKAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSkal() <em>Skal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkal()
	 * @generated
	 * @ordered
	 */
	protected String skal = SKAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMotivering() <em>Motivering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMotivering()
	 * @generated
	 * @ordered
	 */
	protected static final String MOTIVERING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMotivering() <em>Motivering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMotivering()
	 * @generated
	 * @ordered
	 */
	protected String motivering = MOTIVERING_EDEFAULT;

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
	protected UndantagImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.UNDANTAG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Beslut getBeslut() {
		if (eContainerFeatureID() != KundvalPackage.UNDANTAG__BESLUT) return null;
		return (Beslut)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBeslut(Beslut newBeslut, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newBeslut, KundvalPackage.UNDANTAG__BESLUT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeslut(Beslut newBeslut) {
		if (newBeslut != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.UNDANTAG__BESLUT && newBeslut != null)) {
			if (EcoreUtil.isAncestor(this, newBeslut))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newBeslut != null)
				msgs = ((InternalEObject)newBeslut).eInverseAdd(this, KundvalPackage.BESLUT__UNDANTAG, Beslut.class, msgs);
			msgs = basicSetBeslut(newBeslut, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.UNDANTAG__BESLUT, newBeslut, newBeslut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegel() {
		return regel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegel(String newRegel) {
		String oldRegel = regel;
		regel = newRegel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.UNDANTAG__REGEL, oldRegel, regel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSkal() {
		return skal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkal(String newSkal) {
		String oldSkal = skal;
		skal = newSkal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.UNDANTAG__SKAL, oldSkal, skal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMotivering() {
		return motivering;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMotivering(String newMotivering) {
		String oldMotivering = motivering;
		motivering = newMotivering;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.UNDANTAG__MOTIVERING, oldMotivering, motivering));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.UNDANTAG__NAMN, oldNamn, namn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.UNDANTAG__BESLUT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetBeslut((Beslut)otherEnd, msgs);
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
			case KundvalPackage.UNDANTAG__BESLUT:
				return basicSetBeslut(null, msgs);
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
			case KundvalPackage.UNDANTAG__BESLUT:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.BESLUT__UNDANTAG, Beslut.class, msgs);
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
			case KundvalPackage.UNDANTAG__BESLUT:
				return getBeslut();
			case KundvalPackage.UNDANTAG__REGEL:
				return getRegel();
			case KundvalPackage.UNDANTAG__SKAL:
				return getSkal();
			case KundvalPackage.UNDANTAG__MOTIVERING:
				return getMotivering();
			case KundvalPackage.UNDANTAG__NAMN:
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
			case KundvalPackage.UNDANTAG__BESLUT:
				setBeslut((Beslut)newValue);
				return;
			case KundvalPackage.UNDANTAG__REGEL:
				setRegel((String)newValue);
				return;
			case KundvalPackage.UNDANTAG__SKAL:
				setSkal((String)newValue);
				return;
			case KundvalPackage.UNDANTAG__MOTIVERING:
				setMotivering((String)newValue);
				return;
			case KundvalPackage.UNDANTAG__NAMN:
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
			case KundvalPackage.UNDANTAG__BESLUT:
				setBeslut((Beslut)null);
				return;
			case KundvalPackage.UNDANTAG__REGEL:
				setRegel(REGEL_EDEFAULT);
				return;
			case KundvalPackage.UNDANTAG__SKAL:
				setSkal(SKAL_EDEFAULT);
				return;
			case KundvalPackage.UNDANTAG__MOTIVERING:
				setMotivering(MOTIVERING_EDEFAULT);
				return;
			case KundvalPackage.UNDANTAG__NAMN:
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
			case KundvalPackage.UNDANTAG__BESLUT:
				return getBeslut() != null;
			case KundvalPackage.UNDANTAG__REGEL:
				return REGEL_EDEFAULT == null ? regel != null : !REGEL_EDEFAULT.equals(regel);
			case KundvalPackage.UNDANTAG__SKAL:
				return SKAL_EDEFAULT == null ? skal != null : !SKAL_EDEFAULT.equals(skal);
			case KundvalPackage.UNDANTAG__MOTIVERING:
				return MOTIVERING_EDEFAULT == null ? motivering != null : !MOTIVERING_EDEFAULT.equals(motivering);
			case KundvalPackage.UNDANTAG__NAMN:
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
		result.append(" (regel: ");
		result.append(regel);
		result.append(", skal: ");
		result.append(skal);
		result.append(", motivering: ");
		result.append(motivering);
		result.append(", namn: ");
		result.append(namn);
		result.append(')');
		return result.toString();
	}

} //UndantagImpl
