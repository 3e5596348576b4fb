/**
 */
package se.kundval.model;

import java.math.BigDecimal;

import java.time.LocalDate;

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

} // Pris
