/**
 */
package se.kundval.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Malsattning</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage#getMalsattning()
 * @model
 * @generated
 */
public enum Malsattning implements Enumerator {
	/**
	 * The '<em><b>EGEN FORSORJNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EGEN_FORSORJNING_VALUE
	 * @generated
	 * @ordered
	 */
	EGEN_FORSORJNING(0, "EGEN_FORSORJNING", "EGEN_FORSORJNING"),

	/**
	 * The '<em><b>ARBETSFORMEDLINGEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARBETSFORMEDLINGEN_VALUE
	 * @generated
	 * @ordered
	 */
	ARBETSFORMEDLINGEN(1, "ARBETSFORMEDLINGEN", "ARBETSFORMEDLINGEN"),

	/**
	 * The '<em><b>STEGFORFLYTTNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEGFORFLYTTNING_VALUE
	 * @generated
	 * @ordered
	 */
	STEGFORFLYTTNING(2, "STEGFORFLYTTNING", "STEGFORFLYTTNING"),

	/**
	 * The '<em><b>GENOMFORD KURS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENOMFORD_KURS_VALUE
	 * @generated
	 * @ordered
	 */
	GENOMFORD_KURS(3, "GENOMFORD_KURS", "GENOMFORD_KURS");

	/**
	 * The '<em><b>EGEN FORSORJNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EGEN_FORSORJNING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EGEN_FORSORJNING_VALUE = 0;

	/**
	 * The '<em><b>ARBETSFORMEDLINGEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARBETSFORMEDLINGEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARBETSFORMEDLINGEN_VALUE = 1;

	/**
	 * The '<em><b>STEGFORFLYTTNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEGFORFLYTTNING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STEGFORFLYTTNING_VALUE = 2;

	/**
	 * The '<em><b>GENOMFORD KURS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENOMFORD_KURS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GENOMFORD_KURS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Malsattning</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Malsattning[] VALUES_ARRAY =
		new Malsattning[] {
			EGEN_FORSORJNING,
			ARBETSFORMEDLINGEN,
			STEGFORFLYTTNING,
			GENOMFORD_KURS,
		};

	/**
	 * A public read-only list of all the '<em><b>Malsattning</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Malsattning> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Malsattning</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Malsattning get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Malsattning result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Malsattning</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Malsattning getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Malsattning result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Malsattning</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Malsattning get(int value) {
		switch (value) {
			case EGEN_FORSORJNING_VALUE: return EGEN_FORSORJNING;
			case ARBETSFORMEDLINGEN_VALUE: return ARBETSFORMEDLINGEN;
			case STEGFORFLYTTNING_VALUE: return STEGFORFLYTTNING;
			case GENOMFORD_KURS_VALUE: return GENOMFORD_KURS;
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
	private Malsattning(int value, String name, String literal) {
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
	
} //Malsattning
