/**
 */
package se.kundval.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Beslut</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Beslut om beviljande eller förlängning; oföränderligt när det är sparat.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Beslut#getInsats <em>Insats</em>}</li>
 *   <li>{@link se.kundval.model.Beslut#getTyp <em>Typ</em>}</li>
 *   <li>{@link se.kundval.model.Beslut#getDatum <em>Datum</em>}</li>
 *   <li>{@link se.kundval.model.Beslut#getHandlaggare <em>Handlaggare</em>}</li>
 *   <li>{@link se.kundval.model.Beslut#getMotivering <em>Motivering</em>}</li>
 *   <li>{@link se.kundval.model.Beslut#getLangdManader <em>Langd Manader</em>}</li>
 *   <li>{@link se.kundval.model.Beslut#getTidpunkt <em>Tidpunkt</em>}</li>
 *   <li>{@link se.kundval.model.Beslut#getUndantag <em>Undantag</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getBeslut()
 * @model
 * @generated
 */
public interface Beslut extends Entitet {
	/**
	 * Returns the value of the '<em><b>Insats</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Insats#getBeslut <em>Beslut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insats</em>' container reference.
	 * @see #setInsats(Insats)
	 * @see se.kundval.model.KundvalPackage#getBeslut_Insats()
	 * @see se.kundval.model.Insats#getBeslut
	 * @model opposite="beslut"
	 * @generated
	 */
	Insats getInsats();

	/**
	 * Sets the value of the '{@link se.kundval.model.Beslut#getInsats <em>Insats</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insats</em>' container reference.
	 * @see #getInsats()
	 * @generated
	 */
	void setInsats(Insats value);

	/**
	 * Returns the value of the '<em><b>Typ</b></em>' attribute.
	 * The literals are from the enumeration {@link se.kundval.model.BeslutTyp}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Typ</em>' attribute.
	 * @see se.kundval.model.BeslutTyp
	 * @see #setTyp(BeslutTyp)
	 * @see se.kundval.model.KundvalPackage#getBeslut_Typ()
	 * @model
	 * @generated
	 */
	BeslutTyp getTyp();

	/**
	 * Sets the value of the '{@link se.kundval.model.Beslut#getTyp <em>Typ</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Typ</em>' attribute.
	 * @see se.kundval.model.BeslutTyp
	 * @see #getTyp()
	 * @generated
	 */
	void setTyp(BeslutTyp value);

	/**
	 * Returns the value of the '<em><b>Datum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Datum</em>' attribute.
	 * @see #setDatum(LocalDate)
	 * @see se.kundval.model.KundvalPackage#getBeslut_Datum()
	 * @model dataType="se.kundval.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDatum();

	/**
	 * Sets the value of the '{@link se.kundval.model.Beslut#getDatum <em>Datum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Datum</em>' attribute.
	 * @see #getDatum()
	 * @generated
	 */
	void setDatum(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Handlaggare</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handlaggare</em>' attribute.
	 * @see #setHandlaggare(String)
	 * @see se.kundval.model.KundvalPackage#getBeslut_Handlaggare()
	 * @model
	 * @generated
	 */
	String getHandlaggare();

	/**
	 * Sets the value of the '{@link se.kundval.model.Beslut#getHandlaggare <em>Handlaggare</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handlaggare</em>' attribute.
	 * @see #getHandlaggare()
	 * @generated
	 */
	void setHandlaggare(String value);

	/**
	 * Returns the value of the '<em><b>Motivering</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Motivering</em>' attribute.
	 * @see #setMotivering(String)
	 * @see se.kundval.model.KundvalPackage#getBeslut_Motivering()
	 * @model
	 * @generated
	 */
	String getMotivering();

	/**
	 * Sets the value of the '{@link se.kundval.model.Beslut#getMotivering <em>Motivering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Motivering</em>' attribute.
	 * @see #getMotivering()
	 * @generated
	 */
	void setMotivering(String value);

	/**
	 * Returns the value of the '<em><b>Langd Manader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beviljade månader: hela längden vid beviljande, tillägget vid förlängning.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Langd Manader</em>' attribute.
	 * @see #setLangdManader(int)
	 * @see se.kundval.model.KundvalPackage#getBeslut_LangdManader()
	 * @model
	 * @generated
	 */
	int getLangdManader();

	/**
	 * Sets the value of the '{@link se.kundval.model.Beslut#getLangdManader <em>Langd Manader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Langd Manader</em>' attribute.
	 * @see #getLangdManader()
	 * @generated
	 */
	void setLangdManader(int value);

	/**
	 * Returns the value of the '<em><b>Tidpunkt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tidpunkt</em>' attribute.
	 * @see #setTidpunkt(LocalDateTime)
	 * @see se.kundval.model.KundvalPackage#getBeslut_Tidpunkt()
	 * @model dataType="se.kundval.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getTidpunkt();

	/**
	 * Sets the value of the '{@link se.kundval.model.Beslut#getTidpunkt <em>Tidpunkt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tidpunkt</em>' attribute.
	 * @see #getTidpunkt()
	 * @generated
	 */
	void setTidpunkt(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Undantag</b></em>' containment reference list.
	 * The list contents are of type {@link se.kundval.model.Undantag}.
	 * It is bidirectional and its opposite is '{@link se.kundval.model.Undantag#getBeslut <em>Beslut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Undantag</em>' containment reference list.
	 * @see se.kundval.model.KundvalPackage#getBeslut_Undantag()
	 * @see se.kundval.model.Undantag#getBeslut
	 * @model opposite="beslut" containment="true"
	 * @generated
	 */
	EList<Undantag> getUndantag();

} // Beslut
