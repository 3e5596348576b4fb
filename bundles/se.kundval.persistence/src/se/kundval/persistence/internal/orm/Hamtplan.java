package se.kundval.persistence.internal.orm;

import java.util.Set;

import org.eclipse.emf.ecore.EReference;

/** Which containments a load fills: all of them, or only those a bulk computation needs. */
public record Hamtplan(Set<EReference> innehall) {

    public static final Hamtplan ALLT = new Hamtplan(null);

    public static Hamtplan bara(EReference... innehall) {
        return new Hamtplan(Set.of(innehall));
    }

    public boolean omfattar(EReference r) {
        return innehall == null || innehall.contains(r);
    }
}
