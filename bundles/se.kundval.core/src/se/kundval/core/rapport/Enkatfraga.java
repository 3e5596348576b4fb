package se.kundval.core.rapport;

import java.util.Arrays;
import java.util.Optional;

import se.kundval.model.Omrade;

/**
 * The questions of the kundundersökning (DOMAIN §7), two per area of the quality report: the
 * catalogue an imported answer must come from (decision 0411). A question is known by its text,
 * as {@code enkat.csv} carries it; an answer to a text outside the catalogue would count in the NKI
 * without belonging to any question the municipality asked.
 */
public enum Enkatfraga {

    RESPEKT("Jag blir bemött med respekt", Omrade.VARDEGRUND), //$NON-NLS-1$
    TRYGGHET("Jag känner mig trygg hos anordnaren", Omrade.VARDEGRUND), //$NON-NLS-1$
    MALET("Jag vet vad målet med min insats är", Omrade.MAL), //$NON-NLS-1$
    NARMARE_ARBETE("Insatsen för mig närmare arbete eller studier", Omrade.MAL), //$NON-NLS-1$
    PLANERAT("Jag har varit med och planerat min insats", Omrade.DELAKTIGHET), //$NON-NLS-1$
    SYNPUNKTER("Mina synpunkter tas till vara", Omrade.DELAKTIGHET), //$NON-NLS-1$
    ARBETSGIVARE("Jag har fått kontakt med arbetsgivare", Omrade.KONTAKT_ARBETSLIV), //$NON-NLS-1$
    SOKA_ARBETE("Jag har fått hjälp att söka arbete", Omrade.KONTAKT_ARBETSLIV); //$NON-NLS-1$

    private final String text;
    private final Omrade omrade;

    Enkatfraga(String text, Omrade omrade) {
        this.text = text;
        this.omrade = omrade;
    }

    /** The question as the kund reads it and as {@code enkat.csv} names it. */
    public String text() {
        return text;
    }

    /** The area of the report the answers count in. */
    public Omrade omrade() {
        return omrade;
    }

    /** The question with exactly this text, or empty when the kundundersökning has no such question. */
    public static Optional<Enkatfraga> medText(String text) {
        return Arrays.stream(values()).filter(f -> f.text.equals(text)).findFirst();
    }
}
