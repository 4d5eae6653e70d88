package fr.kiosque.common.http.cache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opts a public GET into HTTP caching: a strong {@code ETag}, {@code 304} on a matching
 * {@code If-None-Match}, {@code Cache-Control: public, max-age=…}, and the server-side
 * {@link ResponseCache} that answers repeated requests without the database.
 * <p>
 * Nothing is cacheable unless it says so: a route without this annotation answers
 * {@code Cache-Control: private, no-store}. A method that must not cache one particular answer
 * (a preview, say) sets its own {@code Cache-Control} header and is left alone.
 * <p>
 * {@link #value()} names the data the answer is computed from ({@link CacheNamespaces}): a
 * write to any of them invalidates the answer, on every instance.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicCache {

    /** The namespaces this answer depends on. */
    String[] value();
}
