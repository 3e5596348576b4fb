/**
 */
package se.kundval.insatstyp.samhallsorientering.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande;
import se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringPackage;

import se.kundval.model.impl.InsatstypdataImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kursdeltagande</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.insatstyp.samhallsorientering.model.impl.KursdeltagandeImpl#getAnmalningsdatum <em>Anmalningsdatum</em>}</li>
 *   <li>{@link se.kundval.insatstyp.samhallsorientering.model.impl.KursdeltagandeImpl#getKursstart <em>Kursstart</em>}</li>
 *   <li>{@link se.kundval.insatstyp.samhallsorientering.model.impl.KursdeltagandeImpl#getKursslut <em>Kursslut</em>}</li>
 *   <li>{@link se.kundval.insatstyp.samhallsorientering.model.impl.KursdeltagandeImpl#getAvbrott <em>Avbrott</em>}</li>
 *   <li>{@link se.kundval.insatstyp.samhallsorientering.model.impl.KursdeltagandeImpl#getExpert <em>Expert</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KursdeltagandeImpl extends InsatstypdataImpl implements Kursdeltagande {
	/**
	 * The default value of the '{@link #getAnmalningsdatum() <em>Anmalningsdatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnmalningsdatum()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ANMALNINGSDATUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnmalningsdatum() <em>Anmalningsdatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnmalningsdatum()
	 * @generated
	 * @ordered
	 */
	protected LocalDate anmalningsdatum = ANMALNINGSDATUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getKursstart() <em>Kursstart</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKursstart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate KURSSTART_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKursstart() <em>Kursstart</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKursstart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate kursstart = KURSSTART_EDEFAULT;

	/**
	 * The default value of the '{@link #getKursslut() <em>Kursslut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKursslut()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate KURSSLUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKursslut() <em>Kursslut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKursslut()
	 * @generated
	 * @ordered
	 */
	protected LocalDate kursslut = KURSSLUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAvbrott() <em>Avbrott</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvbrott()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean AVBROTT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAvbrott() <em>Avbrott</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvbrott()
	 * @generated
	 * @ordered
	 */
	protected Boolean avbrott = AVBROTT_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpert() <em>Expert</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpert()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPERT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpert() <em>Expert</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpert()
	 * @generated
	 * @ordered
	 */
	protected String expert = EXPERT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KursdeltagandeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SamhallsorienteringPackage.Literals.KURSDELTAGANDE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAnmalningsdatum() {
		return anmalningsdatum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnmalningsdatum(LocalDate newAnmalningsdatum) {
		LocalDate oldAnmalningsdatum = anmalningsdatum;
		anmalningsdatum = newAnmalningsdatum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SamhallsorienteringPackage.KURSDELTAGANDE__ANMALNINGSDATUM, oldAnmalningsdatum, anmalningsdatum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getKursstart() {
		return kursstart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKursstart(LocalDate newKursstart) {
		LocalDate oldKursstart = kursstart;
		kursstart = newKursstart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SamhallsorienteringPackage.KURSDELTAGANDE__KURSSTART, oldKursstart, kursstart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getKursslut() {
		return kursslut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKursslut(LocalDate newKursslut) {
		LocalDate oldKursslut = kursslut;
		kursslut = newKursslut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SamhallsorienteringPackage.KURSDELTAGANDE__KURSSLUT, oldKursslut, kursslut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAvbrott() {
		return avbrott;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvbrott(Boolean newAvbrott) {
		Boolean oldAvbrott = avbrott;
		avbrott = newAvbrott;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SamhallsorienteringPackage.KURSDELTAGANDE__AVBROTT, oldAvbrott, avbrott));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpert() {
		return expert;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpert(String newExpert) {
		String oldExpert = expert;
		expert = newExpert;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SamhallsorienteringPackage.KURSDELTAGANDE__EXPERT, oldExpert, expert));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SamhallsorienteringPackage.KURSDELTAGANDE__ANMALNINGSDATUM:
				return getAnmalningsdatum();
			case SamhallsorienteringPackage.KURSDELTAGANDE__KURSSTART:
				return getKursstart();
			case SamhallsorienteringPackage.KURSDELTAGANDE__KURSSLUT:
				return getKursslut();
			case SamhallsorienteringPackage.KURSDELTAGANDE__AVBROTT:
				return getAvbrott();
			case SamhallsorienteringPackage.KURSDELTAGANDE__EXPERT:
				return getExpert();
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
			case SamhallsorienteringPackage.KURSDELTAGANDE__ANMALNINGSDATUM:
				setAnmalningsdatum((LocalDate)newValue);
				return;
			case SamhallsorienteringPackage.KURSDELTAGANDE__KURSSTART:
				setKursstart((LocalDate)newValue);
				return;
			case SamhallsorienteringPackage.KURSDELTAGANDE__KURSSLUT:
				setKursslut((LocalDate)newValue);
				return;
			case SamhallsorienteringPackage.KURSDELTAGANDE__AVBROTT:
				setAvbrott((Boolean)newValue);
				return;
			case SamhallsorienteringPackage.KURSDELTAGANDE__EXPERT:
				setExpert((String)newValue);
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
			case SamhallsorienteringPackage.KURSDELTAGANDE__ANMALNINGSDATUM:
				setAnmalningsdatum(ANMALNINGSDATUM_EDEFAULT);
				return;
			case SamhallsorienteringPackage.KURSDELTAGANDE__KURSSTART:
				setKursstart(KURSSTART_EDEFAULT);
				return;
			case SamhallsorienteringPackage.KURSDELTAGANDE__KURSSLUT:
				setKursslut(KURSSLUT_EDEFAULT);
				return;
			case SamhallsorienteringPackage.KURSDELTAGANDE__AVBROTT:
				setAvbrott(AVBROTT_EDEFAULT);
				return;
			case SamhallsorienteringPackage.KURSDELTAGANDE__EXPERT:
				setExpert(EXPERT_EDEFAULT);
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
			case SamhallsorienteringPackage.KURSDELTAGANDE__ANMALNINGSDATUM:
				return ANMALNINGSDATUM_EDEFAULT == null ? anmalningsdatum != null : !ANMALNINGSDATUM_EDEFAULT.equals(anmalningsdatum);
			case SamhallsorienteringPackage.KURSDELTAGANDE__KURSSTART:
				return KURSSTART_EDEFAULT == null ? kursstart != null : !KURSSTART_EDEFAULT.equals(kursstart);
			case SamhallsorienteringPackage.KURSDELTAGANDE__KURSSLUT:
				return KURSSLUT_EDEFAULT == null ? kursslut != null : !KURSSLUT_EDEFAULT.equals(kursslut);
			case SamhallsorienteringPackage.KURSDELTAGANDE__AVBROTT:
				return AVBROTT_EDEFAULT == null ? avbrott != null : !AVBROTT_EDEFAULT.equals(avbrott);
			case SamhallsorienteringPackage.KURSDELTAGANDE__EXPERT:
				return EXPERT_EDEFAULT == null ? expert != null : !EXPERT_EDEFAULT.equals(expert);
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
		result.append(" (anmalningsdatum: ");
		result.append(anmalningsdatum);
		result.append(", kursstart: ");
		result.append(kursstart);
		result.append(", kursslut: ");
		result.append(kursslut);
		result.append(", avbrott: ");
		result.append(avbrott);
		result.append(", expert: ");
		result.append(expert);
		result.append(')');
		return result.toString();
	}

} //KursdeltagandeImpl
