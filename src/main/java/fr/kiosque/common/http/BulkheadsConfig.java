package fr.kiosque.common.http;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/**
 * {@code kiosque.bulkheads.<name>.concurrency|queue|max-wait|retry-after}: how many expensive
 * answers of each kind run at once, how many more wait and how long ({@link Bulkhead});
 * application.properties sets every kind's values.
 */
@ConfigMapping(prefix = "kiosque.bulkheads")
public interface BulkheadsConfig {

    @WithParentName
    Map<String, Limits> all();

    interface Limits {
        /** How many run at once. */
        int concurrency();

        /** How many more wait for a place. */
        @WithDefault("0")
        int queue();

        /** How long one waits at most before its 503. */
        @WithDefault("PT10S")
        Duration maxWait();

        /** {@code Retry-After} of a refusal. */
        @WithDefault("PT5S")
        Duration retryAfter();
    }
}
