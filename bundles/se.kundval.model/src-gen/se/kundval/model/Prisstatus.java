/**
 */
package se.kundval.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Prisstatus</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage#getPrisstatus()
 * @model
 * @generated
 */
public enum Prisstatus implements Enumerator {
	/**
	 * The '<em><b>FORESLAGEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORESLAGEN_VALUE
	 * @generated
	 * @ordered
	 */
	FORESLAGEN(0, "FORESLAGEN", "FORESLAGEN"),

	/**
	 * The '<em><b>GODKAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GODKAND_VALUE
	 * @generated
	 * @ordered
	 */
	GODKAND(1, "GODKAND", "GODKAND"),

	/**
	 * The '<em><b>ATERKALLAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATERKALLAD_VALUE
	 * @generated
	 * @ordered
	 */
	ATERKALLAD(2, "ATERKALLAD", "ATERKALLAD");

	/**
	 * The '<em><b>FORESLAGEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORESLAGEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FORESLAGEN_VALUE = 0;

	/**
	 * The '<em><b>GODKAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GODKAND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GODKAND_VALUE = 1;

	/**
	 * The '<em><b>ATERKALLAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATERKALLAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ATERKALLAD_VALUE = 2;

	/**
	 * An array of all the '<em><b>Prisstatus</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Prisstatus[] VALUES_ARRAY =
		new Prisstatus[] {
			FORESLAGEN,
			GODKAND,
			ATERKALLAD,
		};

	/**
	 * A public read-only list of all the '<em><b>Prisstatus</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Prisstatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Prisstatus</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Prisstatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Prisstatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Prisstatus</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Prisstatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Prisstatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Prisstatus</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Prisstatus get(int value) {
		switch (value) {
			case FORESLAGEN_VALUE: return FORESLAGEN;
			case GODKAND_VALUE: return GODKAND;
			case ATERKALLAD_VALUE: return ATERKALLAD;
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
	private Prisstatus(int value, String name, String literal) {
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
	
} //Prisstatus
