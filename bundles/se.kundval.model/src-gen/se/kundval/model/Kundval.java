/**
 */
package se.kundval.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kundval</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * En familj av insatser: jobbpeng (2009-2024), AMI, ISA, FAI från 2024, samhällsorientering.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Kundval#getKod <em>Kod</em>}</li>
 *   <li>{@link se.kundval.model.Kundval#getNamn <em>Namn</em>}</li>
 *   <li>{@link se.kundval.model.Kundval#getGiltigFran <em>Giltig Fran</em>}</li>
 *   <li>{@link se.kundval.model.Kundval#getGiltigTill <em>Giltig Till</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getKundval()
 * @model
 * @generated
 */
public interface Kundval extends Entitet {
	/**
	 * Returns the value of the '<em><b>Kod</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kod</em>' attribute.
	 * @see #setKod(String)
	 * @see se.kundval.model.KundvalPackage#getKundval_Kod()
	 * @model required="true"
	 * @generated
	 */
	String getKod();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kundval#getKod <em>Kod</em>}' attribute.
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
	 * @see se.kundval.model.KundvalPackage#getKundval_Namn()
	 * @model
	 * @generated
	 */
	String getNamn();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kundval#getNamn <em>Namn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namn</em>' attribute.
	 * @see #getNamn()
	 * @generated
	 */
	void setNamn(String value);

	/**
	 * Returns the value of the '<em><b>Giltig Fran</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Giltig Fran</em>' attribute.
	 * @see #setGiltigFran(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getKundval_GiltigFran()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getGiltigFran();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kundval#getGiltigFran <em>Giltig Fran</em>}' attribute.
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
	 * @see se.kundval.model.KundvalPackage#getKundval_GiltigTill()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getGiltigTill();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kundval#getGiltigTill <em>Giltig Till</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Giltig Till</em>' attribute.
	 * @see #getGiltigTill()
	 * @generated
	 */
	void setGiltigTill(LocalDate value);

} // Kundval
