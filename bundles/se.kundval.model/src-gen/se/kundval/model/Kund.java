/**
 */
package se.kundval.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kund</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Kund: personnummer eller samordningsnummer (12 siffror).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Kund#getKundId <em>Kund Id</em>}</li>
 *   <li>{@link se.kundval.model.Kund#getPersonnummer <em>Personnummer</em>}</li>
 *   <li>{@link se.kundval.model.Kund#getNamn <em>Namn</em>}</li>
 *   <li>{@link se.kundval.model.Kund#getKon <em>Kon</em>}</li>
 *   <li>{@link se.kundval.model.Kund#getFodelsedatum <em>Fodelsedatum</em>}</li>
 *   <li>{@link se.kundval.model.Kund#getKommun <em>Kommun</em>}</li>
 *   <li>{@link se.kundval.model.Kund#getSprak <em>Sprak</em>}</li>
 *   <li>{@link se.kundval.model.Kund#getUtbildningsniva <em>Utbildningsniva</em>}</li>
 *   <li>{@link se.kundval.model.Kund#isEkonomisktBistand <em>Ekonomiskt Bistand</em>}</li>
 *   <li>{@link se.kundval.model.Kund#isEtableringsprogram <em>Etableringsprogram</em>}</li>
 *   <li>{@link se.kundval.model.Kund#isEtableringsersattning <em>Etableringsersattning</em>}</li>
 *   <li>{@link se.kundval.model.Kund#getArbetsformaga <em>Arbetsformaga</em>}</li>
 *   <li>{@link se.kundval.model.Kund#isArbetsformagaOklar <em>Arbetsformaga Oklar</em>}</li>
 *   <li>{@link se.kundval.model.Kund#isTolkbehov <em>Tolkbehov</em>}</li>
 *   <li>{@link se.kundval.model.Kund#getAnsvarigKarriarvagledare <em>Ansvarig Karriarvagledare</em>}</li>
 *   <li>{@link se.kundval.model.Kund#isSkyddad <em>Skyddad</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getKund()
 * @model
 * @generated
 */
public interface Kund extends Entitet {
	/**
	 * Returns the value of the '<em><b>Kund Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kund Id</em>' attribute.
	 * @see #setKundId(String)
	 * @see se.kundval.model.KundvalPackage#getKund_KundId()
	 * @model required="true"
	 * @generated
	 */
	String getKundId();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kund#getKundId <em>Kund Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kund Id</em>' attribute.
	 * @see #getKundId()
	 * @generated
	 */
	void setKundId(String value);

	/**
	 * Returns the value of the '<em><b>Personnummer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personnummer</em>' attribute.
	 * @see #setPersonnummer(String)
	 * @see se.kundval.model.KundvalPackage#getKund_Personnummer()
	 * @model required="true"
	 * @generated
	 */
	String getPersonnummer();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kund#getPersonnummer <em>Personnummer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Personnummer</em>' attribute.
	 * @see #getPersonnummer()
	 * @generated
	 */
	void setPersonnummer(String value);

	/**
	 * Returns the value of the '<em><b>Namn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namn</em>' attribute.
	 * @see #setNamn(String)
	 * @see se.kundval.model.KundvalPackage#getKund_Namn()
	 * @model
	 * @generated
	 */
	String getNamn();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kund#getNamn <em>Namn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namn</em>' attribute.
	 * @see #getNamn()
	 * @generated
	 */
	void setNamn(String value);

	/**
	 * Returns the value of the '<em><b>Kon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kon</em>' attribute.
	 * @see #setKon(Kon)
	 * @see se.kundval.model.KundvalPackage#getKund_Kon()
	 * @model dataType="se.kundval.model.KonObject"
	 * @generated
	 */
	Kon getKon();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kund#getKon <em>Kon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kon</em>' attribute.
	 * @see #getKon()
	 * @generated
	 */
	void setKon(Kon value);

	/**
	 * Returns the value of the '<em><b>Fodelsedatum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fodelsedatum</em>' attribute.
	 * @see se.kundval.model.KundvalPackage#getKund_Fodelsedatum()
	 * @model dataType="se.kundval.model.LocalDate" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	LocalDate getFodelsedatum();

	/**
	 * Returns the value of the '<em><b>Kommun</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Folkbokföringskommun.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kommun</em>' attribute.
	 * @see #setKommun(String)
	 * @see se.kundval.model.KundvalPackage#getKund_Kommun()
	 * @model
	 * @generated
	 */
	String getKommun();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kund#getKommun <em>Kommun</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kommun</em>' attribute.
	 * @see #getKommun()
	 * @generated
	 */
	void setKommun(String value);

	/**
	 * Returns the value of the '<em><b>Sprak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Modersmål.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sprak</em>' attribute.
	 * @see #setSprak(String)
	 * @see se.kundval.model.KundvalPackage#getKund_Sprak()
	 * @model
	 * @generated
	 */
	String getSprak();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kund#getSprak <em>Sprak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sprak</em>' attribute.
	 * @see #getSprak()
	 * @generated
	 */
	void setSprak(String value);

	/**
	 * Returns the value of the '<em><b>Utbildningsniva</b></em>' attribute.
	 * The default value is <code>"EJ_ANGIVET"</code>.
	 * The literals are from the enumeration {@link se.kundval.model.Utbildningsniva}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Utbildningsniva</em>' attribute.
	 * @see se.kundval.model.Utbildningsniva
	 * @see #setUtbildningsniva(Utbildningsniva)
	 * @see se.kundval.model.KundvalPackage#getKund_Utbildningsniva()
	 * @model default="EJ_ANGIVET"
	 * @generated
	 */
	Utbildningsniva getUtbildningsniva();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kund#getUtbildningsniva <em>Utbildningsniva</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Utbildningsniva</em>' attribute.
	 * @see se.kundval.model.Utbildningsniva
	 * @see #getUtbildningsniva()
	 * @generated
	 */
	void setUtbildningsniva(Utbildningsniva value);

	/**
	 * Returns the value of the '<em><b>Ekonomiskt Bistand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ekonomiskt Bistand</em>' attribute.
	 * @see #setEkonomisktBistand(boolean)
	 * @see se.kundval.model.KundvalPackage#getKund_EkonomisktBistand()
	 * @model
	 * @generated
	 */
	boolean isEkonomisktBistand();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kund#isEkonomisktBistand <em>Ekonomiskt Bistand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ekonomiskt Bistand</em>' attribute.
	 * @see #isEkonomisktBistand()
	 * @generated
	 */
	void setEkonomisktBistand(boolean value);

	/**
	 * Returns the value of the '<em><b>Etableringsprogram</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Etableringsprogram</em>' attribute.
	 * @see #setEtableringsprogram(boolean)
	 * @see se.kundval.model.KundvalPackage#getKund_Etableringsprogram()
	 * @model
	 * @generated
	 */
	boolean isEtableringsprogram();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kund#isEtableringsprogram <em>Etableringsprogram</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Etableringsprogram</em>' attribute.
	 * @see #isEtableringsprogram()
	 * @generated
	 */
	void setEtableringsprogram(boolean value);

	/**
	 * Returns the value of the '<em><b>Etableringsersattning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Etableringsersattning</em>' attribute.
	 * @see #setEtableringsersattning(boolean)
	 * @see se.kundval.model.KundvalPackage#getKund_Etableringsersattning()
	 * @model
	 * @generated
	 */
	boolean isEtableringsersattning();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kund#isEtableringsersattning <em>Etableringsersattning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Etableringsersattning</em>' attribute.
	 * @see #isEtableringsersattning()
	 * @generated
	 */
	void setEtableringsersattning(boolean value);

	/**
	 * Returns the value of the '<em><b>Arbetsformaga</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Arbetsförmåga i procent 0-100; tom när okänd eller oklar.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arbetsformaga</em>' attribute.
	 * @see #setArbetsformaga(Integer)
	 * @see se.kundval.model.KundvalPackage#getKund_Arbetsformaga()
	 * @model
	 * @generated
	 */
	Integer getArbetsformaga();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kund#getArbetsformaga <em>Arbetsformaga</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arbetsformaga</em>' attribute.
	 * @see #getArbetsformaga()
	 * @generated
	 */
	void setArbetsformaga(Integer value);

	/**
	 * Returns the value of the '<em><b>Arbetsformaga Oklar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arbetsformaga Oklar</em>' attribute.
	 * @see #setArbetsformagaOklar(boolean)
	 * @see se.kundval.model.KundvalPackage#getKund_ArbetsformagaOklar()
	 * @model
	 * @generated
	 */
	boolean isArbetsformagaOklar();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kund#isArbetsformagaOklar <em>Arbetsformaga Oklar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arbetsformaga Oklar</em>' attribute.
	 * @see #isArbetsformagaOklar()
	 * @generated
	 */
	void setArbetsformagaOklar(boolean value);

	/**
	 * Returns the value of the '<em><b>Tolkbehov</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tolkbehov</em>' attribute.
	 * @see #setTolkbehov(boolean)
	 * @see se.kundval.model.KundvalPackage#getKund_Tolkbehov()
	 * @model
	 * @generated
	 */
	boolean isTolkbehov();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kund#isTolkbehov <em>Tolkbehov</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolkbehov</em>' attribute.
	 * @see #isTolkbehov()
	 * @generated
	 */
	void setTolkbehov(boolean value);

	/**
	 * Returns the value of the '<em><b>Ansvarig Karriarvagledare</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Användarnamn för ansvarig karriärvägledare.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ansvarig Karriarvagledare</em>' attribute.
	 * @see #setAnsvarigKarriarvagledare(String)
	 * @see se.kundval.model.KundvalPackage#getKund_AnsvarigKarriarvagledare()
	 * @model
	 * @generated
	 */
	String getAnsvarigKarriarvagledare();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kund#getAnsvarigKarriarvagledare <em>Ansvarig Karriarvagledare</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ansvarig Karriarvagledare</em>' attribute.
	 * @see #getAnsvarigKarriarvagledare()
	 * @generated
	 */
	void setAnsvarigKarriarvagledare(String value);

	/**
	 * Returns the value of the '<em><b>Skyddad</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Skyddade personuppgifter (DOMAIN §12): namn, personnummer och kommun visas bara för kundens karriärvägledare och handläggare som beviljat kunden.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Skyddad</em>' attribute.
	 * @see #setSkyddad(boolean)
	 * @see se.kundval.model.KundvalPackage#getKund_Skyddad()
	 * @model
	 * @generated
	 */
	boolean isSkyddad();

	/**
	 * Sets the value of the '{@link se.kundval.model.Kund#isSkyddad <em>Skyddad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skyddad</em>' attribute.
	 * @see #isSkyddad()
	 * @generated
	 */
	void setSkyddad(boolean value);

} // Kund
