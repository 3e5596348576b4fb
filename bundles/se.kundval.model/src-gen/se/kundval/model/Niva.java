/**
 */
package se.kundval.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Niva</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Nivå inom ett kundval (1 eller 2).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Niva#getKundval <em>Kundval</em>}</li>
 *   <li>{@link se.kundval.model.Niva#getNummer <em>Nummer</em>}</li>
 *   <li>{@link se.kundval.model.Niva#getNamn <em>Namn</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getNiva()
 * @model
 * @generated
 */
public interface Niva extends Entitet {
	/**
	 * Returns the value of the '<em><b>Kundval</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kundval</em>' reference.
	 * @see #setKundval(Kundval)
	 * @see se.kundval.model.KundvalPackage#getNiva_Kundval()
	 * @model required="true"
	 * @generated
	 */
	Kundval getKundval();

	/**
	 * Sets the value of the '{@link se.kundval.model.Niva#getKundval <em>Kundval</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kundval</em>' reference.
	 * @see #getKundval()
	 * @generated
	 */
	void setKundval(Kundval value);

	/**
	 * Returns the value of the '<em><b>Nummer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nummer</em>' attribute.
	 * @see #setNummer(int)
	 * @see se.kundval.model.KundvalPackage#getNiva_Nummer()
	 * @model
	 * @generated
	 */
	int getNummer();

	/**
	 * Sets the value of the '{@link se.kundval.model.Niva#getNummer <em>Nummer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nummer</em>' attribute.
	 * @see #getNummer()
	 * @generated
	 */
	void setNummer(int value);

	/**
	 * Returns the value of the '<em><b>Namn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namn</em>' attribute.
	 * @see #setNamn(String)
	 * @see se.kundval.model.KundvalPackage#getNiva_Namn()
	 * @model
	 * @generated
	 */
	String getNamn();

	/**
	 * Sets the value of the '{@link se.kundval.model.Niva#getNamn <em>Namn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namn</em>' attribute.
	 * @see #getNamn()
	 * @generated
	 */
	void setNamn(String value);

} // Niva
