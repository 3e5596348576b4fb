/**
 */
package se.kundval.model;

import java.time.LocalDate;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sexmanadersuppfoljning</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anordnarens underlag sex månader efter avslut till arbete eller studier och handläggarens bekräftelse.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Sexmanadersuppfoljning#getInsats <em>Insats</em>}</li>
 *   <li>{@link se.kundval.model.Sexmanadersuppfoljning#getInlamnad <em>Inlamnad</em>}</li>
 *   <li>{@link se.kundval.model.Sexmanadersuppfoljning#getUnderlag <em>Underlag</em>}</li>
 *   <li>{@link se.kundval.model.Sexmanadersuppfoljning#getBeskrivning <em>Beskrivning</em>}</li>
 *   <li>{@link se.kundval.model.Sexmanadersuppfoljning#getStatus <em>Status</em>}</li>
 *   <li>{@link se.kundval.model.Sexmanadersuppfoljning#getBedomdAv <em>Bedomd Av</em>}</li>
 *   <li>{@link se.kundval.model.Sexmanadersuppfoljning#getBedomdDatum <em>Bedomd Datum</em>}</li>
 *   <li>{@link se.kundval.model.Sexmanadersuppfoljning#getMotivering <em>Motivering</em>}</li>
 *   <li>{@link se.kundval.model.Sexmanadersuppfoljning#getDokument <em>Dokument</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getSexmanadersuppfoljning()
 * @model
 * @generated
 */
public interface Sexmanadersuppfoljning extends Entitet {
	/**
	 * Returns the value of the '<em><b>Insats</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Insats#getSexmanadersuppfoljningar <em>Sexmanadersuppfoljningar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insats</em>' container reference.
	 * @see #setInsats(Insats)
	 * @see se.kundval.model.KundvalPackage#getSexmanadersuppfoljning_Insats()
	 * @see se.kundval.model.Insats#getSexmanadersuppfoljningar
	 * @model opposite="sexmanadersuppfoljningar"
	 * @generated
	 */
	Insats getInsats();

	/**
	 * Sets the value of the '{@link se.kundval.model.Sexmanadersuppfoljning#getInsats <em>Insats</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insats</em>' container reference.
	 * @see #getInsats()
	 * @generated
	 */
	void setInsats(Insats value);

	/**
	 * Returns the value of the '<em><b>Inlamnad</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inlamnad</em>' attribute.
	 * @see #setInlamnad(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getSexmanadersuppfoljning_Inlamnad()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getInlamnad();

	/**
	 * Sets the value of the '{@link se.kundval.model.Sexmanadersuppfoljning#getInlamnad <em>Inlamnad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inlamnad</em>' attribute.
	 * @see #getInlamnad()
	 * @generated
	 */
	void setInlamnad(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Underlag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Underlag</em>' attribute.
	 * @see #setUnderlag(Underlagstyp)
	 * @see se.kundval.model.KundvalPackage#getSexmanadersuppfoljning_Underlag()
	 * @model dataType="se.kundval.model.UnderlagstypObject"
	 * @generated
	 */
	Underlagstyp getUnderlag();

	/**
	 * Sets the value of the '{@link se.kundval.model.Sexmanadersuppfoljning#getUnderlag <em>Underlag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Underlag</em>' attribute.
	 * @see #getUnderlag()
	 * @generated
	 */
	void setUnderlag(Underlagstyp value);

	/**
	 * Returns the value of the '<em><b>Beskrivning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beskrivning</em>' attribute.
	 * @see #setBeskrivning(String)
	 * @see se.kundval.model.KundvalPackage#getSexmanadersuppfoljning_Beskrivning()
	 * @model
	 * @generated
	 */
	String getBeskrivning();

	/**
	 * Sets the value of the '{@link se.kundval.model.Sexmanadersuppfoljning#getBeskrivning <em>Beskrivning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beskrivning</em>' attribute.
	 * @see #getBeskrivning()
	 * @generated
	 */
	void setBeskrivning(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link se.kundval.model.Uppfoljningsstatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see se.kundval.model.Uppfoljningsstatus
	 * @see #setStatus(Uppfoljningsstatus)
	 * @see se.kundval.model.KundvalPackage#getSexmanadersuppfoljning_Status()
	 * @model
	 * @generated
	 */
	Uppfoljningsstatus getStatus();

	/**
	 * Sets the value of the '{@link se.kundval.model.Sexmanadersuppfoljning#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see se.kundval.model.Uppfoljningsstatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(Uppfoljningsstatus value);

	/**
	 * Returns the value of the '<em><b>Bedomd Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bedomd Av</em>' attribute.
	 * @see #setBedomdAv(String)
	 * @see se.kundval.model.KundvalPackage#getSexmanadersuppfoljning_BedomdAv()
	 * @model
	 * @generated
	 */
	String getBedomdAv();

	/**
	 * Sets the value of the '{@link se.kundval.model.Sexmanadersuppfoljning#getBedomdAv <em>Bedomd Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bedomd Av</em>' attribute.
	 * @see #getBedomdAv()
	 * @generated
	 */
	void setBedomdAv(String value);

	/**
	 * Returns the value of the '<em><b>Bedomd Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bedomd Datum</em>' attribute.
	 * @see #setBedomdDatum(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getSexmanadersuppfoljning_BedomdDatum()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getBedomdDatum();

	/**
	 * Sets the value of the '{@link se.kundval.model.Sexmanadersuppfoljning#getBedomdDatum <em>Bedomd Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bedomd Datum</em>' attribute.
	 * @see #getBedomdDatum()
	 * @generated
	 */
	void setBedomdDatum(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Motivering</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Motivering</em>' attribute.
	 * @see #setMotivering(String)
	 * @see se.kundval.model.KundvalPackage#getSexmanadersuppfoljning_Motivering()
	 * @model
	 * @generated
	 */
	String getMotivering();

	/**
	 * Sets the value of the '{@link se.kundval.model.Sexmanadersuppfoljning#getMotivering <em>Motivering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Motivering</em>' attribute.
	 * @see #getMotivering()
	 * @generated
	 */
	void setMotivering(String value);

	/**
	 * Returns the value of the '<em><b>Dokument</b></em>' containment reference list.
	 * The list contents are of type {@link se.kundval.model.Dokument}.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Dokument#getUppfoljning <em>Uppfoljning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dokument</em>' containment reference list.
	 * @see se.kundval.model.KundvalPackage#getSexmanadersuppfoljning_Dokument()
	 * @see se.kundval.model.Dokument#getUppfoljning
	 * @model opposite="uppfoljning" containment="true"
	 * @generated
	 */
	EList<Dokument> getDokument();

} // Sexmanadersuppfoljning
