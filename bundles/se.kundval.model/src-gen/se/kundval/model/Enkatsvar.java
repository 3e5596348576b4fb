/**
 */
package se.kundval.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enkatsvar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ett svar i kundundersökningen (1-5).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Enkatsvar#getAnordnare <em>Anordnare</em>}</li>
 *   <li>{@link se.kundval.model.Enkatsvar#getAr <em>Ar</em>}</li>
 *   <li>{@link se.kundval.model.Enkatsvar#getRespondent <em>Respondent</em>}</li>
 *   <li>{@link se.kundval.model.Enkatsvar#getFraga <em>Fraga</em>}</li>
 *   <li>{@link se.kundval.model.Enkatsvar#getOmrade <em>Omrade</em>}</li>
 *   <li>{@link se.kundval.model.Enkatsvar#getSvar <em>Svar</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getEnkatsvar()
 * @model
 * @generated
 */
public interface Enkatsvar extends Entitet {
	/**
	 * Returns the value of the '<em><b>Anordnare</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anordnare</em>' reference.
	 * @see #setAnordnare(Anordnare)
	 * @see se.kundval.model.KundvalPackage#getEnkatsvar_Anordnare()
	 * @model required="true"
	 * @generated
	 */
	Anordnare getAnordnare();

	/**
	 * Sets the value of the '{@link se.kundval.model.Enkatsvar#getAnordnare <em>Anordnare</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anordnare</em>' reference.
	 * @see #getAnordnare()
	 * @generated
	 */
	void setAnordnare(Anordnare value);

	/**
	 * Returns the value of the '<em><b>Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ar</em>' attribute.
	 * @see #setAr(int)
	 * @see se.kundval.model.KundvalPackage#getEnkatsvar_Ar()
	 * @model
	 * @generated
	 */
	int getAr();

	/**
	 * Sets the value of the '{@link se.kundval.model.Enkatsvar#getAr <em>Ar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ar</em>' attribute.
	 * @see #getAr()
	 * @generated
	 */
	void setAr(int value);

	/**
	 * Returns the value of the '<em><b>Respondent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Respondent</em>' attribute.
	 * @see #setRespondent(String)
	 * @see se.kundval.model.KundvalPackage#getEnkatsvar_Respondent()
	 * @model
	 * @generated
	 */
	String getRespondent();

	/**
	 * Sets the value of the '{@link se.kundval.model.Enkatsvar#getRespondent <em>Respondent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Respondent</em>' attribute.
	 * @see #getRespondent()
	 * @generated
	 */
	void setRespondent(String value);

	/**
	 * Returns the value of the '<em><b>Fraga</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fraga</em>' attribute.
	 * @see #setFraga(String)
	 * @see se.kundval.model.KundvalPackage#getEnkatsvar_Fraga()
	 * @model
	 * @generated
	 */
	String getFraga();

	/**
	 * Sets the value of the '{@link se.kundval.model.Enkatsvar#getFraga <em>Fraga</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fraga</em>' attribute.
	 * @see #getFraga()
	 * @generated
	 */
	void setFraga(String value);

	/**
	 * Returns the value of the '<em><b>Omrade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Omrade</em>' attribute.
	 * @see #setOmrade(Omrade)
	 * @see se.kundval.model.KundvalPackage#getEnkatsvar_Omrade()
	 * @model dataType="se.kundval.model.OmradeObject" required="true"
	 * @generated
	 */
	Omrade getOmrade();

	/**
	 * Sets the value of the '{@link se.kundval.model.Enkatsvar#getOmrade <em>Omrade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Omrade</em>' attribute.
	 * @see #getOmrade()
	 * @generated
	 */
	void setOmrade(Omrade value);

	/**
	 * Returns the value of the '<em><b>Svar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Svar</em>' attribute.
	 * @see #setSvar(int)
	 * @see se.kundval.model.KundvalPackage#getEnkatsvar_Svar()
	 * @model
	 * @generated
	 */
	int getSvar();

	/**
	 * Sets the value of the '{@link se.kundval.model.Enkatsvar#getSvar <em>Svar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Svar</em>' attribute.
	 * @see #getSvar()
	 * @generated
	 */
	void setSvar(int value);

} // Enkatsvar
