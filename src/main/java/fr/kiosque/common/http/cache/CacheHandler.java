package fr.kiosque.common.http.cache;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers public GETs from the {@link ResponseCache} on the event loop, before JAX-RS: no
 * worker thread, no database, no serialization. A client that accepts gzip gets the bytes
 * compressed once when the answer was stored (with its own ETag, and {@code Vary}). A miss goes on to the resource, whose answer
 * {@link PublicCacheFilter} stores. It runs after Quarkus's own handlers (CORS, configured
 * headers), so cached answers carry the same headers as computed ones.
 */
@ApplicationScoped
class CacheHandler {

    /** Quarkus's own endpoints (health, metrics, OpenAPI): never stored, not worth a lookup. */
    private static final String QUARKUS = "/q/";

    private final ResponseCache cache;

    CacheHandler(ResponseCache cache) {
        this.cache = cache;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
    }

    void serve(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpMethod method = request.method();
        String path = request.path();
        // only answers of @PublicCache routes are ever stored, whatever their path (/api/v1/…, /feeds/…);
        // a preview (?preview=…) is never answered from the cache
        if (!cache.enabled() || (method != HttpMethod.GET && method != HttpMethod.HEAD) || path == null
                || path.startsWith(QUARKUS) || CacheKeys.isPrivate(request.query())) {
            ctx.next();
            return;
        }
        Optional<CachedAnswer> found = cache.lookup(CacheKeys.of(path, request.query()));
        if (found.isEmpty() || !acceptable(request.getHeader("Accept"), found.get().contentType())) {
            ctx.next();
            return;
        }
        CachedAnswer answer = found.get();
        boolean gzip = answer.gzipBody() != null && HttpCaching.acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = gzip ? answer.gzipEtag() : answer.etag();
        Buffer body = gzip ? answer.gzipBody() : answer.body();
        HttpServerResponse response = ctx.response();
        response.putHeader("ETag", etag);
        response.putHeader("Cache-Control", answer.cacheControl());
        response.putHeader("Vary", HttpCaching.VARY);
        response.putHeader("X-Kiosque-Cache", "HIT");
        for (Map.Entry<String, String> header : answer.headers().entrySet()) {
            response.putHeader(header.getKey(), header.getValue());
        }
        // the client's copy is current whichever encoding it has: 304, naming the tag it sent
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            String held = ifNoneMatch.equals(etag) || HttpCaching.noneMatchHits(ifNoneMatch, answer.etag()) ? answer.etag()
                    : answer.gzipBody() != null && HttpCaching.noneMatchHits(ifNoneMatch, answer.gzipEtag()) ? answer.gzipEtag()
                    : null;
            if (held != null) {
                response.putHeader("ETag", ifNoneMatch.equals(etag) ? etag : held);
                response.setStatusCode(304).end();
                return;
            }
        }
        if (HttpCaching.notModifiedSince(ifNoneMatch, request.getHeader("If-Modified-Since"),
                answer.headers().get("Last-Modified"))) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader("Content-Type", answer.contentType());
        if (gzip) {
            response.putHeader("Content-Encoding", "gzip");
        }
        if (method == HttpMethod.HEAD) {
            response.putHeader("Content-Length", String.valueOf(body.length())).end();
        } else {
            response.end(body); // written from the direct buffer as it is, without a copy (CachedAnswer)
        }
    }

    /**
     * Whether the client accepts the stored media type. Anything not plainly acceptable goes to
     * JAX-RS, which negotiates (and answers 406 where it must).
     */
    static boolean acceptable(String accept, String contentType) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String stored = mediaTypeOnly(contentType);
        String storedMajor = stored.substring(0, Math.max(stored.indexOf('/'), 0));
        for (String range : accept.split(",")) {
            String value = mediaTypeOnly(range);
            if (range.contains("q=0") && !range.matches(".*q=0\\.\\d*[1-9].*")) {
                continue; // q=0 means "not this one"
            }
            if (value.equals("*/*") || value.equals(stored) || value.equals(storedMajor + "/*") || suffixAccepts(value, stored)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A client that takes XML (or JSON) takes the types built on it (RFC 6839 suffixes): a feed
     * reader asking for {@code application/xml} gets the {@code application/rss+xml} feed.
     */
    static boolean suffixAccepts(String range, String stored) {
        return stored.endsWith("+xml") && (range.equals("application/xml") || range.equals("text/xml"))
                || stored.endsWith("+json") && range.equals("application/json");
    }

    private static String mediaTypeOnly(String value) {
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(java.util.Locale.ROOT);
    }
}
