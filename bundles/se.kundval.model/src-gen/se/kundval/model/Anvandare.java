/**
 */
package se.kundval.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Anvandare</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Användare med en roll.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Anvandare#getAnvandarnamn <em>Anvandarnamn</em>}</li>
 *   <li>{@link se.kundval.model.Anvandare#getNamn <em>Namn</em>}</li>
 *   <li>{@link se.kundval.model.Anvandare#getRoll <em>Roll</em>}</li>
 *   <li>{@link se.kundval.model.Anvandare#getOrgnr <em>Orgnr</em>}</li>
 *   <li>{@link se.kundval.model.Anvandare#getLosenordHash <em>Losenord Hash</em>}</li>
 *   <li>{@link se.kundval.model.Anvandare#isAktiv <em>Aktiv</em>}</li>
 *   <li>{@link se.kundval.model.Anvandare#isPortaladmin <em>Portaladmin</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getAnvandare()
 * @model
 * @generated
 */
public interface Anvandare extends Entitet {
	/**
	 * Returns the value of the '<em><b>Anvandarnamn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anvandarnamn</em>' attribute.
	 * @see #setAnvandarnamn(String)
	 * @see se.kundval.model.KundvalPackage#getAnvandare_Anvandarnamn()
	 * @model required="true"
	 * @generated
	 */
	String getAnvandarnamn();

	/**
	 * Sets the value of the '{@link se.kundval.model.Anvandare#getAnvandarnamn <em>Anvandarnamn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anvandarnamn</em>' attribute.
	 * @see #getAnvandarnamn()
	 * @generated
	 */
	void setAnvandarnamn(String value);

	/**
	 * Returns the value of the '<em><b>Namn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namn</em>' attribute.
	 * @see #setNamn(String)
	 * @see se.kundval.model.KundvalPackage#getAnvandare_Namn()
	 * @model
	 * @generated
	 */
	String getNamn();

	/**
	 * Sets the value of the '{@link se.kundval.model.Anvandare#getNamn <em>Namn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namn</em>' attribute.
	 * @see #getNamn()
	 * @generated
	 */
	void setNamn(String value);

	/**
	 * Returns the value of the '<em><b>Roll</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roll</em>' attribute.
	 * @see #setRoll(Roll)
	 * @see se.kundval.model.KundvalPackage#getAnvandare_Roll()
	 * @model dataType="se.kundval.model.RollObject" required="true"
	 * @generated
	 */
	Roll getRoll();

	/**
	 * Sets the value of the '{@link se.kundval.model.Anvandare#getRoll <em>Roll</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roll</em>' attribute.
	 * @see #getRoll()
	 * @generated
	 */
	void setRoll(Roll value);

	/**
	 * Returns the value of the '<em><b>Orgnr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anordnarens organisationsnummer för rollen ANORDNARE.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Orgnr</em>' attribute.
	 * @see #setOrgnr(String)
	 * @see se.kundval.model.KundvalPackage#getAnvandare_Orgnr()
	 * @model
	 * @generated
	 */
	String getOrgnr();

	/**
	 * Sets the value of the '{@link se.kundval.model.Anvandare#getOrgnr <em>Orgnr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Orgnr</em>' attribute.
	 * @see #getOrgnr()
	 * @generated
	 */
	void setOrgnr(String value);

	/**
	 * Returns the value of the '<em><b>Losenord Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Losenord Hash</em>' attribute.
	 * @see #setLosenordHash(String)
	 * @see se.kundval.model.KundvalPackage#getAnvandare_LosenordHash()
	 * @model
	 * @generated
	 */
	String getLosenordHash();

	/**
	 * Sets the value of the '{@link se.kundval.model.Anvandare#getLosenordHash <em>Losenord Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Losenord Hash</em>' attribute.
	 * @see #getLosenordHash()
	 * @generated
	 */
	void setLosenordHash(String value);

	/**
	 * Returns the value of the '<em><b>Aktiv</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aktiv</em>' attribute.
	 * @see #setAktiv(boolean)
	 * @see se.kundval.model.KundvalPackage#getAnvandare_Aktiv()
	 * @model
	 * @generated
	 */
	boolean isAktiv();

	/**
	 * Sets the value of the '{@link se.kundval.model.Anvandare#isAktiv <em>Aktiv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aktiv</em>' attribute.
	 * @see #isAktiv()
	 * @generated
	 */
	void setAktiv(boolean value);

	/**
	 * Returns the value of the '<em><b>Portaladmin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * En anordnaranvändare som lägger till, låser och återställer konton i sin egen organisation i portalen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Portaladmin</em>' attribute.
	 * @see #setPortaladmin(boolean)
	 * @see se.kundval.model.KundvalPackage#getAnvandare_Portaladmin()
	 * @model
	 * @generated
	 */
	boolean isPortaladmin();

	/**
	 * Sets the value of the '{@link se.kundval.model.Anvandare#isPortaladmin <em>Portaladmin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Portaladmin</em>' attribute.
	 * @see #isPortaladmin()
	 * @generated
	 */
	void setPortaladmin(boolean value);

} // Anvandare
