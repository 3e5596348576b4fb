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
import se.kundval.model.Auktorisation;
import se.kundval.model.Coach;
import se.kundval.model.KundvalPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Anordnare</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.AnordnareImpl#getOrgnr <em>Orgnr</em>}</li>
 *   <li>{@link se.kundval.model.impl.AnordnareImpl#getNamn <em>Namn</em>}</li>
 *   <li>{@link se.kundval.model.impl.AnordnareImpl#getCoacher <em>Coacher</em>}</li>
 *   <li>{@link se.kundval.model.impl.AnordnareImpl#getAuktorisationer <em>Auktorisationer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnordnareImpl extends EntitetImpl implements Anordnare {
	/**
	 * The default value of the '{@link #getOrgnr() <em>Orgnr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrgnr()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGNR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrgnr() <em>Orgnr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrgnr()
	 * @generated
	 * @ordered
	 */
	protected String orgnr = ORGNR_EDEFAULT;

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
	 * The cached value of the '{@link #getCoacher() <em>Coacher</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoacher()
	 * @generated
	 * @ordered
	 */
	protected EList<Coach> coacher;

	/**
	 * The cached value of the '{@link #getAuktorisationer() <em>Auktorisationer</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuktorisationer()
	 * @generated
	 * @ordered
	 */
	protected EList<Auktorisation> auktorisationer;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnordnareImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.ANORDNARE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrgnr() {
		return orgnr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrgnr(String newOrgnr) {
		String oldOrgnr = orgnr;
		orgnr = newOrgnr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ANORDNARE__ORGNR, oldOrgnr, orgnr));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ANORDNARE__NAMN, oldNamn, namn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Coach> getCoacher() {
		if (coacher == null) {
			coacher = new EObjectContainmentWithInverseEList<Coach>(Coach.class, this, KundvalPackage.ANORDNARE__COACHER, KundvalPackage.COACH__ANORDNARE);
		}
		return coacher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Auktorisation> getAuktorisationer() {
		if (auktorisationer == null) {
			auktorisationer = new EObjectContainmentWithInverseEList<Auktorisation>(Auktorisation.class, this, KundvalPackage.ANORDNARE__AUKTORISATIONER, KundvalPackage.AUKTORISATION__ANORDNARE);
		}
		return auktorisationer;
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
			case KundvalPackage.ANORDNARE__COACHER:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getCoacher()).basicAdd(otherEnd, msgs);
			case KundvalPackage.ANORDNARE__AUKTORISATIONER:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getAuktorisationer()).basicAdd(otherEnd, msgs);
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
			case KundvalPackage.ANORDNARE__COACHER:
				return ((InternalEList<?>)getCoacher()).basicRemove(otherEnd, msgs);
			case KundvalPackage.ANORDNARE__AUKTORISATIONER:
				return ((InternalEList<?>)getAuktorisationer()).basicRemove(otherEnd, msgs);
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
			case KundvalPackage.ANORDNARE__ORGNR:
				return getOrgnr();
			case KundvalPackage.ANORDNARE__NAMN:
				return getNamn();
			case KundvalPackage.ANORDNARE__COACHER:
				return getCoacher();
			case KundvalPackage.ANORDNARE__AUKTORISATIONER:
				return getAuktorisationer();
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
			case KundvalPackage.ANORDNARE__ORGNR:
				setOrgnr((String)newValue);
				return;
			case KundvalPackage.ANORDNARE__NAMN:
				setNamn((String)newValue);
				return;
			case KundvalPackage.ANORDNARE__COACHER:
				getCoacher().clear();
				getCoacher().addAll((Collection<? extends Coach>)newValue);
				return;
			case KundvalPackage.ANORDNARE__AUKTORISATIONER:
				getAuktorisationer().clear();
				getAuktorisationer().addAll((Collection<? extends Auktorisation>)newValue);
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
			case KundvalPackage.ANORDNARE__ORGNR:
				setOrgnr(ORGNR_EDEFAULT);
				return;
			case KundvalPackage.ANORDNARE__NAMN:
				setNamn(NAMN_EDEFAULT);
				return;
			case KundvalPackage.ANORDNARE__COACHER:
				getCoacher().clear();
				return;
			case KundvalPackage.ANORDNARE__AUKTORISATIONER:
				getAuktorisationer().clear();
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
			case KundvalPackage.ANORDNARE__ORGNR:
				return ORGNR_EDEFAULT == null ? orgnr != null : !ORGNR_EDEFAULT.equals(orgnr);
			case KundvalPackage.ANORDNARE__NAMN:
				return NAMN_EDEFAULT == null ? namn != null : !NAMN_EDEFAULT.equals(namn);
			case KundvalPackage.ANORDNARE__COACHER:
				return coacher != null && !coacher.isEmpty();
			case KundvalPackage.ANORDNARE__AUKTORISATIONER:
				return auktorisationer != null && !auktorisationer.isEmpty();
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
		result.append(" (orgnr: ");
		result.append(orgnr);
		result.append(", namn: ");
		result.append(namn);
		result.append(')');
		return result.toString();
	}

} //AnordnareImpl
