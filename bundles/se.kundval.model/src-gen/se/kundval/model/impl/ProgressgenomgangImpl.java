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

import se.kundval.model.Insats;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Progressgenomgang;
import se.kundval.model.Progressutfall;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Progressgenomgang</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.ProgressgenomgangImpl#getInsats <em>Insats</em>}</li>
 *   <li>{@link se.kundval.model.impl.ProgressgenomgangImpl#getDatum <em>Datum</em>}</li>
 *   <li>{@link se.kundval.model.impl.ProgressgenomgangImpl#getUtfall <em>Utfall</em>}</li>
 *   <li>{@link se.kundval.model.impl.ProgressgenomgangImpl#getKommentar <em>Kommentar</em>}</li>
 *   <li>{@link se.kundval.model.impl.ProgressgenomgangImpl#getAv <em>Av</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProgressgenomgangImpl extends EntitetImpl implements Progressgenomgang {
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
	 * The default value of the '{@link #getUtfall() <em>Utfall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtfall()
	 * @generated
	 * @ordered
	 */
	protected static final Progressutfall UTFALL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUtfall() <em>Utfall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtfall()
	 * @generated
	 * @ordered
	 */
	protected Progressutfall utfall = UTFALL_EDEFAULT;

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
	 * The default value of the '{@link #getAv() <em>Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAv()
	 * @generated
	 * @ordered
	 */
	protected static final String AV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAv() <em>Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAv()
	 * @generated
	 * @ordered
	 */
	protected String av = AV_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProgressgenomgangImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.PROGRESSGENOMGANG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Insats getInsats() {
		if (eContainerFeatureID() != KundvalPackage.PROGRESSGENOMGANG__INSATS) return null;
		return (Insats)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInsats(Insats newInsats, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newInsats, KundvalPackage.PROGRESSGENOMGANG__INSATS, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsats(Insats newInsats) {
		if (newInsats != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.PROGRESSGENOMGANG__INSATS && newInsats != null)) {
			if (EcoreUtil.isAncestor(this, newInsats))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newInsats != null)
				msgs = ((InternalEObject)newInsats).eInverseAdd(this, KundvalPackage.INSATS__PROGRESSGENOMGANGAR, Insats.class, msgs);
			msgs = basicSetInsats(newInsats, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PROGRESSGENOMGANG__INSATS, newInsats, newInsats));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PROGRESSGENOMGANG__DATUM, oldDatum, datum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Progressutfall getUtfall() {
		return utfall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUtfall(Progressutfall newUtfall) {
		Progressutfall oldUtfall = utfall;
		utfall = newUtfall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PROGRESSGENOMGANG__UTFALL, oldUtfall, utfall));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PROGRESSGENOMGANG__KOMMENTAR, oldKommentar, kommentar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAv() {
		return av;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAv(String newAv) {
		String oldAv = av;
		av = newAv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.PROGRESSGENOMGANG__AV, oldAv, av));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.PROGRESSGENOMGANG__INSATS:
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
			case KundvalPackage.PROGRESSGENOMGANG__INSATS:
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
			case KundvalPackage.PROGRESSGENOMGANG__INSATS:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.INSATS__PROGRESSGENOMGANGAR, Insats.class, msgs);
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
			case KundvalPackage.PROGRESSGENOMGANG__INSATS:
				return getInsats();
			case KundvalPackage.PROGRESSGENOMGANG__DATUM:
				return getDatum();
			case KundvalPackage.PROGRESSGENOMGANG__UTFALL:
				return getUtfall();
			case KundvalPackage.PROGRESSGENOMGANG__KOMMENTAR:
				return getKommentar();
			case KundvalPackage.PROGRESSGENOMGANG__AV:
				return getAv();
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
			case KundvalPackage.PROGRESSGENOMGANG__INSATS:
				setInsats((Insats)newValue);
				return;
			case KundvalPackage.PROGRESSGENOMGANG__DATUM:
				setDatum((LocalDate)newValue);
				return;
			case KundvalPackage.PROGRESSGENOMGANG__UTFALL:
				setUtfall((Progressutfall)newValue);
				return;
			case KundvalPackage.PROGRESSGENOMGANG__KOMMENTAR:
				setKommentar((String)newValue);
				return;
			case KundvalPackage.PROGRESSGENOMGANG__AV:
				setAv((String)newValue);
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
			case KundvalPackage.PROGRESSGENOMGANG__INSATS:
				setInsats((Insats)null);
				return;
			case KundvalPackage.PROGRESSGENOMGANG__DATUM:
				setDatum(DATUM_EDEFAULT);
				return;
			case KundvalPackage.PROGRESSGENOMGANG__UTFALL:
				setUtfall(UTFALL_EDEFAULT);
				return;
			case KundvalPackage.PROGRESSGENOMGANG__KOMMENTAR:
				setKommentar(KOMMENTAR_EDEFAULT);
				return;
			case KundvalPackage.PROGRESSGENOMGANG__AV:
				setAv(AV_EDEFAULT);
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
			case KundvalPackage.PROGRESSGENOMGANG__INSATS:
				return getInsats() != null;
			case KundvalPackage.PROGRESSGENOMGANG__DATUM:
				return DATUM_EDEFAULT == null ? datum != null : !DATUM_EDEFAULT.equals(datum);
			case KundvalPackage.PROGRESSGENOMGANG__UTFALL:
				return UTFALL_EDEFAULT == null ? utfall != null : !UTFALL_EDEFAULT.equals(utfall);
			case KundvalPackage.PROGRESSGENOMGANG__KOMMENTAR:
				return KOMMENTAR_EDEFAULT == null ? kommentar != null : !KOMMENTAR_EDEFAULT.equals(kommentar);
			case KundvalPackage.PROGRESSGENOMGANG__AV:
				return AV_EDEFAULT == null ? av != null : !AV_EDEFAULT.equals(av);
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
		result.append(", utfall: ");
		result.append(utfall);
		result.append(", kommentar: ");
		result.append(kommentar);
		result.append(", av: ");
		result.append(av);
		result.append(')');
		return result.toString();
	}

} //ProgressgenomgangImpl
