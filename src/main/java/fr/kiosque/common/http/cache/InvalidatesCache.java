package fr.kiosque.common.http.cache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * On a transactional service method that writes public data: when it returns normally, the
 * namespaces named are invalidated inside its transaction ({@link CacheInvalidator}), so the
 * cached public answers go as soon as it commits, on every instance.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface InvalidatesCache {

    @Nonbinding
    String[] value();
}
