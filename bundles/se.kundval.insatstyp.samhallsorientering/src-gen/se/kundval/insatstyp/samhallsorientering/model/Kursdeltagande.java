/**
 */
package se.kundval.insatstyp.samhallsorientering.model;

import java.time.LocalDate;

import se.kundval.model.Insatstypdata;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kursdeltagande</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * En kunds deltagande i en kurs i samhällsorientering: från anmälan till kursslut eller avbrott.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getAnmalningsdatum <em>Anmalningsdatum</em>}</li>
 *   <li>{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getKursstart <em>Kursstart</em>}</li>
 *   <li>{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getKursslut <em>Kursslut</em>}</li>
 *   <li>{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getAvbrott <em>Avbrott</em>}</li>
 *   <li>{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getExpert <em>Expert</em>}</li>
 * </ul>
 *
 * @see se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringPackage#getKursdeltagande()
 * @model
 * @generated
 */
public interface Kursdeltagande extends Insatstypdata {
	/**
	 * Returns the value of the '<em><b>Anmalningsdatum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dagen kunden anmäldes till kursen (målet är kursstart inom 14 dagar).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anmalningsdatum</em>' attribute.
	 * @see #setAnmalningsdatum(LocalDate)
	 * @see se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringPackage#getKursdeltagande_Anmalningsdatum()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getAnmalningsdatum();

	/**
	 * Sets the value of the '{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getAnmalningsdatum <em>Anmalningsdatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anmalningsdatum</em>' attribute.
	 * @see #getAnmalningsdatum()
	 * @generated
	 */
	void setAnmalningsdatum(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Kursstart</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kursstart</em>' attribute.
	 * @see #setKursstart(LocalDate)
	 * @see se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringPackage#getKursdeltagande_Kursstart()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getKursstart();

	/**
	 * Sets the value of the '{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getKursstart <em>Kursstart</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kursstart</em>' attribute.
	 * @see #getKursstart()
	 * @generated
	 */
	void setKursstart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Kursslut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sista kursdagen; tom medan kursen pågår.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kursslut</em>' attribute.
	 * @see #setKursslut(LocalDate)
	 * @see se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringPackage#getKursdeltagande_Kursslut()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getKursslut();

	/**
	 * Sets the value of the '{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getKursslut <em>Kursslut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kursslut</em>' attribute.
	 * @see #getKursslut()
	 * @generated
	 */
	void setKursslut(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Avbrott</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Om kunden avbröt kursen; tom när det inte är känt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Avbrott</em>' attribute.
	 * @see #setAvbrott(Boolean)
	 * @see se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringPackage#getKursdeltagande_Avbrott()
	 * @model
	 * @generated
	 */
	Boolean getAvbrott();

	/**
	 * Sets the value of the '{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getAvbrott <em>Avbrott</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Avbrott</em>' attribute.
	 * @see #getAvbrott()
	 * @generated
	 */
	void setAvbrott(Boolean value);

	/**
	 * Returns the value of the '<em><b>Expert</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Jobb- och utbildningsexperten (coachen) som håller kursen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expert</em>' attribute.
	 * @see #setExpert(String)
	 * @see se.kundval.insatstyp.samhallsorientering.model.SamhallsorienteringPackage#getKursdeltagande_Expert()
	 * @model
	 * @generated
	 */
	String getExpert();

	/**
	 * Sets the value of the '{@link se.kundval.insatstyp.samhallsorientering.model.Kursdeltagande#getExpert <em>Expert</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expert</em>' attribute.
	 * @see #getExpert()
	 * @generated
	 */
	void setExpert(String value);

} // Kursdeltagande
