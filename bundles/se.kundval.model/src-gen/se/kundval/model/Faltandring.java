/**
 */
package se.kundval.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Faltandring</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ett fält som en sparning ändrade: objektet (typ och id), fältet och värdet före och efter, som text.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Faltandring#getHandelse <em>Handelse</em>}</li>
 *   <li>{@link se.kundval.model.Faltandring#getObjekttyp <em>Objekttyp</em>}</li>
 *   <li>{@link se.kundval.model.Faltandring#getObjektId <em>Objekt Id</em>}</li>
 *   <li>{@link se.kundval.model.Faltandring#getFalt <em>Falt</em>}</li>
 *   <li>{@link se.kundval.model.Faltandring#getFore <em>Fore</em>}</li>
 *   <li>{@link se.kundval.model.Faltandring#getEfter <em>Efter</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getFaltandring()
 * @model
 * @generated
 */
public interface Faltandring extends Entitet {
	/**
	 * Returns the value of the '<em><b>Handelse</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Granskningshandelse#getAndringar <em>Andringar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handelse</em>' container reference.
	 * @see #setHandelse(Granskningshandelse)
	 * @see se.kundval.model.KundvalPackage#getFaltandring_Handelse()
	 * @see se.kundval.model.Granskningshandelse#getAndringar
	 * @model opposite="andringar" required="true" transient="false"
	 * @generated
	 */
	Granskningshandelse getHandelse();

	/**
	 * Sets the value of the '{@link se.kundval.model.Faltandring#getHandelse <em>Handelse</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handelse</em>' container reference.
	 * @see #getHandelse()
	 * @generated
	 */
	void setHandelse(Granskningshandelse value);

	/**
	 * Returns the value of the '<em><b>Objekttyp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objekttyp</em>' attribute.
	 * @see #setObjekttyp(String)
	 * @see se.kundval.model.KundvalPackage#getFaltandring_Objekttyp()
	 * @model
	 * @generated
	 */
	String getObjekttyp();

	/**
	 * Sets the value of the '{@link se.kundval.model.Faltandring#getObjekttyp <em>Objekttyp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objekttyp</em>' attribute.
	 * @see #getObjekttyp()
	 * @generated
	 */
	void setObjekttyp(String value);

	/**
	 * Returns the value of the '<em><b>Objekt Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objekt Id</em>' attribute.
	 * @see #setObjektId(Long)
	 * @see se.kundval.model.KundvalPackage#getFaltandring_ObjektId()
	 * @model
	 * @generated
	 */
	Long getObjektId();

	/**
	 * Sets the value of the '{@link se.kundval.model.Faltandring#getObjektId <em>Objekt Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objekt Id</em>' attribute.
	 * @see #getObjektId()
	 * @generated
	 */
	void setObjektId(Long value);

	/**
	 * Returns the value of the '<em><b>Falt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Falt</em>' attribute.
	 * @see #setFalt(String)
	 * @see se.kundval.model.KundvalPackage#getFaltandring_Falt()
	 * @model
	 * @generated
	 */
	String getFalt();

	/**
	 * Sets the value of the '{@link se.kundval.model.Faltandring#getFalt <em>Falt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Falt</em>' attribute.
	 * @see #getFalt()
	 * @generated
	 */
	void setFalt(String value);

	/**
	 * Returns the value of the '<em><b>Fore</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fore</em>' attribute.
	 * @see #setFore(String)
	 * @see se.kundval.model.KundvalPackage#getFaltandring_Fore()
	 * @model
	 * @generated
	 */
	String getFore();

	/**
	 * Sets the value of the '{@link se.kundval.model.Faltandring#getFore <em>Fore</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fore</em>' attribute.
	 * @see #getFore()
	 * @generated
	 */
	void setFore(String value);

	/**
	 * Returns the value of the '<em><b>Efter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Efter</em>' attribute.
	 * @see #setEfter(String)
	 * @see se.kundval.model.KundvalPackage#getFaltandring_Efter()
	 * @model
	 * @generated
	 */
	String getEfter();

	/**
	 * Sets the value of the '{@link se.kundval.model.Faltandring#getEfter <em>Efter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Efter</em>' attribute.
	 * @see #getEfter()
	 * @generated
	 */
	void setEfter(String value);

} // Faltandring
