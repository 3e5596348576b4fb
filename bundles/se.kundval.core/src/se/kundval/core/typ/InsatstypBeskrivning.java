package se.kundval.core.typ;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;

import se.kundval.model.Malsattning;

/**
 * An insats type as an installed plugin declares it.
 *
 * @param kod          the type's code, e.g. AMI1
 * @param namn         the name shown to users
 * @param kundval      the code of the kundval it belongs to
 * @param niva         the nivå within the kundval, or null
 * @param langdManader the granted length in months, or null for courses measured in weeks
 * @param malsattning  what the type aims at
 * @param giltigFran   first day a beslut may start the type
 * @param giltigTill   last day, or null while the type is offered
 * @param typdata      the EClass of the type's own data on an insats, or null
 * @param bidragsgivare the symbolic name of the contributing plugin
 * @param modell       the type's behaviour
 */
public record InsatstypBeskrivning(String kod, String namn, String kundval, Integer niva, Integer langdManader,
        Malsattning malsattning, LocalDate giltigFran, LocalDate giltigTill, EClass typdata, String bidragsgivare,
        Insatstypmodell modell) {

    /** True when a beslut may start the type on the day. */
    public boolean giltigPa(LocalDate dag) {
        return (giltigFran == null || !dag.isBefore(giltigFran)) && (giltigTill == null || !dag.isAfter(giltigTill));
    }
}
