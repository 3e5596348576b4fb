/**
 */
package se.kundval.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Anordnare</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Auktoriserad anordnare (utförare).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Anordnare#getOrgnr <em>Orgnr</em>}</li>
 *   <li>{@link se.kundval.model.Anordnare#getNamn <em>Namn</em>}</li>
 *   <li>{@link se.kundval.model.Anordnare#getCoacher <em>Coacher</em>}</li>
 *   <li>{@link se.kundval.model.Anordnare#getAuktorisationer <em>Auktorisationer</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getAnordnare()
 * @model
 * @generated
 */
public interface Anordnare extends Entitet {
	/**
	 * Returns the value of the '<em><b>Orgnr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Orgnr</em>' attribute.
	 * @see #setOrgnr(String)
	 * @see se.kundval.model.KundvalPackage#getAnordnare_Orgnr()
	 * @model required="true"
	 * @generated
	 */
	String getOrgnr();

	/**
	 * Sets the value of the '{@link se.kundval.model.Anordnare#getOrgnr <em>Orgnr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Orgnr</em>' attribute.
	 * @see #getOrgnr()
	 * @generated
	 */
	void setOrgnr(String value);

	/**
	 * Returns the value of the '<em><b>Namn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namn</em>' attribute.
	 * @see #setNamn(String)
	 * @see se.kundval.model.KundvalPackage#getAnordnare_Namn()
	 * @model
	 * @generated
	 */
	String getNamn();

	/**
	 * Sets the value of the '{@link se.kundval.model.Anordnare#getNamn <em>Namn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namn</em>' attribute.
	 * @see #getNamn()
	 * @generated
	 */
	void setNamn(String value);

	/**
	 * Returns the value of the '<em><b>Coacher</b></em>' containment reference list.
	 * The list contents are of type {@link se.kundval.model.Coach}.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Coach#getAnordnare <em>Anordnare</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coacher</em>' containment reference list.
	 * @see se.kundval.model.KundvalPackage#getAnordnare_Coacher()
	 * @see se.kundval.model.Coach#getAnordnare
	 * @model opposite="anordnare" containment="true"
	 * @generated
	 */
	EList<Coach> getCoacher();

	/**
	 * Returns the value of the '<em><b>Auktorisationer</b></em>' containment reference list.
	 * The list contents are of type {@link se.kundval.model.Auktorisation}.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Auktorisation#getAnordnare <em>Anordnare</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Auktorisationer</em>' containment reference list.
	 * @see se.kundval.model.KundvalPackage#getAnordnare_Auktorisationer()
	 * @see se.kundval.model.Auktorisation#getAnordnare
	 * @model opposite="anordnare" containment="true"
	 * @generated
	 */
	EList<Auktorisation> getAuktorisationer();

} // Anordnare
