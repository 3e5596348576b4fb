/**
 */
package se.kundval.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import se.kundval.model.Anordnare;
import se.kundval.model.Enkatsvar;
import se.kundval.model.KundvalPackage;
import se.kundval.model.Omrade;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Enkatsvar</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.impl.EnkatsvarImpl#getAnordnare <em>Anordnare</em>}</li>
 *   <li>{@link se.kundval.model.impl.EnkatsvarImpl#getAr <em>Ar</em>}</li>
 *   <li>{@link se.kundval.model.impl.EnkatsvarImpl#getRespondent <em>Respondent</em>}</li>
 *   <li>{@link se.kundval.model.impl.EnkatsvarImpl#getFraga <em>Fraga</em>}</li>
 *   <li>{@link se.kundval.model.impl.EnkatsvarImpl#getOmrade <em>Omrade</em>}</li>
 *   <li>{@link se.kundval.model.impl.EnkatsvarImpl#getSvar <em>Svar</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnkatsvarImpl extends EntitetImpl implements Enkatsvar {
	/**
	 * The cached value of the '{@link #getAnordnare() <em>Anordnare</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnordnare()
	 * @generated
	 * @ordered
	 */
	protected Anordnare anordnare;

	/**
	 * The default value of the '{@link #getAr() <em>Ar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAr()
	 * @generated
	 * @ordered
	 */
	protected static final int AR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAr() <em>Ar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAr()
	 * @generated
	 * @ordered
	 */
	protected int ar = AR_EDEFAULT;

	/**
	 * The default value of the '{@link #getRespondent() <em>Respondent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondent()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONDENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRespondent() <em>Respondent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondent()
	 * @generated
	 * @ordered
	 */
	protected String respondent = RESPONDENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFraga() <em>Fraga</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFraga()
	 * @generated
	 * @ordered
	 */
	protected static final String FRAGA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFraga() <em>Fraga</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFraga()
	 * @generated
	 * @ordered
	 */
	protected String fraga = FRAGA_EDEFAULT;

	/**
	 * The default value of the '{@link #getOmrade() <em>Omrade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOmrade()
	 * @generated
	 * @ordered
	 */
	protected static final Omrade OMRADE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOmrade() <em>Omrade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOmrade()
	 * @generated
	 * @ordered
	 */
	protected Omrade omrade = OMRADE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSvar() <em>Svar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSvar()
	 * @generated
	 * @ordered
	 */
	protected static final int SVAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSvar() <em>Svar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSvar()
	 * @generated
	 * @ordered
	 */
	protected int svar = SVAR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnkatsvarImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KundvalPackage.Literals.ENKATSVAR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Anordnare getAnordnare() {
		if (anordnare != null && anordnare.eIsProxy()) {
			InternalEObject oldAnordnare = (InternalEObject)anordnare;
			anordnare = (Anordnare)eResolveProxy(oldAnordnare);
			if (anordnare != oldAnordnare) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KundvalPackage.ENKATSVAR__ANORDNARE, oldAnordnare, anordnare));
			}
		}
		return anordnare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Anordnare basicGetAnordnare() {
		return anordnare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnordnare(Anordnare newAnordnare) {
		Anordnare oldAnordnare = anordnare;
		anordnare = newAnordnare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ENKATSVAR__ANORDNARE, oldAnordnare, anordnare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAr() {
		return ar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAr(int newAr) {
		int oldAr = ar;
		ar = newAr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ENKATSVAR__AR, oldAr, ar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRespondent() {
		return respondent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespondent(String newRespondent) {
		String oldRespondent = respondent;
		respondent = newRespondent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ENKATSVAR__RESPONDENT, oldRespondent, respondent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFraga() {
		return fraga;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFraga(String newFraga) {
		String oldFraga = fraga;
		fraga = newFraga;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ENKATSVAR__FRAGA, oldFraga, fraga));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Omrade getOmrade() {
		return omrade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOmrade(Omrade newOmrade) {
		Omrade oldOmrade = omrade;
		omrade = newOmrade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ENKATSVAR__OMRADE, oldOmrade, omrade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSvar() {
		return svar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSvar(int newSvar) {
		int oldSvar = svar;
		svar = newSvar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KundvalPackage.ENKATSVAR__SVAR, oldSvar, svar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KundvalPackage.ENKATSVAR__ANORDNARE:
				if (resolve) return getAnordnare();
				return basicGetAnordnare();
			case KundvalPackage.ENKATSVAR__AR:
				return getAr();
			case KundvalPackage.ENKATSVAR__RESPONDENT:
				return getRespondent();
			case KundvalPackage.ENKATSVAR__FRAGA:
				return getFraga();
			case KundvalPackage.ENKATSVAR__OMRADE:
				return getOmrade();
			case KundvalPackage.ENKATSVAR__SVAR:
				return getSvar();
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
			case KundvalPackage.ENKATSVAR__ANORDNARE:
				setAnordnare((Anordnare)newValue);
				return;
			case KundvalPackage.ENKATSVAR__AR:
				setAr((Integer)newValue);
				return;
			case KundvalPackage.ENKATSVAR__RESPONDENT:
				setRespondent((String)newValue);
				return;
			case KundvalPackage.ENKATSVAR__FRAGA:
				setFraga((String)newValue);
				return;
			case KundvalPackage.ENKATSVAR__OMRADE:
				setOmrade((Omrade)newValue);
				return;
			case KundvalPackage.ENKATSVAR__SVAR:
				setSvar((Integer)newValue);
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
			case KundvalPackage.ENKATSVAR__ANORDNARE:
				setAnordnare((Anordnare)null);
				return;
			case KundvalPackage.ENKATSVAR__AR:
				setAr(AR_EDEFAULT);
				return;
			case KundvalPackage.ENKATSVAR__RESPONDENT:
				setRespondent(RESPONDENT_EDEFAULT);
				return;
			case KundvalPackage.ENKATSVAR__FRAGA:
				setFraga(FRAGA_EDEFAULT);
				return;
			case KundvalPackage.ENKATSVAR__OMRADE:
				setOmrade(OMRADE_EDEFAULT);
				return;
			case KundvalPackage.ENKATSVAR__SVAR:
				setSvar(SVAR_EDEFAULT);
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
			case KundvalPackage.ENKATSVAR__ANORDNARE:
				return anordnare != null;
			case KundvalPackage.ENKATSVAR__AR:
				return ar != AR_EDEFAULT;
			case KundvalPackage.ENKATSVAR__RESPONDENT:
				return RESPONDENT_EDEFAULT == null ? respondent != null : !RESPONDENT_EDEFAULT.equals(respondent);
			case KundvalPackage.ENKATSVAR__FRAGA:
				return FRAGA_EDEFAULT == null ? fraga != null : !FRAGA_EDEFAULT.equals(fraga);
			case KundvalPackage.ENKATSVAR__OMRADE:
				return OMRADE_EDEFAULT == null ? omrade != null : !OMRADE_EDEFAULT.equals(omrade);
			case KundvalPackage.ENKATSVAR__SVAR:
				return svar != SVAR_EDEFAULT;
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
		result.append(" (ar: ");
		result.append(ar);
		result.append(", respondent: ");
		result.append(respondent);
		result.append(", fraga: ");
		result.append(fraga);
		result.append(", omrade: ");
		result.append(omrade);
		result.append(", svar: ");
		result.append(svar);
		result.append(')');
		return result.toString();
	}

} //EnkatsvarImpl
