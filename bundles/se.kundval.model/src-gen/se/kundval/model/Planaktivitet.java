/**
 */
package se.kundval.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planaktivitet</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Planerad aktivitet.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Planaktivitet#getPlan <em>Plan</em>}</li>
 *   <li>{@link se.kundval.model.Planaktivitet#getTyp <em>Typ</em>}</li>
 *   <li>{@link se.kundval.model.Planaktivitet#getBeskrivning <em>Beskrivning</em>}</li>
 *   <li>{@link se.kundval.model.Planaktivitet#getPlaneradStart <em>Planerad Start</em>}</li>
 *   <li>{@link se.kundval.model.Planaktivitet#getPlaneradSlut <em>Planerad Slut</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getPlanaktivitet()
 * @model
 * @generated
 */
public interface Planaktivitet extends Entitet {
	/**
	 * Returns the value of the '<em><b>Plan</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Genomforandeplan#getAktiviteter <em>Aktiviteter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' container reference.
	 * @see #setPlan(Genomforandeplan)
	 * @see se.kundval.model.KundvalPackage#getPlanaktivitet_Plan()
	 * @see se.kundval.model.Genomforandeplan#getAktiviteter
	 * @model opposite="aktiviteter"
	 * @generated
	 */
	Genomforandeplan getPlan();

	/**
	 * Sets the value of the '{@link se.kundval.model.Planaktivitet#getPlan <em>Plan</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' container reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(Genomforandeplan value);

	/**
	 * Returns the value of the '<em><b>Typ</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Typ</em>' attribute.
	 * @see #setTyp(Aktivitetstyp)
	 * @see se.kundval.model.KundvalPackage#getPlanaktivitet_Typ()
	 * @model dataType="se.kundval.model.AktivitetstypObject"
	 * @generated
	 */
	Aktivitetstyp getTyp();

	/**
	 * Sets the value of the '{@link se.kundval.model.Planaktivitet#getTyp <em>Typ</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Typ</em>' attribute.
	 * @see #getTyp()
	 * @generated
	 */
	void setTyp(Aktivitetstyp value);

	/**
	 * Returns the value of the '<em><b>Beskrivning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beskrivning</em>' attribute.
	 * @see #setBeskrivning(String)
	 * @see se.kundval.model.KundvalPackage#getPlanaktivitet_Beskrivning()
	 * @model
	 * @generated
	 */
	String getBeskrivning();

	/**
	 * Sets the value of the '{@link se.kundval.model.Planaktivitet#getBeskrivning <em>Beskrivning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beskrivning</em>' attribute.
	 * @see #getBeskrivning()
	 * @generated
	 */
	void setBeskrivning(String value);

	/**
	 * Returns the value of the '<em><b>Planerad Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planerad Start</em>' attribute.
	 * @see #setPlaneradStart(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getPlanaktivitet_PlaneradStart()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getPlaneradStart();

	/**
	 * Sets the value of the '{@link se.kundval.model.Planaktivitet#getPlaneradStart <em>Planerad Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planerad Start</em>' attribute.
	 * @see #getPlaneradStart()
	 * @generated
	 */
	void setPlaneradStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Planerad Slut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planerad Slut</em>' attribute.
	 * @see #setPlaneradSlut(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getPlanaktivitet_PlaneradSlut()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getPlaneradSlut();

	/**
	 * Sets the value of the '{@link se.kundval.model.Planaktivitet#getPlaneradSlut <em>Planerad Slut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planerad Slut</em>' attribute.
	 * @see #getPlaneradSlut()
	 * @generated
	 */
	void setPlaneradSlut(LocalDate value);

} // Planaktivitet
