package se.kundval.core.ersattning;

import java.math.BigDecimal;

/**
 * An anordnare's subtotal in an utbetalningsunderlag.
 *
 * @param orgnr             organisationsnummer
 * @param namn              the anordnare's name
 * @param attBetala         the sum of its payable lines
 * @param vantarPaBedomning the sum of its lines waiting for an avslutsbedömning
 */
public record Anordnarsumma(String orgnr, String namn, BigDecimal attBetala, BigDecimal vantarPaBedomning) {
}
