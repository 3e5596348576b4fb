/**
 */
package se.kundval.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Effektuppfoljning</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Effektuppföljning efter lyckat avslut.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Effektuppfoljning#getInsats <em>Insats</em>}</li>
 *   <li>{@link se.kundval.model.Effektuppfoljning#getManader <em>Manader</em>}</li>
 *   <li>{@link se.kundval.model.Effektuppfoljning#getDatum <em>Datum</em>}</li>
 *   <li>{@link se.kundval.model.Effektuppfoljning#getEgenForsorjning <em>Egen Forsorjning</em>}</li>
 *   <li>{@link se.kundval.model.Effektuppfoljning#getKommentar <em>Kommentar</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getEffektuppfoljning()
 * @model
 * @generated
 */
public interface Effektuppfoljning extends Entitet {
	/**
	 * Returns the value of the '<em><b>Insats</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Insats#getEffektuppfoljningar <em>Effektuppfoljningar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insats</em>' container reference.
	 * @see #setInsats(Insats)
	 * @see se.kundval.model.KundvalPackage#getEffektuppfoljning_Insats()
	 * @see se.kundval.model.Insats#getEffektuppfoljningar
	 * @model opposite="effektuppfoljningar"
	 * @generated
	 */
	Insats getInsats();

	/**
	 * Sets the value of the '{@link se.kundval.model.Effektuppfoljning#getInsats <em>Insats</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insats</em>' container reference.
	 * @see #getInsats()
	 * @generated
	 */
	void setInsats(Insats value);

	/**
	 * Returns the value of the '<em><b>Manader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 6, 12 eller 24 månader efter lyckat avslut.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manader</em>' attribute.
	 * @see #setManader(int)
	 * @see se.kundval.model.KundvalPackage#getEffektuppfoljning_Manader()
	 * @model
	 * @generated
	 */
	int getManader();

	/**
	 * Sets the value of the '{@link se.kundval.model.Effektuppfoljning#getManader <em>Manader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manader</em>' attribute.
	 * @see #getManader()
	 * @generated
	 */
	void setManader(int value);

	/**
	 * Returns the value of the '<em><b>Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Datum</em>' attribute.
	 * @see #setDatum(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getEffektuppfoljning_Datum()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getDatum();

	/**
	 * Sets the value of the '{@link se.kundval.model.Effektuppfoljning#getDatum <em>Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Datum</em>' attribute.
	 * @see #getDatum()
	 * @generated
	 */
	void setDatum(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Egen Forsorjning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Egen Forsorjning</em>' attribute.
	 * @see #setEgenForsorjning(Boolean)
	 * @see se.kundval.model.KundvalPackage#getEffektuppfoljning_EgenForsorjning()
	 * @model
	 * @generated
	 */
	Boolean getEgenForsorjning();

	/**
	 * Sets the value of the '{@link se.kundval.model.Effektuppfoljning#getEgenForsorjning <em>Egen Forsorjning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Egen Forsorjning</em>' attribute.
	 * @see #getEgenForsorjning()
	 * @generated
	 */
	void setEgenForsorjning(Boolean value);

	/**
	 * Returns the value of the '<em><b>Kommentar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kommentar</em>' attribute.
	 * @see #setKommentar(String)
	 * @see se.kundval.model.KundvalPackage#getEffektuppfoljning_Kommentar()
	 * @model
	 * @generated
	 */
	String getKommentar();

	/**
	 * Sets the value of the '{@link se.kundval.model.Effektuppfoljning#getKommentar <em>Kommentar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kommentar</em>' attribute.
	 * @see #getKommentar()
	 * @generated
	 */
	void setKommentar(String value);

} // Effektuppfoljning
