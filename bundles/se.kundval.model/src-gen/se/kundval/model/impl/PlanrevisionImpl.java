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

import se.kundval.model.Genomforandeplan;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Planrevision;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Planrevision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.PlanrevisionImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link se.kundval.model.impl.PlanrevisionImpl#getDatum <em>Datum</em>}</li>
 *   <li>{@link se.kundval.model.impl.PlanrevisionImpl#getBeskrivning <em>Beskrivning</em>}</li>
 *   <li>{@link se.kundval.model.impl.PlanrevisionImpl#getRevideradAv <em>Reviderad Av</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanrevisionImpl extends EntitetImpl implements Planrevision {
	/**
	 * The default value of the '{@link #getDatum() <em>Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatum()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDatum() <em>Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatum()
	 * @generated
	 * @ordered
	 */
	protected LocalDate datum = DATUM_EDEFAULT;

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
	 * The default value of the '{@link #getRevideradAv() <em>Reviderad Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevideradAv()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIDERAD_AV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevideradAv() <em>Reviderad Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevideradAv()
	 * @generated
	 * @ordered
	 */
	protected String revideradAv = REVIDERAD_AV_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanrevisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.PLANREVISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Genomforandeplan getPlan() {
		if (eContainerFeatureID() != KundvalPackage.PLANREVISION__PLAN) return null;
		return (Genomforandeplan)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPlan(Genomforandeplan newPlan, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newPlan, KundvalPackage.PLANREVISION__PLAN, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(Genomforandeplan newPlan) {
		if (newPlan != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.PLANREVISION__PLAN && newPlan != null)) {
			if (EcoreUtil.isAncestor(this, newPlan))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newPlan != null)
				msgs = ((InternalEObject)newPlan).eInverseAdd(this, KundvalPackage.GENOMFORANDEPLAN__REVISIONER, Genomforandeplan.class, msgs);
			msgs = basicSetPlan(newPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PLANREVISION__PLAN, newPlan, newPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDatum() {
		return datum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDatum(LocalDate newDatum) {
		LocalDate oldDatum = datum;
		datum = newDatum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PLANREVISION__DATUM, oldDatum, datum));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PLANREVISION__BESKRIVNING, oldBeskrivning, beskrivning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRevideradAv() {
		return revideradAv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevideradAv(String newRevideradAv) {
		String oldRevideradAv = revideradAv;
		revideradAv = newRevideradAv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PLANREVISION__REVIDERAD_AV, oldRevideradAv, revideradAv));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.PLANREVISION__PLAN:
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
			case KundvalPackage.PLANREVISION__PLAN:
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
			case KundvalPackage.PLANREVISION__PLAN:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.GENOMFORANDEPLAN__REVISIONER, Genomforandeplan.class, msgs);
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
			case KundvalPackage.PLANREVISION__PLAN:
				return getPlan();
			case KundvalPackage.PLANREVISION__DATUM:
				return getDatum();
			case KundvalPackage.PLANREVISION__BESKRIVNING:
				return getBeskrivning();
			case KundvalPackage.PLANREVISION__REVIDERAD_AV:
				return getRevideradAv();
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
			case KundvalPackage.PLANREVISION__PLAN:
				setPlan((Genomforandeplan)newValue);
				return;
			case KundvalPackage.PLANREVISION__DATUM:
				setDatum((LocalDate)newValue);
				return;
			case KundvalPackage.PLANREVISION__BESKRIVNING:
				setBeskrivning((String)newValue);
				return;
			case KundvalPackage.PLANREVISION__REVIDERAD_AV:
				setRevideradAv((String)newValue);
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
			case KundvalPackage.PLANREVISION__PLAN:
				setPlan((Genomforandeplan)null);
				return;
			case KundvalPackage.PLANREVISION__DATUM:
				setDatum(DATUM_EDEFAULT);
				return;
			case KundvalPackage.PLANREVISION__BESKRIVNING:
				setBeskrivning(BESKRIVNING_EDEFAULT);
				return;
			case KundvalPackage.PLANREVISION__REVIDERAD_AV:
				setRevideradAv(REVIDERAD_AV_EDEFAULT);
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
			case KundvalPackage.PLANREVISION__PLAN:
				return getPlan() != null;
			case KundvalPackage.PLANREVISION__DATUM:
				return DATUM_EDEFAULT == null ? datum != null : !DATUM_EDEFAULT.equals(datum);
			case KundvalPackage.PLANREVISION__BESKRIVNING:
				return BESKRIVNING_EDEFAULT == null ? beskrivning != null : !BESKRIVNING_EDEFAULT.equals(beskrivning);
			case KundvalPackage.PLANREVISION__REVIDERAD_AV:
				return REVIDERAD_AV_EDEFAULT == null ? revideradAv != null : !REVIDERAD_AV_EDEFAULT.equals(revideradAv);
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
		result.append(" (datum: ");
		result.append(datum);
		result.append(", beskrivning: ");
		result.append(beskrivning);
		result.append(", revideradAv: ");
		result.append(revideradAv);
		result.append(')');
		return result.toString();
	}

} //PlanrevisionImpl
