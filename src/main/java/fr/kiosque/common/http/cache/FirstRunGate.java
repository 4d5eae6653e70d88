package fr.kiosque.common.http.cache;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets the first run of each route go alone; the requests that arrive meanwhile wait for it to end:
 * a route's first run in a fresh JVM does one-time work (Hibernate's query parsing, Jackson's
 * serializers) that a burst would otherwise do in every worker at once (docs/operations.md, "A
 * fresh instance under a burst"). A route is warm after its first run whatever it answered; no
 * request waits longer than {@code maxWait}.
 */
final class FirstRunGate {

    /** Returned to a request that does not hold the first run: nothing to give back. */
    static final Pass NO_PASS = () -> {
    };

    private final ConcurrentHashMap<Object, Route> routes = new ConcurrentHashMap<>();
    private final long maxWaitNanos;

    FirstRunGate(Duration maxWait) {
        this.maxWaitNanos = maxWait.toNanos();
    }

    /**
     * Waits, if the route's first run is under way, until it ends (at most {@code maxWait}).
     *
     * @return the pass of the route's first run, to {@linkplain Pass#close() close} when the
     *         request has ended, or {@link #NO_PASS} when the route is already warm
     */
    Pass enter(Object routeKey) {
        Route route = routes.get(routeKey);
        if (route != null && route.warm) {
            return NO_PASS;
        }
        route = routes.computeIfAbsent(routeKey, key -> new Route());
        if (route.warm) {
            return NO_PASS;
        }
        try {
            if (!route.firstRun.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
                return NO_PASS; // the first run is taking too long: run anyway rather than keep the client waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NO_PASS;
        }
        if (route.warm) {
            route.firstRun.release(); // waited for the first run, which has ended: let the next one through
            return NO_PASS;
        }
        return route.pass();
    }

    /** Whether the route has had its first run. */
    boolean isWarm(Object routeKey) {
        Route route = routes.get(routeKey);
        return route != null && route.warm;
    }

    /** Held by the request making a route's first run. Closing it more than once is harmless. */
    @FunctionalInterface
    interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Route {
        final Semaphore firstRun = new Semaphore(1);
        volatile boolean warm;

        Pass pass() {
            AtomicBoolean closed = new AtomicBoolean();
            return () -> {
                if (closed.compareAndSet(false, true)) {
                    warm = true;
                    firstRun.release();
                }
            };
        }
    }
}
