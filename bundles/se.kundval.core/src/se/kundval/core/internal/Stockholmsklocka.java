package se.kundval.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Component;

import se.kundval.core.Tid;

/**
 * The product's {@link Clock} service: the system clock in {@link Tid#STOCKHOLM}, so that every
 * {@code LocalDate.now(klocka)} is a day in Stockholm. The only place in the product that reads the
 * wall clock; services bind the highest-ranked Clock, so a test registers a fixed one above it.
 */
@Component(service = Clock.class)
public class Stockholmsklocka extends Clock {

    private final Clock system = Clock.system(Tid.STOCKHOLM);

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return system.withZone(zone);
    }

    @Override
    public Instant instant() {
        return system.instant();
    }

    @Override
    public long millis() {
        return system.millis();
    }
}
