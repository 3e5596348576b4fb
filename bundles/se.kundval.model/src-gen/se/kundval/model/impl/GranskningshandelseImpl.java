/**
 */
package se.kundval.model.impl;

import java.time.LocalDateTime;

import java.util.Collection;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;
import se.kundval.model.Faltandring;
import se.kundval.model.Granskningshandelse;
import se.kundval.model.KundvalPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Granskningshandelse</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.GranskningshandelseImpl#getTidpunkt <em>Tidpunkt</em>}</li>
 *   <li>{@link se.kundval.model.impl.GranskningshandelseImpl#getAnvandare <em>Anvandare</em>}</li>
 *   <li>{@link se.kundval.model.impl.GranskningshandelseImpl#getHandelse <em>Handelse</em>}</li>
 *   <li>{@link se.kundval.model.impl.GranskningshandelseImpl#getObjekttyp <em>Objekttyp</em>}</li>
 *   <li>{@link se.kundval.model.impl.GranskningshandelseImpl#getObjektId <em>Objekt Id</em>}</li>
 *   <li>{@link se.kundval.model.impl.GranskningshandelseImpl#getDetaljer <em>Detaljer</em>}</li>
 *   <li>{@link se.kundval.model.impl.GranskningshandelseImpl#getAndringar <em>Andringar</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GranskningshandelseImpl extends EntitetImpl implements Granskningshandelse {
	/**
	 * The default value of the '{@link #getTidpunkt() <em>Tidpunkt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTidpunkt()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime TIDPUNKT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTidpunkt() <em>Tidpunkt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTidpunkt()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime tidpunkt = TIDPUNKT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnvandare() <em>Anvandare</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnvandare()
	 * @generated
	 * @ordered
	 */
	protected static final String ANVANDARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnvandare() <em>Anvandare</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnvandare()
	 * @generated
	 * @ordered
	 */
	protected String anvandare = ANVANDARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandelse() <em>Handelse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandelse()
	 * @generated
	 * @ordered
	 */
	protected static final String HANDELSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHandelse() <em>Handelse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandelse()
	 * @generated
	 * @ordered
	 */
	protected String handelse = HANDELSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getObjekttyp() <em>Objekttyp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjekttyp()
	 * @generated
	 * @ordered
	 */
	protected static final String OBJEKTTYP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObjekttyp() <em>Objekttyp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjekttyp()
	 * @generated
	 * @ordered
	 */
	protected String objekttyp = OBJEKTTYP_EDEFAULT;

	/**
	 * The default value of the '{@link #getObjektId() <em>Objekt Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjektId()
	 * @generated
	 * @ordered
	 */
	protected static final Long OBJEKT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObjektId() <em>Objekt Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjektId()
	 * @generated
	 * @ordered
	 */
	protected Long objektId = OBJEKT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDetaljer() <em>Detaljer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetaljer()
	 * @generated
	 * @ordered
	 */
	protected static final String DETALJER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetaljer() <em>Detaljer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetaljer()
	 * @generated
	 * @ordered
	 */
	protected String detaljer = DETALJER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAndringar() <em>Andringar</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAndringar()
	 * @generated
	 * @ordered
	 */
	protected EList<Faltandring> andringar;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GranskningshandelseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.GRANSKNINGSHANDELSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getTidpunkt() {
		return tidpunkt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTidpunkt(LocalDateTime newTidpunkt) {
		LocalDateTime oldTidpunkt = tidpunkt;
		tidpunkt = newTidpunkt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.GRANSKNINGSHANDELSE__TIDPUNKT, oldTidpunkt, tidpunkt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnvandare() {
		return anvandare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnvandare(String newAnvandare) {
		String oldAnvandare = anvandare;
		anvandare = newAnvandare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.GRANSKNINGSHANDELSE__ANVANDARE, oldAnvandare, anvandare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHandelse() {
		return handelse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandelse(String newHandelse) {
		String oldHandelse = handelse;
		handelse = newHandelse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.GRANSKNINGSHANDELSE__HANDELSE, oldHandelse, handelse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObjekttyp() {
		return objekttyp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjekttyp(String newObjekttyp) {
		String oldObjekttyp = objekttyp;
		objekttyp = newObjekttyp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.GRANSKNINGSHANDELSE__OBJEKTTYP, oldObjekttyp, objekttyp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getObjektId() {
		return objektId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjektId(Long newObjektId) {
		Long oldObjektId = objektId;
		objektId = newObjektId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.GRANSKNINGSHANDELSE__OBJEKT_ID, oldObjektId, objektId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDetaljer() {
		return detaljer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetaljer(String newDetaljer) {
		String oldDetaljer = detaljer;
		detaljer = newDetaljer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.GRANSKNINGSHANDELSE__DETALJER, oldDetaljer, detaljer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Faltandring> getAndringar() {
		if (andringar == null) {
			andringar = new EObjectContainmentWithInverseEList<Faltandring>(Faltandring.class, this, KundvalPackage.GRANSKNINGSHANDELSE__ANDRINGAR, KundvalPackage.FALTANDRING__HANDELSE);
		}
		return andringar;
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
			case KundvalPackage.GRANSKNINGSHANDELSE__ANDRINGAR:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getAndringar()).basicAdd(otherEnd, msgs);
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
			case KundvalPackage.GRANSKNINGSHANDELSE__ANDRINGAR:
				return ((InternalEList<?>)getAndringar()).basicRemove(otherEnd, msgs);
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
			case KundvalPackage.GRANSKNINGSHANDELSE__TIDPUNKT:
				return getTidpunkt();
			case KundvalPackage.GRANSKNINGSHANDELSE__ANVANDARE:
				return getAnvandare();
			case KundvalPackage.GRANSKNINGSHANDELSE__HANDELSE:
				return getHandelse();
			case KundvalPackage.GRANSKNINGSHANDELSE__OBJEKTTYP:
				return getObjekttyp();
			case KundvalPackage.GRANSKNINGSHANDELSE__OBJEKT_ID:
				return getObjektId();
			case KundvalPackage.GRANSKNINGSHANDELSE__DETALJER:
				return getDetaljer();
			case KundvalPackage.GRANSKNINGSHANDELSE__ANDRINGAR:
				return getAndringar();
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
			case KundvalPackage.GRANSKNINGSHANDELSE__TIDPUNKT:
				setTidpunkt((LocalDateTime)newValue);
				return;
			case KundvalPackage.GRANSKNINGSHANDELSE__ANVANDARE:
				setAnvandare((String)newValue);
				return;
			case KundvalPackage.GRANSKNINGSHANDELSE__HANDELSE:
				setHandelse((String)newValue);
				return;
			case KundvalPackage.GRANSKNINGSHANDELSE__OBJEKTTYP:
				setObjekttyp((String)newValue);
				return;
			case KundvalPackage.GRANSKNINGSHANDELSE__OBJEKT_ID:
				setObjektId((Long)newValue);
				return;
			case KundvalPackage.GRANSKNINGSHANDELSE__DETALJER:
				setDetaljer((String)newValue);
				return;
			case KundvalPackage.GRANSKNINGSHANDELSE__ANDRINGAR:
				getAndringar().clear();
				getAndringar().addAll((Collection<? extends Faltandring>)newValue);
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
			case KundvalPackage.GRANSKNINGSHANDELSE__TIDPUNKT:
				setTidpunkt(TIDPUNKT_EDEFAULT);
				return;
			case KundvalPackage.GRANSKNINGSHANDELSE__ANVANDARE:
				setAnvandare(ANVANDARE_EDEFAULT);
				return;
			case KundvalPackage.GRANSKNINGSHANDELSE__HANDELSE:
				setHandelse(HANDELSE_EDEFAULT);
				return;
			case KundvalPackage.GRANSKNINGSHANDELSE__OBJEKTTYP:
				setObjekttyp(OBJEKTTYP_EDEFAULT);
				return;
			case KundvalPackage.GRANSKNINGSHANDELSE__OBJEKT_ID:
				setObjektId(OBJEKT_ID_EDEFAULT);
				return;
			case KundvalPackage.GRANSKNINGSHANDELSE__DETALJER:
				setDetaljer(DETALJER_EDEFAULT);
				return;
			case KundvalPackage.GRANSKNINGSHANDELSE__ANDRINGAR:
				getAndringar().clear();
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
			case KundvalPackage.GRANSKNINGSHANDELSE__TIDPUNKT:
				return TIDPUNKT_EDEFAULT == null ? tidpunkt != null : !TIDPUNKT_EDEFAULT.equals(tidpunkt);
			case KundvalPackage.GRANSKNINGSHANDELSE__ANVANDARE:
				return ANVANDARE_EDEFAULT == null ? anvandare != null : !ANVANDARE_EDEFAULT.equals(anvandare);
			case KundvalPackage.GRANSKNINGSHANDELSE__HANDELSE:
				return HANDELSE_EDEFAULT == null ? handelse != null : !HANDELSE_EDEFAULT.equals(handelse);
			case KundvalPackage.GRANSKNINGSHANDELSE__OBJEKTTYP:
				return OBJEKTTYP_EDEFAULT == null ? objekttyp != null : !OBJEKTTYP_EDEFAULT.equals(objekttyp);
			case KundvalPackage.GRANSKNINGSHANDELSE__OBJEKT_ID:
				return OBJEKT_ID_EDEFAULT == null ? objektId != null : !OBJEKT_ID_EDEFAULT.equals(objektId);
			case KundvalPackage.GRANSKNINGSHANDELSE__DETALJER:
				return DETALJER_EDEFAULT == null ? detaljer != null : !DETALJER_EDEFAULT.equals(detaljer);
			case KundvalPackage.GRANSKNINGSHANDELSE__ANDRINGAR:
				return andringar != null && !andringar.isEmpty();
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
		result.append(" (tidpunkt: ");
		result.append(tidpunkt);
		result.append(", anvandare: ");
		result.append(anvandare);
		result.append(", handelse: ");
		result.append(handelse);
		result.append(", objekttyp: ");
		result.append(objekttyp);
		result.append(", objektId: ");
		result.append(objektId);
		result.append(", detaljer: ");
		result.append(detaljer);
		result.append(')');
		return result.toString();
	}

} //GranskningshandelseImpl
