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

import se.kundval.model.KundvalPackage;
import se.kundval.model.Tillsyn;
import se.kundval.model.Tillsynsdel;
import se.kundval.model.Tillsynspunkt;
import se.kundval.model.Uppfyllnadsgrad;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tillsynspunkt</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.TillsynspunktImpl#getTillsyn <em>Tillsyn</em>}</li>
 *   <li>{@link se.kundval.model.impl.TillsynspunktImpl#getKrav <em>Krav</em>}</li>
 *   <li>{@link se.kundval.model.impl.TillsynspunktImpl#getDel <em>Del</em>}</li>
 *   <li>{@link se.kundval.model.impl.TillsynspunktImpl#getUppfyllnadsgrad <em>Uppfyllnadsgrad</em>}</li>
 *   <li>{@link se.kundval.model.impl.TillsynspunktImpl#getAtgard <em>Atgard</em>}</li>
 *   <li>{@link se.kundval.model.impl.TillsynspunktImpl#getDeadline <em>Deadline</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TillsynspunktImpl extends EntitetImpl implements Tillsynspunkt {
	/**
	 * The default value of the '{@link #getKrav() <em>Krav</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKrav()
	 * @generated
	 * @ordered
	 */
	protected static final String KRAV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKrav() <em>Krav</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKrav()
	 * @generated
	 * @ordered
	 */
	protected String krav = KRAV_EDEFAULT;

	/**
	 * The default value of the '{@link #getDel() <em>Del</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDel()
	 * @generated
	 * @ordered
	 */
	protected static final Tillsynsdel DEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDel() <em>Del</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDel()
	 * @generated
	 * @ordered
	 */
	protected Tillsynsdel del = DEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUppfyllnadsgrad() <em>Uppfyllnadsgrad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUppfyllnadsgrad()
	 * @generated
	 * @ordered
	 */
	protected static final Uppfyllnadsgrad UPPFYLLNADSGRAD_EDEFAULT = Uppfyllnadsgrad.EJ_BEDOMT;

	/**
	 * The cached value of the '{@link #getUppfyllnadsgrad() <em>Uppfyllnadsgrad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUppfyllnadsgrad()
	 * @generated
	 * @ordered
	 */
	protected Uppfyllnadsgrad uppfyllnadsgrad = UPPFYLLNADSGRAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getAtgard() <em>Atgard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtgard()
	 * @generated
	 * @ordered
	 */
	protected static final String ATGARD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAtgard() <em>Atgard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtgard()
	 * @generated
	 * @ordered
	 */
	protected String atgard = ATGARD_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deadline = DEADLINE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TillsynspunktImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.TILLSYNSPUNKT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tillsyn getTillsyn() {
		if (eContainerFeatureID() != KundvalPackage.TILLSYNSPUNKT__TILLSYN) return null;
		return (Tillsyn)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTillsyn(Tillsyn newTillsyn, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newTillsyn, KundvalPackage.TILLSYNSPUNKT__TILLSYN, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTillsyn(Tillsyn newTillsyn) {
		if (newTillsyn != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.TILLSYNSPUNKT__TILLSYN && newTillsyn != null)) {
			if (EcoreUtil.isAncestor(this, newTillsyn))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newTillsyn != null)
				msgs = ((InternalEObject)newTillsyn).eInverseAdd(this, KundvalPackage.TILLSYN__PUNKTER, Tillsyn.class, msgs);
			msgs = basicSetTillsyn(newTillsyn, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.TILLSYNSPUNKT__TILLSYN, newTillsyn, newTillsyn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKrav() {
		return krav;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKrav(String newKrav) {
		String oldKrav = krav;
		krav = newKrav;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.TILLSYNSPUNKT__KRAV, oldKrav, krav));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tillsynsdel getDel() {
		return del;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDel(Tillsynsdel newDel) {
		Tillsynsdel oldDel = del;
		del = newDel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.TILLSYNSPUNKT__DEL, oldDel, del));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Uppfyllnadsgrad getUppfyllnadsgrad() {
		return uppfyllnadsgrad;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUppfyllnadsgrad(Uppfyllnadsgrad newUppfyllnadsgrad) {
		Uppfyllnadsgrad oldUppfyllnadsgrad = uppfyllnadsgrad;
		uppfyllnadsgrad = newUppfyllnadsgrad == null ? UPPFYLLNADSGRAD_EDEFAULT : newUppfyllnadsgrad;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.TILLSYNSPUNKT__UPPFYLLNADSGRAD, oldUppfyllnadsgrad, uppfyllnadsgrad));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAtgard() {
		return atgard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAtgard(String newAtgard) {
		String oldAtgard = atgard;
		atgard = newAtgard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.TILLSYNSPUNKT__ATGARD, oldAtgard, atgard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeadline() {
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(LocalDate newDeadline) {
		LocalDate oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.TILLSYNSPUNKT__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.TILLSYNSPUNKT__TILLSYN:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetTillsyn((Tillsyn)otherEnd, msgs);
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
			case KundvalPackage.TILLSYNSPUNKT__TILLSYN:
				return basicSetTillsyn(null, msgs);
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
			case KundvalPackage.TILLSYNSPUNKT__TILLSYN:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.TILLSYN__PUNKTER, Tillsyn.class, msgs);
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
			case KundvalPackage.TILLSYNSPUNKT__TILLSYN:
				return getTillsyn();
			case KundvalPackage.TILLSYNSPUNKT__KRAV:
				return getKrav();
			case KundvalPackage.TILLSYNSPUNKT__DEL:
				return getDel();
			case KundvalPackage.TILLSYNSPUNKT__UPPFYLLNADSGRAD:
				return getUppfyllnadsgrad();
			case KundvalPackage.TILLSYNSPUNKT__ATGARD:
				return getAtgard();
			case KundvalPackage.TILLSYNSPUNKT__DEADLINE:
				return getDeadline();
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
			case KundvalPackage.TILLSYNSPUNKT__TILLSYN:
				setTillsyn((Tillsyn)newValue);
				return;
			case KundvalPackage.TILLSYNSPUNKT__KRAV:
				setKrav((String)newValue);
				return;
			case KundvalPackage.TILLSYNSPUNKT__DEL:
				setDel((Tillsynsdel)newValue);
				return;
			case KundvalPackage.TILLSYNSPUNKT__UPPFYLLNADSGRAD:
				setUppfyllnadsgrad((Uppfyllnadsgrad)newValue);
				return;
			case KundvalPackage.TILLSYNSPUNKT__ATGARD:
				setAtgard((String)newValue);
				return;
			case KundvalPackage.TILLSYNSPUNKT__DEADLINE:
				setDeadline((LocalDate)newValue);
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
			case KundvalPackage.TILLSYNSPUNKT__TILLSYN:
				setTillsyn((Tillsyn)null);
				return;
			case KundvalPackage.TILLSYNSPUNKT__KRAV:
				setKrav(KRAV_EDEFAULT);
				return;
			case KundvalPackage.TILLSYNSPUNKT__DEL:
				setDel(DEL_EDEFAULT);
				return;
			case KundvalPackage.TILLSYNSPUNKT__UPPFYLLNADSGRAD:
				setUppfyllnadsgrad(UPPFYLLNADSGRAD_EDEFAULT);
				return;
			case KundvalPackage.TILLSYNSPUNKT__ATGARD:
				setAtgard(ATGARD_EDEFAULT);
				return;
			case KundvalPackage.TILLSYNSPUNKT__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
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
			case KundvalPackage.TILLSYNSPUNKT__TILLSYN:
				return getTillsyn() != null;
			case KundvalPackage.TILLSYNSPUNKT__KRAV:
				return KRAV_EDEFAULT == null ? krav != null : !KRAV_EDEFAULT.equals(krav);
			case KundvalPackage.TILLSYNSPUNKT__DEL:
				return DEL_EDEFAULT == null ? del != null : !DEL_EDEFAULT.equals(del);
			case KundvalPackage.TILLSYNSPUNKT__UPPFYLLNADSGRAD:
				return uppfyllnadsgrad != UPPFYLLNADSGRAD_EDEFAULT;
			case KundvalPackage.TILLSYNSPUNKT__ATGARD:
				return ATGARD_EDEFAULT == null ? atgard != null : !ATGARD_EDEFAULT.equals(atgard);
			case KundvalPackage.TILLSYNSPUNKT__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
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
		result.append(" (krav: ");
		result.append(krav);
		result.append(", del: ");
		result.append(del);
		result.append(", uppfyllnadsgrad: ");
		result.append(uppfyllnadsgrad);
		result.append(", atgard: ");
		result.append(atgard);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(')');
		return result.toString();
	}

} //TillsynspunktImpl
