package se.kundval.persistence.internal.orm;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.AttributeConverter;

/** A YearMonth is stored as the DATE of its first day; Hibernate has no YearMonth type of its own. */
public class YearMonthConverter implements AttributeConverter<YearMonth, LocalDate> {

    @Override
    public LocalDate convertToDatabaseColumn(YearMonth manad) {
        return manad == null ? null : manad.atDay(1);
    }

    @Override
    public YearMonth convertToEntityAttribute(LocalDate dag) {
        return dag == null ? null : YearMonth.from(dag);
    }
}
