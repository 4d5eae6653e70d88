package fr.kiosque.common.http.cache;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs inside {@code @Transactional} (a later priority), so the invalidation commits with the write. */
@InvalidatesCache({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
class InvalidatesCacheInterceptor {

    private final CacheInvalidator invalidator;

    InvalidatesCacheInterceptor(CacheInvalidator invalidator) {
        this.invalidator = invalidator;
    }

    @AroundInvoke
    Object invalidateAfterTheWrite(InvocationContext context) throws Exception {
        Object result = context.proceed();
        InvalidatesCache binding = context.getInterceptorBinding(InvalidatesCache.class);
        if (binding == null) {
            binding = context.getMethod().getAnnotation(InvalidatesCache.class);
        }
        if (binding != null) {
            invalidator.invalidate(binding.value());
        }
        return result;
    }
}
