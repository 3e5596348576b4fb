/**
 */
package se.kundval.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Avslut</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anordnarens avslutsrapport och handläggarens bedömningar.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Avslut#getInsats <em>Insats</em>}</li>
 *   <li>{@link se.kundval.model.Avslut#getAvslutsdatum <em>Avslutsdatum</em>}</li>
 *   <li>{@link se.kundval.model.Avslut#getAvslutsorsak <em>Avslutsorsak</em>}</li>
 *   <li>{@link se.kundval.model.Avslut#getSysselsattning <em>Sysselsattning</em>}</li>
 *   <li>{@link se.kundval.model.Avslut#getVaraktighetManader <em>Varaktighet Manader</em>}</li>
 *   <li>{@link se.kundval.model.Avslut#getRapporteradAv <em>Rapporterad Av</em>}</li>
 *   <li>{@link se.kundval.model.Avslut#getRapporteradDatum <em>Rapporterad Datum</em>}</li>
 *   <li>{@link se.kundval.model.Avslut#getBedomningar <em>Bedomningar</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getAvslut()
 * @model
 * @generated
 */
public interface Avslut extends Entitet {
	/**
	 * Returns the value of the '<em><b>Insats</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Insats#getAvslut <em>Avslut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insats</em>' container reference.
	 * @see #setInsats(Insats)
	 * @see se.kundval.model.KundvalPackage#getAvslut_Insats()
	 * @see se.kundval.model.Insats#getAvslut
	 * @model opposite="avslut"
	 * @generated
	 */
	Insats getInsats();

	/**
	 * Sets the value of the '{@link se.kundval.model.Avslut#getInsats <em>Insats</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insats</em>' container reference.
	 * @see #getInsats()
	 * @generated
	 */
	void setInsats(Insats value);

	/**
	 * Returns the value of the '<em><b>Avslutsdatum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Avslutsdatum</em>' attribute.
	 * @see #setAvslutsdatum(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getAvslut_Avslutsdatum()
	 * @model dataType="se.kundval.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getAvslutsdatum();

	/**
	 * Sets the value of the '{@link se.kundval.model.Avslut#getAvslutsdatum <em>Avslutsdatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Avslutsdatum</em>' attribute.
	 * @see #getAvslutsdatum()
	 * @generated
	 */
	void setAvslutsdatum(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Avslutsorsak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Avslutsorsak</em>' attribute.
	 * @see #setAvslutsorsak(Avslutsorsak)
	 * @see se.kundval.model.KundvalPackage#getAvslut_Avslutsorsak()
	 * @model dataType="se.kundval.model.AvslutsorsakObject" required="true"
	 * @generated
	 */
	Avslutsorsak getAvslutsorsak();

	/**
	 * Sets the value of the '{@link se.kundval.model.Avslut#getAvslutsorsak <em>Avslutsorsak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Avslutsorsak</em>' attribute.
	 * @see #getAvslutsorsak()
	 * @generated
	 */
	void setAvslutsorsak(Avslutsorsak value);

	/**
	 * Returns the value of the '<em><b>Sysselsattning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sysselsattning</em>' attribute.
	 * @see #setSysselsattning(Sysselsattningsform)
	 * @see se.kundval.model.KundvalPackage#getAvslut_Sysselsattning()
	 * @model dataType="se.kundval.model.SysselsattningsformObject"
	 * @generated
	 */
	Sysselsattningsform getSysselsattning();

	/**
	 * Sets the value of the '{@link se.kundval.model.Avslut#getSysselsattning <em>Sysselsattning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sysselsattning</em>' attribute.
	 * @see #getSysselsattning()
	 * @generated
	 */
	void setSysselsattning(Sysselsattningsform value);

	/**
	 * Returns the value of the '<em><b>Varaktighet Manader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Förväntad varaktighet för arbete eller studier; tom = tills vidare eller okänd.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Varaktighet Manader</em>' attribute.
	 * @see #setVaraktighetManader(Integer)
	 * @see se.kundval.model.KundvalPackage#getAvslut_VaraktighetManader()
	 * @model
	 * @generated
	 */
	Integer getVaraktighetManader();

	/**
	 * Sets the value of the '{@link se.kundval.model.Avslut#getVaraktighetManader <em>Varaktighet Manader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Varaktighet Manader</em>' attribute.
	 * @see #getVaraktighetManader()
	 * @generated
	 */
	void setVaraktighetManader(Integer value);

	/**
	 * Returns the value of the '<em><b>Rapporterad Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rapporterad Av</em>' attribute.
	 * @see #setRapporteradAv(String)
	 * @see se.kundval.model.KundvalPackage#getAvslut_RapporteradAv()
	 * @model
	 * @generated
	 */
	String getRapporteradAv();

	/**
	 * Sets the value of the '{@link se.kundval.model.Avslut#getRapporteradAv <em>Rapporterad Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rapporterad Av</em>' attribute.
	 * @see #getRapporteradAv()
	 * @generated
	 */
	void setRapporteradAv(String value);

	/**
	 * Returns the value of the '<em><b>Rapporterad Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rapporterad Datum</em>' attribute.
	 * @see #setRapporteradDatum(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getAvslut_RapporteradDatum()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getRapporteradDatum();

	/**
	 * Sets the value of the '{@link se.kundval.model.Avslut#getRapporteradDatum <em>Rapporterad Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rapporterad Datum</em>' attribute.
	 * @see #getRapporteradDatum()
	 * @generated
	 */
	void setRapporteradDatum(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Bedomningar</b></em>' containment reference list.
	 * The list contents are of type {@link se.kundval.model.Avslutsbedomning}.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Avslutsbedomning#getAvslut <em>Avslut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bedomningar</em>' containment reference list.
	 * @see se.kundval.model.KundvalPackage#getAvslut_Bedomningar()
	 * @see se.kundval.model.Avslutsbedomning#getAvslut
	 * @model opposite="avslut" containment="true"
	 * @generated
	 */
	EList<Avslutsbedomning> getBedomningar();

} // Avslut
