/**
 */
package se.kundval.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Avslutsorsak</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see se.kundval.model.KundvalPackage#getAvslutsorsak()
 * @model
 * @generated
 */
public enum Avslutsorsak implements Enumerator {
	/**
	 * The '<em><b>ARBETE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARBETE_VALUE
	 * @generated
	 * @ordered
	 */
	ARBETE(0, "ARBETE", "ARBETE"),

	/**
	 * The '<em><b>STUDIER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDIER_VALUE
	 * @generated
	 * @ordered
	 */
	STUDIER(1, "STUDIER", "STUDIER"),

	/**
	 * The '<em><b>EGET FORETAG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EGET_FORETAG_VALUE
	 * @generated
	 * @ordered
	 */
	EGET_FORETAG(2, "EGET_FORETAG", "EGET_FORETAG"),

	/**
	 * The '<em><b>ANNAN INSATS AF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNAN_INSATS_AF_VALUE
	 * @generated
	 * @ordered
	 */
	ANNAN_INSATS_AF(3, "ANNAN_INSATS_AF", "ANNAN_INSATS_AF"),

	/**
	 * The '<em><b>ANNAN INSATS KOMMUN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNAN_INSATS_KOMMUN_VALUE
	 * @generated
	 * @ordered
	 */
	ANNAN_INSATS_KOMMUN(4, "ANNAN_INSATS_KOMMUN", "ANNAN_INSATS_KOMMUN"),

	/**
	 * The '<em><b>ANNAN INSATS SAMORDNINGSFORBUND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNAN_INSATS_SAMORDNINGSFORBUND_VALUE
	 * @generated
	 * @ordered
	 */
	ANNAN_INSATS_SAMORDNINGSFORBUND(5, "ANNAN_INSATS_SAMORDNINGSFORBUND", "ANNAN_INSATS_SAMORDNINGSFORBUND"),

	/**
	 * The '<em><b>STEGFORFLYTTNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEGFORFLYTTNING_VALUE
	 * @generated
	 * @ordered
	 */
	STEGFORFLYTTNING(6, "STEGFORFLYTTNING", "STEGFORFLYTTNING"),

	/**
	 * The '<em><b>ARBETSFORMEDLINGEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARBETSFORMEDLINGEN_VALUE
	 * @generated
	 * @ordered
	 */
	ARBETSFORMEDLINGEN(7, "ARBETSFORMEDLINGEN", "ARBETSFORMEDLINGEN"),

	/**
	 * The '<em><b>FLYTTAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLYTTAT_VALUE
	 * @generated
	 * @ordered
	 */
	FLYTTAT(8, "FLYTTAT", "FLYTTAT"),

	/**
	 * The '<em><b>SJUKDOM MISSBRUK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SJUKDOM_MISSBRUK_VALUE
	 * @generated
	 * @ordered
	 */
	SJUKDOM_MISSBRUK(9, "SJUKDOM_MISSBRUK", "SJUKDOM_MISSBRUK"),

	/**
	 * The '<em><b>FORALDRALEDIG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORALDRALEDIG_VALUE
	 * @generated
	 * @ordered
	 */
	FORALDRALEDIG(10, "FORALDRALEDIG", "FORALDRALEDIG"),

	/**
	 * The '<em><b>SAKNAR BARNOMSORG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAKNAR_BARNOMSORG_VALUE
	 * @generated
	 * @ordered
	 */
	SAKNAR_BARNOMSORG(11, "SAKNAR_BARNOMSORG", "SAKNAR_BARNOMSORG"),

	/**
	 * The '<em><b>BYTE AV ANORDNARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BYTE_AV_ANORDNARE_VALUE
	 * @generated
	 * @ordered
	 */
	BYTE_AV_ANORDNARE(12, "BYTE_AV_ANORDNARE", "BYTE_AV_ANORDNARE"),

	/**
	 * The '<em><b>INSATSTID SLUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSATSTID_SLUT_VALUE
	 * @generated
	 * @ordered
	 */
	INSATSTID_SLUT(13, "INSATSTID_SLUT", "INSATSTID_SLUT"),

	/**
	 * The '<em><b>OVRIGT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVRIGT_VALUE
	 * @generated
	 * @ordered
	 */
	OVRIGT(14, "OVRIGT", "OVRIGT");

	/**
	 * The '<em><b>ARBETE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARBETE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARBETE_VALUE = 0;

	/**
	 * The '<em><b>STUDIER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDIER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STUDIER_VALUE = 1;

	/**
	 * The '<em><b>EGET FORETAG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EGET_FORETAG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EGET_FORETAG_VALUE = 2;

	/**
	 * The '<em><b>ANNAN INSATS AF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNAN_INSATS_AF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANNAN_INSATS_AF_VALUE = 3;

	/**
	 * The '<em><b>ANNAN INSATS KOMMUN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNAN_INSATS_KOMMUN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANNAN_INSATS_KOMMUN_VALUE = 4;

	/**
	 * The '<em><b>ANNAN INSATS SAMORDNINGSFORBUND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNAN_INSATS_SAMORDNINGSFORBUND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANNAN_INSATS_SAMORDNINGSFORBUND_VALUE = 5;

	/**
	 * The '<em><b>STEGFORFLYTTNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEGFORFLYTTNING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STEGFORFLYTTNING_VALUE = 6;

	/**
	 * The '<em><b>ARBETSFORMEDLINGEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARBETSFORMEDLINGEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARBETSFORMEDLINGEN_VALUE = 7;

	/**
	 * The '<em><b>FLYTTAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLYTTAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FLYTTAT_VALUE = 8;

	/**
	 * The '<em><b>SJUKDOM MISSBRUK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SJUKDOM_MISSBRUK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SJUKDOM_MISSBRUK_VALUE = 9;

	/**
	 * The '<em><b>FORALDRALEDIG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORALDRALEDIG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FORALDRALEDIG_VALUE = 10;

	/**
	 * The '<em><b>SAKNAR BARNOMSORG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAKNAR_BARNOMSORG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SAKNAR_BARNOMSORG_VALUE = 11;

	/**
	 * The '<em><b>BYTE AV ANORDNARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BYTE_AV_ANORDNARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BYTE_AV_ANORDNARE_VALUE = 12;

	/**
	 * The '<em><b>INSATSTID SLUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSATSTID_SLUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSATSTID_SLUT_VALUE = 13;

	/**
	 * The '<em><b>OVRIGT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVRIGT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OVRIGT_VALUE = 14;

	/**
	 * An array of all the '<em><b>Avslutsorsak</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Avslutsorsak[] VALUES_ARRAY =
		new Avslutsorsak[] {
			ARBETE,
			STUDIER,
			EGET_FORETAG,
			ANNAN_INSATS_AF,
			ANNAN_INSATS_KOMMUN,
			ANNAN_INSATS_SAMORDNINGSFORBUND,
			STEGFORFLYTTNING,
			ARBETSFORMEDLINGEN,
			FLYTTAT,
			SJUKDOM_MISSBRUK,
			FORALDRALEDIG,
			SAKNAR_BARNOMSORG,
			BYTE_AV_ANORDNARE,
			INSATSTID_SLUT,
			OVRIGT,
		};

	/**
	 * A public read-only list of all the '<em><b>Avslutsorsak</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Avslutsorsak> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Avslutsorsak</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Avslutsorsak get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Avslutsorsak result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Avslutsorsak</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Avslutsorsak getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Avslutsorsak result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Avslutsorsak</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Avslutsorsak get(int value) {
		switch (value) {
			case ARBETE_VALUE: return ARBETE;
			case STUDIER_VALUE: return STUDIER;
			case EGET_FORETAG_VALUE: return EGET_FORETAG;
			case ANNAN_INSATS_AF_VALUE: return ANNAN_INSATS_AF;
			case ANNAN_INSATS_KOMMUN_VALUE: return ANNAN_INSATS_KOMMUN;
			case ANNAN_INSATS_SAMORDNINGSFORBUND_VALUE: return ANNAN_INSATS_SAMORDNINGSFORBUND;
			case STEGFORFLYTTNING_VALUE: return STEGFORFLYTTNING;
			case ARBETSFORMEDLINGEN_VALUE: return ARBETSFORMEDLINGEN;
			case FLYTTAT_VALUE: return FLYTTAT;
			case SJUKDOM_MISSBRUK_VALUE: return SJUKDOM_MISSBRUK;
			case FORALDRALEDIG_VALUE: return FORALDRALEDIG;
			case SAKNAR_BARNOMSORG_VALUE: return SAKNAR_BARNOMSORG;
			case BYTE_AV_ANORDNARE_VALUE: return BYTE_AV_ANORDNARE;
			case INSATSTID_SLUT_VALUE: return INSATSTID_SLUT;
			case OVRIGT_VALUE: return OVRIGT;
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
	private Avslutsorsak(int value, String name, String literal) {
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
	
} //Avslutsorsak
