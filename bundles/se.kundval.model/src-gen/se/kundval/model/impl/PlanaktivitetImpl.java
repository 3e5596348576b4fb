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

import se.kundval.model.Aktivitetstyp;
import se.kundval.model.Genomforandeplan;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Planaktivitet;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Planaktivitet</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.PlanaktivitetImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link se.kundval.model.impl.PlanaktivitetImpl#getTyp <em>Typ</em>}</li>
 *   <li>{@link se.kundval.model.impl.PlanaktivitetImpl#getBeskrivning <em>Beskrivning</em>}</li>
 *   <li>{@link se.kundval.model.impl.PlanaktivitetImpl#getPlaneradStart <em>Planerad Start</em>}</li>
 *   <li>{@link se.kundval.model.impl.PlanaktivitetImpl#getPlaneradSlut <em>Planerad Slut</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanaktivitetImpl extends EntitetImpl implements Planaktivitet {
	/**
	 * The default value of the '{@link #getTyp() <em>Typ</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTyp()
	 * @generated
	 * @ordered
	 */
	protected static final Aktivitetstyp TYP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTyp() <em>Typ</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTyp()
	 * @generated
	 * @ordered
	 */
	protected Aktivitetstyp typ = TYP_EDEFAULT;

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
	 * The default value of the '{@link #getPlaneradStart() <em>Planerad Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaneradStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANERAD_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlaneradStart() <em>Planerad Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaneradStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate planeradStart = PLANERAD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlaneradSlut() <em>Planerad Slut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaneradSlut()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANERAD_SLUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlaneradSlut() <em>Planerad Slut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaneradSlut()
	 * @generated
	 * @ordered
	 */
	protected LocalDate planeradSlut = PLANERAD_SLUT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanaktivitetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.PLANAKTIVITET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Genomforandeplan getPlan() {
		if (eContainerFeatureID() != KundvalPackage.PLANAKTIVITET__PLAN) return null;
		return (Genomforandeplan)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPlan(Genomforandeplan newPlan, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newPlan, KundvalPackage.PLANAKTIVITET__PLAN, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(Genomforandeplan newPlan) {
		if (newPlan != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.PLANAKTIVITET__PLAN && newPlan != null)) {
			if (EcoreUtil.isAncestor(this, newPlan))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newPlan != null)
				msgs = ((InternalEObject)newPlan).eInverseAdd(this, KundvalPackage.GENOMFORANDEPLAN__AKTIVITETER, Genomforandeplan.class, msgs);
			msgs = basicSetPlan(newPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PLANAKTIVITET__PLAN, newPlan, newPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Aktivitetstyp getTyp() {
		return typ;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTyp(Aktivitetstyp newTyp) {
		Aktivitetstyp oldTyp = typ;
		typ = newTyp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PLANAKTIVITET__TYP, oldTyp, typ));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PLANAKTIVITET__BESKRIVNING, oldBeskrivning, beskrivning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlaneradStart() {
		return planeradStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlaneradStart(LocalDate newPlaneradStart) {
		LocalDate oldPlaneradStart = planeradStart;
		planeradStart = newPlaneradStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PLANAKTIVITET__PLANERAD_START, oldPlaneradStart, planeradStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlaneradSlut() {
		return planeradSlut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlaneradSlut(LocalDate newPlaneradSlut) {
		LocalDate oldPlaneradSlut = planeradSlut;
		planeradSlut = newPlaneradSlut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PLANAKTIVITET__PLANERAD_SLUT, oldPlaneradSlut, planeradSlut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.PLANAKTIVITET__PLAN:
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
			case KundvalPackage.PLANAKTIVITET__PLAN:
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
			case KundvalPackage.PLANAKTIVITET__PLAN:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.GENOMFORANDEPLAN__AKTIVITETER, Genomforandeplan.class, msgs);
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
			case KundvalPackage.PLANAKTIVITET__PLAN:
				return getPlan();
			case KundvalPackage.PLANAKTIVITET__TYP:
				return getTyp();
			case KundvalPackage.PLANAKTIVITET__BESKRIVNING:
				return getBeskrivning();
			case KundvalPackage.PLANAKTIVITET__PLANERAD_START:
				return getPlaneradStart();
			case KundvalPackage.PLANAKTIVITET__PLANERAD_SLUT:
				return getPlaneradSlut();
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
			case KundvalPackage.PLANAKTIVITET__PLAN:
				setPlan((Genomforandeplan)newValue);
				return;
			case KundvalPackage.PLANAKTIVITET__TYP:
				setTyp((Aktivitetstyp)newValue);
				return;
			case KundvalPackage.PLANAKTIVITET__BESKRIVNING:
				setBeskrivning((String)newValue);
				return;
			case KundvalPackage.PLANAKTIVITET__PLANERAD_START:
				setPlaneradStart((LocalDate)newValue);
				return;
			case KundvalPackage.PLANAKTIVITET__PLANERAD_SLUT:
				setPlaneradSlut((LocalDate)newValue);
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
			case KundvalPackage.PLANAKTIVITET__PLAN:
				setPlan((Genomforandeplan)null);
				return;
			case KundvalPackage.PLANAKTIVITET__TYP:
				setTyp(TYP_EDEFAULT);
				return;
			case KundvalPackage.PLANAKTIVITET__BESKRIVNING:
				setBeskrivning(BESKRIVNING_EDEFAULT);
				return;
			case KundvalPackage.PLANAKTIVITET__PLANERAD_START:
				setPlaneradStart(PLANERAD_START_EDEFAULT);
				return;
			case KundvalPackage.PLANAKTIVITET__PLANERAD_SLUT:
				setPlaneradSlut(PLANERAD_SLUT_EDEFAULT);
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
			case KundvalPackage.PLANAKTIVITET__PLAN:
				return getPlan() != null;
			case KundvalPackage.PLANAKTIVITET__TYP:
				return TYP_EDEFAULT == null ? typ != null : !TYP_EDEFAULT.equals(typ);
			case KundvalPackage.PLANAKTIVITET__BESKRIVNING:
				return BESKRIVNING_EDEFAULT == null ? beskrivning != null : !BESKRIVNING_EDEFAULT.equals(beskrivning);
			case KundvalPackage.PLANAKTIVITET__PLANERAD_START:
				return PLANERAD_START_EDEFAULT == null ? planeradStart != null : !PLANERAD_START_EDEFAULT.equals(planeradStart);
			case KundvalPackage.PLANAKTIVITET__PLANERAD_SLUT:
				return PLANERAD_SLUT_EDEFAULT == null ? planeradSlut != null : !PLANERAD_SLUT_EDEFAULT.equals(planeradSlut);
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
		result.append(" (typ: ");
		result.append(typ);
		result.append(", beskrivning: ");
		result.append(beskrivning);
		result.append(", planeradStart: ");
		result.append(planeradStart);
		result.append(", planeradSlut: ");
		result.append(planeradSlut);
		result.append(')');
		return result.toString();
	}

} //PlanaktivitetImpl
