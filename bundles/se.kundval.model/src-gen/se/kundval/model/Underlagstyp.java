/**
 */
package se.kundval.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Underlagstyp</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage#getUnderlagstyp()
 * @model
 * @generated
 */
public enum Underlagstyp implements Enumerator {
	/**
	 * The '<em><b>ANSTALLNINGSAVTAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANSTALLNINGSAVTAL_VALUE
	 * @generated
	 * @ordered
	 */
	ANSTALLNINGSAVTAL(0, "ANSTALLNINGSAVTAL", "ANSTALLNINGSAVTAL"),

	/**
	 * The '<em><b>TIMANSTALLNING HELTID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMANSTALLNING_HELTID_VALUE
	 * @generated
	 * @ordered
	 */
	TIMANSTALLNING_HELTID(1, "TIMANSTALLNING_HELTID", "TIMANSTALLNING_HELTID"),

	/**
	 * The '<em><b>CSN BESLUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CSN_BESLUT_VALUE
	 * @generated
	 * @ordered
	 */
	CSN_BESLUT(2, "CSN_BESLUT", "CSN_BESLUT"),

	/**
	 * The '<em><b>FSKATT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FSKATT_VALUE
	 * @generated
	 * @ordered
	 */
	FSKATT(3, "F_SKATT", "F_SKATT");

	/**
	 * The '<em><b>ANSTALLNINGSAVTAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANSTALLNINGSAVTAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANSTALLNINGSAVTAL_VALUE = 0;

	/**
	 * The '<em><b>TIMANSTALLNING HELTID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMANSTALLNING_HELTID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TIMANSTALLNING_HELTID_VALUE = 1;

	/**
	 * The '<em><b>CSN BESLUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CSN_BESLUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CSN_BESLUT_VALUE = 2;

	/**
	 * The '<em><b>FSKATT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FSKATT
	 * @model name="F_SKATT"
	 * @generated
	 * @ordered
	 */
	public static final int FSKATT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Underlagstyp</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Underlagstyp[] VALUES_ARRAY =
		new Underlagstyp[] {
			ANSTALLNINGSAVTAL,
			TIMANSTALLNING_HELTID,
			CSN_BESLUT,
			FSKATT,
		};

	/**
	 * A public read-only list of all the '<em><b>Underlagstyp</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Underlagstyp> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Underlagstyp</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Underlagstyp get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Underlagstyp result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Underlagstyp</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Underlagstyp getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Underlagstyp result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Underlagstyp</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Underlagstyp get(int value) {
		switch (value) {
			case ANSTALLNINGSAVTAL_VALUE: return ANSTALLNINGSAVTAL;
			case TIMANSTALLNING_HELTID_VALUE: return TIMANSTALLNING_HELTID;
			case CSN_BESLUT_VALUE: return CSN_BESLUT;
			case FSKATT_VALUE: return FSKATT;
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
	private Underlagstyp(int value, String name, String literal) {
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
	
} //Underlagstyp
