/**
 */
package se.kundval.model;

import java.time.LocalDateTime;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dokument</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ett dokument som anordnaren bifogat sexmånadersunderlaget: uppgifterna om filen. Innehållet ligger i en egen tabell och läses bara när någon öppnar dokumentet.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Dokument#getUppfoljning <em>Uppfoljning</em>}</li>
 *   <li>{@link se.kundval.model.Dokument#getFilnamn <em>Filnamn</em>}</li>
 *   <li>{@link se.kundval.model.Dokument#getInnehallstyp <em>Innehallstyp</em>}</li>
 *   <li>{@link se.kundval.model.Dokument#getStorlek <em>Storlek</em>}</li>
 *   <li>{@link se.kundval.model.Dokument#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link se.kundval.model.Dokument#getUppladdadAv <em>Uppladdad Av</em>}</li>
 *   <li>{@link se.kundval.model.Dokument#getUppladdad <em>Uppladdad</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getDokument()
 * @model
 * @generated
 */
public interface Dokument extends Entitet {
	/**
	 * Returns the value of the '<em><b>Uppfoljning</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Sexmanadersuppfoljning#getDokument <em>Dokument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uppfoljning</em>' container reference.
	 * @see #setUppfoljning(Sexmanadersuppfoljning)
	 * @see se.kundval.model.KundvalPackage#getDokument_Uppfoljning()
	 * @see se.kundval.model.Sexmanadersuppfoljning#getDokument
	 * @model opposite="dokument"
	 * @generated
	 */
	Sexmanadersuppfoljning getUppfoljning();

	/**
	 * Sets the value of the '{@link se.kundval.model.Dokument#getUppfoljning <em>Uppfoljning</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uppfoljning</em>' container reference.
	 * @see #getUppfoljning()
	 * @generated
	 */
	void setUppfoljning(Sexmanadersuppfoljning value);

	/**
	 * Returns the value of the '<em><b>Filnamn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filnamn</em>' attribute.
	 * @see #setFilnamn(String)
	 * @see se.kundval.model.KundvalPackage#getDokument_Filnamn()
	 * @model required="true"
	 * @generated
	 */
	String getFilnamn();

	/**
	 * Sets the value of the '{@link se.kundval.model.Dokument#getFilnamn <em>Filnamn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filnamn</em>' attribute.
	 * @see #getFilnamn()
	 * @generated
	 */
	void setFilnamn(String value);

	/**
	 * Returns the value of the '<em><b>Innehallstyp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MIME-typen som innehållet visade sig vara (application/pdf, image/png, image/jpeg), inte den filnamnet påstår.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Innehallstyp</em>' attribute.
	 * @see #setInnehallstyp(String)
	 * @see se.kundval.model.KundvalPackage#getDokument_Innehallstyp()
	 * @model required="true"
	 * @generated
	 */
	String getInnehallstyp();

	/**
	 * Sets the value of the '{@link se.kundval.model.Dokument#getInnehallstyp <em>Innehallstyp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Innehallstyp</em>' attribute.
	 * @see #getInnehallstyp()
	 * @generated
	 */
	void setInnehallstyp(String value);

	/**
	 * Returns the value of the '<em><b>Storlek</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Storlek</em>' attribute.
	 * @see #setStorlek(long)
	 * @see se.kundval.model.KundvalPackage#getDokument_Storlek()
	 * @model
	 * @generated
	 */
	long getStorlek();

	/**
	 * Sets the value of the '{@link se.kundval.model.Dokument#getStorlek <em>Storlek</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storlek</em>' attribute.
	 * @see #getStorlek()
	 * @generated
	 */
	void setStorlek(long value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see se.kundval.model.KundvalPackage#getDokument_Sha256()
	 * @model required="true"
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link se.kundval.model.Dokument#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Uppladdad Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uppladdad Av</em>' attribute.
	 * @see #setUppladdadAv(String)
	 * @see se.kundval.model.KundvalPackage#getDokument_UppladdadAv()
	 * @model
	 * @generated
	 */
	String getUppladdadAv();

	/**
	 * Sets the value of the '{@link se.kundval.model.Dokument#getUppladdadAv <em>Uppladdad Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uppladdad Av</em>' attribute.
	 * @see #getUppladdadAv()
	 * @generated
	 */
	void setUppladdadAv(String value);

	/**
	 * Returns the value of the '<em><b>Uppladdad</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uppladdad</em>' attribute.
	 * @see #setUppladdad(LocalDateTime)
	 * @see se.kundval.model.KundvalPackage#getDokument_Uppladdad()
	 * @model dataType="se.kundval.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getUppladdad();

	/**
	 * Sets the value of the '{@link se.kundval.model.Dokument#getUppladdad <em>Uppladdad</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uppladdad</em>' attribute.
	 * @see #getUppladdad()
	 * @generated
	 */
	void setUppladdad(LocalDateTime value);

} // Dokument
