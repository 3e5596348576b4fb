/**
 */
package se.kundval.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Uppfoljningsstatus</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage#getUppfoljningsstatus()
 * @model
 * @generated
 */
public enum Uppfoljningsstatus implements Enumerator {
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
	 * The '<em><b>BEKRAFTAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEKRAFTAD_VALUE
	 * @generated
	 * @ordered
	 */
	BEKRAFTAD(1, "BEKRAFTAD", "BEKRAFTAD"),

	/**
	 * The '<em><b>AVVISAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AVVISAD_VALUE
	 * @generated
	 * @ordered
	 */
	AVVISAD(2, "AVVISAD", "AVVISAD"), /**
	 * The '<em><b>KOMPLETTERING BEGARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KOMPLETTERING_BEGARD_VALUE
	 * @generated
	 * @ordered
	 */
	KOMPLETTERING_BEGARD(3, "KOMPLETTERING_BEGARD", "KOMPLETTERING_BEGARD");

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
	 * The '<em><b>BEKRAFTAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEKRAFTAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BEKRAFTAD_VALUE = 1;

	/**
	 * The '<em><b>AVVISAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AVVISAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AVVISAD_VALUE = 2;

	/**
	 * The '<em><b>KOMPLETTERING BEGARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KOMPLETTERING_BEGARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KOMPLETTERING_BEGARD_VALUE = 3;

	/**
	 * An array of all the '<em><b>Uppfoljningsstatus</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Uppfoljningsstatus[] VALUES_ARRAY =
		new Uppfoljningsstatus[] {
			INLAMNAD,
			BEKRAFTAD,
			AVVISAD,
			KOMPLETTERING_BEGARD,
		};

	/**
	 * A public read-only list of all the '<em><b>Uppfoljningsstatus</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Uppfoljningsstatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Uppfoljningsstatus</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Uppfoljningsstatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Uppfoljningsstatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Uppfoljningsstatus</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Uppfoljningsstatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Uppfoljningsstatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Uppfoljningsstatus</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Uppfoljningsstatus get(int value) {
		switch (value) {
			case INLAMNAD_VALUE: return INLAMNAD;
			case BEKRAFTAD_VALUE: return BEKRAFTAD;
			case AVVISAD_VALUE: return AVVISAD;
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
	private Uppfoljningsstatus(int value, String name, String literal) {
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
	
} //Uppfoljningsstatus
