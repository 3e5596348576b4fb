/**
 */
package se.kundval.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planmal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Mål i genomförandeplanen.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Planmal#getPlan <em>Plan</em>}</li>
 *   <li>{@link se.kundval.model.Planmal#getBeskrivning <em>Beskrivning</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getPlanmal()
 * @model
 * @generated
 */
public interface Planmal extends Entitet {
	/**
	 * Returns the value of the '<em><b>Plan</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Genomforandeplan#getMal <em>Mal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' container reference.
	 * @see #setPlan(Genomforandeplan)
	 * @see se.kundval.model.KundvalPackage#getPlanmal_Plan()
	 * @see se.kundval.model.Genomforandeplan#getMal
	 * @model opposite="mal"
	 * @generated
	 */
	Genomforandeplan getPlan();

	/**
	 * Sets the value of the '{@link se.kundval.model.Planmal#getPlan <em>Plan</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' container reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(Genomforandeplan value);

	/**
	 * Returns the value of the '<em><b>Beskrivning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beskrivning</em>' attribute.
	 * @see #setBeskrivning(String)
	 * @see se.kundval.model.KundvalPackage#getPlanmal_Beskrivning()
	 * @model
	 * @generated
	 */
	String getBeskrivning();

	/**
	 * Sets the value of the '{@link se.kundval.model.Planmal#getBeskrivning <em>Beskrivning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beskrivning</em>' attribute.
	 * @see #getBeskrivning()
	 * @generated
	 */
	void setBeskrivning(String value);

} // Planmal
