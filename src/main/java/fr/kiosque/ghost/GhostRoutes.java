package fr.kiosque.ghost;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.kiosque.common.http.Bulkhead;
import fr.kiosque.common.http.QueryParams;
import fr.kiosque.ghost.api.GhostDocs;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The Content API's gate, before anything else sees its requests (its observer runs before
 * {@code RouterProblems}'s, at the same first order), so before the response cache:
 * <ul>
 * <li>the key is checked ({@link KeyAccess}: unknown or revoked, 401; past its limit, 429) on a
 * worker thread, then the request goes on without its key and with its rights class
 * ({@code rights=FULL|EXCERPT}, whatever the client sent): the response cache keys answers by
 * rights class, never by key;</li>
 * <li>the per-key headers (rate limit, CORS by the key's allowed origins, {@code Content-Version})
 * are added to each answer as it is written, cached or not, and never stored; no shared cache
 * keeps a keyed answer ({@code private, no-store});</li>
 * <li>the {@code /ghost/api/v3/content/} and {@code /ghost/api/v4/content/} prefixes older
 * clients build are read as {@code /ghost/api/content/};</li>
 * <li>its CORS is its own, outside the global check ({@code quarkus.http.cors}): the request's
 * {@code Origin} is taken aside and removed; a preflight (which carries {@code ?key=}, as Ghost's
 * client sends it) is answered only for an origin the key allows.</li>
 * </ul>
 */
@ApplicationScoped
class GhostRoutes {

    static final String PREFIX = "/ghost/api/content/";
    static final String ORIGIN = GhostRoutes.class.getName() + ".origin";
    static final String CALLER = GhostRoutes.class.getName() + ".caller";
    /** The query parameter of the rights class, set here only. */
    static final String RIGHTS = "rights";
    /** The bulkhead of the Content API's misses ({@code kiosque.bulkheads.ghost.*}): its 503 in Ghost's shape. */
    static final String BULKHEAD = "ghost";
    /** The version of Ghost's Content API these answers follow. */
    static final String CONTENT_VERSION = "v5.0";
    static final String EXPOSED = "RateLimit, RateLimit-Policy, Content-Version, Retry-After";
    private static final String[] OLDER = { "/ghost/api/v3/content/", "/ghost/api/v4/content/" };
    /** What a CDN would key a public answer by: a keyed answer is for its caller only. */
    private static final List<String> SHARED = List.of("Surrogate-Key", "Cache-Tag", "Surrogate-Control", "CDN-Cache-Control");

    @Inject KeyAccess access;
    @Inject ObjectMapper mapper;

    /** The caller this request's key was checked as (by {@link #handle}); a 401 if none was. */
    static KeyAccess.Caller caller(RoutingContext ctx) {
        KeyAccess.Caller caller = ctx == null ? null : ctx.get(CALLER);
        if (caller == null) {
            throw GhostException.unauthorized("Authorization failed: send your Content API key as the key query parameter.");
        }
        return caller;
    }

    void install(@Observes @Priority(1000) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path == null || !path.startsWith("/ghost/api/")) {
            ctx.next();
            return;
        }
        KeyAccess.Caller checked = ctx.get(CALLER);
        if (checked != null) { // back here after the reroute below
            ctx.addHeadersEndHandler(v -> decorate(ctx.response(), ctx.get(ORIGIN), checked));
            ctx.put(Bulkhead.REFUSAL_WRITER, (java.util.function.Consumer<fr.kiosque.common.error.ProblemException>) refusal -> refuse(ctx,
                    new GhostException(503, "ServiceUnavailableError", "Too many Content API requests are being computed. Retry in "
                            + refusal.headers().getOrDefault("Retry-After", "5") + " s.", refusal.headers())));
            ctx.next();
            return;
        }
        String rest = null;
        for (String older : OLDER) {
            if (path.startsWith(older)) {
                rest = path.substring(older.length());
            }
        }
        if (rest == null && path.startsWith(PREFIX)) {
            rest = path.substring(PREFIX.length());
        }
        if (rest == null) {
            ctx.next();
            return;
        }
        String origin = ctx.request().getHeader("Origin");
        if (origin != null) {
            ctx.put(ORIGIN, origin);
            ctx.request().headers().remove("Origin");
        }
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.OPTIONS && origin != null && ctx.request().getHeader("Access-Control-Request-Method") != null) {
            preflight(ctx, origin);
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            ctx.next(); // 405 from the routes, in the house's shape
            return;
        }
        String key = ctx.request().getParam("key");
        String target = PREFIX + rest;
        ctx.vertx().<KeyAccess.Caller> executeBlocking(() -> access.check(key), false).onComplete(result -> {
            if (ctx.response().closed()) {
                return;
            }
            if (result.failed()) {
                if (result.cause() instanceof GhostException refused) {
                    refuse(ctx, refused);
                } else {
                    ctx.fail(result.cause());
                }
                return;
            }
            ctx.put(CALLER, result.result());
            ctx.reroute(method, target + "?" + query(ctx.request().query(), result.result().rights()));
        });
    }

    /** The query without the key nor a rights class the client sent, with the caller's rights class. */
    static String query(String raw, KeyRights rights) {
        StringBuilder query = new StringBuilder();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                // a name that cannot be decoded is kept as sent: answered, never cached (PublicRoutes)
                String name = QueryParams.decodedName(pair);
                if (!pair.isEmpty() && !"key".equals(name) && !RIGHTS.equals(name)) {
                    query.append(pair).append('&');
                }
            }
        }
        return query.append(RIGHTS).append('=').append(URLEncoder.encode(rights.name(), StandardCharsets.UTF_8)).toString();
    }

    /** A preflight: answered for an origin the key allows, refused (403, or 401 without a known key) otherwise. */
    private void preflight(RoutingContext ctx, String origin) {
        String key = ctx.request().getParam("key");
        ctx.vertx().<List<String>> executeBlocking(() -> access.origins(key), false).onComplete(result -> {
            ctx.remove(ORIGIN); // a refused preflight allows no origin
            if (result.failed()) {
                if (result.cause() instanceof GhostException refused) {
                    refuse(ctx, refused);
                } else {
                    ctx.fail(result.cause());
                }
            } else if (!result.result().contains(origin)) {
                refuse(ctx, new GhostException(403, "NoPermissionError",
                        "This Content API key does not allow the origin " + origin + ": add it to the key's allowedOrigins.", Map.of()));
            } else {
                ctx.response().setStatusCode(204)
                        .putHeader("Access-Control-Allow-Origin", origin)
                        .putHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                        .putHeader("Access-Control-Allow-Headers", "Accept-Version, Accept, Content-Type, If-None-Match")
                        .putHeader("Access-Control-Max-Age", "3600")
                        .putHeader("Vary", "Origin")
                        .putHeader("Cache-Control", "private, no-store")
                        .end();
            }
        });
    }

    /** An error in Ghost's shape, written here (before any resource). */
    private void refuse(RoutingContext ctx, GhostException e) {
        HttpServerResponse response = ctx.response();
        if (response.closed() || response.ended()) {
            return;
        }
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(GhostErrors.body(e));
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException(failure);
        }
        response.setStatusCode(e.status()).putHeader("Content-Type", "application/json");
        decorate(response, ctx.get(ORIGIN), ctx.get(CALLER));
        e.headers().forEach(response::putHeader);
        response.end(Buffer.buffer(body));
    }

    /**
     * The headers of every Content API answer: {@code Content-Version}; {@code private, no-store}
     * and none of a CDN's keys (answers carry per-key headers); CORS for the key's allowed origins
     * (an error before any key is known stays readable); the key's rate-limit headers.
     */
    static void decorate(HttpServerResponse response, String origin, KeyAccess.Caller caller) {
        var headers = response.headers();
        headers.set("Content-Version", CONTENT_VERSION);
        headers.set("Cache-Control", "private, no-store");
        SHARED.forEach(headers::remove);
        if (origin != null) {
            String vary = headers.get("Vary");
            headers.set("Vary", vary == null || vary.isBlank() ? "Origin" : vary + ", Origin");
            if (caller == null || caller.allowedOrigins().contains(origin)) {
                headers.set("Access-Control-Allow-Origin", origin);
                headers.set("Access-Control-Expose-Headers", EXPOSED);
            }
        }
        if (caller != null) {
            caller.rateLimitHeaders().forEach(headers::set);
        }
    }
}
