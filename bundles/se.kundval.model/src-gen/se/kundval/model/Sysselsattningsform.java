/**
 */
package se.kundval.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Sysselsattningsform</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage#getSysselsattningsform()
 * @model
 * @generated
 */
public enum Sysselsattningsform implements Enumerator {
	/**
	 * The '<em><b>TILLSVIDAREANSTALLNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TILLSVIDAREANSTALLNING_VALUE
	 * @generated
	 * @ordered
	 */
	TILLSVIDAREANSTALLNING(0, "TILLSVIDAREANSTALLNING", "TILLSVIDAREANSTALLNING"),

	/**
	 * The '<em><b>VISSTIDSANSTALLNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISSTIDSANSTALLNING_VALUE
	 * @generated
	 * @ordered
	 */
	VISSTIDSANSTALLNING(1, "VISSTIDSANSTALLNING", "VISSTIDSANSTALLNING"),

	/**
	 * The '<em><b>TIMANSTALLNING HELTID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMANSTALLNING_HELTID_VALUE
	 * @generated
	 * @ordered
	 */
	TIMANSTALLNING_HELTID(2, "TIMANSTALLNING_HELTID", "TIMANSTALLNING_HELTID"),

	/**
	 * The '<em><b>TIMANSTALLNING DELTID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMANSTALLNING_DELTID_VALUE
	 * @generated
	 * @ordered
	 */
	TIMANSTALLNING_DELTID(3, "TIMANSTALLNING_DELTID", "TIMANSTALLNING_DELTID"),

	/**
	 * The '<em><b>STUDIER CSN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDIER_CSN_VALUE
	 * @generated
	 * @ordered
	 */
	STUDIER_CSN(4, "STUDIER_CSN", "STUDIER_CSN"),

	/**
	 * The '<em><b>STUDIER UTAN CSN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDIER_UTAN_CSN_VALUE
	 * @generated
	 * @ordered
	 */
	STUDIER_UTAN_CSN(5, "STUDIER_UTAN_CSN", "STUDIER_UTAN_CSN"),

	/**
	 * The '<em><b>EGET FORETAG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EGET_FORETAG_VALUE
	 * @generated
	 * @ordered
	 */
	EGET_FORETAG(6, "EGET_FORETAG", "EGET_FORETAG");

	/**
	 * The '<em><b>TILLSVIDAREANSTALLNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TILLSVIDAREANSTALLNING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TILLSVIDAREANSTALLNING_VALUE = 0;

	/**
	 * The '<em><b>VISSTIDSANSTALLNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VISSTIDSANSTALLNING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VISSTIDSANSTALLNING_VALUE = 1;

	/**
	 * The '<em><b>TIMANSTALLNING HELTID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMANSTALLNING_HELTID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TIMANSTALLNING_HELTID_VALUE = 2;

	/**
	 * The '<em><b>TIMANSTALLNING DELTID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMANSTALLNING_DELTID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TIMANSTALLNING_DELTID_VALUE = 3;

	/**
	 * The '<em><b>STUDIER CSN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDIER_CSN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STUDIER_CSN_VALUE = 4;

	/**
	 * The '<em><b>STUDIER UTAN CSN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDIER_UTAN_CSN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STUDIER_UTAN_CSN_VALUE = 5;

	/**
	 * The '<em><b>EGET FORETAG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EGET_FORETAG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EGET_FORETAG_VALUE = 6;

	/**
	 * An array of all the '<em><b>Sysselsattningsform</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Sysselsattningsform[] VALUES_ARRAY =
		new Sysselsattningsform[] {
			TILLSVIDAREANSTALLNING,
			VISSTIDSANSTALLNING,
			TIMANSTALLNING_HELTID,
			TIMANSTALLNING_DELTID,
			STUDIER_CSN,
			STUDIER_UTAN_CSN,
			EGET_FORETAG,
		};

	/**
	 * A public read-only list of all the '<em><b>Sysselsattningsform</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Sysselsattningsform> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sysselsattningsform</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Sysselsattningsform get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Sysselsattningsform result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sysselsattningsform</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Sysselsattningsform getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Sysselsattningsform result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sysselsattningsform</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Sysselsattningsform get(int value) {
		switch (value) {
			case TILLSVIDAREANSTALLNING_VALUE: return TILLSVIDAREANSTALLNING;
			case VISSTIDSANSTALLNING_VALUE: return VISSTIDSANSTALLNING;
			case TIMANSTALLNING_HELTID_VALUE: return TIMANSTALLNING_HELTID;
			case TIMANSTALLNING_DELTID_VALUE: return TIMANSTALLNING_DELTID;
			case STUDIER_CSN_VALUE: return STUDIER_CSN;
			case STUDIER_UTAN_CSN_VALUE: return STUDIER_UTAN_CSN;
			case EGET_FORETAG_VALUE: return EGET_FORETAG;
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
	private Sysselsattningsform(int value, String name, String literal) {
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
	
} //Sysselsattningsform
