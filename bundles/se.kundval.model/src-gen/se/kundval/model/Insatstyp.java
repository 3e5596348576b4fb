/**
 */
package se.kundval.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Insatstyp</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Insatstyp som ett insatstyp-plugin bidrar med; fasas ut med giltigTill, tas aldrig bort.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Insatstyp#getKod <em>Kod</em>}</li>
 *   <li>{@link se.kundval.model.Insatstyp#getNamn <em>Namn</em>}</li>
 *   <li>{@link se.kundval.model.Insatstyp#getKundval <em>Kundval</em>}</li>
 *   <li>{@link se.kundval.model.Insatstyp#getNiva <em>Niva</em>}</li>
 *   <li>{@link se.kundval.model.Insatstyp#getLangdManader <em>Langd Manader</em>}</li>
 *   <li>{@link se.kundval.model.Insatstyp#getMalsattning <em>Malsattning</em>}</li>
 *   <li>{@link se.kundval.model.Insatstyp#getGiltigFran <em>Giltig Fran</em>}</li>
 *   <li>{@link se.kundval.model.Insatstyp#getGiltigTill <em>Giltig Till</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getInsatstyp()
 * @model
 * @generated
 */
public interface Insatstyp extends Entitet {
	/**
	 * Returns the value of the '<em><b>Kod</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kod</em>' attribute.
	 * @see #setKod(String)
	 * @see se.kundval.model.KundvalPackage#getInsatstyp_Kod()
	 * @model required="true"
	 * @generated
	 */
	String getKod();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insatstyp#getKod <em>Kod</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kod</em>' attribute.
	 * @see #getKod()
	 * @generated
	 */
	void setKod(String value);

	/**
	 * Returns the value of the '<em><b>Namn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namn</em>' attribute.
	 * @see #setNamn(String)
	 * @see se.kundval.model.KundvalPackage#getInsatstyp_Namn()
	 * @model
	 * @generated
	 */
	String getNamn();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insatstyp#getNamn <em>Namn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namn</em>' attribute.
	 * @see #getNamn()
	 * @generated
	 */
	void setNamn(String value);

	/**
	 * Returns the value of the '<em><b>Kundval</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kundval</em>' reference.
	 * @see #setKundval(Kundval)
	 * @see se.kundval.model.KundvalPackage#getInsatstyp_Kundval()
	 * @model required="true"
	 * @generated
	 */
	Kundval getKundval();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insatstyp#getKundval <em>Kundval</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kundval</em>' reference.
	 * @see #getKundval()
	 * @generated
	 */
	void setKundval(Kundval value);

	/**
	 * Returns the value of the '<em><b>Niva</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Niva</em>' reference.
	 * @see #setNiva(Niva)
	 * @see se.kundval.model.KundvalPackage#getInsatstyp_Niva()
	 * @model
	 * @generated
	 */
	Niva getNiva();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insatstyp#getNiva <em>Niva</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Niva</em>' reference.
	 * @see #getNiva()
	 * @generated
	 */
	void setNiva(Niva value);

	/**
	 * Returns the value of the '<em><b>Langd Manader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beviljad insatslängd i månader; tom för kurser som mäts i veckor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Langd Manader</em>' attribute.
	 * @see #setLangdManader(Integer)
	 * @see se.kundval.model.KundvalPackage#getInsatstyp_LangdManader()
	 * @model
	 * @generated
	 */
	Integer getLangdManader();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insatstyp#getLangdManader <em>Langd Manader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Langd Manader</em>' attribute.
	 * @see #getLangdManader()
	 * @generated
	 */
	void setLangdManader(Integer value);

	/**
	 * Returns the value of the '<em><b>Malsattning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Malsattning</em>' attribute.
	 * @see #setMalsattning(Malsattning)
	 * @see se.kundval.model.KundvalPackage#getInsatstyp_Malsattning()
	 * @model dataType="se.kundval.model.MalsattningObject"
	 * @generated
	 */
	Malsattning getMalsattning();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insatstyp#getMalsattning <em>Malsattning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Malsattning</em>' attribute.
	 * @see #getMalsattning()
	 * @generated
	 */
	void setMalsattning(Malsattning value);

	/**
	 * Returns the value of the '<em><b>Giltig Fran</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Giltig Fran</em>' attribute.
	 * @see #setGiltigFran(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getInsatstyp_GiltigFran()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getGiltigFran();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insatstyp#getGiltigFran <em>Giltig Fran</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Giltig Fran</em>' attribute.
	 * @see #getGiltigFran()
	 * @generated
	 */
	void setGiltigFran(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Giltig Till</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Giltig Till</em>' attribute.
	 * @see #setGiltigTill(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getInsatstyp_GiltigTill()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getGiltigTill();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insatstyp#getGiltigTill <em>Giltig Till</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Giltig Till</em>' attribute.
	 * @see #getGiltigTill()
	 * @generated
	 */
	void setGiltigTill(LocalDate value);

} // Insatstyp
