/**
 */
package se.kundval.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Insats Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage#getInsatsStatus()
 * @model
 * @generated
 */
public enum InsatsStatus implements Enumerator {
	/**
	 * The '<em><b>BEVILJAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEVILJAD_VALUE
	 * @generated
	 * @ordered
	 */
	BEVILJAD(0, "BEVILJAD", "BEVILJAD"),

	/**
	 * The '<em><b>PAGAENDE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAGAENDE_VALUE
	 * @generated
	 * @ordered
	 */
	PAGAENDE(1, "PAGAENDE", "PAGAENDE"),

	/**
	 * The '<em><b>AVSLUTAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AVSLUTAD_VALUE
	 * @generated
	 * @ordered
	 */
	AVSLUTAD(2, "AVSLUTAD", "AVSLUTAD");

	/**
	 * The '<em><b>BEVILJAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEVILJAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BEVILJAD_VALUE = 0;

	/**
	 * The '<em><b>PAGAENDE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAGAENDE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAGAENDE_VALUE = 1;

	/**
	 * The '<em><b>AVSLUTAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AVSLUTAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AVSLUTAD_VALUE = 2;

	/**
	 * An array of all the '<em><b>Insats Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InsatsStatus[] VALUES_ARRAY =
		new InsatsStatus[] {
			BEVILJAD,
			PAGAENDE,
			AVSLUTAD,
		};

	/**
	 * A public read-only list of all the '<em><b>Insats Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InsatsStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Insats Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InsatsStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InsatsStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Insats Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InsatsStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InsatsStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Insats Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InsatsStatus get(int value) {
		switch (value) {
			case BEVILJAD_VALUE: return BEVILJAD;
			case PAGAENDE_VALUE: return PAGAENDE;
			case AVSLUTAD_VALUE: return AVSLUTAD;
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
	private InsatsStatus(int value, String name, String literal) {
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
	
} //InsatsStatus
