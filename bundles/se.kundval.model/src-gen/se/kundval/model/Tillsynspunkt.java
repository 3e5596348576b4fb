/**
 */
package se.kundval.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tillsynspunkt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Kravpunkt i tillsynens checklista.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Tillsynspunkt#getTillsyn <em>Tillsyn</em>}</li>
 *   <li>{@link se.kundval.model.Tillsynspunkt#getKrav <em>Krav</em>}</li>
 *   <li>{@link se.kundval.model.Tillsynspunkt#getDel <em>Del</em>}</li>
 *   <li>{@link se.kundval.model.Tillsynspunkt#getUppfyllnadsgrad <em>Uppfyllnadsgrad</em>}</li>
 *   <li>{@link se.kundval.model.Tillsynspunkt#getAtgard <em>Atgard</em>}</li>
 *   <li>{@link se.kundval.model.Tillsynspunkt#getDeadline <em>Deadline</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getTillsynspunkt()
 * @model
 * @generated
 */
public interface Tillsynspunkt extends Entitet {
	/**
	 * Returns the value of the '<em><b>Tillsyn</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Tillsyn#getPunkter <em>Punkter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tillsyn</em>' container reference.
	 * @see #setTillsyn(Tillsyn)
	 * @see se.kundval.model.KundvalPackage#getTillsynspunkt_Tillsyn()
	 * @see se.kundval.model.Tillsyn#getPunkter
	 * @model opposite="punkter"
	 * @generated
	 */
	Tillsyn getTillsyn();

	/**
	 * Sets the value of the '{@link se.kundval.model.Tillsynspunkt#getTillsyn <em>Tillsyn</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tillsyn</em>' container reference.
	 * @see #getTillsyn()
	 * @generated
	 */
	void setTillsyn(Tillsyn value);

	/**
	 * Returns the value of the '<em><b>Krav</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Krav</em>' attribute.
	 * @see #setKrav(String)
	 * @see se.kundval.model.KundvalPackage#getTillsynspunkt_Krav()
	 * @model
	 * @generated
	 */
	String getKrav();

	/**
	 * Sets the value of the '{@link se.kundval.model.Tillsynspunkt#getKrav <em>Krav</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Krav</em>' attribute.
	 * @see #getKrav()
	 * @generated
	 */
	void setKrav(String value);

	/**
	 * Returns the value of the '<em><b>Del</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Del</em>' attribute.
	 * @see #setDel(Tillsynsdel)
	 * @see se.kundval.model.KundvalPackage#getTillsynspunkt_Del()
	 * @model dataType="se.kundval.model.TillsynsdelObject"
	 * @generated
	 */
	Tillsynsdel getDel();

	/**
	 * Sets the value of the '{@link se.kundval.model.Tillsynspunkt#getDel <em>Del</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Del</em>' attribute.
	 * @see #getDel()
	 * @generated
	 */
	void setDel(Tillsynsdel value);

	/**
	 * Returns the value of the '<em><b>Uppfyllnadsgrad</b></em>' attribute.
	 * The default value is <code>"EJ_BEDOMT"</code>.
	 * The literals are from the enumeration {@link se.kundval.model.Uppfyllnadsgrad}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uppfyllnadsgrad</em>' attribute.
	 * @see se.kundval.model.Uppfyllnadsgrad
	 * @see #setUppfyllnadsgrad(Uppfyllnadsgrad)
	 * @see se.kundval.model.KundvalPackage#getTillsynspunkt_Uppfyllnadsgrad()
	 * @model default="EJ_BEDOMT"
	 * @generated
	 */
	Uppfyllnadsgrad getUppfyllnadsgrad();

	/**
	 * Sets the value of the '{@link se.kundval.model.Tillsynspunkt#getUppfyllnadsgrad <em>Uppfyllnadsgrad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uppfyllnadsgrad</em>' attribute.
	 * @see se.kundval.model.Uppfyllnadsgrad
	 * @see #getUppfyllnadsgrad()
	 * @generated
	 */
	void setUppfyllnadsgrad(Uppfyllnadsgrad value);

	/**
	 * Returns the value of the '<em><b>Atgard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Atgard</em>' attribute.
	 * @see #setAtgard(String)
	 * @see se.kundval.model.KundvalPackage#getTillsynspunkt_Atgard()
	 * @model
	 * @generated
	 */
	String getAtgard();

	/**
	 * Sets the value of the '{@link se.kundval.model.Tillsynspunkt#getAtgard <em>Atgard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Atgard</em>' attribute.
	 * @see #getAtgard()
	 * @generated
	 */
	void setAtgard(String value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getTillsynspunkt_Deadline()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link se.kundval.model.Tillsynspunkt#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

} // Tillsynspunkt
