/**
 */
package se.kundval.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enkatutskick</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Antal inbjudna till kundundersökningen.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.kundval.model.Enkatutskick#getAnordnare <em>Anordnare</em>}</li>
 *   <li>{@link se.kundval.model.Enkatutskick#getAr <em>Ar</em>}</li>
 *   <li>{@link se.kundval.model.Enkatutskick#getAntal <em>Antal</em>}</li>
 * </ul>
 *
 * @see se.kundval.model.KundvalPackage#getEnkatutskick()
 * @model
 * @generated
 */
public interface Enkatutskick extends Entitet {
	/**
	 * Returns the value of the '<em><b>Anordnare</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Anordnare</em>' reference.
	 * @see #setAnordnare(Anordnare)
	 * @see se.kundval.model.KundvalPackage#getEnkatutskick_Anordnare()
	 * @model required="true"
	 * @generated
	 */
	Anordnare getAnordnare();

	/**
	 * Sets the value of the '{@link se.kundval.model.Enkatutskick#getAnordnare <em>Anordnare</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anordnare</em>' reference.
	 * @see #getAnordnare()
	 * @generated
	 */
	void setAnordnare(Anordnare value);

	/**
	 * Returns the value of the '<em><b>Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ar</em>' attribute.
	 * @see #setAr(int)
	 * @see se.kundval.model.KundvalPackage#getEnkatutskick_Ar()
	 * @model
	 * @generated
	 */
	int getAr();

	/**
	 * Sets the value of the '{@link se.kundval.model.Enkatutskick#getAr <em>Ar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ar</em>' attribute.
	 * @see #getAr()
	 * @generated
	 */
	void setAr(int value);

	/**
	 * Returns the value of the '<em><b>Antal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Antal</em>' attribute.
	 * @see #setAntal(int)
	 * @see se.kundval.model.KundvalPackage#getEnkatutskick_Antal()
	 * @model
	 * @generated
	 */
	int getAntal();

	/**
	 * Sets the value of the '{@link se.kundval.model.Enkatutskick#getAntal <em>Antal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Antal</em>' attribute.
	 * @see #getAntal()
	 * @generated
	 */
	void setAntal(int value);

} // Enkatutskick
