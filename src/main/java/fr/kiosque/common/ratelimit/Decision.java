package fr.kiosque.common.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * The answer of {@link RateLimiter#hit}: whether this hit is allowed, how many remain in the
 * window, and when the window ends.
 *
 * @param allowed    whether the hit is within the limit
 * @param hits       hits counted in the current window, this one included
 * @param limit      hits allowed per window
 * @param resetAt    when the current window ends
 * @param retryAfter how long until the window ends (at least one second)
 */
public record Decision(boolean allowed, int hits, int limit, Instant resetAt, Duration retryAfter) {

    /** Hits still allowed in the current window. */
    public int remaining() {
        return Math.max(0, limit - hits);
    }

    /** {@link #retryAfter()} in whole seconds, rounded up, as the {@code Retry-After} header wants it. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    static Decision of(RateLimit limit, int hits, Instant resetAt, Instant now) {
        Duration retryAfter = Duration.between(now, resetAt);
        if (retryAfter.compareTo(Duration.ofSeconds(1)) < 0) {
            retryAfter = Duration.ofSeconds(1);
        }
        return new Decision(hits <= limit.limit(), hits, limit.limit(), resetAt, retryAfter);
    }
}
