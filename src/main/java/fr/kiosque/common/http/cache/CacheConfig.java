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

    /** How long a public 404 is kept (and may be kept by browsers and CDNs); publishing the slug drops it at once. */
    @WithDefault("PT30S")
    Duration notFoundTtl();

    /**
     * How long concurrent misses of one key wait for the request already computing it (single
     * flight) before computing it themselves.
     */
    @WithDefault("PT5S")
    Duration singleFlightWait();

    /**
     * {@code Surrogate-Control} / {@code CDN-Cache-Control} lifetime of public answers: how long a
     * CDN may keep them. Longer than the browsers' ({@code kiosque.http.cache.max-age}) since every
     * invalidation is announced to the CDN ({@code cache.purge} webhook, surrogate keys).
     */
    @WithDefault("PT1H")
    Duration cdnMaxAge();

    /** PostgreSQL channel on which instances tell each other what to invalidate. */
    @WithDefault("kiosque_cache")
    String channel();
}
