package se.kundval.core.ersattning;

import java.math.BigDecimal;
import java.util.List;

/** The budget prognos of a plan: one post per row and the total (DOMAIN §7 and §10). */
public record Budgetprognos(List<Budgetpost> poster) {

    public Budgetprognos {
        poster = List.copyOf(poster);
    }

    public BigDecimal totalt() {
        return poster.stream().map(Budgetpost::summa).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
