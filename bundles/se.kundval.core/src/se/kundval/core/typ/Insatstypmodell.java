package se.kundval.core.typ;

import java.util.List;

/**
 * The behaviour an insats-type plugin contributes through the {@code insatstyper} extension
 * point: its eligibility rules, how it is paid and what counts as its result. The type's data
 * (code, kundval, nivå, length, målsättning, validity) are attributes of the extension.
 */
public interface Insatstypmodell extends Resultatdefinition {

    /**
     * The type's own eligibility rules; the common ones (age 18–65 on the day of the beslut,
     * folkbokförd in the kommun, overlapping insatser) are checked by the beviljande plugin.
     */
    List<Regelutfall> provaBehorighet(Behorighetsunderlag underlag);

    Ersattningsmodell ersattningsmodell();
}
