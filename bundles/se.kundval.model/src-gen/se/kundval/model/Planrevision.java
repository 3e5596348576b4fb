/**
 */
package se.kundval.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planrevision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Revision av planen.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Planrevision#getPlan <em>Plan</em>}</li>
 *   <li>{@link se.kundval.model.Planrevision#getDatum <em>Datum</em>}</li>
 *   <li>{@link se.kundval.model.Planrevision#getBeskrivning <em>Beskrivning</em>}</li>
 *   <li>{@link se.kundval.model.Planrevision#getRevideradAv <em>Reviderad Av</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getPlanrevision()
 * @model
 * @generated
 */
public interface Planrevision extends Entitet {
	/**
	 * Returns the value of the '<em><b>Plan</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Genomforandeplan#getRevisioner <em>Revisioner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' container reference.
	 * @see #setPlan(Genomforandeplan)
	 * @see se.kundval.model.KundvalPackage#getPlanrevision_Plan()
	 * @see se.kundval.model.Genomforandeplan#getRevisioner
	 * @model opposite="revisioner"
	 * @generated
	 */
	Genomforandeplan getPlan();

	/**
	 * Sets the value of the '{@link se.kundval.model.Planrevision#getPlan <em>Plan</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' container reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(Genomforandeplan value);

	/**
	 * Returns the value of the '<em><b>Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Datum</em>' attribute.
	 * @see #setDatum(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getPlanrevision_Datum()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getDatum();

	/**
	 * Sets the value of the '{@link se.kundval.model.Planrevision#getDatum <em>Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Datum</em>' attribute.
	 * @see #getDatum()
	 * @generated
	 */
	void setDatum(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Beskrivning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beskrivning</em>' attribute.
	 * @see #setBeskrivning(String)
	 * @see se.kundval.model.KundvalPackage#getPlanrevision_Beskrivning()
	 * @model
	 * @generated
	 */
	String getBeskrivning();

	/**
	 * Sets the value of the '{@link se.kundval.model.Planrevision#getBeskrivning <em>Beskrivning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beskrivning</em>' attribute.
	 * @see #getBeskrivning()
	 * @generated
	 */
	void setBeskrivning(String value);

	/**
	 * Returns the value of the '<em><b>Reviderad Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviderad Av</em>' attribute.
	 * @see #setRevideradAv(String)
	 * @see se.kundval.model.KundvalPackage#getPlanrevision_RevideradAv()
	 * @model
	 * @generated
	 */
	String getRevideradAv();

	/**
	 * Sets the value of the '{@link se.kundval.model.Planrevision#getRevideradAv <em>Reviderad Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviderad Av</em>' attribute.
	 * @see #getRevideradAv()
	 * @generated
	 */
	void setRevideradAv(String value);

} // Planrevision
