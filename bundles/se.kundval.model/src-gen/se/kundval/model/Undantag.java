/**
 */
package se.kundval.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Undantag</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Handläggarens skriftligt motiverade avsteg från en underkänd behörighetsregel.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Undantag#getBeslut <em>Beslut</em>}</li>
 *   <li>{@link se.kundval.model.Undantag#getRegel <em>Regel</em>}</li>
 *   <li>{@link se.kundval.model.Undantag#getSkal <em>Skal</em>}</li>
 *   <li>{@link se.kundval.model.Undantag#getMotivering <em>Motivering</em>}</li>
 *   <li>{@link se.kundval.model.Undantag#getNamn <em>Namn</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getUndantag()
 * @model
 * @generated
 */
public interface Undantag extends Entitet {
	/**
	 * Returns the value of the '<em><b>Beslut</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Beslut#getUndantag <em>Undantag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beslut</em>' container reference.
	 * @see #setBeslut(Beslut)
	 * @see se.kundval.model.KundvalPackage#getUndantag_Beslut()
	 * @see se.kundval.model.Beslut#getUndantag
	 * @model opposite="undantag"
	 * @generated
	 */
	Beslut getBeslut();

	/**
	 * Sets the value of the '{@link se.kundval.model.Undantag#getBeslut <em>Beslut</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beslut</em>' container reference.
	 * @see #getBeslut()
	 * @generated
	 */
	void setBeslut(Beslut value);

	/**
	 * Returns the value of the '<em><b>Regel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regel</em>' attribute.
	 * @see #setRegel(String)
	 * @see se.kundval.model.KundvalPackage#getUndantag_Regel()
	 * @model required="true"
	 * @generated
	 */
	String getRegel();

	/**
	 * Sets the value of the '{@link se.kundval.model.Undantag#getRegel <em>Regel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regel</em>' attribute.
	 * @see #getRegel()
	 * @generated
	 */
	void setRegel(String value);

	/**
	 * Returns the value of the '<em><b>Skal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Regelns skäl till underkännande.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Skal</em>' attribute.
	 * @see #setSkal(String)
	 * @see se.kundval.model.KundvalPackage#getUndantag_Skal()
	 * @model
	 * @generated
	 */
	String getSkal();

	/**
	 * Sets the value of the '{@link se.kundval.model.Undantag#getSkal <em>Skal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skal</em>' attribute.
	 * @see #getSkal()
	 * @generated
	 */
	void setSkal(String value);

	/**
	 * Returns the value of the '<em><b>Motivering</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Motivering</em>' attribute.
	 * @see #setMotivering(String)
	 * @see se.kundval.model.KundvalPackage#getUndantag_Motivering()
	 * @model required="true"
	 * @generated
	 */
	String getMotivering();

	/**
	 * Sets the value of the '{@link se.kundval.model.Undantag#getMotivering <em>Motivering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Motivering</em>' attribute.
	 * @see #getMotivering()
	 * @generated
	 */
	void setMotivering(String value);

	/**
	 * Returns the value of the '<em><b>Namn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Regelns namn som det löd vid beslutet (t.ex. Behov av sfi); tomt i beslut fattade före version V060.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Namn</em>' attribute.
	 * @see #setNamn(String)
	 * @see se.kundval.model.KundvalPackage#getUndantag_Namn()
	 * @model
	 * @generated
	 */
	String getNamn();

	/**
	 * Sets the value of the '{@link se.kundval.model.Undantag#getNamn <em>Namn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namn</em>' attribute.
	 * @see #getNamn()
	 * @generated
	 */
	void setNamn(String value);

} // Undantag
