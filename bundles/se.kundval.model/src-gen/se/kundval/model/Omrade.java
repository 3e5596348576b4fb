/**
 */
package se.kundval.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Omrade</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage#getOmrade()
 * @model
 * @generated
 */
public enum Omrade implements Enumerator {
	/**
	 * The '<em><b>VARDEGRUND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VARDEGRUND_VALUE
	 * @generated
	 * @ordered
	 */
	VARDEGRUND(0, "VARDEGRUND", "VARDEGRUND"),

	/**
	 * The '<em><b>MAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAL_VALUE
	 * @generated
	 * @ordered
	 */
	MAL(1, "MAL", "MAL"),

	/**
	 * The '<em><b>DELAKTIGHET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELAKTIGHET_VALUE
	 * @generated
	 * @ordered
	 */
	DELAKTIGHET(2, "DELAKTIGHET", "DELAKTIGHET"),

	/**
	 * The '<em><b>KONTAKT ARBETSLIV</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KONTAKT_ARBETSLIV_VALUE
	 * @generated
	 * @ordered
	 */
	KONTAKT_ARBETSLIV(3, "KONTAKT_ARBETSLIV", "KONTAKT_ARBETSLIV");

	/**
	 * The '<em><b>VARDEGRUND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VARDEGRUND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VARDEGRUND_VALUE = 0;

	/**
	 * The '<em><b>MAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MAL_VALUE = 1;

	/**
	 * The '<em><b>DELAKTIGHET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELAKTIGHET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DELAKTIGHET_VALUE = 2;

	/**
	 * The '<em><b>KONTAKT ARBETSLIV</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KONTAKT_ARBETSLIV
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KONTAKT_ARBETSLIV_VALUE = 3;

	/**
	 * An array of all the '<em><b>Omrade</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Omrade[] VALUES_ARRAY =
		new Omrade[] {
			VARDEGRUND,
			MAL,
			DELAKTIGHET,
			KONTAKT_ARBETSLIV,
		};

	/**
	 * A public read-only list of all the '<em><b>Omrade</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Omrade> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Omrade</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Omrade get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Omrade result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Omrade</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Omrade getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Omrade result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Omrade</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Omrade get(int value) {
		switch (value) {
			case VARDEGRUND_VALUE: return VARDEGRUND;
			case MAL_VALUE: return MAL;
			case DELAKTIGHET_VALUE: return DELAKTIGHET;
			case KONTAKT_ARBETSLIV_VALUE: return KONTAKT_ARBETSLIV;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Omrade(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Omrade
