/**
 */
package se.kundval.model.impl;

import java.time.LocalDateTime;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import se.kundval.model.Avslut;
import se.kundval.model.Avslutsbedomning;
import se.kundval.model.KundvalPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Avslutsbedomning</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.AvslutsbedomningImpl#getAvslut <em>Avslut</em>}</li>
 *   <li>{@link se.kundval.model.impl.AvslutsbedomningImpl#isLyckat <em>Lyckat</em>}</li>
 *   <li>{@link se.kundval.model.impl.AvslutsbedomningImpl#isBonusgrundande <em>Bonusgrundande</em>}</li>
 *   <li>{@link se.kundval.model.impl.AvslutsbedomningImpl#getMotivering <em>Motivering</em>}</li>
 *   <li>{@link se.kundval.model.impl.AvslutsbedomningImpl#getBedomdAv <em>Bedomd Av</em>}</li>
 *   <li>{@link se.kundval.model.impl.AvslutsbedomningImpl#getTidpunkt <em>Tidpunkt</em>}</li>
 *   <li>{@link se.kundval.model.impl.AvslutsbedomningImpl#getLopnummer <em>Lopnummer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AvslutsbedomningImpl extends EntitetImpl implements Avslutsbedomning {
	/**
	 * The default value of the '{@link #isLyckat() <em>Lyckat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLyckat()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LYCKAT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLyckat() <em>Lyckat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLyckat()
	 * @generated
	 * @ordered
	 */
	protected boolean lyckat = LYCKAT_EDEFAULT;

	/**
	 * The default value of the '{@link #isBonusgrundande() <em>Bonusgrundande</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBonusgrundande()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BONUSGRUNDANDE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBonusgrundande() <em>Bonusgrundande</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBonusgrundande()
	 * @generated
	 * @ordered
	 */
	protected boolean bonusgrundande = BONUSGRUNDANDE_EDEFAULT;

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
	 * The default value of the '{@link #getLopnummer() <em>Lopnummer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLopnummer()
	 * @generated
	 * @ordered
	 */
	protected static final int LOPNUMMER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLopnummer() <em>Lopnummer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLopnummer()
	 * @generated
	 * @ordered
	 */
	protected int lopnummer = LOPNUMMER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AvslutsbedomningImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.AVSLUTSBEDOMNING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Avslut getAvslut() {
		if (eContainerFeatureID() != KundvalPackage.AVSLUTSBEDOMNING__AVSLUT) return null;
		return (Avslut)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAvslut(Avslut newAvslut, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newAvslut, KundvalPackage.AVSLUTSBEDOMNING__AVSLUT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvslut(Avslut newAvslut) {
		if (newAvslut != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.AVSLUTSBEDOMNING__AVSLUT && newAvslut != null)) {
			if (EcoreUtil.isAncestor(this, newAvslut))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newAvslut != null)
				msgs = ((InternalEObject)newAvslut).eInverseAdd(this, KundvalPackage.AVSLUT__BEDOMNINGAR, Avslut.class, msgs);
			msgs = basicSetAvslut(newAvslut, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AVSLUTSBEDOMNING__AVSLUT, newAvslut, newAvslut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLyckat() {
		return lyckat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLyckat(boolean newLyckat) {
		boolean oldLyckat = lyckat;
		lyckat = newLyckat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AVSLUTSBEDOMNING__LYCKAT, oldLyckat, lyckat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBonusgrundande() {
		return bonusgrundande;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBonusgrundande(boolean newBonusgrundande) {
		boolean oldBonusgrundande = bonusgrundande;
		bonusgrundande = newBonusgrundande;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AVSLUTSBEDOMNING__BONUSGRUNDANDE, oldBonusgrundande, bonusgrundande));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AVSLUTSBEDOMNING__MOTIVERING, oldMotivering, motivering));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AVSLUTSBEDOMNING__BEDOMD_AV, oldBedomdAv, bedomdAv));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AVSLUTSBEDOMNING__TIDPUNKT, oldTidpunkt, tidpunkt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLopnummer() {
		return lopnummer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLopnummer(int newLopnummer) {
		int oldLopnummer = lopnummer;
		lopnummer = newLopnummer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.AVSLUTSBEDOMNING__LOPNUMMER, oldLopnummer, lopnummer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.AVSLUTSBEDOMNING__AVSLUT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetAvslut((Avslut)otherEnd, msgs);
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
			case KundvalPackage.AVSLUTSBEDOMNING__AVSLUT:
				return basicSetAvslut(null, msgs);
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
			case KundvalPackage.AVSLUTSBEDOMNING__AVSLUT:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.AVSLUT__BEDOMNINGAR, Avslut.class, msgs);
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
			case KundvalPackage.AVSLUTSBEDOMNING__AVSLUT:
				return getAvslut();
			case KundvalPackage.AVSLUTSBEDOMNING__LYCKAT:
				return isLyckat();
			case KundvalPackage.AVSLUTSBEDOMNING__BONUSGRUNDANDE:
				return isBonusgrundande();
			case KundvalPackage.AVSLUTSBEDOMNING__MOTIVERING:
				return getMotivering();
			case KundvalPackage.AVSLUTSBEDOMNING__BEDOMD_AV:
				return getBedomdAv();
			case KundvalPackage.AVSLUTSBEDOMNING__TIDPUNKT:
				return getTidpunkt();
			case KundvalPackage.AVSLUTSBEDOMNING__LOPNUMMER:
				return getLopnummer();
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
			case KundvalPackage.AVSLUTSBEDOMNING__AVSLUT:
				setAvslut((Avslut)newValue);
				return;
			case KundvalPackage.AVSLUTSBEDOMNING__LYCKAT:
				setLyckat((Boolean)newValue);
				return;
			case KundvalPackage.AVSLUTSBEDOMNING__BONUSGRUNDANDE:
				setBonusgrundande((Boolean)newValue);
				return;
			case KundvalPackage.AVSLUTSBEDOMNING__MOTIVERING:
				setMotivering((String)newValue);
				return;
			case KundvalPackage.AVSLUTSBEDOMNING__BEDOMD_AV:
				setBedomdAv((String)newValue);
				return;
			case KundvalPackage.AVSLUTSBEDOMNING__TIDPUNKT:
				setTidpunkt((LocalDateTime)newValue);
				return;
			case KundvalPackage.AVSLUTSBEDOMNING__LOPNUMMER:
				setLopnummer((Integer)newValue);
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
			case KundvalPackage.AVSLUTSBEDOMNING__AVSLUT:
				setAvslut((Avslut)null);
				return;
			case KundvalPackage.AVSLUTSBEDOMNING__LYCKAT:
				setLyckat(LYCKAT_EDEFAULT);
				return;
			case KundvalPackage.AVSLUTSBEDOMNING__BONUSGRUNDANDE:
				setBonusgrundande(BONUSGRUNDANDE_EDEFAULT);
				return;
			case KundvalPackage.AVSLUTSBEDOMNING__MOTIVERING:
				setMotivering(MOTIVERING_EDEFAULT);
				return;
			case KundvalPackage.AVSLUTSBEDOMNING__BEDOMD_AV:
				setBedomdAv(BEDOMD_AV_EDEFAULT);
				return;
			case KundvalPackage.AVSLUTSBEDOMNING__TIDPUNKT:
				setTidpunkt(TIDPUNKT_EDEFAULT);
				return;
			case KundvalPackage.AVSLUTSBEDOMNING__LOPNUMMER:
				setLopnummer(LOPNUMMER_EDEFAULT);
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
			case KundvalPackage.AVSLUTSBEDOMNING__AVSLUT:
				return getAvslut() != null;
			case KundvalPackage.AVSLUTSBEDOMNING__LYCKAT:
				return lyckat != LYCKAT_EDEFAULT;
			case KundvalPackage.AVSLUTSBEDOMNING__BONUSGRUNDANDE:
				return bonusgrundande != BONUSGRUNDANDE_EDEFAULT;
			case KundvalPackage.AVSLUTSBEDOMNING__MOTIVERING:
				return MOTIVERING_EDEFAULT == null ? motivering != null : !MOTIVERING_EDEFAULT.equals(motivering);
			case KundvalPackage.AVSLUTSBEDOMNING__BEDOMD_AV:
				return BEDOMD_AV_EDEFAULT == null ? bedomdAv != null : !BEDOMD_AV_EDEFAULT.equals(bedomdAv);
			case KundvalPackage.AVSLUTSBEDOMNING__TIDPUNKT:
				return TIDPUNKT_EDEFAULT == null ? tidpunkt != null : !TIDPUNKT_EDEFAULT.equals(tidpunkt);
			case KundvalPackage.AVSLUTSBEDOMNING__LOPNUMMER:
				return lopnummer != LOPNUMMER_EDEFAULT;
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
		result.append(" (lyckat: ");
		result.append(lyckat);
		result.append(", bonusgrundande: ");
		result.append(bonusgrundande);
		result.append(", motivering: ");
		result.append(motivering);
		result.append(", bedomdAv: ");
		result.append(bedomdAv);
		result.append(", tidpunkt: ");
		result.append(tidpunkt);
		result.append(", lopnummer: ");
		result.append(lopnummer);
		result.append(')');
		return result.toString();
	}

} //AvslutsbedomningImpl
