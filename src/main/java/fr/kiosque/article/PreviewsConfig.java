package fr.kiosque.article;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.previews.*} */
@ConfigMapping(prefix = "kiosque.previews")
interface PreviewsConfig {

    /** How long a preview link works. */
    @WithDefault("PT24H")
    Duration ttl();

    /**
     * The key that signs preview tokens (32 characters or more). When absent, one generated once
     * is kept in the database (table signing_secret), shared by every instance.
     */
    Optional<String> secret();
}
