/**
 */
package se.kundval.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Genomforandeplan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Genomförandeplan per insats (tillsynskrav).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Genomforandeplan#getInsats <em>Insats</em>}</li>
 *   <li>{@link se.kundval.model.Genomforandeplan#getUpprattad <em>Upprattad</em>}</li>
 *   <li>{@link se.kundval.model.Genomforandeplan#getMal <em>Mal</em>}</li>
 *   <li>{@link se.kundval.model.Genomforandeplan#getAktiviteter <em>Aktiviteter</em>}</li>
 *   <li>{@link se.kundval.model.Genomforandeplan#getRevisioner <em>Revisioner</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getGenomforandeplan()
 * @model
 * @generated
 */
public interface Genomforandeplan extends Entitet {
	/**
	 * Returns the value of the '<em><b>Insats</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Insats#getGenomforandeplan <em>Genomforandeplan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insats</em>' container reference.
	 * @see #setInsats(Insats)
	 * @see se.kundval.model.KundvalPackage#getGenomforandeplan_Insats()
	 * @see se.kundval.model.Insats#getGenomforandeplan
	 * @model opposite="genomforandeplan"
	 * @generated
	 */
	Insats getInsats();

	/**
	 * Sets the value of the '{@link se.kundval.model.Genomforandeplan#getInsats <em>Insats</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insats</em>' container reference.
	 * @see #getInsats()
	 * @generated
	 */
	void setInsats(Insats value);

	/**
	 * Returns the value of the '<em><b>Upprattad</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Upprattad</em>' attribute.
	 * @see #setUpprattad(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getGenomforandeplan_Upprattad()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getUpprattad();

	/**
	 * Sets the value of the '{@link se.kundval.model.Genomforandeplan#getUpprattad <em>Upprattad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upprattad</em>' attribute.
	 * @see #getUpprattad()
	 * @generated
	 */
	void setUpprattad(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Mal</b></em>' containment reference list.
	 * The list contents are of type {@link se.kundval.model.Planmal}.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Planmal#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mal</em>' containment reference list.
	 * @see se.kundval.model.KundvalPackage#getGenomforandeplan_Mal()
	 * @see se.kundval.model.Planmal#getPlan
	 * @model opposite="plan" containment="true"
	 * @generated
	 */
	EList<Planmal> getMal();

	/**
	 * Returns the value of the '<em><b>Aktiviteter</b></em>' containment reference list.
	 * The list contents are of type {@link se.kundval.model.Planaktivitet}.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Planaktivitet#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aktiviteter</em>' containment reference list.
	 * @see se.kundval.model.KundvalPackage#getGenomforandeplan_Aktiviteter()
	 * @see se.kundval.model.Planaktivitet#getPlan
	 * @model opposite="plan" containment="true"
	 * @generated
	 */
	EList<Planaktivitet> getAktiviteter();

	/**
	 * Returns the value of the '<em><b>Revisioner</b></em>' containment reference list.
	 * The list contents are of type {@link se.kundval.model.Planrevision}.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Planrevision#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revisioner</em>' containment reference list.
	 * @see se.kundval.model.KundvalPackage#getGenomforandeplan_Revisioner()
	 * @see se.kundval.model.Planrevision#getPlan
	 * @model opposite="plan" containment="true"
	 * @generated
	 */
	EList<Planrevision> getRevisioner();

} // Genomforandeplan
