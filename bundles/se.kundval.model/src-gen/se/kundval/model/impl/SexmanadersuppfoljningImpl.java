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
import se.kundval.model.Dokument;
import se.kundval.model.Insats;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Sexmanadersuppfoljning;
import se.kundval.model.Underlagstyp;
import se.kundval.model.Uppfoljningsstatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sexmanadersuppfoljning</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.SexmanadersuppfoljningImpl#getInsats <em>Insats</em>}</li>
 *   <li>{@link se.kundval.model.impl.SexmanadersuppfoljningImpl#getInlamnad <em>Inlamnad</em>}</li>
 *   <li>{@link se.kundval.model.impl.SexmanadersuppfoljningImpl#getUnderlag <em>Underlag</em>}</li>
 *   <li>{@link se.kundval.model.impl.SexmanadersuppfoljningImpl#getBeskrivning <em>Beskrivning</em>}</li>
 *   <li>{@link se.kundval.model.impl.SexmanadersuppfoljningImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link se.kundval.model.impl.SexmanadersuppfoljningImpl#getBedomdAv <em>Bedomd Av</em>}</li>
 *   <li>{@link se.kundval.model.impl.SexmanadersuppfoljningImpl#getBedomdDatum <em>Bedomd Datum</em>}</li>
 *   <li>{@link se.kundval.model.impl.SexmanadersuppfoljningImpl#getMotivering <em>Motivering</em>}</li>
 *   <li>{@link se.kundval.model.impl.SexmanadersuppfoljningImpl#getDokument <em>Dokument</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SexmanadersuppfoljningImpl extends EntitetImpl implements Sexmanadersuppfoljning {
	/**
	 * The default value of the '{@link #getInlamnad() <em>Inlamnad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInlamnad()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate INLAMNAD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInlamnad() <em>Inlamnad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInlamnad()
	 * @generated
	 * @ordered
	 */
	protected LocalDate inlamnad = INLAMNAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnderlag() <em>Underlag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnderlag()
	 * @generated
	 * @ordered
	 */
	protected static final Underlagstyp UNDERLAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnderlag() <em>Underlag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnderlag()
	 * @generated
	 * @ordered
	 */
	protected Underlagstyp underlag = UNDERLAG_EDEFAULT;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final Uppfoljningsstatus STATUS_EDEFAULT = Uppfoljningsstatus.INLAMNAD;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected Uppfoljningsstatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBedomdAv() <em>Bedomd Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBedomdAv()
	 * @generated
	 * @ordered
	 */
	protected static final String BEDOMD_AV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBedomdAv() <em>Bedomd Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBedomdAv()
	 * @generated
	 * @ordered
	 */
	protected String bedomdAv = BEDOMD_AV_EDEFAULT;

	/**
	 * The default value of the '{@link #getBedomdDatum() <em>Bedomd Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBedomdDatum()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BEDOMD_DATUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBedomdDatum() <em>Bedomd Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBedomdDatum()
	 * @generated
	 * @ordered
	 */
	protected LocalDate bedomdDatum = BEDOMD_DATUM_EDEFAULT;

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
	 * The cached value of the '{@link #getDokument() <em>Dokument</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDokument()
	 * @generated
	 * @ordered
	 */
	protected EList<Dokument> dokument;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SexmanadersuppfoljningImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.SEXMANADERSUPPFOLJNING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Insats getInsats() {
		if (eContainerFeatureID() != KundvalPackage.SEXMANADERSUPPFOLJNING__INSATS) return null;
		return (Insats)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInsats(Insats newInsats, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newInsats, KundvalPackage.SEXMANADERSUPPFOLJNING__INSATS, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsats(Insats newInsats) {
		if (newInsats != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.SEXMANADERSUPPFOLJNING__INSATS && newInsats != null)) {
			if (EcoreUtil.isAncestor(this, newInsats))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newInsats != null)
				msgs = ((InternalEObject)newInsats).eInverseAdd(this, KundvalPackage.INSATS__SEXMANADERSUPPFOLJNINGAR, Insats.class, msgs);
			msgs = basicSetInsats(newInsats, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.SEXMANADERSUPPFOLJNING__INSATS, newInsats, newInsats));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getInlamnad() {
		return inlamnad;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInlamnad(LocalDate newInlamnad) {
		LocalDate oldInlamnad = inlamnad;
		inlamnad = newInlamnad;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.SEXMANADERSUPPFOLJNING__INLAMNAD, oldInlamnad, inlamnad));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Underlagstyp getUnderlag() {
		return underlag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnderlag(Underlagstyp newUnderlag) {
		Underlagstyp oldUnderlag = underlag;
		underlag = newUnderlag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.SEXMANADERSUPPFOLJNING__UNDERLAG, oldUnderlag, underlag));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.SEXMANADERSUPPFOLJNING__BESKRIVNING, oldBeskrivning, beskrivning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Uppfoljningsstatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(Uppfoljningsstatus newStatus) {
		Uppfoljningsstatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.SEXMANADERSUPPFOLJNING__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBedomdAv() {
		return bedomdAv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBedomdAv(String newBedomdAv) {
		String oldBedomdAv = bedomdAv;
		bedomdAv = newBedomdAv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.SEXMANADERSUPPFOLJNING__BEDOMD_AV, oldBedomdAv, bedomdAv));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBedomdDatum() {
		return bedomdDatum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBedomdDatum(LocalDate newBedomdDatum) {
		LocalDate oldBedomdDatum = bedomdDatum;
		bedomdDatum = newBedomdDatum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.SEXMANADERSUPPFOLJNING__BEDOMD_DATUM, oldBedomdDatum, bedomdDatum));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.SEXMANADERSUPPFOLJNING__MOTIVERING, oldMotivering, motivering));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dokument> getDokument() {
		if (dokument == null) {
			dokument = new EObjectContainmentWithInverseEList<Dokument>(Dokument.class, this, KundvalPackage.SEXMANADERSUPPFOLJNING__DOKUMENT, KundvalPackage.DOKUMENT__UPPFOLJNING);
		}
		return dokument;
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
			case KundvalPackage.SEXMANADERSUPPFOLJNING__INSATS:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetInsats((Insats)otherEnd, msgs);
			case KundvalPackage.SEXMANADERSUPPFOLJNING__DOKUMENT:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getDokument()).basicAdd(otherEnd, msgs);
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
			case KundvalPackage.SEXMANADERSUPPFOLJNING__INSATS:
				return basicSetInsats(null, msgs);
			case KundvalPackage.SEXMANADERSUPPFOLJNING__DOKUMENT:
				return ((InternalEList<?>)getDokument()).basicRemove(otherEnd, msgs);
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
			case KundvalPackage.SEXMANADERSUPPFOLJNING__INSATS:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.INSATS__SEXMANADERSUPPFOLJNINGAR, Insats.class, msgs);
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
			case KundvalPackage.SEXMANADERSUPPFOLJNING__INSATS:
				return getInsats();
			case KundvalPackage.SEXMANADERSUPPFOLJNING__INLAMNAD:
				return getInlamnad();
			case KundvalPackage.SEXMANADERSUPPFOLJNING__UNDERLAG:
				return getUnderlag();
			case KundvalPackage.SEXMANADERSUPPFOLJNING__BESKRIVNING:
				return getBeskrivning();
			case KundvalPackage.SEXMANADERSUPPFOLJNING__STATUS:
				return getStatus();
			case KundvalPackage.SEXMANADERSUPPFOLJNING__BEDOMD_AV:
				return getBedomdAv();
			case KundvalPackage.SEXMANADERSUPPFOLJNING__BEDOMD_DATUM:
				return getBedomdDatum();
			case KundvalPackage.SEXMANADERSUPPFOLJNING__MOTIVERING:
				return getMotivering();
			case KundvalPackage.SEXMANADERSUPPFOLJNING__DOKUMENT:
				return getDokument();
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
			case KundvalPackage.SEXMANADERSUPPFOLJNING__INSATS:
				setInsats((Insats)newValue);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__INLAMNAD:
				setInlamnad((LocalDate)newValue);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__UNDERLAG:
				setUnderlag((Underlagstyp)newValue);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__BESKRIVNING:
				setBeskrivning((String)newValue);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__STATUS:
				setStatus((Uppfoljningsstatus)newValue);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__BEDOMD_AV:
				setBedomdAv((String)newValue);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__BEDOMD_DATUM:
				setBedomdDatum((LocalDate)newValue);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__MOTIVERING:
				setMotivering((String)newValue);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__DOKUMENT:
				getDokument().clear();
				getDokument().addAll((Collection<? extends Dokument>)newValue);
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
			case KundvalPackage.SEXMANADERSUPPFOLJNING__INSATS:
				setInsats((Insats)null);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__INLAMNAD:
				setInlamnad(INLAMNAD_EDEFAULT);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__UNDERLAG:
				setUnderlag(UNDERLAG_EDEFAULT);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__BESKRIVNING:
				setBeskrivning(BESKRIVNING_EDEFAULT);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__BEDOMD_AV:
				setBedomdAv(BEDOMD_AV_EDEFAULT);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__BEDOMD_DATUM:
				setBedomdDatum(BEDOMD_DATUM_EDEFAULT);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__MOTIVERING:
				setMotivering(MOTIVERING_EDEFAULT);
				return;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__DOKUMENT:
				getDokument().clear();
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
			case KundvalPackage.SEXMANADERSUPPFOLJNING__INSATS:
				return getInsats() != null;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__INLAMNAD:
				return INLAMNAD_EDEFAULT == null ? inlamnad != null : !INLAMNAD_EDEFAULT.equals(inlamnad);
			case KundvalPackage.SEXMANADERSUPPFOLJNING__UNDERLAG:
				return UNDERLAG_EDEFAULT == null ? underlag != null : !UNDERLAG_EDEFAULT.equals(underlag);
			case KundvalPackage.SEXMANADERSUPPFOLJNING__BESKRIVNING:
				return BESKRIVNING_EDEFAULT == null ? beskrivning != null : !BESKRIVNING_EDEFAULT.equals(beskrivning);
			case KundvalPackage.SEXMANADERSUPPFOLJNING__STATUS:
				return status != STATUS_EDEFAULT;
			case KundvalPackage.SEXMANADERSUPPFOLJNING__BEDOMD_AV:
				return BEDOMD_AV_EDEFAULT == null ? bedomdAv != null : !BEDOMD_AV_EDEFAULT.equals(bedomdAv);
			case KundvalPackage.SEXMANADERSUPPFOLJNING__BEDOMD_DATUM:
				return BEDOMD_DATUM_EDEFAULT == null ? bedomdDatum != null : !BEDOMD_DATUM_EDEFAULT.equals(bedomdDatum);
			case KundvalPackage.SEXMANADERSUPPFOLJNING__MOTIVERING:
				return MOTIVERING_EDEFAULT == null ? motivering != null : !MOTIVERING_EDEFAULT.equals(motivering);
			case KundvalPackage.SEXMANADERSUPPFOLJNING__DOKUMENT:
				return dokument != null && !dokument.isEmpty();
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
		result.append(" (inlamnad: ");
		result.append(inlamnad);
		result.append(", underlag: ");
		result.append(underlag);
		result.append(", beskrivning: ");
		result.append(beskrivning);
		result.append(", status: ");
		result.append(status);
		result.append(", bedomdAv: ");
		result.append(bedomdAv);
		result.append(", bedomdDatum: ");
		result.append(bedomdDatum);
		result.append(", motivering: ");
		result.append(motivering);
		result.append(')');
		return result.toString();
	}

} //SexmanadersuppfoljningImpl
