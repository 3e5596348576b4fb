/**
 */
package se.kundval.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Manadsrapport</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Månadsrapport per insats och kalendermånad.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Manadsrapport#getInsats <em>Insats</em>}</li>
 *   <li>{@link se.kundval.model.Manadsrapport#getPeriod <em>Period</em>}</li>
 *   <li>{@link se.kundval.model.Manadsrapport#getStatus <em>Status</em>}</li>
 *   <li>{@link se.kundval.model.Manadsrapport#getInlamnad <em>Inlamnad</em>}</li>
 *   <li>{@link se.kundval.model.Manadsrapport#getAktiviteter <em>Aktiviteter</em>}</li>
 *   <li>{@link se.kundval.model.Manadsrapport#getNarvarodagar <em>Narvarodagar</em>}</li>
 *   <li>{@link se.kundval.model.Manadsrapport#getProgression <em>Progression</em>}</li>
 *   <li>{@link se.kundval.model.Manadsrapport#getFranvarodagar <em>Franvarodagar</em>}</li>
 *   <li>{@link se.kundval.model.Manadsrapport#getSjukdagar <em>Sjukdagar</em>}</li>
 *   <li>{@link se.kundval.model.Manadsrapport#getSjukdagarMedLakarintyg <em>Sjukdagar Med Lakarintyg</em>}</li>
 *   <li>{@link se.kundval.model.Manadsrapport#getAvvikelser <em>Avvikelser</em>}</li>
 *   <li>{@link se.kundval.model.Manadsrapport#getGranskadAv <em>Granskad Av</em>}</li>
 *   <li>{@link se.kundval.model.Manadsrapport#getGranskadDatum <em>Granskad Datum</em>}</li>
 *   <li>{@link se.kundval.model.Manadsrapport#getKommentar <em>Kommentar</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getManadsrapport()
 * @model
 * @generated
 */
public interface Manadsrapport extends Entitet {
	/**
	 * Returns the value of the '<em><b>Insats</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Insats#getManadsrapporter <em>Manadsrapporter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insats</em>' container reference.
	 * @see #setInsats(Insats)
	 * @see se.kundval.model.KundvalPackage#getManadsrapport_Insats()
	 * @see se.kundval.model.Insats#getManadsrapporter
	 * @model opposite="manadsrapporter"
	 * @generated
	 */
	Insats getInsats();

	/**
	 * Sets the value of the '{@link se.kundval.model.Manadsrapport#getInsats <em>Insats</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insats</em>' container reference.
	 * @see #getInsats()
	 * @generated
	 */
	void setInsats(Insats value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(YearMonth)
	 * @see se.kundval.model.KundvalPackage#getManadsrapport_Period()
	 * @model dataType="se.kundval.model.YearMonth" required="true"
	 * @generated
	 */
	YearMonth getPeriod();

	/**
	 * Sets the value of the '{@link se.kundval.model.Manadsrapport#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(YearMonth value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link se.kundval.model.Manadsrapportstatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see se.kundval.model.Manadsrapportstatus
	 * @see #setStatus(Manadsrapportstatus)
	 * @see se.kundval.model.KundvalPackage#getManadsrapport_Status()
	 * @model
	 * @generated
	 */
	Manadsrapportstatus getStatus();

	/**
	 * Sets the value of the '{@link se.kundval.model.Manadsrapport#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see se.kundval.model.Manadsrapportstatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(Manadsrapportstatus value);

	/**
	 * Returns the value of the '<em><b>Inlamnad</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inlamnad</em>' attribute.
	 * @see #setInlamnad(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getManadsrapport_Inlamnad()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getInlamnad();

	/**
	 * Sets the value of the '{@link se.kundval.model.Manadsrapport#getInlamnad <em>Inlamnad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inlamnad</em>' attribute.
	 * @see #getInlamnad()
	 * @generated
	 */
	void setInlamnad(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Aktiviteter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Genomförda aktiviteter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aktiviteter</em>' attribute.
	 * @see #setAktiviteter(String)
	 * @see se.kundval.model.KundvalPackage#getManadsrapport_Aktiviteter()
	 * @model
	 * @generated
	 */
	String getAktiviteter();

	/**
	 * Sets the value of the '{@link se.kundval.model.Manadsrapport#getAktiviteter <em>Aktiviteter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aktiviteter</em>' attribute.
	 * @see #getAktiviteter()
	 * @generated
	 */
	void setAktiviteter(String value);

	/**
	 * Returns the value of the '<em><b>Narvarodagar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Narvarodagar</em>' attribute.
	 * @see #setNarvarodagar(int)
	 * @see se.kundval.model.KundvalPackage#getManadsrapport_Narvarodagar()
	 * @model
	 * @generated
	 */
	int getNarvarodagar();

	/**
	 * Sets the value of the '{@link se.kundval.model.Manadsrapport#getNarvarodagar <em>Narvarodagar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Narvarodagar</em>' attribute.
	 * @see #getNarvarodagar()
	 * @generated
	 */
	void setNarvarodagar(int value);

	/**
	 * Returns the value of the '<em><b>Progression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Framsteg mot planens mål.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Progression</em>' attribute.
	 * @see #setProgression(String)
	 * @see se.kundval.model.KundvalPackage#getManadsrapport_Progression()
	 * @model
	 * @generated
	 */
	String getProgression();

	/**
	 * Sets the value of the '{@link se.kundval.model.Manadsrapport#getProgression <em>Progression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Progression</em>' attribute.
	 * @see #getProgression()
	 * @generated
	 */
	void setProgression(String value);

	/**
	 * Returns the value of the '<em><b>Franvarodagar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Franvarodagar</em>' attribute.
	 * @see #setFranvarodagar(int)
	 * @see se.kundval.model.KundvalPackage#getManadsrapport_Franvarodagar()
	 * @model
	 * @generated
	 */
	int getFranvarodagar();

	/**
	 * Sets the value of the '{@link se.kundval.model.Manadsrapport#getFranvarodagar <em>Franvarodagar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Franvarodagar</em>' attribute.
	 * @see #getFranvarodagar()
	 * @generated
	 */
	void setFranvarodagar(int value);

	/**
	 * Returns the value of the '<em><b>Sjukdagar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frånvarodagar p.g.a. sjukdom.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sjukdagar</em>' attribute.
	 * @see #setSjukdagar(int)
	 * @see se.kundval.model.KundvalPackage#getManadsrapport_Sjukdagar()
	 * @model
	 * @generated
	 */
	int getSjukdagar();

	/**
	 * Sets the value of the '{@link se.kundval.model.Manadsrapport#getSjukdagar <em>Sjukdagar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sjukdagar</em>' attribute.
	 * @see #getSjukdagar()
	 * @generated
	 */
	void setSjukdagar(int value);

	/**
	 * Returns the value of the '<em><b>Sjukdagar Med Lakarintyg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sjukdagar Med Lakarintyg</em>' attribute.
	 * @see #setSjukdagarMedLakarintyg(int)
	 * @see se.kundval.model.KundvalPackage#getManadsrapport_SjukdagarMedLakarintyg()
	 * @model
	 * @generated
	 */
	int getSjukdagarMedLakarintyg();

	/**
	 * Sets the value of the '{@link se.kundval.model.Manadsrapport#getSjukdagarMedLakarintyg <em>Sjukdagar Med Lakarintyg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sjukdagar Med Lakarintyg</em>' attribute.
	 * @see #getSjukdagarMedLakarintyg()
	 * @generated
	 */
	void setSjukdagarMedLakarintyg(int value);

	/**
	 * Returns the value of the '<em><b>Avvikelser</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Avvikelser</em>' attribute.
	 * @see #setAvvikelser(String)
	 * @see se.kundval.model.KundvalPackage#getManadsrapport_Avvikelser()
	 * @model
	 * @generated
	 */
	String getAvvikelser();

	/**
	 * Sets the value of the '{@link se.kundval.model.Manadsrapport#getAvvikelser <em>Avvikelser</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Avvikelser</em>' attribute.
	 * @see #getAvvikelser()
	 * @generated
	 */
	void setAvvikelser(String value);

	/**
	 * Returns the value of the '<em><b>Granskad Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Granskad Av</em>' attribute.
	 * @see #setGranskadAv(String)
	 * @see se.kundval.model.KundvalPackage#getManadsrapport_GranskadAv()
	 * @model
	 * @generated
	 */
	String getGranskadAv();

	/**
	 * Sets the value of the '{@link se.kundval.model.Manadsrapport#getGranskadAv <em>Granskad Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Granskad Av</em>' attribute.
	 * @see #getGranskadAv()
	 * @generated
	 */
	void setGranskadAv(String value);

	/**
	 * Returns the value of the '<em><b>Granskad Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Granskad Datum</em>' attribute.
	 * @see #setGranskadDatum(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getManadsrapport_GranskadDatum()
	 * @model dataType="se.kundval.model.LocalDate"
	 * @generated
	 */
	LocalDate getGranskadDatum();

	/**
	 * Sets the value of the '{@link se.kundval.model.Manadsrapport#getGranskadDatum <em>Granskad Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Granskad Datum</em>' attribute.
	 * @see #getGranskadDatum()
	 * @generated
	 */
	void setGranskadDatum(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Kommentar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kommentar</em>' attribute.
	 * @see #setKommentar(String)
	 * @see se.kundval.model.KundvalPackage#getManadsrapport_Kommentar()
	 * @model
	 * @generated
	 */
	String getKommentar();

	/**
	 * Sets the value of the '{@link se.kundval.model.Manadsrapport#getKommentar <em>Kommentar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kommentar</em>' attribute.
	 * @see #getKommentar()
	 * @generated
	 */
	void setKommentar(String value);

} // Manadsrapport
