/**
 */
package se.kundval.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import se.kundval.model.Genomforandeplan;
import se.kundval.model.Insats;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Planaktivitet;
import se.kundval.model.Planmal;
import se.kundval.model.Planrevision;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Genomforandeplan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.GenomforandeplanImpl#getInsats <em>Insats</em>}</li>
 *   <li>{@link se.kundval.model.impl.GenomforandeplanImpl#getUpprattad <em>Upprattad</em>}</li>
 *   <li>{@link se.kundval.model.impl.GenomforandeplanImpl#getMal <em>Mal</em>}</li>
 *   <li>{@link se.kundval.model.impl.GenomforandeplanImpl#getAktiviteter <em>Aktiviteter</em>}</li>
 *   <li>{@link se.kundval.model.impl.GenomforandeplanImpl#getRevisioner <em>Revisioner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GenomforandeplanImpl extends EntitetImpl implements Genomforandeplan {
	/**
	 * The default value of the '{@link #getUpprattad() <em>Upprattad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpprattad()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate UPPRATTAD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpprattad() <em>Upprattad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpprattad()
	 * @generated
	 * @ordered
	 */
	protected LocalDate upprattad = UPPRATTAD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMal() <em>Mal</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMal()
	 * @generated
	 * @ordered
	 */
	protected EList<Planmal> mal;

	/**
	 * The cached value of the '{@link #getAktiviteter() <em>Aktiviteter</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAktiviteter()
	 * @generated
	 * @ordered
	 */
	protected EList<Planaktivitet> aktiviteter;

	/**
	 * The cached value of the '{@link #getRevisioner() <em>Revisioner</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevisioner()
	 * @generated
	 * @ordered
	 */
	protected EList<Planrevision> revisioner;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GenomforandeplanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.GENOMFORANDEPLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Insats getInsats() {
		if (eContainerFeatureID() != KundvalPackage.GENOMFORANDEPLAN__INSATS) return null;
		return (Insats)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInsats(Insats newInsats, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newInsats, KundvalPackage.GENOMFORANDEPLAN__INSATS, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsats(Insats newInsats) {
		if (newInsats != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.GENOMFORANDEPLAN__INSATS && newInsats != null)) {
			if (EcoreUtil.isAncestor(this, newInsats))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newInsats != null)
				msgs = ((InternalEObject)newInsats).eInverseAdd(this, KundvalPackage.INSATS__GENOMFORANDEPLAN, Insats.class, msgs);
			msgs = basicSetInsats(newInsats, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.GENOMFORANDEPLAN__INSATS, newInsats, newInsats));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getUpprattad() {
		return upprattad;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpprattad(LocalDate newUpprattad) {
		LocalDate oldUpprattad = upprattad;
		upprattad = newUpprattad;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.GENOMFORANDEPLAN__UPPRATTAD, oldUpprattad, upprattad));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Planmal> getMal() {
		if (mal == null) {
			mal = new EObjectContainmentWithInverseEList<Planmal>(Planmal.class, this, KundvalPackage.GENOMFORANDEPLAN__MAL, KundvalPackage.PLANMAL__PLAN);
		}
		return mal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Planaktivitet> getAktiviteter() {
		if (aktiviteter == null) {
			aktiviteter = new EObjectContainmentWithInverseEList<Planaktivitet>(Planaktivitet.class, this, KundvalPackage.GENOMFORANDEPLAN__AKTIVITETER, KundvalPackage.PLANAKTIVITET__PLAN);
		}
		return aktiviteter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Planrevision> getRevisioner() {
		if (revisioner == null) {
			revisioner = new EObjectContainmentWithInverseEList<Planrevision>(Planrevision.class, this, KundvalPackage.GENOMFORANDEPLAN__REVISIONER, KundvalPackage.PLANREVISION__PLAN);
		}
		return revisioner;
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
			case KundvalPackage.GENOMFORANDEPLAN__INSATS:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetInsats((Insats)otherEnd, msgs);
			case KundvalPackage.GENOMFORANDEPLAN__MAL:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getMal()).basicAdd(otherEnd, msgs);
			case KundvalPackage.GENOMFORANDEPLAN__AKTIVITETER:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getAktiviteter()).basicAdd(otherEnd, msgs);
			case KundvalPackage.GENOMFORANDEPLAN__REVISIONER:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getRevisioner()).basicAdd(otherEnd, msgs);
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
			case KundvalPackage.GENOMFORANDEPLAN__INSATS:
				return basicSetInsats(null, msgs);
			case KundvalPackage.GENOMFORANDEPLAN__MAL:
				return ((InternalEList<?>)getMal()).basicRemove(otherEnd, msgs);
			case KundvalPackage.GENOMFORANDEPLAN__AKTIVITETER:
				return ((InternalEList<?>)getAktiviteter()).basicRemove(otherEnd, msgs);
			case KundvalPackage.GENOMFORANDEPLAN__REVISIONER:
				return ((InternalEList<?>)getRevisioner()).basicRemove(otherEnd, msgs);
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
			case KundvalPackage.GENOMFORANDEPLAN__INSATS:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.INSATS__GENOMFORANDEPLAN, Insats.class, msgs);
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
			case KundvalPackage.GENOMFORANDEPLAN__INSATS:
				return getInsats();
			case KundvalPackage.GENOMFORANDEPLAN__UPPRATTAD:
				return getUpprattad();
			case KundvalPackage.GENOMFORANDEPLAN__MAL:
				return getMal();
			case KundvalPackage.GENOMFORANDEPLAN__AKTIVITETER:
				return getAktiviteter();
			case KundvalPackage.GENOMFORANDEPLAN__REVISIONER:
				return getRevisioner();
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
			case KundvalPackage.GENOMFORANDEPLAN__INSATS:
				setInsats((Insats)newValue);
				return;
			case KundvalPackage.GENOMFORANDEPLAN__UPPRATTAD:
				setUpprattad((LocalDate)newValue);
				return;
			case KundvalPackage.GENOMFORANDEPLAN__MAL:
				getMal().clear();
				getMal().addAll((Collection<? extends Planmal>)newValue);
				return;
			case KundvalPackage.GENOMFORANDEPLAN__AKTIVITETER:
				getAktiviteter().clear();
				getAktiviteter().addAll((Collection<? extends Planaktivitet>)newValue);
				return;
			case KundvalPackage.GENOMFORANDEPLAN__REVISIONER:
				getRevisioner().clear();
				getRevisioner().addAll((Collection<? extends Planrevision>)newValue);
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
			case KundvalPackage.GENOMFORANDEPLAN__INSATS:
				setInsats((Insats)null);
				return;
			case KundvalPackage.GENOMFORANDEPLAN__UPPRATTAD:
				setUpprattad(UPPRATTAD_EDEFAULT);
				return;
			case KundvalPackage.GENOMFORANDEPLAN__MAL:
				getMal().clear();
				return;
			case KundvalPackage.GENOMFORANDEPLAN__AKTIVITETER:
				getAktiviteter().clear();
				return;
			case KundvalPackage.GENOMFORANDEPLAN__REVISIONER:
				getRevisioner().clear();
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
			case KundvalPackage.GENOMFORANDEPLAN__INSATS:
				return getInsats() != null;
			case KundvalPackage.GENOMFORANDEPLAN__UPPRATTAD:
				return UPPRATTAD_EDEFAULT == null ? upprattad != null : !UPPRATTAD_EDEFAULT.equals(upprattad);
			case KundvalPackage.GENOMFORANDEPLAN__MAL:
				return mal != null && !mal.isEmpty();
			case KundvalPackage.GENOMFORANDEPLAN__AKTIVITETER:
				return aktiviteter != null && !aktiviteter.isEmpty();
			case KundvalPackage.GENOMFORANDEPLAN__REVISIONER:
				return revisioner != null && !revisioner.isEmpty();
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
		result.append(" (upprattad: ");
		result.append(upprattad);
		result.append(')');
		return result.toString();
	}

} //GenomforandeplanImpl
