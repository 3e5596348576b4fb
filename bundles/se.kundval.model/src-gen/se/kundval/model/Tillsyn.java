/**
 */
package se.kundval.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tillsyn</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Tillsyn av en anordnare ett år.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Tillsyn#getAnordnare <em>Anordnare</em>}</li>
 *   <li>{@link se.kundval.model.Tillsyn#getAr <em>Ar</em>}</li>
 *   <li>{@link se.kundval.model.Tillsyn#getPunkter <em>Punkter</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getTillsyn()
 * @model
 * @generated
 */
public interface Tillsyn extends Entitet {
	/**
	 * Returns the value of the '<em><b>Anordnare</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anordnare</em>' reference.
	 * @see #setAnordnare(Anordnare)
	 * @see se.kundval.model.KundvalPackage#getTillsyn_Anordnare()
	 * @model required="true"
	 * @generated
	 */
	Anordnare getAnordnare();

	/**
	 * Sets the value of the '{@link se.kundval.model.Tillsyn#getAnordnare <em>Anordnare</em>}' reference.
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
	 * @see se.kundval.model.KundvalPackage#getTillsyn_Ar()
	 * @model
	 * @generated
	 */
	int getAr();

	/**
	 * Sets the value of the '{@link se.kundval.model.Tillsyn#getAr <em>Ar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ar</em>' attribute.
	 * @see #getAr()
	 * @generated
	 */
	void setAr(int value);

	/**
	 * Returns the value of the '<em><b>Punkter</b></em>' containment reference list.
	 * The list contents are of type {@link se.kundval.model.Tillsynspunkt}.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Tillsynspunkt#getTillsyn <em>Tillsyn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Punkter</em>' containment reference list.
	 * @see se.kundval.model.KundvalPackage#getTillsyn_Punkter()
	 * @see se.kundval.model.Tillsynspunkt#getTillsyn
	 * @model opposite="tillsyn" containment="true"
	 * @generated
	 */
	EList<Tillsynspunkt> getPunkter();

} // Tillsyn
