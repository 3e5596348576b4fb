package se.kundval.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.kundval.model.Insatstyp;

/**
 * A generated anordnare: a row of anordnare.csv and its rows of auktorisationer.csv.
 *
 * @param fran the day it was first authorised
 * @param till the day it left the kundval, or null while it is in it
 */
record Demoanordnare(String orgnr, String namn, LocalDate fran, LocalDate till, List<Auktorisation> auktorisationer) {

    /** An auktorisation for a type from a day to a day (null: until further notice). */
    record Auktorisation(Insatstyp typ, LocalDate fran, LocalDate till) {

        boolean galler(Insatstyp insatstyp, LocalDate dag) {
            return typ.getKod().equals(insatstyp.getKod()) && !dag.isBefore(fran) && (till == null || !dag.isAfter(till));
        }
    }

    Demoanordnare(String orgnr, String namn, LocalDate fran, LocalDate till) {
        this(orgnr, namn, fran, till, new ArrayList<>());
    }

    boolean auktoriserad(Insatstyp typ, LocalDate dag) {
        return auktorisationer.stream().anyMatch(a -> a.galler(typ, dag));
    }
}
