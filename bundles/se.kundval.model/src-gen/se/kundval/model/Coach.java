/**
 */
package se.kundval.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coach</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Jobb- och utbildningsexpert hos en anordnare.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Coach#getAnordnare <em>Anordnare</em>}</li>
 *   <li>{@link se.kundval.model.Coach#getNamn <em>Namn</em>}</li>
 *   <li>{@link se.kundval.model.Coach#getEpost <em>Epost</em>}</li>
 *   <li>{@link se.kundval.model.Coach#getTelefon <em>Telefon</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getCoach()
 * @model
 * @generated
 */
public interface Coach extends Entitet {
	/**
	 * Returns the value of the '<em><b>Anordnare</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Anordnare#getCoacher <em>Coacher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anordnare</em>' container reference.
	 * @see #setAnordnare(Anordnare)
	 * @see se.kundval.model.KundvalPackage#getCoach_Anordnare()
	 * @see se.kundval.model.Anordnare#getCoacher
	 * @model opposite="coacher"
	 * @generated
	 */
	Anordnare getAnordnare();

	/**
	 * Sets the value of the '{@link se.kundval.model.Coach#getAnordnare <em>Anordnare</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anordnare</em>' container reference.
	 * @see #getAnordnare()
	 * @generated
	 */
	void setAnordnare(Anordnare value);

	/**
	 * Returns the value of the '<em><b>Namn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namn</em>' attribute.
	 * @see #setNamn(String)
	 * @see se.kundval.model.KundvalPackage#getCoach_Namn()
	 * @model
	 * @generated
	 */
	String getNamn();

	/**
	 * Sets the value of the '{@link se.kundval.model.Coach#getNamn <em>Namn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namn</em>' attribute.
	 * @see #getNamn()
	 * @generated
	 */
	void setNamn(String value);

	/**
	 * Returns the value of the '<em><b>Epost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epost</em>' attribute.
	 * @see #setEpost(String)
	 * @see se.kundval.model.KundvalPackage#getCoach_Epost()
	 * @model
	 * @generated
	 */
	String getEpost();

	/**
	 * Sets the value of the '{@link se.kundval.model.Coach#getEpost <em>Epost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epost</em>' attribute.
	 * @see #getEpost()
	 * @generated
	 */
	void setEpost(String value);

	/**
	 * Returns the value of the '<em><b>Telefon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Telefon</em>' attribute.
	 * @see #setTelefon(String)
	 * @see se.kundval.model.KundvalPackage#getCoach_Telefon()
	 * @model
	 * @generated
	 */
	String getTelefon();

	/**
	 * Sets the value of the '{@link se.kundval.model.Coach#getTelefon <em>Telefon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Telefon</em>' attribute.
	 * @see #getTelefon()
	 * @generated
	 */
	void setTelefon(String value);

} // Coach
