/**
 */
package se.kundval.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Insats</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * En beviljad insats: kund, typ, vald anordnare, beslut och allt som följer insatsen.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Insats#getInsatsId <em>Insats Id</em>}</li>
 *   <li>{@link se.kundval.model.Insats#getKund <em>Kund</em>}</li>
 *   <li>{@link se.kundval.model.Insats#getInsatstyp <em>Insatstyp</em>}</li>
 *   <li>{@link se.kundval.model.Insats#getAnordnare <em>Anordnare</em>}</li>
 *   <li>{@link se.kundval.model.Insats#getStartdatum <em>Startdatum</em>}</li>
 *   <li>{@link se.kundval.model.Insats#getLangdManader <em>Langd Manader</em>}</li>
 *   <li>{@link se.kundval.model.Insats#getSlutdatum <em>Slutdatum</em>}</li>
 *   <li>{@link se.kundval.model.Insats#getStatus <em>Status</em>}</li>
 *   <li>{@link se.kundval.model.Insats#getBeslut <em>Beslut</em>}</li>
 *   <li>{@link se.kundval.model.Insats#getAvslut <em>Avslut</em>}</li>
 *   <li>{@link se.kundval.model.Insats#getGenomforandeplan <em>Genomforandeplan</em>}</li>
 *   <li>{@link se.kundval.model.Insats#getManadsrapporter <em>Manadsrapporter</em>}</li>
 *   <li>{@link se.kundval.model.Insats#getProgressgenomgangar <em>Progressgenomgangar</em>}</li>
 *   <li>{@link se.kundval.model.Insats#getSexmanadersuppfoljningar <em>Sexmanadersuppfoljningar</em>}</li>
 *   <li>{@link se.kundval.model.Insats#getEffektuppfoljningar <em>Effektuppfoljningar</em>}</li>
 *   <li>{@link se.kundval.model.Insats#getTypdata <em>Typdata</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getInsats()
 * @model
 * @generated
 */
public interface Insats extends Entitet {
	/**
	 * Returns the value of the '<em><b>Insats Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insats Id</em>' attribute.
	 * @see #setInsatsId(String)
	 * @see se.kundval.model.KundvalPackage#getInsats_InsatsId()
	 * @model required="true"
	 * @generated
	 */
	String getInsatsId();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insats#getInsatsId <em>Insats Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insats Id</em>' attribute.
	 * @see #getInsatsId()
	 * @generated
	 */
	void setInsatsId(String value);

	/**
	 * Returns the value of the '<em><b>Kund</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kund</em>' reference.
	 * @see #setKund(Kund)
	 * @see se.kundval.model.KundvalPackage#getInsats_Kund()
	 * @model required="true"
	 * @generated
	 */
	Kund getKund();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insats#getKund <em>Kund</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kund</em>' reference.
	 * @see #getKund()
	 * @generated
	 */
	void setKund(Kund value);

	/**
	 * Returns the value of the '<em><b>Insatstyp</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insatstyp</em>' reference.
	 * @see #setInsatstyp(Insatstyp)
	 * @see se.kundval.model.KundvalPackage#getInsats_Insatstyp()
	 * @model required="true"
	 * @generated
	 */
	Insatstyp getInsatstyp();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insats#getInsatstyp <em>Insatstyp</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insatstyp</em>' reference.
	 * @see #getInsatstyp()
	 * @generated
	 */
	void setInsatstyp(Insatstyp value);

	/**
	 * Returns the value of the '<em><b>Anordnare</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anordnare</em>' reference.
	 * @see #setAnordnare(Anordnare)
	 * @see se.kundval.model.KundvalPackage#getInsats_Anordnare()
	 * @model required="true"
	 * @generated
	 */
	Anordnare getAnordnare();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insats#getAnordnare <em>Anordnare</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anordnare</em>' reference.
	 * @see #getAnordnare()
	 * @generated
	 */
	void setAnordnare(Anordnare value);

	/**
	 * Returns the value of the '<em><b>Startdatum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Startdatum</em>' attribute.
	 * @see #setStartdatum(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getInsats_Startdatum()
	 * @model dataType="se.kundval.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getStartdatum();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insats#getStartdatum <em>Startdatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Startdatum</em>' attribute.
	 * @see #getStartdatum()
	 * @generated
	 */
	void setStartdatum(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Langd Manader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beviljad längd i månader (utan förlängningar).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Langd Manader</em>' attribute.
	 * @see #setLangdManader(int)
	 * @see se.kundval.model.KundvalPackage#getInsats_LangdManader()
	 * @model
	 * @generated
	 */
	int getLangdManader();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insats#getLangdManader <em>Langd Manader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Langd Manader</em>' attribute.
	 * @see #getLangdManader()
	 * @generated
	 */
	void setLangdManader(int value);

	/**
	 * Returns the value of the '<em><b>Slutdatum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planerat slut efter förlängningar när det är fastställt i beslut; tom betyder beräknat.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slutdatum</em>' attribute.
	 * @see #setSlutdatum(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getInsats_Slutdatum()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getSlutdatum();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insats#getSlutdatum <em>Slutdatum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slutdatum</em>' attribute.
	 * @see #getSlutdatum()
	 * @generated
	 */
	void setSlutdatum(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link se.kundval.model.InsatsStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see se.kundval.model.InsatsStatus
	 * @see #setStatus(InsatsStatus)
	 * @see se.kundval.model.KundvalPackage#getInsats_Status()
	 * @model
	 * @generated
	 */
	InsatsStatus getStatus();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insats#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see se.kundval.model.InsatsStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(InsatsStatus value);

	/**
	 * Returns the value of the '<em><b>Beslut</b></em>' containment reference list.
	 * The list contents are of type {@link se.kundval.model.Beslut}.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Beslut#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beslut</em>' containment reference list.
	 * @see se.kundval.model.KundvalPackage#getInsats_Beslut()
	 * @see se.kundval.model.Beslut#getInsats
	 * @model opposite="insats" containment="true"
	 * @generated
	 */
	EList<Beslut> getBeslut();

	/**
	 * Returns the value of the '<em><b>Avslut</b></em>' containment reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Avslut#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Avslut</em>' containment reference.
	 * @see #setAvslut(Avslut)
	 * @see se.kundval.model.KundvalPackage#getInsats_Avslut()
	 * @see se.kundval.model.Avslut#getInsats
	 * @model opposite="insats" containment="true"
	 * @generated
	 */
	Avslut getAvslut();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insats#getAvslut <em>Avslut</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Avslut</em>' containment reference.
	 * @see #getAvslut()
	 * @generated
	 */
	void setAvslut(Avslut value);

	/**
	 * Returns the value of the '<em><b>Genomforandeplan</b></em>' containment reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Genomforandeplan#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Genomforandeplan</em>' containment reference.
	 * @see #setGenomforandeplan(Genomforandeplan)
	 * @see se.kundval.model.KundvalPackage#getInsats_Genomforandeplan()
	 * @see se.kundval.model.Genomforandeplan#getInsats
	 * @model opposite="insats" containment="true"
	 * @generated
	 */
	Genomforandeplan getGenomforandeplan();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insats#getGenomforandeplan <em>Genomforandeplan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Genomforandeplan</em>' containment reference.
	 * @see #getGenomforandeplan()
	 * @generated
	 */
	void setGenomforandeplan(Genomforandeplan value);

	/**
	 * Returns the value of the '<em><b>Manadsrapporter</b></em>' containment reference list.
	 * The list contents are of type {@link se.kundval.model.Manadsrapport}.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Manadsrapport#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manadsrapporter</em>' containment reference list.
	 * @see se.kundval.model.KundvalPackage#getInsats_Manadsrapporter()
	 * @see se.kundval.model.Manadsrapport#getInsats
	 * @model opposite="insats" containment="true"
	 * @generated
	 */
	EList<Manadsrapport> getManadsrapporter();

	/**
	 * Returns the value of the '<em><b>Progressgenomgangar</b></em>' containment reference list.
	 * The list contents are of type {@link se.kundval.model.Progressgenomgang}.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Progressgenomgang#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Progressgenomgangar</em>' containment reference list.
	 * @see se.kundval.model.KundvalPackage#getInsats_Progressgenomgangar()
	 * @see se.kundval.model.Progressgenomgang#getInsats
	 * @model opposite="insats" containment="true"
	 * @generated
	 */
	EList<Progressgenomgang> getProgressgenomgangar();

	/**
	 * Returns the value of the '<em><b>Sexmanadersuppfoljningar</b></em>' containment reference list.
	 * The list contents are of type {@link se.kundval.model.Sexmanadersuppfoljning}.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Sexmanadersuppfoljning#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sexmanadersuppfoljningar</em>' containment reference list.
	 * @see se.kundval.model.KundvalPackage#getInsats_Sexmanadersuppfoljningar()
	 * @see se.kundval.model.Sexmanadersuppfoljning#getInsats
	 * @model opposite="insats" containment="true"
	 * @generated
	 */
	EList<Sexmanadersuppfoljning> getSexmanadersuppfoljningar();

	/**
	 * Returns the value of the '<em><b>Effektuppfoljningar</b></em>' containment reference list.
	 * The list contents are of type {@link se.kundval.model.Effektuppfoljning}.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Effektuppfoljning#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effektuppfoljningar</em>' containment reference list.
	 * @see se.kundval.model.KundvalPackage#getInsats_Effektuppfoljningar()
	 * @see se.kundval.model.Effektuppfoljning#getInsats
	 * @model opposite="insats" containment="true"
	 * @generated
	 */
	EList<Effektuppfoljning> getEffektuppfoljningar();

	/**
	 * Returns the value of the '<em><b>Typdata</b></em>' containment reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Insatstypdata#getInsats <em>Insats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Typdata</em>' containment reference.
	 * @see #setTypdata(Insatstypdata)
	 * @see se.kundval.model.KundvalPackage#getInsats_Typdata()
	 * @see se.kundval.model.Insatstypdata#getInsats
	 * @model opposite="insats" containment="true"
	 * @generated
	 */
	Insatstypdata getTypdata();

	/**
	 * Sets the value of the '{@link se.kundval.model.Insats#getTypdata <em>Typdata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Typdata</em>' containment reference.
	 * @see #getTypdata()
	 * @generated
	 */
	void setTypdata(Insatstypdata value);

} // Insats
