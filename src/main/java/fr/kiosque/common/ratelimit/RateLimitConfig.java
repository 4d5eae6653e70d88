package fr.kiosque.common.ratelimit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.rate-limit.*}: where the rate limiter keeps its counters. */
@ConfigMapping(prefix = "kiosque.rate-limit")
interface RateLimitConfig {

    /** How often ended windows are deleted from PostgreSQL ("1h"; "off" disables it on an instance). */
    @WithDefault("1h")
    String purgeEvery();

    /**
     * Keep the counters in Redis ({@code quarkus.redis.hosts}) rather than PostgreSQL. When Redis
     * cannot answer, hits are counted in PostgreSQL meanwhile, with a warning: never an error.
     */
    @WithDefault("false")
    boolean redis();

    /** How long a hit waits for Redis before it is counted in PostgreSQL instead. */
    @WithDefault("PT0.5S")
    Duration redisTimeout();

    /** After Redis failed to answer, how long hits go to PostgreSQL before Redis is tried again. */
    @WithDefault("PT10S")
    Duration redisRetryAfter();
}
