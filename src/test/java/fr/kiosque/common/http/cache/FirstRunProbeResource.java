package fr.kiosque.common.http.cache;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A test-only public route that {@link FirstRunFilterTest} alone calls, so that its first run
 * happens under the test's control: every run waits for the test to open {@link #proceed}.
 * Hidden from the OpenAPI document.
 */
@Path("/api/v1/test-only/first-run-probe")
@PermitAll
class FirstRunProbeResource {

    static final AtomicInteger ENTERED = new AtomicInteger();
    static final AtomicInteger RUNNING = new AtomicInteger();
    static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();
    static volatile CountDownLatch proceed = new CountDownLatch(0);

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @PublicCache("test-first-run")
    @Operation(hidden = true)
    public String probe(@jakarta.ws.rs.QueryParam("n") String n) throws InterruptedException {
        // n: declared, so that each value is its own cache key (undeclared parameters are dropped)
        ENTERED.incrementAndGet();
        MOST_AT_ONCE.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
        try {
            proceed.await(30, TimeUnit.SECONDS);
            return "ok";
        } finally {
            RUNNING.decrementAndGet();
        }
    }
}
