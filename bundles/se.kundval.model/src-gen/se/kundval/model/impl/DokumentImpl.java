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

import se.kundval.model.Dokument;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Sexmanadersuppfoljning;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dokument</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.DokumentImpl#getUppfoljning <em>Uppfoljning</em>}</li>
 *   <li>{@link se.kundval.model.impl.DokumentImpl#getFilnamn <em>Filnamn</em>}</li>
 *   <li>{@link se.kundval.model.impl.DokumentImpl#getInnehallstyp <em>Innehallstyp</em>}</li>
 *   <li>{@link se.kundval.model.impl.DokumentImpl#getStorlek <em>Storlek</em>}</li>
 *   <li>{@link se.kundval.model.impl.DokumentImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link se.kundval.model.impl.DokumentImpl#getUppladdadAv <em>Uppladdad Av</em>}</li>
 *   <li>{@link se.kundval.model.impl.DokumentImpl#getUppladdad <em>Uppladdad</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DokumentImpl extends EntitetImpl implements Dokument {
	/**
	 * The default value of the '{@link #getFilnamn() <em>Filnamn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilnamn()
	 * @generated
	 * @ordered
	 */
	protected static final String FILNAMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFilnamn() <em>Filnamn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilnamn()
	 * @generated
	 * @ordered
	 */
	protected String filnamn = FILNAMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getInnehallstyp() <em>Innehallstyp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInnehallstyp()
	 * @generated
	 * @ordered
	 */
	protected static final String INNEHALLSTYP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInnehallstyp() <em>Innehallstyp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInnehallstyp()
	 * @generated
	 * @ordered
	 */
	protected String innehallstyp = INNEHALLSTYP_EDEFAULT;

	/**
	 * The default value of the '{@link #getStorlek() <em>Storlek</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorlek()
	 * @generated
	 * @ordered
	 */
	protected static final long STORLEK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStorlek() <em>Storlek</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorlek()
	 * @generated
	 * @ordered
	 */
	protected long storlek = STORLEK_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getUppladdadAv() <em>Uppladdad Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUppladdadAv()
	 * @generated
	 * @ordered
	 */
	protected static final String UPPLADDAD_AV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUppladdadAv() <em>Uppladdad Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUppladdadAv()
	 * @generated
	 * @ordered
	 */
	protected String uppladdadAv = UPPLADDAD_AV_EDEFAULT;

	/**
	 * The default value of the '{@link #getUppladdad() <em>Uppladdad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUppladdad()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime UPPLADDAD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUppladdad() <em>Uppladdad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUppladdad()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime uppladdad = UPPLADDAD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DokumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.DOKUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sexmanadersuppfoljning getUppfoljning() {
		if (eContainerFeatureID() != KundvalPackage.DOKUMENT__UPPFOLJNING) return null;
		return (Sexmanadersuppfoljning)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUppfoljning(Sexmanadersuppfoljning newUppfoljning, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newUppfoljning, KundvalPackage.DOKUMENT__UPPFOLJNING, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUppfoljning(Sexmanadersuppfoljning newUppfoljning) {
		if (newUppfoljning != eInternalContainer() || (eContainerFeatureID() != KundvalPackage.DOKUMENT__UPPFOLJNING && newUppfoljning != null)) {
			if (EcoreUtil.isAncestor(this, newUppfoljning))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newUppfoljning != null)
				msgs = ((InternalEObject)newUppfoljning).eInverseAdd(this, KundvalPackage.SEXMANADERSUPPFOLJNING__DOKUMENT, Sexmanadersuppfoljning.class, msgs);
			msgs = basicSetUppfoljning(newUppfoljning, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.DOKUMENT__UPPFOLJNING, newUppfoljning, newUppfoljning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFilnamn() {
		return filnamn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFilnamn(String newFilnamn) {
		String oldFilnamn = filnamn;
		filnamn = newFilnamn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.DOKUMENT__FILNAMN, oldFilnamn, filnamn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInnehallstyp() {
		return innehallstyp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInnehallstyp(String newInnehallstyp) {
		String oldInnehallstyp = innehallstyp;
		innehallstyp = newInnehallstyp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.DOKUMENT__INNEHALLSTYP, oldInnehallstyp, innehallstyp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStorlek() {
		return storlek;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorlek(long newStorlek) {
		long oldStorlek = storlek;
		storlek = newStorlek;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.DOKUMENT__STORLEK, oldStorlek, storlek));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.DOKUMENT__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUppladdadAv() {
		return uppladdadAv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUppladdadAv(String newUppladdadAv) {
		String oldUppladdadAv = uppladdadAv;
		uppladdadAv = newUppladdadAv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.DOKUMENT__UPPLADDAD_AV, oldUppladdadAv, uppladdadAv));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getUppladdad() {
		return uppladdad;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUppladdad(LocalDateTime newUppladdad) {
		LocalDateTime oldUppladdad = uppladdad;
		uppladdad = newUppladdad;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.DOKUMENT__UPPLADDAD, oldUppladdad, uppladdad));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KundvalPackage.DOKUMENT__UPPFOLJNING:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetUppfoljning((Sexmanadersuppfoljning)otherEnd, msgs);
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
			case KundvalPackage.DOKUMENT__UPPFOLJNING:
				return basicSetUppfoljning(null, msgs);
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
			case KundvalPackage.DOKUMENT__UPPFOLJNING:
				return eInternalContainer().eInverseRemove(this, KundvalPackage.SEXMANADERSUPPFOLJNING__DOKUMENT, Sexmanadersuppfoljning.class, msgs);
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
			case KundvalPackage.DOKUMENT__UPPFOLJNING:
				return getUppfoljning();
			case KundvalPackage.DOKUMENT__FILNAMN:
				return getFilnamn();
			case KundvalPackage.DOKUMENT__INNEHALLSTYP:
				return getInnehallstyp();
			case KundvalPackage.DOKUMENT__STORLEK:
				return getStorlek();
			case KundvalPackage.DOKUMENT__SHA256:
				return getSha256();
			case KundvalPackage.DOKUMENT__UPPLADDAD_AV:
				return getUppladdadAv();
			case KundvalPackage.DOKUMENT__UPPLADDAD:
				return getUppladdad();
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
			case KundvalPackage.DOKUMENT__UPPFOLJNING:
				setUppfoljning((Sexmanadersuppfoljning)newValue);
				return;
			case KundvalPackage.DOKUMENT__FILNAMN:
				setFilnamn((String)newValue);
				return;
			case KundvalPackage.DOKUMENT__INNEHALLSTYP:
				setInnehallstyp((String)newValue);
				return;
			case KundvalPackage.DOKUMENT__STORLEK:
				setStorlek((Long)newValue);
				return;
			case KundvalPackage.DOKUMENT__SHA256:
				setSha256((String)newValue);
				return;
			case KundvalPackage.DOKUMENT__UPPLADDAD_AV:
				setUppladdadAv((String)newValue);
				return;
			case KundvalPackage.DOKUMENT__UPPLADDAD:
				setUppladdad((LocalDateTime)newValue);
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
			case KundvalPackage.DOKUMENT__UPPFOLJNING:
				setUppfoljning((Sexmanadersuppfoljning)null);
				return;
			case KundvalPackage.DOKUMENT__FILNAMN:
				setFilnamn(FILNAMN_EDEFAULT);
				return;
			case KundvalPackage.DOKUMENT__INNEHALLSTYP:
				setInnehallstyp(INNEHALLSTYP_EDEFAULT);
				return;
			case KundvalPackage.DOKUMENT__STORLEK:
				setStorlek(STORLEK_EDEFAULT);
				return;
			case KundvalPackage.DOKUMENT__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case KundvalPackage.DOKUMENT__UPPLADDAD_AV:
				setUppladdadAv(UPPLADDAD_AV_EDEFAULT);
				return;
			case KundvalPackage.DOKUMENT__UPPLADDAD:
				setUppladdad(UPPLADDAD_EDEFAULT);
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
			case KundvalPackage.DOKUMENT__UPPFOLJNING:
				return getUppfoljning() != null;
			case KundvalPackage.DOKUMENT__FILNAMN:
				return FILNAMN_EDEFAULT == null ? filnamn != null : !FILNAMN_EDEFAULT.equals(filnamn);
			case KundvalPackage.DOKUMENT__INNEHALLSTYP:
				return INNEHALLSTYP_EDEFAULT == null ? innehallstyp != null : !INNEHALLSTYP_EDEFAULT.equals(innehallstyp);
			case KundvalPackage.DOKUMENT__STORLEK:
				return storlek != STORLEK_EDEFAULT;
			case KundvalPackage.DOKUMENT__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case KundvalPackage.DOKUMENT__UPPLADDAD_AV:
				return UPPLADDAD_AV_EDEFAULT == null ? uppladdadAv != null : !UPPLADDAD_AV_EDEFAULT.equals(uppladdadAv);
			case KundvalPackage.DOKUMENT__UPPLADDAD:
				return UPPLADDAD_EDEFAULT == null ? uppladdad != null : !UPPLADDAD_EDEFAULT.equals(uppladdad);
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
		result.append(" (filnamn: ");
		result.append(filnamn);
		result.append(", innehallstyp: ");
		result.append(innehallstyp);
		result.append(", storlek: ");
		result.append(storlek);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", uppladdadAv: ");
		result.append(uppladdadAv);
		result.append(", uppladdad: ");
		result.append(uppladdad);
		result.append(')');
		return result.toString();
	}

} //DokumentImpl
