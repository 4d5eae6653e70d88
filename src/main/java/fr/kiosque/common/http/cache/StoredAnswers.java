package fr.kiosque.common.http.cache;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

/**
 * A second tier behind the {@link ResponseCache}: answers a feature keeps rendered outside the
 * memory (article pages in PostgreSQL, say). On a miss of the memory, {@link CacheHandler} asks
 * it on a worker thread and answers what it finds without JAX-RS (marked
 * {@code X-Kiosque-Cache: STORED}); when it finds nothing, the route computes the answer as usual.
 */
public interface StoredAnswers {

    /** Whether this tier keeps the answers of that {@link PublicCache} resource method. */
    boolean answers(Method resourceMethod);

    /**
     * Blocking: the stored answer for a request without query parameters, by the route's path
     * parameters, if it is still what the route would answer now; empty otherwise.
     */
    Optional<RenderedAnswer> find(Map<String, String> pathParameters);

    /**
     * The same read without blocking, on the event loop, when this tier can read that way now;
     * null when it cannot (then {@link #find} is asked on a worker). A failure is an empty answer.
     */
    default io.vertx.core.Future<Optional<RenderedAnswer>> findOnEventLoop(Map<String, String> pathParameters) {
        return null;
    }
}
