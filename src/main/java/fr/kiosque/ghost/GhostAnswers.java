package fr.kiosque.ghost;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.resteasy.reactive.RestResponse;

import io.vertx.ext.web.RoutingContext;

/**
 * The headers of every Content API answer: {@code Content-Version}, never stored by shared caches
 * (answers carry per-key headers), CORS by the key's allowed origins ({@link GhostRoutes} took the
 * request's {@code Origin} aside), and the key's rate-limit headers.
 */
final class GhostAnswers {

    /** The version of Ghost's Content API these answers follow. */
    static final String CONTENT_VERSION = "v5.0";
    static final String EXPOSED = "RateLimit, RateLimit-Policy, Content-Version, Retry-After";

    private GhostAnswers() {
    }

    /** An answer to a checked caller. */
    static <T> RestResponse<T> ok(T body, RoutingContext ctx, KeyAccess.Caller caller) {
        RestResponse.ResponseBuilder<T> answer = RestResponse.ResponseBuilder.ok(body);
        headers(ctx, caller).forEach(answer::header);
        return answer.build();
    }

    /** The headers of an error answer (no checked caller yet, or one the request stored). */
    static Map<String, String> common(RoutingContext ctx) {
        KeyAccess.Caller caller = ctx == null ? null : ctx.get(GhostRoutes.CALLER);
        return headers(ctx, caller);
    }

    private static Map<String, String> headers(RoutingContext ctx, KeyAccess.Caller caller) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Version", CONTENT_VERSION);
        headers.put("Cache-Control", "private, no-store");
        String origin = ctx == null ? null : ctx.get(GhostRoutes.ORIGIN);
        if (origin != null) {
            headers.put("Vary", "Origin");
            // an error before any key is known stays readable; a keyed answer only from the key's origins
            if (caller == null || caller.allowedOrigins().contains(origin)) {
                headers.put("Access-Control-Allow-Origin", origin);
                headers.put("Access-Control-Expose-Headers", EXPOSED);
            }
        }
        if (caller != null) {
            headers.putAll(caller.rateLimitHeaders());
        }
        return headers;
    }
}
