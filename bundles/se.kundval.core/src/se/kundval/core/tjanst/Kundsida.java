package se.kundval.core.tjanst;

import java.util.List;

import se.kundval.model.Kund;

/**
 * One page of the kund list.
 *
 * @param kunder  the rows of the page, detached
 * @param totalt  the number of kunder matching the filter
 */
public record Kundsida(List<Kund> kunder, int totalt) {
}
