/**
 */
package se.kundval.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Auktorisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anordnarens auktorisation för en insatstyp under en period (till tom = tills vidare).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Auktorisation#getAnordnare <em>Anordnare</em>}</li>
 *   <li>{@link se.kundval.model.Auktorisation#getInsatstyp <em>Insatstyp</em>}</li>
 *   <li>{@link se.kundval.model.Auktorisation#getFran <em>Fran</em>}</li>
 *   <li>{@link se.kundval.model.Auktorisation#getTill <em>Till</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getAuktorisation()
 * @model
 * @generated
 */
public interface Auktorisation extends Entitet {
	/**
	 * Returns the value of the '<em><b>Anordnare</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Anordnare#getAuktorisationer <em>Auktorisationer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anordnare</em>' container reference.
	 * @see #setAnordnare(Anordnare)
	 * @see se.kundval.model.KundvalPackage#getAuktorisation_Anordnare()
	 * @see se.kundval.model.Anordnare#getAuktorisationer
	 * @model opposite="auktorisationer"
	 * @generated
	 */
	Anordnare getAnordnare();

	/**
	 * Sets the value of the '{@link se.kundval.model.Auktorisation#getAnordnare <em>Anordnare</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anordnare</em>' container reference.
	 * @see #getAnordnare()
	 * @generated
	 */
	void setAnordnare(Anordnare value);

	/**
	 * Returns the value of the '<em><b>Insatstyp</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insatstyp</em>' reference.
	 * @see #setInsatstyp(Insatstyp)
	 * @see se.kundval.model.KundvalPackage#getAuktorisation_Insatstyp()
	 * @model required="true"
	 * @generated
	 */
	Insatstyp getInsatstyp();

	/**
	 * Sets the value of the '{@link se.kundval.model.Auktorisation#getInsatstyp <em>Insatstyp</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insatstyp</em>' reference.
	 * @see #getInsatstyp()
	 * @generated
	 */
	void setInsatstyp(Insatstyp value);

	/**
	 * Returns the value of the '<em><b>Fran</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fran</em>' attribute.
	 * @see #setFran(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getAuktorisation_Fran()
	 * @model dataType="se.kundval.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getFran();

	/**
	 * Sets the value of the '{@link se.kundval.model.Auktorisation#getFran <em>Fran</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fran</em>' attribute.
	 * @see #getFran()
	 * @generated
	 */
	void setFran(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Till</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Till</em>' attribute.
	 * @see #setTill(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getAuktorisation_Till()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getTill();

	/**
	 * Sets the value of the '{@link se.kundval.model.Auktorisation#getTill <em>Till</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Till</em>' attribute.
	 * @see #getTill()
	 * @generated
	 */
	void setTill(LocalDate value);

} // Auktorisation
