package fr.kiosque.common.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.time.Now;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.redis.client.RedisAPI;

/**
 * The one rate-limiting component of Kiosque: anything a client can repeat cheaply (logins,
 * comments, CV uploads) counts its hits here and answers 429 with {@code Retry-After} past the
 * limit. Counters are fixed windows shared by every instance, in PostgreSQL
 * ({@link PostgresRateLimitStore}) or, with {@code kiosque.rate-limit.redis=true}, in Redis
 * ({@link RedisRateLimitStore}, falling back on PostgreSQL when Redis does not answer); keys are
 * stored as SHA-256 hashes, never in clear.
 * <p>
 * Call it before opening a transaction: each hit is one short statement of its own.
 * <pre>{@code
 * limiter.enforce(COMMENTS_PER_CLIENT, ClientAddress.of(request), "Trop de commentaires envoyés depuis votre adresse.");
 * }</pre>
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private final RateLimitStore store;
    private final Clock clock;

    /** PostgreSQL, or Redis with PostgreSQL to fall back on ({@code kiosque.rate-limit.redis}). */
    @Inject
    RateLimiter(PostgresRateLimitStore postgres, Instance<RedisAPI> redis, RateLimitConfig config, Clock clock) {
        this(config.redis()
                ? new RedisRateLimitStore(redis::get, postgres, config.redisTimeout(), config.redisRetryAfter())
                : postgres, clock);
        LOG.debugf("Rate-limit counters kept in %s", config.redis() ? "Redis" : "PostgreSQL");
    }

    RateLimiter(RateLimitStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Counts one hit for {@code key} and says whether it is within the limit. */
    public Decision hit(RateLimit limit, String key) {
        Instant now = Now.of(clock);
        RateLimitStore.Window window = store.hit(limit.bucket(), hash(key), now, limit.window());
        return Decision.of(limit, window.hits(), window.expiresAt(), now);
    }

    /**
     * Counts one hit for {@code key}; past the limit, ends the request with a 429 whose detail is
     * {@code detail} followed by how long to wait.
     */
    public Decision enforce(RateLimit limit, String key, String detail) {
        Decision decision = hit(limit, key);
        if (!decision.allowed()) {
            LOG.debugf("Rate limit %s reached (%d hits)", limit.bucket(), decision.hits());
            throw tooManyRequests(decision, detail);
        }
        return decision;
    }

    /**
     * Refuses with a 429 (as {@link #enforce}) when {@code key} has already used up its hits in the
     * current window, without counting a hit: for limits that count failures only (a login counts
     * a hit when it fails, checks this before it is tried).
     */
    public void requireRemaining(RateLimit limit, String key, String detail) {
        Instant now = Now.of(clock);
        RateLimitStore.Window window = store.peek(limit.bucket(), hash(key), now);
        if (window.hits() >= limit.limit()) {
            LOG.debugf("Rate limit %s already reached (%d hits)", limit.bucket(), window.hits());
            throw tooManyRequests(Decision.of(limit, window.hits() + 1, window.expiresAt(), now), detail);
        }
    }

    /** Forgets the hits of {@code key} (after a successful login, say). */
    public void reset(RateLimit limit, String key) {
        store.reset(limit.bucket(), hash(key));
    }

    /**
     * The 429 answer for a refused hit: {@code urn:kiosque:problem:too-many-requests},
     * {@code Retry-After} in seconds, and a French detail ending with the wait.
     */
    public static ProblemException tooManyRequests(Decision decision, String detail) {
        long seconds = decision.retryAfterSeconds();
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, detail + " Réessayez dans " + inWords(seconds) + ".",
                null, Map.of("Retry-After", String.valueOf(seconds)));
    }

    @Scheduled(identity = "purge-rate-limits", every = "${kiosque.rate-limit.purge-every}", delayed = "1m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeExpired() {
        int purged = store.purgeExpired(Now.of(clock));
        LOG.debugf("Purged %d expired rate-limit windows", purged);
    }

    static String inWords(long seconds) {
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " seconde" : " secondes");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
