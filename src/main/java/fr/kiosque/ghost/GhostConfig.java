package fr.kiosque.ghost;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.ghost.*}: the Ghost-compatible Content API (docs/ghost.md). */
@ConfigMapping(prefix = "kiosque.ghost")
interface GhostConfig {

    /**
     * The HMAC key of stored key hashes (the same on every instance). Unset: a random one the first
     * instance keeps in the database.
     */
    Optional<String> keyHashSecret();

    /** Most items one answer holds: {@code limit=all} and larger numbers stop there (meta.pagination says what remains). */
    @WithDefault("100")
    int maxLimit();

    /**
     * How often each instance adds the keys' usage it counted in memory to the database ("5s"; "off" leaves it
     * to shutdown and to the usage endpoint, which flushes this instance first).
     */
    @WithDefault("5s")
    String usageFlushEvery();

    /** The site's title in {@code settings}. */
    @WithDefault("Kiosque")
    String title();

    /** The site's description in {@code settings}. */
    @WithDefault("Le magazine de la communication, du marketing et du digital")
    String description();

    /** A tag's page on the frontend; {slug} is replaced (sections use kiosque.site.section-path). */
    @WithDefault("/mots-cles/{slug}")
    String tagPath();

    /** An author's page on the frontend. */
    @WithDefault("/auteurs/{slug}")
    String authorPath();
}
