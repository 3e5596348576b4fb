package se.kundval.core.typ;

import java.math.BigDecimal;

import se.kundval.model.tid.Insatsperiod;

/**
 * How a type is paid (DOMAIN §5). The engine computes the amounts; a type only says which parts
 * apply and how much of the bonus a bonusgrundande avslut earns.
 */
public interface Ersattningsmodell {

    /** Jobbpeng: nothing is paid for an insats that ended before it had run 14 days. */
    default boolean kraverFjortonDagar() {
        return false;
    }

    /** 2024 types: an early avslut that is not bonusgrundande earns half a month's price. */
    default boolean avslutsersattning() {
        return false;
    }

    /** AMI: a bonusgrundande avslut before the planned end earns the rest of the granted time. */
    default boolean snabbhetspremie() {
        return false;
    }

    /**
     * The share (0–1) of the prislista's bonus that a bonusgrundande avslut earns; zero for types
     * without resultatbonus.
     */
    BigDecimal bonusandel(Insatsperiod period);
}
