/**
 */
package se.kundval.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import se.kundval.model.Genomforandeplan;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Planmal;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Planmal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.PlanmalImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link se.kundval.model.impl.PlanmalImpl#getBeskrivning <em>Beskrivning</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanmalImpl extends EntitetImpl implements Planmal {
	/**
	 * The default value of the '{@link #getBeskrivning() <em>Beskrivning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeskrivning()
	 * @generated
	 * @ordered
	 */
	protected static final String BESKRIVNING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeskrivning() <em>Beskrivning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeskrivning()
	 * @generated
	 * @ordered
	 */
	protected String beskrivning = BESKRIVNING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanmalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.PLANMAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Genomforandeplan getPlan() {
		if (eContainerFeatureID() != KundvalPackage.PLANMAL__PLAN) return null;
		return (Genomforandeplan)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPlan(Genomforandeplan newPlan, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newPlan, KundvalPackage.PLANMAL__PLAN, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(Genomforandeplan newPlan) {
		if (newPlan != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.PLANMAL__PLAN && newPlan != null)) {
			if (EcoreUtil.isAncestor(this, newPlan))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newPlan != null)
				msgs = ((InternalEObject)newPlan).eInverseAdd(this, KundvalPackage.GENOMFORANDEPLAN__MAL, Genomforandeplan.class, msgs);
			msgs = basicSetPlan(newPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PLANMAL__PLAN, newPlan, newPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBeskrivning() {
		return beskrivning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeskrivning(String newBeskrivning) {
		String oldBeskrivning = beskrivning;
		beskrivning = newBeskrivning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PLANMAL__BESKRIVNING, oldBeskrivning, beskrivning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.PLANMAL__PLAN:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetPlan((Genomforandeplan)otherEnd, msgs);
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
			case KundvalPackage.PLANMAL__PLAN:
				return basicSetPlan(null, msgs);
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
			case KundvalPackage.PLANMAL__PLAN:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.GENOMFORANDEPLAN__MAL, Genomforandeplan.class, msgs);
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
			case KundvalPackage.PLANMAL__PLAN:
				return getPlan();
			case KundvalPackage.PLANMAL__BESKRIVNING:
				return getBeskrivning();
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
			case KundvalPackage.PLANMAL__PLAN:
				setPlan((Genomforandeplan)newValue);
				return;
			case KundvalPackage.PLANMAL__BESKRIVNING:
				setBeskrivning((String)newValue);
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
			case KundvalPackage.PLANMAL__PLAN:
				setPlan((Genomforandeplan)null);
				return;
			case KundvalPackage.PLANMAL__BESKRIVNING:
				setBeskrivning(BESKRIVNING_EDEFAULT);
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
			case KundvalPackage.PLANMAL__PLAN:
				return getPlan() != null;
			case KundvalPackage.PLANMAL__BESKRIVNING:
				return BESKRIVNING_EDEFAULT == null ? beskrivning != null : !BESKRIVNING_EDEFAULT.equals(beskrivning);
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
		result.append(" (beskrivning: ");
		result.append(beskrivning);
		result.append(')');
		return result.toString();
	}

} //PlanmalImpl
