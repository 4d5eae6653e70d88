package fr.kiosque.common.http;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Security headers, and {@code Date} (RFC 9110: caches compute an answer's age from it; Vert.x
 * sends none), on every answer the router writes, whoever writes it (JAX-RS, the response cache
 * on the event loop, the problem answers of the HTTP layer, Quarkus's own endpoints): they are
 * added when the head of the answer is written. {@code Server} and framework version headers
 * are removed. Swagger UI (HTML, scripts) gets a policy that lets it run; everything else is data
 * and may load nothing.
 */
@ApplicationScoped
class SecurityHeaders {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** Quarkus's Swagger UI page configures itself with an inline script. */
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    private static final String SWAGGER_UI = "/q/swagger-ui";

    private final boolean hstsAlways;
    private final String hsts;

    SecurityHeaders(HttpConfig config) {
        this.hstsAlways = config.hsts().always();
        this.hsts = "max-age=" + config.hsts().maxAge().toSeconds() + "; includeSubDomains";
    }

    void install(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Router router) {
        // first of all (observed before RouterProblems, same order), so that the answers of every later handler carry the headers
        router.route().order(Integer.MIN_VALUE).handler(this::register);
    }

    private void register(RoutingContext ctx) {
        String path = ctx.request().path();
        // the scheme is the client's when the proxy's X-Forwarded-Proto is trusted (quarkus.http.proxy.*)
        boolean tls = hstsAlways || ctx.request().isSSL() || "https".equalsIgnoreCase(ctx.request().scheme());
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            headers.set("Date", HttpDate.now());
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Content-Security-Policy",
                    path != null && path.startsWith(SWAGGER_UI) ? SWAGGER_UI_POLICY : API_POLICY);
            if (tls) {
                headers.set("Strict-Transport-Security", hsts);
            }
            headers.remove("Server");
            headers.remove("X-Powered-By");
        });
        ctx.next();
    }
}
