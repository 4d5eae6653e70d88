package fr.kiosque.common.http.cache;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.cache.*}: the server-side cache of rendered public answers. */
@ConfigMapping(prefix = "kiosque.cache")
public interface CacheConfig {

    /** Off: every public GET is computed (HTTP caching headers are still sent). */
    @WithDefault("true")
    boolean enabled();

    /** Upper bound of the bytes held (bodies), per instance. */
    @WithDefault("64M")
    MemorySize maxSize();

    /** Safety net: an answer is recomputed after this long even if nothing invalidated it. */
    @WithDefault("PT10M")
    Duration ttl();

    /**
     * How long an answer that stopped being fresh for a reason other than a write (the safety-net
     * TTL, or a lost invalidation channel) is kept to be served, marked stale, when computing it
     * fails because the database cannot be reached ({@code stale-if-error}, RFC 5861). 0: never.
     */
    @WithDefault("PT6H")
    Duration staleIfError();

    /** PostgreSQL channel on which instances tell each other what to invalidate. */
    @WithDefault("kiosque_cache")
    String channel();
}
