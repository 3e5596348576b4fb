/**
 */
package se.kundval.model.impl;

import java.time.LocalDate;
import java.time.LocalDateTime;

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

import se.kundval.model.Beslut;
import se.kundval.model.BeslutTyp;
import se.kundval.model.Insats;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Undantag;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Beslut</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.BeslutImpl#getInsats <em>Insats</em>}</li>
 *   <li>{@link se.kundval.model.impl.BeslutImpl#getTyp <em>Typ</em>}</li>
 *   <li>{@link se.kundval.model.impl.BeslutImpl#getDatum <em>Datum</em>}</li>
 *   <li>{@link se.kundval.model.impl.BeslutImpl#getHandlaggare <em>Handlaggare</em>}</li>
 *   <li>{@link se.kundval.model.impl.BeslutImpl#getMotivering <em>Motivering</em>}</li>
 *   <li>{@link se.kundval.model.impl.BeslutImpl#getLangdManader <em>Langd Manader</em>}</li>
 *   <li>{@link se.kundval.model.impl.BeslutImpl#getTidpunkt <em>Tidpunkt</em>}</li>
 *   <li>{@link se.kundval.model.impl.BeslutImpl#getUndantag <em>Undantag</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BeslutImpl extends EntitetImpl implements Beslut {
	/**
	 * The default value of the '{@link #getTyp() <em>Typ</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTyp()
	 * @generated
	 * @ordered
	 */
	protected static final BeslutTyp TYP_EDEFAULT = BeslutTyp.BEVILJANDE;

	/**
	 * The cached value of the '{@link #getTyp() <em>Typ</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTyp()
	 * @generated
	 * @ordered
	 */
	protected BeslutTyp typ = TYP_EDEFAULT;

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
	 * The default value of the '{@link #getHandlaggare() <em>Handlaggare</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlaggare()
	 * @generated
	 * @ordered
	 */
	protected static final String HANDLAGGARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHandlaggare() <em>Handlaggare</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlaggare()
	 * @generated
	 * @ordered
	 */
	protected String handlaggare = HANDLAGGARE_EDEFAULT;

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
	 * The default value of the '{@link #getLangdManader() <em>Langd Manader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLangdManader()
	 * @generated
	 * @ordered
	 */
	protected static final int LANGD_MANADER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLangdManader() <em>Langd Manader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLangdManader()
	 * @generated
	 * @ordered
	 */
	protected int langdManader = LANGD_MANADER_EDEFAULT;

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
	 * The cached value of the '{@link #getUndantag() <em>Undantag</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUndantag()
	 * @generated
	 * @ordered
	 */
	protected EList<Undantag> undantag;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BeslutImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.BESLUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Insats getInsats() {
		if (eContainerFeatureID() != KundvalPackage.BESLUT__INSATS) return null;
		return (Insats)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInsats(Insats newInsats, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newInsats, KundvalPackage.BESLUT__INSATS, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsats(Insats newInsats) {
		if (newInsats != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.BESLUT__INSATS && newInsats != null)) {
			if (EcoreUtil.isAncestor(this, newInsats))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newInsats != null)
				msgs = ((InternalEObject)newInsats).eInverseAdd(this, KundvalPackage.INSATS__BESLUT, Insats.class, msgs);
			msgs = basicSetInsats(newInsats, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.BESLUT__INSATS, newInsats, newInsats));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BeslutTyp getTyp() {
		return typ;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTyp(BeslutTyp newTyp) {
		BeslutTyp oldTyp = typ;
		typ = newTyp == null ? TYP_EDEFAULT : newTyp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.BESLUT__TYP, oldTyp, typ));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.BESLUT__DATUM, oldDatum, datum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHandlaggare() {
		return handlaggare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandlaggare(String newHandlaggare) {
		String oldHandlaggare = handlaggare;
		handlaggare = newHandlaggare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.BESLUT__HANDLAGGARE, oldHandlaggare, handlaggare));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.BESLUT__MOTIVERING, oldMotivering, motivering));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLangdManader() {
		return langdManader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLangdManader(int newLangdManader) {
		int oldLangdManader = langdManader;
		langdManader = newLangdManader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.BESLUT__LANGD_MANADER, oldLangdManader, langdManader));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.BESLUT__TIDPUNKT, oldTidpunkt, tidpunkt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Undantag> getUndantag() {
		if (undantag == null) {
			undantag = new EObjectContainmentWithInverseEList<Undantag>(Undantag.class, this, KundvalPackage.BESLUT__UNDANTAG, KundvalPackage.UNDANTAG__BESLUT);
		}
		return undantag;
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
			case KundvalPackage.BESLUT__INSATS:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetInsats((Insats)otherEnd, msgs);
			case KundvalPackage.BESLUT__UNDANTAG:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getUndantag()).basicAdd(otherEnd, msgs);
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
			case KundvalPackage.BESLUT__INSATS:
				return basicSetInsats(null, msgs);
			case KundvalPackage.BESLUT__UNDANTAG:
				return ((InternalEList<?>)getUndantag()).basicRemove(otherEnd, msgs);
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
			case KundvalPackage.BESLUT__INSATS:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.INSATS__BESLUT, Insats.class, msgs);
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
			case KundvalPackage.BESLUT__INSATS:
				return getInsats();
			case KundvalPackage.BESLUT__TYP:
				return getTyp();
			case KundvalPackage.BESLUT__DATUM:
				return getDatum();
			case KundvalPackage.BESLUT__HANDLAGGARE:
				return getHandlaggare();
			case KundvalPackage.BESLUT__MOTIVERING:
				return getMotivering();
			case KundvalPackage.BESLUT__LANGD_MANADER:
				return getLangdManader();
			case KundvalPackage.BESLUT__TIDPUNKT:
				return getTidpunkt();
			case KundvalPackage.BESLUT__UNDANTAG:
				return getUndantag();
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
			case KundvalPackage.BESLUT__INSATS:
				setInsats((Insats)newValue);
				return;
			case KundvalPackage.BESLUT__TYP:
				setTyp((BeslutTyp)newValue);
				return;
			case KundvalPackage.BESLUT__DATUM:
				setDatum((LocalDate)newValue);
				return;
			case KundvalPackage.BESLUT__HANDLAGGARE:
				setHandlaggare((String)newValue);
				return;
			case KundvalPackage.BESLUT__MOTIVERING:
				setMotivering((String)newValue);
				return;
			case KundvalPackage.BESLUT__LANGD_MANADER:
				setLangdManader((Integer)newValue);
				return;
			case KundvalPackage.BESLUT__TIDPUNKT:
				setTidpunkt((LocalDateTime)newValue);
				return;
			case KundvalPackage.BESLUT__UNDANTAG:
				getUndantag().clear();
				getUndantag().addAll((Collection<? extends Undantag>)newValue);
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
			case KundvalPackage.BESLUT__INSATS:
				setInsats((Insats)null);
				return;
			case KundvalPackage.BESLUT__TYP:
				setTyp(TYP_EDEFAULT);
				return;
			case KundvalPackage.BESLUT__DATUM:
				setDatum(DATUM_EDEFAULT);
				return;
			case KundvalPackage.BESLUT__HANDLAGGARE:
				setHandlaggare(HANDLAGGARE_EDEFAULT);
				return;
			case KundvalPackage.BESLUT__MOTIVERING:
				setMotivering(MOTIVERING_EDEFAULT);
				return;
			case KundvalPackage.BESLUT__LANGD_MANADER:
				setLangdManader(LANGD_MANADER_EDEFAULT);
				return;
			case KundvalPackage.BESLUT__TIDPUNKT:
				setTidpunkt(TIDPUNKT_EDEFAULT);
				return;
			case KundvalPackage.BESLUT__UNDANTAG:
				getUndantag().clear();
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
			case KundvalPackage.BESLUT__INSATS:
				return getInsats() != null;
			case KundvalPackage.BESLUT__TYP:
				return typ != TYP_EDEFAULT;
			case KundvalPackage.BESLUT__DATUM:
				return DATUM_EDEFAULT == null ? datum != null : !DATUM_EDEFAULT.equals(datum);
			case KundvalPackage.BESLUT__HANDLAGGARE:
				return HANDLAGGARE_EDEFAULT == null ? handlaggare != null : !HANDLAGGARE_EDEFAULT.equals(handlaggare);
			case KundvalPackage.BESLUT__MOTIVERING:
				return MOTIVERING_EDEFAULT == null ? motivering != null : !MOTIVERING_EDEFAULT.equals(motivering);
			case KundvalPackage.BESLUT__LANGD_MANADER:
				return langdManader != LANGD_MANADER_EDEFAULT;
			case KundvalPackage.BESLUT__TIDPUNKT:
				return TIDPUNKT_EDEFAULT == null ? tidpunkt != null : !TIDPUNKT_EDEFAULT.equals(tidpunkt);
			case KundvalPackage.BESLUT__UNDANTAG:
				return undantag != null && !undantag.isEmpty();
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
		result.append(", datum: ");
		result.append(datum);
		result.append(", handlaggare: ");
		result.append(handlaggare);
		result.append(", motivering: ");
		result.append(motivering);
		result.append(", langdManader: ");
		result.append(langdManader);
		result.append(", tidpunkt: ");
		result.append(tidpunkt);
		result.append(')');
		return result.toString();
	}

} //BeslutImpl
