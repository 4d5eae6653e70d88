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

    /** PostgreSQL channel on which instances tell each other what to invalidate. */
    @WithDefault("kiosque_cache")
    String channel();
}
