/**
 */
package se.kundval.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Uppfyllnadsgrad</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage#getUppfyllnadsgrad()
 * @model
 * @generated
 */
public enum Uppfyllnadsgrad implements Enumerator {
	/**
	 * The '<em><b>UPPNATT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPPNATT_VALUE
	 * @generated
	 * @ordered
	 */
	UPPNATT(0, "UPPNATT", "UPPNATT"),

	/**
	 * The '<em><b>DELVIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELVIS_VALUE
	 * @generated
	 * @ordered
	 */
	DELVIS(1, "DELVIS", "DELVIS"),

	/**
	 * The '<em><b>EJ UPPNATT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EJ_UPPNATT_VALUE
	 * @generated
	 * @ordered
	 */
	EJ_UPPNATT(2, "EJ_UPPNATT", "EJ_UPPNATT"),

	/**
	 * The '<em><b>EJ BEDOMT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EJ_BEDOMT_VALUE
	 * @generated
	 * @ordered
	 */
	EJ_BEDOMT(3, "EJ_BEDOMT", "EJ_BEDOMT");

	/**
	 * The '<em><b>UPPNATT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPPNATT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UPPNATT_VALUE = 0;

	/**
	 * The '<em><b>DELVIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELVIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DELVIS_VALUE = 1;

	/**
	 * The '<em><b>EJ UPPNATT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EJ_UPPNATT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EJ_UPPNATT_VALUE = 2;

	/**
	 * The '<em><b>EJ BEDOMT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EJ_BEDOMT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EJ_BEDOMT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Uppfyllnadsgrad</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Uppfyllnadsgrad[] VALUES_ARRAY =
		new Uppfyllnadsgrad[] {
			UPPNATT,
			DELVIS,
			EJ_UPPNATT,
			EJ_BEDOMT,
		};

	/**
	 * A public read-only list of all the '<em><b>Uppfyllnadsgrad</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Uppfyllnadsgrad> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Uppfyllnadsgrad</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Uppfyllnadsgrad get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Uppfyllnadsgrad result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Uppfyllnadsgrad</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Uppfyllnadsgrad getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Uppfyllnadsgrad result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Uppfyllnadsgrad</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Uppfyllnadsgrad get(int value) {
		switch (value) {
			case UPPNATT_VALUE: return UPPNATT;
			case DELVIS_VALUE: return DELVIS;
			case EJ_UPPNATT_VALUE: return EJ_UPPNATT;
			case EJ_BEDOMT_VALUE: return EJ_BEDOMT;
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
	private Uppfyllnadsgrad(int value, String name, String literal) {
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
	
} //Uppfyllnadsgrad
