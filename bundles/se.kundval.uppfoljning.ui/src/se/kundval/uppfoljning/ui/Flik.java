package se.kundval.uppfoljning.ui;

import se.kundval.core.Inloggning;
import se.kundval.model.Insats;

/** One tab of the Insats part: shows the insats as the logged-in role may see and work on it. */
interface Flik {

    /**
     * Shows the insats, or nothing for null. Called again with a freshly read copy after every
     * save, and with a new user after a login: the tab shows only what that user's role may do.
     */
    void visa(Insats insats, Inloggning vem);
}
