package fr.kiosque.common.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * A rate-limiting policy: at most {@code limit} hits per {@code window} in one bucket, counted
 * separately for each key (a client address, an account and a client...). Windows are fixed: the
 * first hit of a key opens one, and its count starts again from 1 once it has ended.
 *
 * @param bucket what is limited, e.g. {@code login-client}; stored in clear, so never personal
 * @param limit  hits allowed per window; the next ones are refused until the window ends
 * @param window how long a window lasts
 */
public record RateLimit(String bucket, int limit, Duration window) {

    public RateLimit {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(window, "window");
        if (bucket.isBlank() || bucket.length() > 64) {
            throw new IllegalArgumentException("A bucket name has 1 to 64 characters: " + bucket);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("A rate limit allows at least one hit: " + limit);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate-limit window lasts a while: " + window);
        }
    }
}
