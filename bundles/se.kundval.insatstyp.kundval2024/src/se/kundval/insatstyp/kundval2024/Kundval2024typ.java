package se.kundval.insatstyp.kundval2024;

import se.kundval.core.typ.Insatstypmodell;

/**
 * The 2024 types (AMI, ISA, FAI). Each type has its own eligibility rules (built from
 * {@link Behorighet}), compensation model ({@link Ersattningar}) and måluppfyllelse.
 */
abstract class Kundval2024typ implements Insatstypmodell {
}
