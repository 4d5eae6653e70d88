package fr.kiosque.common.http.cache;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A test-only public route that answers RSS (as the feeds will), to prove the cache keeps an
 * answer's media type and bytes. Hidden from the OpenAPI document.
 */
@Path("/api/v1/test-only/cache-probe")
@PermitAll
class CacheProbeResource {

    static final AtomicInteger CALLS = new AtomicInteger();
    static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Kiosque — é</title></channel></rss>";

    @GET
    @Produces("application/rss+xml;charset=UTF-8")
    @PublicCache("test-probe")
    @Operation(hidden = true)
    public String rss() {
        CALLS.incrementAndGet();
        return RSS;
    }
}
