package fr.kiosque.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * The guides in {@code docs/} are served at {@code /docs/…}; Vert.x knows no media type for
 * Markdown, so this names it ({@code text/markdown; charset=UTF-8}, RFC 7763).
 */
@ApplicationScoped
class DocsContentType {

    void install(@Observes Router router) {
        router.get("/docs/*").order(-1).handler(ctx -> {
            if (ctx.normalizedPath().endsWith(".md")) {
                ctx.addHeadersEndHandler(v -> {
                    if (ctx.response().getStatusCode() == 200) {
                        ctx.response().putHeader("Content-Type", "text/markdown; charset=UTF-8");
                    }
                });
            }
            ctx.next();
        });
    }
}
