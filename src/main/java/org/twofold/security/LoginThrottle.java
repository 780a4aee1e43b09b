package org.twofold.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows guessing: after {@value #MOST_FAILURES} wrong passwords in a row for one account, or from one
 * address, signing in there is paused for a while, even with the right password. A right password
 * before that clears the counts of the account and of the address. Kept in memory: a restart forgets it, which only ever
 * lets someone in sooner, never locks them out longer.
 */
public final class LoginThrottle {
    static final int MOST_FAILURES = 10;
    static final Duration PAUSE = Duration.ofMinutes(15);
    /** Bounds the memory an attacker can make it use with many names and addresses. */
    private static final int MOST_KEPT = 100_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new HashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Failures(int count, Instant pausedUntil) {}

    /** Until when signing in as this user, or from this address, is paused; empty when it is not. */
    public synchronized Optional<Instant> pausedUntil(String username, String address) {
        Instant now = clock.instant();
        return java.util.stream.Stream.of(key("user", username), key("from", address))
            .map(failures::get)
            .filter(f -> f != null && f.pausedUntil() != null && f.pausedUntil().isAfter(now))
            .map(Failures::pausedUntil)
            .max(Instant::compareTo);
    }

    public synchronized void failed(String username, String address) {
        if (failures.size() > MOST_KEPT) {
            failures.clear();
        }
        Instant now = clock.instant();
        for (String key : new String[] {key("user", username), key("from", address)}) {
            Failures f = failures.get(key);
            int count = f == null || f.pausedUntil() != null && !f.pausedUntil().isAfter(now) ? 1 : f.count() + 1;
            failures.put(key, new Failures(count, count >= MOST_FAILURES ? now.plus(PAUSE) : null));
        }
    }

    public synchronized void succeeded(String username, String address) {
        failures.remove(key("user", username));
        failures.remove(key("from", address));
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
