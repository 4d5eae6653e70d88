package fr.kiosque.common.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;

/**
 * Counters in Redis ({@code kiosque.rate-limit.redis=true}), shared by every instance: a hit is
 * one {@code EVAL} of a small Lua script, which Redis runs atomically, so parallel hits are each
 * counted once and never lost. The window's end is kept with the count and compared with the
 * application's clock, as {@link PostgresRateLimitStore} does; Redis expires the key itself once
 * the window is over, so nothing needs purging.
 * <p>
 * When Redis does not answer within {@code kiosque.rate-limit.redis-timeout} (down, unreachable,
 * refusing), the hit is counted by the fallback store (PostgreSQL) with a warning, and Redis is
 * left alone for {@code kiosque.rate-limit.redis-retry-after} (wall-clock time) before it is tried again: requests
 * are limited a little less precisely for a while (counts restart in the fallback), never refused
 * with a 5xx.
 */
class RedisRateLimitStore implements RateLimitStore {

    private static final Logger LOG = Logger.getLogger(RedisRateLimitStore.class);

    static final String KEY_PREFIX = "kiosque:rate-limit:";

    /**
     * KEYS[1]: the window's key; ARGV[1]: now (epoch ms); ARGV[2]: window (ms). A hash holds the
     * hits (h) and the window's end (e). Returns {hits, end}.
     */
    static final String HIT_SCRIPT = """
            local e = tonumber(redis.call('HGET', KEYS[1], 'e'))
            local now = tonumber(ARGV[1])
            if e == nil or e <= now then
              e = now + tonumber(ARGV[2])
              redis.call('HSET', KEYS[1], 'h', 1, 'e', e)
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return {1, e}
            end
            return {redis.call('HINCRBY', KEYS[1], 'h', 1), e}
            """;

    private final Supplier<RedisAPI> redis;
    private final RateLimitStore fallback;
    private final Duration timeout;
    private final Duration retryAfter;
    /** Epoch ms until which Redis is not tried (after a failure); 0 when it answers. */
    private final AtomicLong skipUntil = new AtomicLong();

    RedisRateLimitStore(Supplier<RedisAPI> redis, RateLimitStore fallback, Duration timeout, Duration retryAfter) {
        this.redis = redis;
        this.fallback = fallback;
        this.timeout = timeout;
        this.retryAfter = retryAfter;
    }

    @Override
    public Window hit(String bucket, String keyHash, Instant now, Duration window) {
        if (available()) {
            try {
                Response answer = redis.get().eval(List.of(HIT_SCRIPT, "1", key(bucket, keyHash),
                        String.valueOf(now.toEpochMilli()), String.valueOf(Math.max(1, window.toMillis()))))
                        .await().atMost(timeout);
                recovered();
                long hits = answer.get(0).toLong();
                return new Window((int) Math.min(hits, Integer.MAX_VALUE), Instant.ofEpochMilli(answer.get(1).toLong()));
            } catch (RuntimeException e) {
                failed(e);
            }
        }
        return fallback.hit(bucket, keyHash, now, window);
    }

    @Override
    public Window peek(String bucket, String keyHash, Instant now) {
        if (available()) {
            try {
                Response answer = redis.get().hmget(List.of(key(bucket, keyHash), "h", "e")).await().atMost(timeout);
                recovered();
                if (answer.get(0) == null || answer.get(1) == null || answer.get(1).toLong() <= now.toEpochMilli()) {
                    return new Window(0, now);
                }
                return new Window((int) Math.min(answer.get(0).toLong(), Integer.MAX_VALUE),
                        Instant.ofEpochMilli(answer.get(1).toLong()));
            } catch (RuntimeException e) {
                failed(e);
            }
        }
        return fallback.peek(bucket, keyHash, now);
    }

    @Override
    public void reset(String bucket, String keyHash) {
        if (available()) {
            try {
                redis.get().del(List.of(key(bucket, keyHash))).await().atMost(timeout);
                recovered();
                return;
            } catch (RuntimeException e) {
                failed(e);
            }
        }
        fallback.reset(bucket, keyHash);
    }

    /** Redis expires its keys itself; the fallback's windows (from times Redis was away) are purged. */
    @Override
    public int purgeExpired(Instant now) {
        return fallback.purgeExpired(now);
    }

    private boolean available() {
        long until = skipUntil.get();
        return until == 0 || System.currentTimeMillis() >= until;
    }

    private void failed(RuntimeException e) {
        long previous = skipUntil.getAndSet(System.currentTimeMillis() + retryAfter.toMillis());
        if (previous == 0) {
            LOG.warnf("Redis did not answer the rate limiter (%s): counting in PostgreSQL instead, trying Redis again in %s",
                    e.toString(), retryAfter);
        } else {
            LOG.debugf("Redis still does not answer the rate limiter (%s)", e.toString());
        }
    }

    private void recovered() {
        if (skipUntil.getAndSet(0) != 0) {
            LOG.info("Redis answers the rate limiter again: counting in Redis");
        }
    }

    static String key(String bucket, String keyHash) {
        return KEY_PREFIX + bucket + ":" + keyHash;
    }
}
