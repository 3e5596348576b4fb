package se.kundval.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Per-address throttling of failed portal logins (decision 0352): beside the account lockout of the
 * login rules, an address that fails 20 times within 15 minutes waits until the oldest failure is 15
 * minutes old. That stops one machine from trying many user names, which the per-account lockout
 * alone does not.
 */
final class Inloggningsgrind {

    static final int GRANS = 20;
    static final Duration FONSTER = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> misslyckade = new ConcurrentHashMap<>();
    private final Supplier<Clock> klocka;

    Inloggningsgrind(Supplier<Clock> klocka) {
        this.klocka = klocka;
    }

    /** True when the address may try to log in now. */
    boolean oppen(String adress) {
        Instant nu = klocka.get().instant();
        Deque<Instant> forsok = misslyckade.get(adress);
        if (forsok == null) {
            return true;
        }
        synchronized (forsok) {
            rensa(forsok, nu);
            return forsok.size() < GRANS;
        }
    }

    void misslyckades(String adress) {
        Instant nu = klocka.get().instant();
        Deque<Instant> forsok = misslyckade.computeIfAbsent(adress, a -> new ArrayDeque<>());
        synchronized (forsok) {
            rensa(forsok, nu);
            forsok.addLast(nu);
        }
    }

    void lyckades(String adress) {
        misslyckade.remove(adress);
    }

    private static void rensa(Deque<Instant> forsok, Instant nu) {
        while (!forsok.isEmpty() && !forsok.peekFirst().isAfter(nu.minus(FONSTER))) {
            forsok.removeFirst();
        }
    }
}
