package se.kundval.portal.tests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the test moves forward: each login takes a new TOTP step (a code works once), and the
 * session's idle and absolute limits are reached without waiting.
 */
final class Flyttbarklocka extends Clock {

    private final AtomicReference<Instant> nu;
    private final ZoneId zon;

    Flyttbarklocka(Instant start, ZoneId zon) {
        this.nu = new AtomicReference<>(start);
        this.zon = zon;
    }

    void flytta(Duration tid) {
        nu.updateAndGet(i -> i.plus(tid));
    }

    @Override
    public ZoneId getZone() {
        return zon;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(nu.get(), zone);
    }

    @Override
    public Instant instant() {
        return nu.get();
    }
}
