package fr.kiosque.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.search.*} */
@ConfigMapping(prefix = "kiosque.search")
interface SearchConfig {

    /**
     * How many of the most recent matches of each type are ranked. Bounds the work of a query
     * that matches most of the magazine ("communication"); {@code totalItems} counts at most that
     * many per type.
     */
    @WithDefault("300")
    int window();
}
