package se.kundval.core.typ;

import java.time.LocalDate;
import java.util.List;

/**
 * A kundval as a plugin declares it, with its nivåer.
 *
 * @param kod        e.g. AMI
 * @param namn       e.g. "Arbetsmarknadsinsatser"
 * @param giltigFran first day
 * @param giltigTill last day, or null
 * @param nivaer     nivå number → name
 */
public record KundvalBeskrivning(String kod, String namn, LocalDate giltigFran, LocalDate giltigTill, List<Niva> nivaer) {

    public record Niva(int nummer, String namn) {
    }
}
