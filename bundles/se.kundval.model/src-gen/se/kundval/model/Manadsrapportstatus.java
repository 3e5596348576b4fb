/**
 */
package se.kundval.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Manadsrapportstatus</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage#getManadsrapportstatus()
 * @model
 * @generated
 */
public enum Manadsrapportstatus implements Enumerator {
	/**
	 * The '<em><b>INLAMNAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INLAMNAD_VALUE
	 * @generated
	 * @ordered
	 */
	INLAMNAD(0, "INLAMNAD", "INLAMNAD"),

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
	 * The '<em><b>KOMPLETTERING BEGARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KOMPLETTERING_BEGARD_VALUE
	 * @generated
	 * @ordered
	 */
	KOMPLETTERING_BEGARD(2, "KOMPLETTERING_BEGARD", "KOMPLETTERING_BEGARD");

	/**
	 * The '<em><b>INLAMNAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INLAMNAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INLAMNAD_VALUE = 0;

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
	 * The '<em><b>KOMPLETTERING BEGARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KOMPLETTERING_BEGARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KOMPLETTERING_BEGARD_VALUE = 2;

	/**
	 * An array of all the '<em><b>Manadsrapportstatus</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Manadsrapportstatus[] VALUES_ARRAY =
		new Manadsrapportstatus[] {
			INLAMNAD,
			GODKAND,
			KOMPLETTERING_BEGARD,
		};

	/**
	 * A public read-only list of all the '<em><b>Manadsrapportstatus</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Manadsrapportstatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Manadsrapportstatus</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Manadsrapportstatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Manadsrapportstatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Manadsrapportstatus</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Manadsrapportstatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Manadsrapportstatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Manadsrapportstatus</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Manadsrapportstatus get(int value) {
		switch (value) {
			case INLAMNAD_VALUE: return INLAMNAD;
			case GODKAND_VALUE: return GODKAND;
			case KOMPLETTERING_BEGARD_VALUE: return KOMPLETTERING_BEGARD;
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
	private Manadsrapportstatus(int value, String name, String literal) {
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
	
} //Manadsrapportstatus
