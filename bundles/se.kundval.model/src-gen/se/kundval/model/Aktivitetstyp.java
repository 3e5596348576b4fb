/**
 */
package se.kundval.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Aktivitetstyp</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage#getAktivitetstyp()
 * @model
 * @generated
 */
public enum Aktivitetstyp implements Enumerator {
	/**
	 * The '<em><b>PRAKTIK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRAKTIK_VALUE
	 * @generated
	 * @ordered
	 */
	PRAKTIK(0, "PRAKTIK", "PRAKTIK"),

	/**
	 * The '<em><b>ARBETSTRANING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARBETSTRANING_VALUE
	 * @generated
	 * @ordered
	 */
	ARBETSTRANING(1, "ARBETSTRANING", "ARBETSTRANING"),

	/**
	 * The '<em><b>SPRAKTRANING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPRAKTRANING_VALUE
	 * @generated
	 * @ordered
	 */
	SPRAKTRANING(2, "SPRAKTRANING", "SPRAKTRANING"),

	/**
	 * The '<em><b>SFI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SFI_VALUE
	 * @generated
	 * @ordered
	 */
	SFI(3, "SFI", "SFI"),

	/**
	 * The '<em><b>STUDIER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDIER_VALUE
	 * @generated
	 * @ordered
	 */
	STUDIER(4, "STUDIER", "STUDIER"),

	/**
	 * The '<em><b>COACHNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COACHNING_VALUE
	 * @generated
	 * @ordered
	 */
	COACHNING(5, "COACHNING", "COACHNING"),

	/**
	 * The '<em><b>JOBBSOK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOBBSOK_VALUE
	 * @generated
	 * @ordered
	 */
	JOBBSOK(6, "JOBBSOK", "JOBBSOK"),

	/**
	 * The '<em><b>ANNAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNAT_VALUE
	 * @generated
	 * @ordered
	 */
	ANNAT(7, "ANNAT", "ANNAT");

	/**
	 * The '<em><b>PRAKTIK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRAKTIK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRAKTIK_VALUE = 0;

	/**
	 * The '<em><b>ARBETSTRANING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARBETSTRANING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARBETSTRANING_VALUE = 1;

	/**
	 * The '<em><b>SPRAKTRANING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPRAKTRANING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPRAKTRANING_VALUE = 2;

	/**
	 * The '<em><b>SFI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SFI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SFI_VALUE = 3;

	/**
	 * The '<em><b>STUDIER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDIER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STUDIER_VALUE = 4;

	/**
	 * The '<em><b>COACHNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COACHNING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COACHNING_VALUE = 5;

	/**
	 * The '<em><b>JOBBSOK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOBBSOK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOBBSOK_VALUE = 6;

	/**
	 * The '<em><b>ANNAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANNAT_VALUE = 7;

	/**
	 * An array of all the '<em><b>Aktivitetstyp</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Aktivitetstyp[] VALUES_ARRAY =
		new Aktivitetstyp[] {
			PRAKTIK,
			ARBETSTRANING,
			SPRAKTRANING,
			SFI,
			STUDIER,
			COACHNING,
			JOBBSOK,
			ANNAT,
		};

	/**
	 * A public read-only list of all the '<em><b>Aktivitetstyp</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Aktivitetstyp> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Aktivitetstyp</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Aktivitetstyp get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Aktivitetstyp result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Aktivitetstyp</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Aktivitetstyp getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Aktivitetstyp result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Aktivitetstyp</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Aktivitetstyp get(int value) {
		switch (value) {
			case PRAKTIK_VALUE: return PRAKTIK;
			case ARBETSTRANING_VALUE: return ARBETSTRANING;
			case SPRAKTRANING_VALUE: return SPRAKTRANING;
			case SFI_VALUE: return SFI;
			case STUDIER_VALUE: return STUDIER;
			case COACHNING_VALUE: return COACHNING;
			case JOBBSOK_VALUE: return JOBBSOK;
			case ANNAT_VALUE: return ANNAT;
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
	private Aktivitetstyp(int value, String name, String literal) {
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
	
} //Aktivitetstyp
