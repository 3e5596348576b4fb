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

import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.Avslutsorsak;
import se.kundval.model.Insats;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Sysselsattningsform;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Avslut</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.AvslutImpl#getInsats <em>Insats</em>}</li>
 *   <li>{@link se.kundval.model.impl.AvslutImpl#getAvslutsdatum <em>Avslutsdatum</em>}</li>
 *   <li>{@link se.kundval.model.impl.AvslutImpl#getAvslutsorsak <em>Avslutsorsak</em>}</li>
 *   <li>{@link se.kundval.model.impl.AvslutImpl#getSysselsattning <em>Sysselsattning</em>}</li>
 *   <li>{@link se.kundval.model.impl.AvslutImpl#getVaraktighetManader <em>Varaktighet Manader</em>}</li>
 *   <li>{@link se.kundval.model.impl.AvslutImpl#getRapporteradAv <em>Rapporterad Av</em>}</li>
 *   <li>{@link se.kundval.model.impl.AvslutImpl#getRapporteradDatum <em>Rapporterad Datum</em>}</li>
 *   <li>{@link se.kundval.model.impl.AvslutImpl#getBedomningar <em>Bedomningar</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AvslutImpl extends EntitetImpl implements Avslut {
	/**
	 * The default value of the '{@link #getAvslutsdatum() <em>Avslutsdatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvslutsdatum()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate AVSLUTSDATUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAvslutsdatum() <em>Avslutsdatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvslutsdatum()
	 * @generated
	 * @ordered
	 */
	protected LocalDate avslutsdatum = AVSLUTSDATUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getAvslutsorsak() <em>Avslutsorsak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvslutsorsak()
	 * @generated
	 * @ordered
	 */
	protected static final Avslutsorsak AVSLUTSORSAK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAvslutsorsak() <em>Avslutsorsak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvslutsorsak()
	 * @generated
	 * @ordered
	 */
	protected Avslutsorsak avslutsorsak = AVSLUTSORSAK_EDEFAULT;

	/**
	 * The default value of the '{@link #getSysselsattning() <em>Sysselsattning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSysselsattning()
	 * @generated
	 * @ordered
	 */
	protected static final Sysselsattningsform SYSSELSATTNING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSysselsattning() <em>Sysselsattning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSysselsattning()
	 * @generated
	 * @ordered
	 */
	protected Sysselsattningsform sysselsattning = SYSSELSATTNING_EDEFAULT;

	/**
	 * The default value of the '{@link #getVaraktighetManader() <em>Varaktighet Manader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVaraktighetManader()
	 * @generated
	 * @ordered
	 */
	protected static final Integer VARAKTIGHET_MANADER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVaraktighetManader() <em>Varaktighet Manader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVaraktighetManader()
	 * @generated
	 * @ordered
	 */
	protected Integer varaktighetManader = VARAKTIGHET_MANADER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRapporteradAv() <em>Rapporterad Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRapporteradAv()
	 * @generated
	 * @ordered
	 */
	protected static final String RAPPORTERAD_AV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRapporteradAv() <em>Rapporterad Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRapporteradAv()
	 * @generated
	 * @ordered
	 */
	protected String rapporteradAv = RAPPORTERAD_AV_EDEFAULT;

	/**
	 * The default value of the '{@link #getRapporteradDatum() <em>Rapporterad Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRapporteradDatum()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RAPPORTERAD_DATUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRapporteradDatum() <em>Rapporterad Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRapporteradDatum()
	 * @generated
	 * @ordered
	 */
	protected LocalDate rapporteradDatum = RAPPORTERAD_DATUM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBedomningar() <em>Bedomningar</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBedomningar()
	 * @generated
	 * @ordered
	 */
	protected EList<Avslutsbedomning> bedomningar;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AvslutImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.AVSLUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Insats getInsats() {
		if (eContainerFeatureID() != KundvalPackage.AVSLUT__INSATS) return null;
		return (Insats)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInsats(Insats newInsats, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newInsats, KundvalPackage.AVSLUT__INSATS, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsats(Insats newInsats) {
		if (newInsats != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.AVSLUT__INSATS && newInsats != null)) {
			if (EcoreUtil.isAncestor(this, newInsats))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newInsats != null)
				msgs = ((InternalEObject)newInsats).eInverseAdd(this, KundvalPackage.INSATS__AVSLUT, Insats.class, msgs);
			msgs = basicSetInsats(newInsats, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AVSLUT__INSATS, newInsats, newInsats));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAvslutsdatum() {
		return avslutsdatum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvslutsdatum(LocalDate newAvslutsdatum) {
		LocalDate oldAvslutsdatum = avslutsdatum;
		avslutsdatum = newAvslutsdatum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AVSLUT__AVSLUTSDATUM, oldAvslutsdatum, avslutsdatum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Avslutsorsak getAvslutsorsak() {
		return avslutsorsak;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvslutsorsak(Avslutsorsak newAvslutsorsak) {
		Avslutsorsak oldAvslutsorsak = avslutsorsak;
		avslutsorsak = newAvslutsorsak;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AVSLUT__AVSLUTSORSAK, oldAvslutsorsak, avslutsorsak));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sysselsattningsform getSysselsattning() {
		return sysselsattning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSysselsattning(Sysselsattningsform newSysselsattning) {
		Sysselsattningsform oldSysselsattning = sysselsattning;
		sysselsattning = newSysselsattning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AVSLUT__SYSSELSATTNING, oldSysselsattning, sysselsattning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getVaraktighetManader() {
		return varaktighetManader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVaraktighetManader(Integer newVaraktighetManader) {
		Integer oldVaraktighetManader = varaktighetManader;
		varaktighetManader = newVaraktighetManader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AVSLUT__VARAKTIGHET_MANADER, oldVaraktighetManader, varaktighetManader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRapporteradAv() {
		return rapporteradAv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRapporteradAv(String newRapporteradAv) {
		String oldRapporteradAv = rapporteradAv;
		rapporteradAv = newRapporteradAv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AVSLUT__RAPPORTERAD_AV, oldRapporteradAv, rapporteradAv));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRapporteradDatum() {
		return rapporteradDatum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRapporteradDatum(LocalDate newRapporteradDatum) {
		LocalDate oldRapporteradDatum = rapporteradDatum;
		rapporteradDatum = newRapporteradDatum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AVSLUT__RAPPORTERAD_DATUM, oldRapporteradDatum, rapporteradDatum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Avslutsbedomning> getBedomningar() {
		if (bedomningar == null) {
			bedomningar = new EObjectContainmentWithInverseEList<Avslutsbedomning>(Avslutsbedomning.class, this, KundvalPackage.AVSLUT__BEDOMNINGAR, KundvalPackage.AVSLUTSBEDOMNING__AVSLUT);
		}
		return bedomningar;
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
			case KundvalPackage.AVSLUT__INSATS:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetInsats((Insats)otherEnd, msgs);
			case KundvalPackage.AVSLUT__BEDOMNINGAR:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getBedomningar()).basicAdd(otherEnd, msgs);
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
			case KundvalPackage.AVSLUT__INSATS:
				return basicSetInsats(null, msgs);
			case KundvalPackage.AVSLUT__BEDOMNINGAR:
				return ((InternalEList<?>)getBedomningar()).basicRemove(otherEnd, msgs);
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
			case KundvalPackage.AVSLUT__INSATS:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.INSATS__AVSLUT, Insats.class, msgs);
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
			case KundvalPackage.AVSLUT__INSATS:
				return getInsats();
			case KundvalPackage.AVSLUT__AVSLUTSDATUM:
				return getAvslutsdatum();
			case KundvalPackage.AVSLUT__AVSLUTSORSAK:
				return getAvslutsorsak();
			case KundvalPackage.AVSLUT__SYSSELSATTNING:
				return getSysselsattning();
			case KundvalPackage.AVSLUT__VARAKTIGHET_MANADER:
				return getVaraktighetManader();
			case KundvalPackage.AVSLUT__RAPPORTERAD_AV:
				return getRapporteradAv();
			case KundvalPackage.AVSLUT__RAPPORTERAD_DATUM:
				return getRapporteradDatum();
			case KundvalPackage.AVSLUT__BEDOMNINGAR:
				return getBedomningar();
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
			case KundvalPackage.AVSLUT__INSATS:
				setInsats((Insats)newValue);
				return;
			case KundvalPackage.AVSLUT__AVSLUTSDATUM:
				setAvslutsdatum((LocalDate)newValue);
				return;
			case KundvalPackage.AVSLUT__AVSLUTSORSAK:
				setAvslutsorsak((Avslutsorsak)newValue);
				return;
			case KundvalPackage.AVSLUT__SYSSELSATTNING:
				setSysselsattning((Sysselsattningsform)newValue);
				return;
			case KundvalPackage.AVSLUT__VARAKTIGHET_MANADER:
				setVaraktighetManader((Integer)newValue);
				return;
			case KundvalPackage.AVSLUT__RAPPORTERAD_AV:
				setRapporteradAv((String)newValue);
				return;
			case KundvalPackage.AVSLUT__RAPPORTERAD_DATUM:
				setRapporteradDatum((LocalDate)newValue);
				return;
			case KundvalPackage.AVSLUT__BEDOMNINGAR:
				getBedomningar().clear();
				getBedomningar().addAll((Collection<? extends Avslutsbedomning>)newValue);
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
			case KundvalPackage.AVSLUT__INSATS:
				setInsats((Insats)null);
				return;
			case KundvalPackage.AVSLUT__AVSLUTSDATUM:
				setAvslutsdatum(AVSLUTSDATUM_EDEFAULT);
				return;
			case KundvalPackage.AVSLUT__AVSLUTSORSAK:
				setAvslutsorsak(AVSLUTSORSAK_EDEFAULT);
				return;
			case KundvalPackage.AVSLUT__SYSSELSATTNING:
				setSysselsattning(SYSSELSATTNING_EDEFAULT);
				return;
			case KundvalPackage.AVSLUT__VARAKTIGHET_MANADER:
				setVaraktighetManader(VARAKTIGHET_MANADER_EDEFAULT);
				return;
			case KundvalPackage.AVSLUT__RAPPORTERAD_AV:
				setRapporteradAv(RAPPORTERAD_AV_EDEFAULT);
				return;
			case KundvalPackage.AVSLUT__RAPPORTERAD_DATUM:
				setRapporteradDatum(RAPPORTERAD_DATUM_EDEFAULT);
				return;
			case KundvalPackage.AVSLUT__BEDOMNINGAR:
				getBedomningar().clear();
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
			case KundvalPackage.AVSLUT__INSATS:
				return getInsats() != null;
			case KundvalPackage.AVSLUT__AVSLUTSDATUM:
				return AVSLUTSDATUM_EDEFAULT == null ? avslutsdatum != null : !AVSLUTSDATUM_EDEFAULT.equals(avslutsdatum);
			case KundvalPackage.AVSLUT__AVSLUTSORSAK:
				return AVSLUTSORSAK_EDEFAULT == null ? avslutsorsak != null : !AVSLUTSORSAK_EDEFAULT.equals(avslutsorsak);
			case KundvalPackage.AVSLUT__SYSSELSATTNING:
				return SYSSELSATTNING_EDEFAULT == null ? sysselsattning != null : !SYSSELSATTNING_EDEFAULT.equals(sysselsattning);
			case KundvalPackage.AVSLUT__VARAKTIGHET_MANADER:
				return VARAKTIGHET_MANADER_EDEFAULT == null ? varaktighetManader != null : !VARAKTIGHET_MANADER_EDEFAULT.equals(varaktighetManader);
			case KundvalPackage.AVSLUT__RAPPORTERAD_AV:
				return RAPPORTERAD_AV_EDEFAULT == null ? rapporteradAv != null : !RAPPORTERAD_AV_EDEFAULT.equals(rapporteradAv);
			case KundvalPackage.AVSLUT__RAPPORTERAD_DATUM:
				return RAPPORTERAD_DATUM_EDEFAULT == null ? rapporteradDatum != null : !RAPPORTERAD_DATUM_EDEFAULT.equals(rapporteradDatum);
			case KundvalPackage.AVSLUT__BEDOMNINGAR:
				return bedomningar != null && !bedomningar.isEmpty();
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
		result.append(" (avslutsdatum: ");
		result.append(avslutsdatum);
		result.append(", avslutsorsak: ");
		result.append(avslutsorsak);
		result.append(", sysselsattning: ");
		result.append(sysselsattning);
		result.append(", varaktighetManader: ");
		result.append(varaktighetManader);
		result.append(", rapporteradAv: ");
		result.append(rapporteradAv);
		result.append(", rapporteradDatum: ");
		result.append(rapporteradDatum);
		result.append(')');
		return result.toString();
	}

} //AvslutImpl
