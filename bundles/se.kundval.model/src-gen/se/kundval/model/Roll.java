/**
 */
package se.kundval.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Roll</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage#getRoll()
 * @model
 * @generated
 */
public enum Roll implements Enumerator {
	/**
	 * The '<em><b>KARRIARVAGLEDARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KARRIARVAGLEDARE_VALUE
	 * @generated
	 * @ordered
	 */
	KARRIARVAGLEDARE(0, "KARRIARVAGLEDARE", "KARRIARVAGLEDARE"),

	/**
	 * The '<em><b>HANDLAGGARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANDLAGGARE_VALUE
	 * @generated
	 * @ordered
	 */
	HANDLAGGARE(1, "HANDLAGGARE", "HANDLAGGARE"),

	/**
	 * The '<em><b>ANORDNARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANORDNARE_VALUE
	 * @generated
	 * @ordered
	 */
	ANORDNARE(2, "ANORDNARE", "ANORDNARE"),

	/**
	 * The '<em><b>KVALITETSUTVECKLARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVALITETSUTVECKLARE_VALUE
	 * @generated
	 * @ordered
	 */
	KVALITETSUTVECKLARE(3, "KVALITETSUTVECKLARE", "KVALITETSUTVECKLARE"),

	/**
	 * The '<em><b>ADMINISTRATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMINISTRATOR_VALUE
	 * @generated
	 * @ordered
	 */
	ADMINISTRATOR(4, "ADMINISTRATOR", "ADMINISTRATOR"), /**
	 * The '<em><b>LOGGRANSKARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGGRANSKARE_VALUE
	 * @generated
	 * @ordered
	 */
	LOGGRANSKARE(5, "LOGGRANSKARE", "LOGGRANSKARE");

	/**
	 * The '<em><b>KARRIARVAGLEDARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KARRIARVAGLEDARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KARRIARVAGLEDARE_VALUE = 0;

	/**
	 * The '<em><b>HANDLAGGARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANDLAGGARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HANDLAGGARE_VALUE = 1;

	/**
	 * The '<em><b>ANORDNARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANORDNARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANORDNARE_VALUE = 2;

	/**
	 * The '<em><b>KVALITETSUTVECKLARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVALITETSUTVECKLARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KVALITETSUTVECKLARE_VALUE = 3;

	/**
	 * The '<em><b>ADMINISTRATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMINISTRATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADMINISTRATOR_VALUE = 4;

	/**
	 * The '<em><b>LOGGRANSKARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGGRANSKARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOGGRANSKARE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Roll</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Roll[] VALUES_ARRAY =
		new Roll[] {
			KARRIARVAGLEDARE,
			HANDLAGGARE,
			ANORDNARE,
			KVALITETSUTVECKLARE,
			ADMINISTRATOR,
			LOGGRANSKARE,
		};

	/**
	 * A public read-only list of all the '<em><b>Roll</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Roll> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Roll</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Roll get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Roll result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Roll</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Roll getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Roll result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Roll</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Roll get(int value) {
		switch (value) {
			case KARRIARVAGLEDARE_VALUE: return KARRIARVAGLEDARE;
			case HANDLAGGARE_VALUE: return HANDLAGGARE;
			case ANORDNARE_VALUE: return ANORDNARE;
			case KVALITETSUTVECKLARE_VALUE: return KVALITETSUTVECKLARE;
			case ADMINISTRATOR_VALUE: return ADMINISTRATOR;
			case LOGGRANSKARE_VALUE: return LOGGRANSKARE;
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
	private Roll(int value, String name, String literal) {
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
	
} //Roll
