package se.kundval.ui;

/**
 * Event broker topics the UI bundles share without depending on each other: a part that changes
 * data posts one after its save; the parts that show that data subscribe ({@code @UIEventTopic}) and
 * read again, so what the user sees follows at once without an "Uppdatera".
 */
public final class Handelser {

    /** With the kund's database id ({@code Long}): a beslut or another save changed the kund's insatser. */
    public static final String INSATSER_ANDRADE = "se/kundval/insats/andrad"; //$NON-NLS-1$

    private Handelser() {
    }
}
