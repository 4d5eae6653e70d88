package fr.kiosque.common.http.cache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opts a public GET into HTTP caching: a strong {@code ETag}, {@code 304} on a matching
 * {@code If-None-Match}, {@code Cache-Control: public, max-age=…}, the surrogate keys a CDN purges
 * by, and the server-side {@link ResponseCache} that answers repeated requests without the
 * database. Its 404s are kept briefly too.
 * <p>
 * Nothing is cacheable unless it says so: a route without this annotation answers
 * {@code Cache-Control: private, no-store}. A method that must not cache one particular answer
 * (a preview, say) sets its own {@code Cache-Control} header and is left alone. Only the query
 * parameters the method declares ({@code @QueryParam}, {@code @BeanParam}) reach it and its key.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface PublicCache {

    /** The namespaces this answer depends on ({@link CacheNamespaces}). */
    String[] value();

    /**
     * Items this answer depends on, with path parameters in braces: {@code "article:{slug}"}. A
     * write that invalidates the item drops this answer without touching the rest of its namespaces.
     */
    String[] items() default {};
}
