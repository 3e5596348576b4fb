package se.kundval.core.rapport;

/** A section of the kvalitetsrapport contributed through the {@code rapportdelar} extension point. */
public interface Rapportdel {

    Rapportsektion berakna(Rapportunderlag underlag);
}
