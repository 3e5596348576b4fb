/**
 */
package se.kundval.model;

import java.time.LocalDateTime;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Avslutsbedomning</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Avslutsbedömning: oföränderlig; en rättelse är en ny bedömning som ersätter den förra.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Avslutsbedomning#getAvslut <em>Avslut</em>}</li>
 *   <li>{@link se.kundval.model.Avslutsbedomning#isLyckat <em>Lyckat</em>}</li>
 *   <li>{@link se.kundval.model.Avslutsbedomning#isBonusgrundande <em>Bonusgrundande</em>}</li>
 *   <li>{@link se.kundval.model.Avslutsbedomning#getMotivering <em>Motivering</em>}</li>
 *   <li>{@link se.kundval.model.Avslutsbedomning#getBedomdAv <em>Bedomd Av</em>}</li>
 *   <li>{@link se.kundval.model.Avslutsbedomning#getTidpunkt <em>Tidpunkt</em>}</li>
 *   <li>{@link se.kundval.model.Avslutsbedomning#getLopnummer <em>Lopnummer</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getAvslutsbedomning()
 * @model
 * @generated
 */
public interface Avslutsbedomning extends Entitet {
	/**
	 * Returns the value of the '<em><b>Avslut</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Avslut#getBedomningar <em>Bedomningar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Avslut</em>' container reference.
	 * @see #setAvslut(Avslut)
	 * @see se.kundval.model.KundvalPackage#getAvslutsbedomning_Avslut()
	 * @see se.kundval.model.Avslut#getBedomningar
	 * @model opposite="bedomningar"
	 * @generated
	 */
	Avslut getAvslut();

	/**
	 * Sets the value of the '{@link se.kundval.model.Avslutsbedomning#getAvslut <em>Avslut</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Avslut</em>' container reference.
	 * @see #getAvslut()
	 * @generated
	 */
	void setAvslut(Avslut value);

	/**
	 * Returns the value of the '<em><b>Lyckat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lyckat</em>' attribute.
	 * @see #setLyckat(boolean)
	 * @see se.kundval.model.KundvalPackage#getAvslutsbedomning_Lyckat()
	 * @model
	 * @generated
	 */
	boolean isLyckat();

	/**
	 * Sets the value of the '{@link se.kundval.model.Avslutsbedomning#isLyckat <em>Lyckat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lyckat</em>' attribute.
	 * @see #isLyckat()
	 * @generated
	 */
	void setLyckat(boolean value);

	/**
	 * Returns the value of the '<em><b>Bonusgrundande</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bonusgrundande</em>' attribute.
	 * @see #setBonusgrundande(boolean)
	 * @see se.kundval.model.KundvalPackage#getAvslutsbedomning_Bonusgrundande()
	 * @model
	 * @generated
	 */
	boolean isBonusgrundande();

	/**
	 * Sets the value of the '{@link se.kundval.model.Avslutsbedomning#isBonusgrundande <em>Bonusgrundande</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bonusgrundande</em>' attribute.
	 * @see #isBonusgrundande()
	 * @generated
	 */
	void setBonusgrundande(boolean value);

	/**
	 * Returns the value of the '<em><b>Motivering</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Motivering</em>' attribute.
	 * @see #setMotivering(String)
	 * @see se.kundval.model.KundvalPackage#getAvslutsbedomning_Motivering()
	 * @model
	 * @generated
	 */
	String getMotivering();

	/**
	 * Sets the value of the '{@link se.kundval.model.Avslutsbedomning#getMotivering <em>Motivering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Motivering</em>' attribute.
	 * @see #getMotivering()
	 * @generated
	 */
	void setMotivering(String value);

	/**
	 * Returns the value of the '<em><b>Bedomd Av</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bedomd Av</em>' attribute.
	 * @see #setBedomdAv(String)
	 * @see se.kundval.model.KundvalPackage#getAvslutsbedomning_BedomdAv()
	 * @model
	 * @generated
	 */
	String getBedomdAv();

	/**
	 * Sets the value of the '{@link se.kundval.model.Avslutsbedomning#getBedomdAv <em>Bedomd Av</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bedomd Av</em>' attribute.
	 * @see #getBedomdAv()
	 * @generated
	 */
	void setBedomdAv(String value);

	/**
	 * Returns the value of the '<em><b>Tidpunkt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tidpunkt</em>' attribute.
	 * @see #setTidpunkt(LocalDateTime)
	 * @see se.kundval.model.KundvalPackage#getAvslutsbedomning_Tidpunkt()
	 * @model dataType="se.kundval.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getTidpunkt();

	/**
	 * Sets the value of the '{@link se.kundval.model.Avslutsbedomning#getTidpunkt <em>Tidpunkt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tidpunkt</em>' attribute.
	 * @see #getTidpunkt()
	 * @generated
	 */
	void setTidpunkt(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Lopnummer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ordningsföljd; den högsta gäller, de tidigare är ersatta men sparade.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lopnummer</em>' attribute.
	 * @see #setLopnummer(int)
	 * @see se.kundval.model.KundvalPackage#getAvslutsbedomning_Lopnummer()
	 * @model
	 * @generated
	 */
	int getLopnummer();

	/**
	 * Sets the value of the '{@link se.kundval.model.Avslutsbedomning#getLopnummer <em>Lopnummer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lopnummer</em>' attribute.
	 * @see #getLopnummer()
	 * @generated
	 */
	void setLopnummer(int value);

} // Avslutsbedomning
