package fr.kiosque.common.http.cache;

import java.lang.reflect.Method;
import java.time.Duration;

import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.ext.web.RoutingContext;

/**
 * Applies the {@link FirstRunGate} to the public reads ({@link PublicCache} routes), the ones a
 * burst reaches first. The pass is given back when the response has ended, or the connection
 * closed, whatever happened in between.
 */
class FirstRunFilter {

    /** Longer than any first run measured (0.6 s on a cold JVM), shorter than a client's patience. */
    static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final FirstRunGate gate = new FirstRunGate(MAX_WAIT);

    // runs on the thread of the resource method (a worker thread), so waiting here blocks no event loop
    @ServerRequestFilter
    void before(ResourceInfo resource, RoutingContext routing) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || PublicRoutes.annotation(method, PublicCache.class) == null) {
            return;
        }
        FirstRunGate.Pass pass = gate.enter(method);
        if (pass != FirstRunGate.NO_PASS) {
            routing.addEndHandler(ended -> pass.close());
        }
    }
}
