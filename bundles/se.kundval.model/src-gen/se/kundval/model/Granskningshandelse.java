/**
 */
package se.kundval.model;

import java.time.LocalDateTime;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Granskningshandelse</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Granskningslogg: vem gjorde vad och när (beslut, bedömningar, avsteg).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Granskningshandelse#getTidpunkt <em>Tidpunkt</em>}</li>
 *   <li>{@link se.kundval.model.Granskningshandelse#getAnvandare <em>Anvandare</em>}</li>
 *   <li>{@link se.kundval.model.Granskningshandelse#getHandelse <em>Handelse</em>}</li>
 *   <li>{@link se.kundval.model.Granskningshandelse#getObjekttyp <em>Objekttyp</em>}</li>
 *   <li>{@link se.kundval.model.Granskningshandelse#getObjektId <em>Objekt Id</em>}</li>
 *   <li>{@link se.kundval.model.Granskningshandelse#getDetaljer <em>Detaljer</em>}</li>
 *   <li>{@link se.kundval.model.Granskningshandelse#getAndringar <em>Andringar</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getGranskningshandelse()
 * @model
 * @generated
 */
public interface Granskningshandelse extends Entitet {
	/**
	 * Returns the value of the '<em><b>Tidpunkt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tidpunkt</em>' attribute.
	 * @see #setTidpunkt(LocalDateTime)
	 * @see se.kundval.model.KundvalPackage#getGranskningshandelse_Tidpunkt()
	 * @model dataType="se.kundval.model.LocalDateTime" required="true"
	 * @generated
	 */
	LocalDateTime getTidpunkt();

	/**
	 * Sets the value of the '{@link se.kundval.model.Granskningshandelse#getTidpunkt <em>Tidpunkt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tidpunkt</em>' attribute.
	 * @see #getTidpunkt()
	 * @generated
	 */
	void setTidpunkt(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Anvandare</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anvandare</em>' attribute.
	 * @see #setAnvandare(String)
	 * @see se.kundval.model.KundvalPackage#getGranskningshandelse_Anvandare()
	 * @model
	 * @generated
	 */
	String getAnvandare();

	/**
	 * Sets the value of the '{@link se.kundval.model.Granskningshandelse#getAnvandare <em>Anvandare</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anvandare</em>' attribute.
	 * @see #getAnvandare()
	 * @generated
	 */
	void setAnvandare(String value);

	/**
	 * Returns the value of the '<em><b>Handelse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handelse</em>' attribute.
	 * @see #setHandelse(String)
	 * @see se.kundval.model.KundvalPackage#getGranskningshandelse_Handelse()
	 * @model
	 * @generated
	 */
	String getHandelse();

	/**
	 * Sets the value of the '{@link se.kundval.model.Granskningshandelse#getHandelse <em>Handelse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handelse</em>' attribute.
	 * @see #getHandelse()
	 * @generated
	 */
	void setHandelse(String value);

	/**
	 * Returns the value of the '<em><b>Objekttyp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objekttyp</em>' attribute.
	 * @see #setObjekttyp(String)
	 * @see se.kundval.model.KundvalPackage#getGranskningshandelse_Objekttyp()
	 * @model
	 * @generated
	 */
	String getObjekttyp();

	/**
	 * Sets the value of the '{@link se.kundval.model.Granskningshandelse#getObjekttyp <em>Objekttyp</em>}' attribute.
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
	 * @see se.kundval.model.KundvalPackage#getGranskningshandelse_ObjektId()
	 * @model
	 * @generated
	 */
	Long getObjektId();

	/**
	 * Sets the value of the '{@link se.kundval.model.Granskningshandelse#getObjektId <em>Objekt Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objekt Id</em>' attribute.
	 * @see #getObjektId()
	 * @generated
	 */
	void setObjektId(Long value);

	/**
	 * Returns the value of the '<em><b>Detaljer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Detaljer</em>' attribute.
	 * @see #setDetaljer(String)
	 * @see se.kundval.model.KundvalPackage#getGranskningshandelse_Detaljer()
	 * @model
	 * @generated
	 */
	String getDetaljer();

	/**
	 * Sets the value of the '{@link se.kundval.model.Granskningshandelse#getDetaljer <em>Detaljer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detaljer</em>' attribute.
	 * @see #getDetaljer()
	 * @generated
	 */
	void setDetaljer(String value);

	/**
	 * Returns the value of the '<em><b>Andringar</b></em>' containment reference list.
	 * The list contents are of type {@link se.kundval.model.Faltandring}.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Faltandring#getHandelse <em>Handelse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Andringar</em>' containment reference list.
	 * @see se.kundval.model.KundvalPackage#getGranskningshandelse_Andringar()
	 * @see se.kundval.model.Faltandring#getHandelse
	 * @model opposite="handelse" containment="true"
	 * @generated
	 */
	EList<Faltandring> getAndringar();

} // Granskningshandelse
