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

import se.kundval.model.Effektuppfoljning;
import se.kundval.model.Insats;
import se.kundval.model.KundvalPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Effektuppfoljning</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.EffektuppfoljningImpl#getInsats <em>Insats</em>}</li>
 *   <li>{@link se.kundval.model.impl.EffektuppfoljningImpl#getManader <em>Manader</em>}</li>
 *   <li>{@link se.kundval.model.impl.EffektuppfoljningImpl#getDatum <em>Datum</em>}</li>
 *   <li>{@link se.kundval.model.impl.EffektuppfoljningImpl#getEgenForsorjning <em>Egen Forsorjning</em>}</li>
 *   <li>{@link se.kundval.model.impl.EffektuppfoljningImpl#getKommentar <em>Kommentar</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EffektuppfoljningImpl extends EntitetImpl implements Effektuppfoljning {
	/**
	 * The default value of the '{@link #getManader() <em>Manader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManader()
	 * @generated
	 * @ordered
	 */
	protected static final int MANADER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getManader() <em>Manader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManader()
	 * @generated
	 * @ordered
	 */
	protected int manader = MANADER_EDEFAULT;

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
	 * The default value of the '{@link #getEgenForsorjning() <em>Egen Forsorjning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEgenForsorjning()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean EGEN_FORSORJNING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEgenForsorjning() <em>Egen Forsorjning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEgenForsorjning()
	 * @generated
	 * @ordered
	 */
	protected Boolean egenForsorjning = EGEN_FORSORJNING_EDEFAULT;

	/**
	 * The default value of the '{@link #getKommentar() <em>Kommentar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKommentar()
	 * @generated
	 * @ordered
	 */
	protected static final String KOMMENTAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKommentar() <em>Kommentar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKommentar()
	 * @generated
	 * @ordered
	 */
	protected String kommentar = KOMMENTAR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EffektuppfoljningImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.EFFEKTUPPFOLJNING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Insats getInsats() {
		if (eContainerFeatureID() != KundvalPackage.EFFEKTUPPFOLJNING__INSATS) return null;
		return (Insats)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInsats(Insats newInsats, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newInsats, KundvalPackage.EFFEKTUPPFOLJNING__INSATS, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsats(Insats newInsats) {
		if (newInsats != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.EFFEKTUPPFOLJNING__INSATS && newInsats != null)) {
			if (EcoreUtil.isAncestor(this, newInsats))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newInsats != null)
				msgs = ((InternalEObject)newInsats).eInverseAdd(this, KundvalPackage.INSATS__EFFEKTUPPFOLJNINGAR, Insats.class, msgs);
			msgs = basicSetInsats(newInsats, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.EFFEKTUPPFOLJNING__INSATS, newInsats, newInsats));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getManader() {
		return manader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManader(int newManader) {
		int oldManader = manader;
		manader = newManader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.EFFEKTUPPFOLJNING__MANADER, oldManader, manader));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.EFFEKTUPPFOLJNING__DATUM, oldDatum, datum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getEgenForsorjning() {
		return egenForsorjning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEgenForsorjning(Boolean newEgenForsorjning) {
		Boolean oldEgenForsorjning = egenForsorjning;
		egenForsorjning = newEgenForsorjning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.EFFEKTUPPFOLJNING__EGEN_FORSORJNING, oldEgenForsorjning, egenForsorjning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKommentar() {
		return kommentar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKommentar(String newKommentar) {
		String oldKommentar = kommentar;
		kommentar = newKommentar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.EFFEKTUPPFOLJNING__KOMMENTAR, oldKommentar, kommentar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.EFFEKTUPPFOLJNING__INSATS:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetInsats((Insats)otherEnd, msgs);
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
			case KundvalPackage.EFFEKTUPPFOLJNING__INSATS:
				return basicSetInsats(null, msgs);
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
			case KundvalPackage.EFFEKTUPPFOLJNING__INSATS:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.INSATS__EFFEKTUPPFOLJNINGAR, Insats.class, msgs);
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
			case KundvalPackage.EFFEKTUPPFOLJNING__INSATS:
				return getInsats();
			case KundvalPackage.EFFEKTUPPFOLJNING__MANADER:
				return getManader();
			case KundvalPackage.EFFEKTUPPFOLJNING__DATUM:
				return getDatum();
			case KundvalPackage.EFFEKTUPPFOLJNING__EGEN_FORSORJNING:
				return getEgenForsorjning();
			case KundvalPackage.EFFEKTUPPFOLJNING__KOMMENTAR:
				return getKommentar();
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
			case KundvalPackage.EFFEKTUPPFOLJNING__INSATS:
				setInsats((Insats)newValue);
				return;
			case KundvalPackage.EFFEKTUPPFOLJNING__MANADER:
				setManader((Integer)newValue);
				return;
			case KundvalPackage.EFFEKTUPPFOLJNING__DATUM:
				setDatum((LocalDate)newValue);
				return;
			case KundvalPackage.EFFEKTUPPFOLJNING__EGEN_FORSORJNING:
				setEgenForsorjning((Boolean)newValue);
				return;
			case KundvalPackage.EFFEKTUPPFOLJNING__KOMMENTAR:
				setKommentar((String)newValue);
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
			case KundvalPackage.EFFEKTUPPFOLJNING__INSATS:
				setInsats((Insats)null);
				return;
			case KundvalPackage.EFFEKTUPPFOLJNING__MANADER:
				setManader(MANADER_EDEFAULT);
				return;
			case KundvalPackage.EFFEKTUPPFOLJNING__DATUM:
				setDatum(DATUM_EDEFAULT);
				return;
			case KundvalPackage.EFFEKTUPPFOLJNING__EGEN_FORSORJNING:
				setEgenForsorjning(EGEN_FORSORJNING_EDEFAULT);
				return;
			case KundvalPackage.EFFEKTUPPFOLJNING__KOMMENTAR:
				setKommentar(KOMMENTAR_EDEFAULT);
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
			case KundvalPackage.EFFEKTUPPFOLJNING__INSATS:
				return getInsats() != null;
			case KundvalPackage.EFFEKTUPPFOLJNING__MANADER:
				return manader != MANADER_EDEFAULT;
			case KundvalPackage.EFFEKTUPPFOLJNING__DATUM:
				return DATUM_EDEFAULT == null ? datum != null : !DATUM_EDEFAULT.equals(datum);
			case KundvalPackage.EFFEKTUPPFOLJNING__EGEN_FORSORJNING:
				return EGEN_FORSORJNING_EDEFAULT == null ? egenForsorjning != null : !EGEN_FORSORJNING_EDEFAULT.equals(egenForsorjning);
			case KundvalPackage.EFFEKTUPPFOLJNING__KOMMENTAR:
				return KOMMENTAR_EDEFAULT == null ? kommentar != null : !KOMMENTAR_EDEFAULT.equals(kommentar);
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
		result.append(" (manader: ");
		result.append(manader);
		result.append(", datum: ");
		result.append(datum);
		result.append(", egenForsorjning: ");
		result.append(egenForsorjning);
		result.append(", kommentar: ");
		result.append(kommentar);
		result.append(')');
		return result.toString();
	}

} //EffektuppfoljningImpl
