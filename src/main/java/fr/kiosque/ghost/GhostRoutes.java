package fr.kiosque.ghost;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The Content API's routes before anything else sees them (its observer runs before
 * {@code RouterProblems}'s, at the same first order): the {@code /ghost/api/v3/content/} and
 * {@code /ghost/api/v4/content/} prefixes older clients build are rerouted to
 * {@code /ghost/api/content/}; its CORS is its own, by each key's allowed origins, outside the
 * global check ({@code quarkus.http.cors}): the request's {@code Origin} is taken aside (for
 * {@link GhostAnswers}) and removed, and preflights are answered here. A preflight carries no key
 * a browser can be trusted with, so it is answered for any origin; the answer itself is readable
 * only from the key's origins.
 */
@ApplicationScoped
class GhostRoutes {

    static final String PREFIX = "/ghost/api/content/";
    static final String ORIGIN = GhostRoutes.class.getName() + ".origin";
    static final String CALLER = GhostRoutes.class.getName() + ".caller";
    private static final String[] OLDER = { "/ghost/api/v3/content/", "/ghost/api/v4/content/" };

    void install(@Observes @Priority(1000) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path == null || !path.startsWith("/ghost/api/")) {
            ctx.next();
            return;
        }
        for (String older : OLDER) {
            if (path.startsWith(older)) {
                takeOrigin(ctx);
                String query = ctx.request().query();
                ctx.reroute(ctx.request().method(), PREFIX + path.substring(older.length()) + (query == null ? "" : "?" + query));
                return;
            }
        }
        if (!path.startsWith(PREFIX)) {
            ctx.next();
            return;
        }
        takeOrigin(ctx);
        String origin = ctx.get(ORIGIN);
        if (ctx.request().method() == HttpMethod.OPTIONS && origin != null
                && ctx.request().getHeader("Access-Control-Request-Method") != null) {
            ctx.response().setStatusCode(204)
                    .putHeader("Access-Control-Allow-Origin", origin)
                    .putHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                    .putHeader("Access-Control-Allow-Headers", "Accept-Version, Accept, Content-Type, If-None-Match")
                    .putHeader("Access-Control-Max-Age", "3600")
                    .putHeader("Vary", "Origin")
                    .end();
            return;
        }
        ctx.next();
    }

    private static void takeOrigin(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        if (origin != null) {
            ctx.put(ORIGIN, origin);
            ctx.request().headers().remove("Origin");
        }
    }
}
