/**
 */
package se.kundval.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Progressutfall</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage#getProgressutfall()
 * @model
 * @generated
 */
public enum Progressutfall implements Enumerator {
	/**
	 * The '<em><b>FORTSATT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORTSATT_VALUE
	 * @generated
	 * @ordered
	 */
	FORTSATT(0, "FORTSATT", "FORTSATT"),

	/**
	 * The '<em><b>FORLANG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORLANG_VALUE
	 * @generated
	 * @ordered
	 */
	FORLANG(1, "FORLANG", "FORLANG"),

	/**
	 * The '<em><b>AVSLUTA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AVSLUTA_VALUE
	 * @generated
	 * @ordered
	 */
	AVSLUTA(2, "AVSLUTA", "AVSLUTA");

	/**
	 * The '<em><b>FORTSATT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORTSATT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FORTSATT_VALUE = 0;

	/**
	 * The '<em><b>FORLANG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORLANG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FORLANG_VALUE = 1;

	/**
	 * The '<em><b>AVSLUTA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AVSLUTA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AVSLUTA_VALUE = 2;

	/**
	 * An array of all the '<em><b>Progressutfall</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Progressutfall[] VALUES_ARRAY =
		new Progressutfall[] {
			FORTSATT,
			FORLANG,
			AVSLUTA,
		};

	/**
	 * A public read-only list of all the '<em><b>Progressutfall</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Progressutfall> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Progressutfall</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Progressutfall get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Progressutfall result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Progressutfall</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Progressutfall getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Progressutfall result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Progressutfall</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Progressutfall get(int value) {
		switch (value) {
			case FORTSATT_VALUE: return FORTSATT;
			case FORLANG_VALUE: return FORLANG;
			case AVSLUTA_VALUE: return AVSLUTA;
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
	private Progressutfall(int value, String name, String literal) {
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
	
} //Progressutfall
