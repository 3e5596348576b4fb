/**
 */
package se.kundval.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Progressgenomgang</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Avstämning vid månad 6 av en tolvmånadersinsats.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Progressgenomgang#getInsats <em>Insats</em>}</li>
 *   <li>{@link se.kundval.model.Progressgenomgang#getDatum <em>Datum</em>}</li>
 *   <li>{@link se.kundval.model.Progressgenomgang#getUtfall <em>Utfall</em>}</li>
 *   <li>{@link se.kundval.model.Progressgenomgang#getKommentar <em>Kommentar</em>}</li>
 *   <li>{@link se.kundval.model.Progressgenomgang#getAv <em>Av</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getProgressgenomgang()
 * @model
 * @generated
 */
public interface Progressgenomgang extends Entitet {
	/**
	 * Returns the value of the '<em><b>Insats</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Insats#getProgressgenomgangar <em>Progressgenomgangar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insats</em>' container reference.
	 * @see #setInsats(Insats)
	 * @see se.kundval.model.KundvalPackage#getProgressgenomgang_Insats()
	 * @see se.kundval.model.Insats#getProgressgenomgangar
	 * @model opposite="progressgenomgangar"
	 * @generated
	 */
	Insats getInsats();

	/**
	 * Sets the value of the '{@link se.kundval.model.Progressgenomgang#getInsats <em>Insats</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insats</em>' container reference.
	 * @see #getInsats()
	 * @generated
	 */
	void setInsats(Insats value);

	/**
	 * Returns the value of the '<em><b>Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Datum</em>' attribute.
	 * @see #setDatum(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getProgressgenomgang_Datum()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getDatum();

	/**
	 * Sets the value of the '{@link se.kundval.model.Progressgenomgang#getDatum <em>Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Datum</em>' attribute.
	 * @see #getDatum()
	 * @generated
	 */
	void setDatum(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Utfall</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Utfall</em>' attribute.
	 * @see #setUtfall(Progressutfall)
	 * @see se.kundval.model.KundvalPackage#getProgressgenomgang_Utfall()
	 * @model dataType="se.kundval.model.ProgressutfallObject"
	 * @generated
	 */
	Progressutfall getUtfall();

	/**
	 * Sets the value of the '{@link se.kundval.model.Progressgenomgang#getUtfall <em>Utfall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Utfall</em>' attribute.
	 * @see #getUtfall()
	 * @generated
	 */
	void setUtfall(Progressutfall value);

	/**
	 * Returns the value of the '<em><b>Kommentar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kommentar</em>' attribute.
	 * @see #setKommentar(String)
	 * @see se.kundval.model.KundvalPackage#getProgressgenomgang_Kommentar()
	 * @model
	 * @generated
	 */
	String getKommentar();

	/**
	 * Sets the value of the '{@link se.kundval.model.Progressgenomgang#getKommentar <em>Kommentar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kommentar</em>' attribute.
	 * @see #getKommentar()
	 * @generated
	 */
	void setKommentar(String value);

	/**
	 * Returns the value of the '<em><b>Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Av</em>' attribute.
	 * @see #setAv(String)
	 * @see se.kundval.model.KundvalPackage#getProgressgenomgang_Av()
	 * @model
	 * @generated
	 */
	String getAv();

	/**
	 * Sets the value of the '{@link se.kundval.model.Progressgenomgang#getAv <em>Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Av</em>' attribute.
	 * @see #getAv()
	 * @generated
	 */
	void setAv(String value);

} // Progressgenomgang
