/**
 */
package se.kundval.model;

import java.math.BigDecimal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pris</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * En rad i prislistan: checkbelopp per månad och resultatbonus från ett datum.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Pris#getInsatstyp <em>Insatstyp</em>}</li>
 *   <li>{@link se.kundval.model.Pris#getGiltigFran <em>Giltig Fran</em>}</li>
 *   <li>{@link se.kundval.model.Pris#getCheckbelopp <em>Checkbelopp</em>}</li>
 *   <li>{@link se.kundval.model.Pris#getBonus <em>Bonus</em>}</li>
 *   <li>{@link se.kundval.model.Pris#getStatus <em>Status</em>}</li>
 *   <li>{@link se.kundval.model.Pris#getForeslagenAv <em>Foreslagen Av</em>}</li>
 *   <li>{@link se.kundval.model.Pris#getForeslagenTid <em>Foreslagen Tid</em>}</li>
 *   <li>{@link se.kundval.model.Pris#getGodkandAv <em>Godkand Av</em>}</li>
 *   <li>{@link se.kundval.model.Pris#getGodkandTid <em>Godkand Tid</em>}</li>
 *   <li>{@link se.kundval.model.Pris#getAterkalladAv <em>Aterkallad Av</em>}</li>
 *   <li>{@link se.kundval.model.Pris#getAterkalladTid <em>Aterkallad Tid</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getPris()
 * @model
 * @generated
 */
public interface Pris extends Entitet {
	/**
	 * Returns the value of the '<em><b>Insatstyp</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insatstyp</em>' reference.
	 * @see #setInsatstyp(Insatstyp)
	 * @see se.kundval.model.KundvalPackage#getPris_Insatstyp()
	 * @model required="true"
	 * @generated
	 */
	Insatstyp getInsatstyp();

	/**
	 * Sets the value of the '{@link se.kundval.model.Pris#getInsatstyp <em>Insatstyp</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insatstyp</em>' reference.
	 * @see #getInsatstyp()
	 * @generated
	 */
	void setInsatstyp(Insatstyp value);

	/**
	 * Returns the value of the '<em><b>Giltig Fran</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Giltig Fran</em>' attribute.
	 * @see #setGiltigFran(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getPris_GiltigFran()
	 * @model dataType="se.kundval.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getGiltigFran();

	/**
	 * Sets the value of the '{@link se.kundval.model.Pris#getGiltigFran <em>Giltig Fran</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Giltig Fran</em>' attribute.
	 * @see #getGiltigFran()
	 * @generated
	 */
	void setGiltigFran(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Checkbelopp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checkbelopp</em>' attribute.
	 * @see #setCheckbelopp(BigDecimal)
	 * @see se.kundval.model.KundvalPackage#getPris_Checkbelopp()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getCheckbelopp();

	/**
	 * Sets the value of the '{@link se.kundval.model.Pris#getCheckbelopp <em>Checkbelopp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checkbelopp</em>' attribute.
	 * @see #getCheckbelopp()
	 * @generated
	 */
	void setCheckbelopp(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Bonus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bonus</em>' attribute.
	 * @see #setBonus(BigDecimal)
	 * @see se.kundval.model.KundvalPackage#getPris_Bonus()
	 * @model
	 * @generated
	 */
	BigDecimal getBonus();

	/**
	 * Sets the value of the '{@link se.kundval.model.Pris#getBonus <em>Bonus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bonus</em>' attribute.
	 * @see #getBonus()
	 * @generated
	 */
	void setBonus(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"FORESLAGEN"</code>.
	 * The literals are from the enumeration {@link se.kundval.model.Prisstatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ett pris gäller först när en andra administratör har godkänt det (fyraögonsprincipen, DOMAIN §12).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see se.kundval.model.Prisstatus
	 * @see #setStatus(Prisstatus)
	 * @see se.kundval.model.KundvalPackage#getPris_Status()
	 * @model default="FORESLAGEN"
	 * @generated
	 */
	Prisstatus getStatus();

	/**
	 * Sets the value of the '{@link se.kundval.model.Pris#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see se.kundval.model.Prisstatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(Prisstatus value);

	/**
	 * Returns the value of the '<em><b>Foreslagen Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Foreslagen Av</em>' attribute.
	 * @see #setForeslagenAv(String)
	 * @see se.kundval.model.KundvalPackage#getPris_ForeslagenAv()
	 * @model
	 * @generated
	 */
	String getForeslagenAv();

	/**
	 * Sets the value of the '{@link se.kundval.model.Pris#getForeslagenAv <em>Foreslagen Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Foreslagen Av</em>' attribute.
	 * @see #getForeslagenAv()
	 * @generated
	 */
	void setForeslagenAv(String value);

	/**
	 * Returns the value of the '<em><b>Foreslagen Tid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Foreslagen Tid</em>' attribute.
	 * @see #setForeslagenTid(LocalDateTime)
	 * @see se.kundval.model.KundvalPackage#getPris_ForeslagenTid()
	 * @model dataType="se.kundval.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getForeslagenTid();

	/**
	 * Sets the value of the '{@link se.kundval.model.Pris#getForeslagenTid <em>Foreslagen Tid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Foreslagen Tid</em>' attribute.
	 * @see #getForeslagenTid()
	 * @generated
	 */
	void setForeslagenTid(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Godkand Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Godkand Av</em>' attribute.
	 * @see #setGodkandAv(String)
	 * @see se.kundval.model.KundvalPackage#getPris_GodkandAv()
	 * @model
	 * @generated
	 */
	String getGodkandAv();

	/**
	 * Sets the value of the '{@link se.kundval.model.Pris#getGodkandAv <em>Godkand Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Godkand Av</em>' attribute.
	 * @see #getGodkandAv()
	 * @generated
	 */
	void setGodkandAv(String value);

	/**
	 * Returns the value of the '<em><b>Godkand Tid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Godkand Tid</em>' attribute.
	 * @see #setGodkandTid(LocalDateTime)
	 * @see se.kundval.model.KundvalPackage#getPris_GodkandTid()
	 * @model dataType="se.kundval.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getGodkandTid();

	/**
	 * Sets the value of the '{@link se.kundval.model.Pris#getGodkandTid <em>Godkand Tid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Godkand Tid</em>' attribute.
	 * @see #getGodkandTid()
	 * @generated
	 */
	void setGodkandTid(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Aterkallad Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aterkallad Av</em>' attribute.
	 * @see #setAterkalladAv(String)
	 * @see se.kundval.model.KundvalPackage#getPris_AterkalladAv()
	 * @model
	 * @generated
	 */
	String getAterkalladAv();

	/**
	 * Sets the value of the '{@link se.kundval.model.Pris#getAterkalladAv <em>Aterkallad Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aterkallad Av</em>' attribute.
	 * @see #getAterkalladAv()
	 * @generated
	 */
	void setAterkalladAv(String value);

	/**
	 * Returns the value of the '<em><b>Aterkallad Tid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aterkallad Tid</em>' attribute.
	 * @see #setAterkalladTid(LocalDateTime)
	 * @see se.kundval.model.KundvalPackage#getPris_AterkalladTid()
	 * @model dataType="se.kundval.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getAterkalladTid();

	/**
	 * Sets the value of the '{@link se.kundval.model.Pris#getAterkalladTid <em>Aterkallad Tid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aterkallad Tid</em>' attribute.
	 * @see #getAterkalladTid()
	 * @generated
	 */
	void setAterkalladTid(LocalDateTime value);

} // Pris
