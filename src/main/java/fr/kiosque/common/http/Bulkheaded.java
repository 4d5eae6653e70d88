package fr.kiosque.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public GET whose computation is expensive: a request the response cache does not answer
 * waits for a place in the {@link Bulkhead} of that name ({@link Bulkheads}), on the event loop,
 * before the resource runs, and holds it until its answer is written; past the bulkhead's queue,
 * a 503 problem with {@code Retry-After}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Bulkheaded {

    /** The bulkhead's name: {@link Bulkheads#SITEMAPS}, {@link Bulkheads#FEEDS}… */
    String value();
}
