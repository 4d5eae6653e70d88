package fr.kiosque.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A public comment is a few kilobytes: its POST gets a smaller body limit than the application's
 * ({@code kiosque.comments.max-request-size}, 64 KiB by default, against
 * {@code quarkus.http.limits.max-body-size} for everything else). A declared larger body is
 * refused with a 413 problem before anything reads it; one sent without {@code Content-Length}
 * is bounded by the application's limit, and its text by the field limits (400).
 */
@ApplicationScoped
class CommentBodyLimit {

    private final long maxBytes;

    CommentBodyLimit(CommentsConfig config) {
        this.maxBytes = config.maxRequestSize().asLongValue();
    }

    void install(@Observes Router router) {
        // after RouterProblems' own check (Integer.MIN_VALUE), whose failure handler writes the 413 problem
        router.postWithRegex("/api/v1/articles/[^/]+/comments/?").order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBytes) {
                    ctx.response().putHeader("Connection", "close"); // the client may still be sending it
                    ctx.fail(413);
                    return;
                }
            } catch (NumberFormatException e) {
                ctx.fail(400);
                return;
            }
        }
        ctx.next();
    }
}
