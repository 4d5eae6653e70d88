package fr.kiosque.common.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the counters of {@link RateLimiter} live: PostgreSQL ({@link PostgresRateLimitStore}) or
 * Redis ({@link RedisRateLimitStore}). A store counts atomically: one hit, one round trip, no
 * read-then-write.
 */
interface RateLimitStore {

    /** The count and end of the key's window after this hit. */
    record Window(int hits, Instant expiresAt) {
    }

    /**
     * Counts one hit, atomically: opens a window of {@code window} from {@code now} when the key
     * has none or its window has ended (count 1), otherwise adds one to the current count.
     */
    Window hit(String bucket, String keyHash, Instant now, Duration window);

    /** The key's count in its current window without counting a hit; zero when it has none or it has ended. */
    Window peek(String bucket, String keyHash, Instant now);

    /** Forgets the key's window (its next hit opens a new one). */
    void reset(String bucket, String keyHash);

    /** Deletes the windows that ended before {@code now}; returns how many. */
    int purgeExpired(Instant now);
}
