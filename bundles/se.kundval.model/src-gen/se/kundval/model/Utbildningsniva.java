/**
 */
package se.kundval.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Utbildningsniva</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage#getUtbildningsniva()
 * @model
 * @generated
 */
public enum Utbildningsniva implements Enumerator {
	/**
	 * The '<em><b>GRUNDSKOLA 03</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRUNDSKOLA_03_VALUE
	 * @generated
	 * @ordered
	 */
	GRUNDSKOLA_03(0, "GRUNDSKOLA_0_3", "GRUNDSKOLA_0_3"),

	/**
	 * The '<em><b>GRUNDSKOLA 49</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRUNDSKOLA_49_VALUE
	 * @generated
	 * @ordered
	 */
	GRUNDSKOLA_49(1, "GRUNDSKOLA_4_9", "GRUNDSKOLA_4_9"),

	/**
	 * The '<em><b>GYMNASIUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GYMNASIUM_VALUE
	 * @generated
	 * @ordered
	 */
	GYMNASIUM(2, "GYMNASIUM", "GYMNASIUM"),

	/**
	 * The '<em><b>EFTERGYMNASIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EFTERGYMNASIAL_VALUE
	 * @generated
	 * @ordered
	 */
	EFTERGYMNASIAL(3, "EFTERGYMNASIAL", "EFTERGYMNASIAL"),

	/**
	 * The '<em><b>HOGSKOLA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOGSKOLA_VALUE
	 * @generated
	 * @ordered
	 */
	HOGSKOLA(4, "HOGSKOLA", "HOGSKOLA"),

	/**
	 * The '<em><b>EJ ANGIVET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EJ_ANGIVET_VALUE
	 * @generated
	 * @ordered
	 */
	EJ_ANGIVET(5, "EJ_ANGIVET", "EJ_ANGIVET");

	/**
	 * The '<em><b>GRUNDSKOLA 03</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRUNDSKOLA_03
	 * @model name="GRUNDSKOLA_0_3"
	 * @generated
	 * @ordered
	 */
	public static final int GRUNDSKOLA_03_VALUE = 0;

	/**
	 * The '<em><b>GRUNDSKOLA 49</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRUNDSKOLA_49
	 * @model name="GRUNDSKOLA_4_9"
	 * @generated
	 * @ordered
	 */
	public static final int GRUNDSKOLA_49_VALUE = 1;

	/**
	 * The '<em><b>GYMNASIUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GYMNASIUM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GYMNASIUM_VALUE = 2;

	/**
	 * The '<em><b>EFTERGYMNASIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EFTERGYMNASIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EFTERGYMNASIAL_VALUE = 3;

	/**
	 * The '<em><b>HOGSKOLA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOGSKOLA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOGSKOLA_VALUE = 4;

	/**
	 * The '<em><b>EJ ANGIVET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EJ_ANGIVET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EJ_ANGIVET_VALUE = 5;

	/**
	 * An array of all the '<em><b>Utbildningsniva</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Utbildningsniva[] VALUES_ARRAY =
		new Utbildningsniva[] {
			GRUNDSKOLA_03,
			GRUNDSKOLA_49,
			GYMNASIUM,
			EFTERGYMNASIAL,
			HOGSKOLA,
			EJ_ANGIVET,
		};

	/**
	 * A public read-only list of all the '<em><b>Utbildningsniva</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Utbildningsniva> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Utbildningsniva</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Utbildningsniva get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Utbildningsniva result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Utbildningsniva</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Utbildningsniva getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Utbildningsniva result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Utbildningsniva</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Utbildningsniva get(int value) {
		switch (value) {
			case GRUNDSKOLA_03_VALUE: return GRUNDSKOLA_03;
			case GRUNDSKOLA_49_VALUE: return GRUNDSKOLA_49;
			case GYMNASIUM_VALUE: return GYMNASIUM;
			case EFTERGYMNASIAL_VALUE: return EFTERGYMNASIAL;
			case HOGSKOLA_VALUE: return HOGSKOLA;
			case EJ_ANGIVET_VALUE: return EJ_ANGIVET;
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
	private Utbildningsniva(int value, String name, String literal) {
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
	
} //Utbildningsniva
