package se.kundval.rapport.ui;

import se.kundval.core.rapport.Figur;
import se.kundval.core.rapport.Rapportperiod;

/**
 * A request to list the insatser behind a figure, put into the window's context by the report and
 * injected into the Underlag part, which need not exist yet when the user clicks.
 *
 * @param period the report's period
 * @param figur  the figure
 * @param rubrik what the figure is, in words, e.g. "Andel lyckade – AMI1"
 */
record Underlagsfraga(Rapportperiod period, Figur figur, String rubrik) {
}
